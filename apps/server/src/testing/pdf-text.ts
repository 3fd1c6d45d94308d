import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function tempPdf(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gj-pdf-')), 'doc.pdf');
  fs.writeFileSync(file, pdf);
  return file;
}

/** A PDF's text through poppler's pdftotext, without whitespace: it drops or adds spaces between CJK characters. */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', tempPdf(pdf), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

/** How many images a PDF draws (pdfimages lists a PNG's transparency as a second row, of type smask, not counted). */
export function pdfImageCount(pdf: Buffer): number {
  const rows = execFileSync('pdfimages', ['-list', tempPdf(pdf)], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return rows.filter((r) => r.trim().split(/\s+/)[2] === 'image').length;
}
