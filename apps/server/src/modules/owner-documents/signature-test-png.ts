import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * An RGBA PNG as a signature pad exports it (transparent background), for tests: with a drawn
 * stroke, or blank. Encoded here so the tests need no image library.
 */
export function testSignaturePng(opts: { blank?: boolean; width?: number; height?: number } = {}): Buffer {
  const width = opts.width ?? 300;
  const height = opts.height ?? 120;
  const raw = Buffer.alloc((width * 4 + 1) * height);
  if (!opts.blank) {
    // A wavy stroke across the pad, three pixels thick.
    for (let x = 20; x < width - 20; x++) {
      const yc = Math.round(height / 2 + Math.sin(x / 15) * (height / 4));
      for (let y = yc - 1; y <= yc + 1; y++) raw.writeUInt32BE(0x1a1a1aff, y * (width * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

export const pngDataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
