export const ALLOWED_FILE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf', 'video/mp4'] as const;
export type AllowedFileType = (typeof ALLOWED_FILE_TYPES)[number];

/** Bytes needed to recognise every allowed type. */
export const FILE_TYPE_HEAD_BYTES = 12;

/** ISO base-media brands of MP4 files a browser plays (not HEIC images or QuickTime movies, which share the box). */
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'dash', 'mmp4', 'MSNV']);

const ascii = (head: Uint8Array, at: number, text: string) => [...text].every((ch, i) => head[at + i] === ch.charCodeAt(0));

/**
 * The type a file really is, from its first bytes; null when it is none of the allowed types.
 * A client's declared type and file extension are not trusted: an .exe renamed to .png stays an .exe.
 */
export function detectFileType(head: Uint8Array): AllowedFileType | null {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => head[i] === b)) return 'image/png';
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP')) return 'image/webp';
  if (ascii(head, 0, '%PDF-')) return 'application/pdf';
  if (ascii(head, 4, 'ftyp') && head.length >= 12 && MP4_BRANDS.has(String.fromCharCode(...head.subarray(8, 12)))) return 'video/mp4';
  return null;
}
