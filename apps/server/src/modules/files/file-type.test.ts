import { describe, expect, it } from 'vitest';
import { detectFileType } from './file-type.js';

const bytes = (...parts: Array<number[] | string>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('detectFileType', () => {
  const cases: Array<[string, Buffer, string | null]> = [
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'image/jpeg'],
    ['PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'image/png'],
    ['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['PDF', bytes('%PDF-1.7\n'), 'application/pdf'],
    ['MP4 (isom)', bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0]), 'video/mp4'],
    ['MP4 (mp42)', bytes([0, 0, 0, 0x18], 'ftypmp42'), 'video/mp4'],
    ['HEIC image (same box, other brand)', bytes([0, 0, 0, 0x18], 'ftypheic'), null],
    ['QuickTime movie', bytes([0, 0, 0, 0x14], 'ftypqt  '), null],
    ['Windows executable', bytes('MZ', [0x90, 0, 3, 0, 0, 0]), null],
    ['RIFF that is not WebP (WAV)', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '), null],
    ['GIF', bytes('GIF89a'), null],
    ['text', bytes('hello world'), null],
    ['empty', bytes(), null],
    ['truncated PNG signature', bytes([0x89], 'PNG'), null],
  ];
  for (const [name, head, type] of cases) it(`${name} → ${type ?? 'rejected'}`, () => expect(detectFileType(head)).toBe(type));
});
