import PDFDocument from 'pdfkit';
import { BUSINESS_TIME_ZONE } from '@guanjia/domain';
import { pdfFont } from './pdf-font.js';

export const PDF_FONT = 'cjk';
export const PDF_GREY = '#555555';

const shanghai = new Intl.DateTimeFormat('sv-SE', { timeZone: BUSINESS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** 2026-03-02T02:00:00Z → "2026-03-02 10:00:00". */
export function shanghaiDateTime(instant: string): string {
  return shanghai.format(new Date(instant));
}

export interface CjkPdf {
  doc: PDFKit.PDFDocument;
  /** The text width between the margins. */
  width: number;
  /** Numbers the pages ("第 n 页 / 共 m 页"), ends the document and resolves to its bytes. */
  finish(): Promise<Buffer>;
}

/** An A4 document with the CJK font registered and selected, buffered so the pages can be numbered at the end. */
export function openCjkPdf(info: { Title: string; Subject?: string }): CjkPdf {
  const font = pdfFont();
  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 64, left: 56, right: 56 }, bufferPages: true, info });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(PDF_FONT, font.path, font.family);
  doc.font(PDF_FONT);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const finish = () => {
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      // Writing inside the bottom margin would otherwise make pdfkit start a new page.
      doc.page.margins.bottom = 0;
      doc.fontSize(9).fillColor(PDF_GREY).text(`第 ${i + 1} 页 / 共 ${range.count} 页`, doc.page.margins.left, doc.page.height - 40, { width, align: 'center' });
      doc.page.margins.bottom = bottom;
    }
    doc.end();
    return done;
  };
  return { doc, width, finish };
}
