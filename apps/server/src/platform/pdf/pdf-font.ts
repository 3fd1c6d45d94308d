import fs from 'node:fs';
import { createRequire } from 'node:module';

/** Debian's fonts-noto-cjk, used when the machine has it (a collection: the family picks the face). */
export const SYSTEM_NOTO_CJK = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

export interface PdfFont {
  path: string;
  /** The face inside a collection (.ttc); undefined for a single-face file. */
  family: string | undefined;
  source: 'system' | 'npm';
}

/**
 * The CJK font for every PDF we render (signed documents, personal-data exports): the system's Noto CJK when present, else the one shipped by the npm
 * package @embedpdf/fonts-sc, so a clean machine needs no apt package. The package's exports map
 * hides its font files, so the path is found beside its resolved entry point.
 */
export function pdfFont(exists: (path: string) => boolean = fs.existsSync): PdfFont {
  if (exists(SYSTEM_NOTO_CJK)) return { path: SYSTEM_NOTO_CJK, family: 'NotoSansCJKsc-Regular', source: 'system' };
  const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
  return { path: entry.replace(/dist[/\\]index\.cjs$/, 'fonts/NotoSansHans-Regular.otf'), family: undefined, source: 'npm' };
}
