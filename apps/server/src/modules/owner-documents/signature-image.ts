import { inflateSync } from 'node:zlib';
import { ValidationError } from '../../platform/http/errors.js';

export const SIGNATURE_MAX_BYTES = 500 * 1024;
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PREFIX = 'data:image/png;base64,';
/** Larger than any signature pad; keeps a crafted image from inflating to gigabytes. */
const MAX_SIDE = 4000;
/** Fewer inked bytes than a short stroke leaves: the pad was left empty. */
const MIN_INK_BYTES = 64;

const refuse = (key: string): never => {
  throw new ValidationError({ signature: `ownerDocument.field.${key}` });
};

/**
 * The PNG of a drawn signature from its data URL: checked by its magic bytes, its size and its
 * pixels. Without an image decoder the pixels are read by inflating the PNG's own data: an empty
 * transparent pad is all zero bytes whatever filter the encoder chose, so zeros mean "not signed".
 */
export function parseSignatureImage(dataUrl: string): Buffer {
  if (!dataUrl.startsWith(PREFIX)) refuse('signatureNotPng');
  const base64 = dataUrl.slice(PREFIX.length);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) refuse('signatureNotPng');
  if ((base64.length * 3) / 4 > SIGNATURE_MAX_BYTES + 3) refuse('signatureTooLarge');
  const png = Buffer.from(base64, 'base64');
  if (png.length > SIGNATURE_MAX_BYTES) refuse('signatureTooLarge');
  if (png.length < 60 || !png.subarray(0, 8).equals(PNG_MAGIC) || png.toString('latin1', 12, 16) !== 'IHDR') refuse('signatureNotPng');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (width === 0 || height === 0 || width > MAX_SIDE || height > MAX_SIDE) refuse('signatureNotPng');
  if (inkBytes(png, width, height) < MIN_INK_BYTES) refuse('signatureBlank');
  return png;
}

/** How many non-zero pixel bytes the image's data holds (the filter byte of each row left out). */
function inkBytes(png: Buffer, width: number, height: number): number {
  const bitDepth = png[24]!;
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[png[25]!];
  if (!channels || png[28] !== 0) refuse('signatureNotPng');
  const parts: Buffer[] = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > png.length) refuse('signatureNotPng');
    if (type === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  const rowBytes = Math.ceil((width * channels! * bitDepth) / 8);
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(parts), { maxOutputLength: (rowBytes + 1) * height });
  } catch {
    return refuse('signatureNotPng');
  }
  let ink = 0;
  for (let i = 0; i < raw.length; i++) if (i % (rowBytes + 1) !== 0 && raw[i] !== 0) ink++;
  return ink;
}
