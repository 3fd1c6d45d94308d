import PDFDocument from 'pdfkit';
import { BUSINESS_TIME_ZONE } from '@guanjia/domain';
import { paragraphsOf } from '@guanjia/domain/owner-documents/index';
import { pdfFont } from './pdf-font.js';

export interface SignaturePdfInput {
  title: string;
  versionNo: number;
  body: string;
  projectName: string;
  unitLabel: string | null;
  ownerName: string;
  signedAt: string;
  device: string | null;
  textSha256: string;
  /** The drawn signature (PNG bytes). */
  signaturePng: Buffer;
  /** A receipt (the handbook) or an agreement: the line above the signature says which. */
  acknowledgesReceipt: boolean;
}

const FONT = 'cjk';
const shanghai = new Intl.DateTimeFormat('sv-SE', { timeZone: BUSINESS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** 2026-03-02T02:00:00Z → "2026-03-02 10:00:00". */
export function shanghaiDateTime(instant: string): string {
  return shanghai.format(new Date(instant));
}
const GREY = '#555555';

/**
 * The archived copy of a signed document: its full text as signed, who signed for which unit, when
 * (Shanghai time) and on what device, the signature itself, the text's SHA-256 and page numbers.
 */
export function renderSignaturePdf(input: SignaturePdfInput): Promise<Buffer> {
  const font = pdfFont();
  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 64, left: 56, right: 56 }, bufferPages: true, info: { Title: input.title, Subject: `v${input.versionNo}` } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(FONT, font.path, font.family);
  doc.font(FONT);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  doc.fontSize(18).text(input.title, { align: 'center' });
  doc.moveDown(0.3).fontSize(10).fillColor(GREY).text(`版本 v${input.versionNo}`, { align: 'center' });
  doc.moveDown(0.8).fillColor('black').fontSize(10.5);
  doc.text(`项目：${input.projectName}`);
  doc.text(`房号：${input.unitLabel ?? '—'}`);
  doc.text(`业主：${input.ownerName}`);
  doc.moveDown(0.6);
  doc.moveTo(doc.page.margins.left, doc.y).lineTo(doc.page.margins.left + width, doc.y).strokeColor('#cccccc').stroke();
  doc.moveDown(0.6).fontSize(11);
  for (const p of paragraphsOf(input.body)) doc.text(p, { width, lineGap: 3, paragraphGap: 6 });

  // The signature block stays in one piece: start a page when it would not fit.
  const blockHeight = 200;
  if (doc.y + blockHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(1).fontSize(11);
  doc.text(input.acknowledgesReceipt ? '本人确认已收到上述文件。' : '本人已阅读并同意上述全部条款。');
  doc.moveDown(0.4).text('业主签名：');
  doc.image(input.signaturePng, { fit: [220, 90] });
  doc.moveDown(0.4).fontSize(9.5).fillColor(GREY);
  doc.text(`签署时间：${shanghaiDateTime(input.signedAt)}（北京时间）`);
  doc.text(`签署设备：${input.device ?? '—'}`, { width });
  doc.text(`文本 SHA-256：${input.textSha256}`, { width });

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    doc.fontSize(9).fillColor(GREY).text(`第 ${i + 1} 页 / 共 ${range.count} 页`, doc.page.margins.left, doc.page.height - 40, { width, align: 'center' });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
