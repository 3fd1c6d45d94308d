import fs from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface StoredFileToSend {
  absolutePath: string;
  size: number;
  contentType: string;
  name: string;
  /** e.g. "private, max-age=3600" */
  cacheControl: string;
}

/** RFC 6266 / 5987: a Chinese file name survives in every browser. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * The byte range a `Range` header asks for (one range; "bytes=a-b", "bytes=a-" or "bytes=-n"), null
 * when there is none or it is not understood (the whole file is sent), 'unsatisfiable' past the end.
 */
export function requestedRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

/**
 * Sends a stored file, honouring a single byte range: a video on the showcase screen or a phone
 * seeks by asking for ranges, and Safari will not play a video served without them.
 */
export function sendStoredFile(req: FastifyRequest, reply: FastifyReply, file: StoredFileToSend) {
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.name))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', file.cacheControl)
    .header('accept-ranges', 'bytes');
  const range = requestedRange(req.headers.range, file.size);
  if (range === 'unsatisfiable') return reply.status(416).header('content-range', `bytes */${file.size}`).send();
  if (range) {
    return reply
      .status(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${file.size}`)
      .header('content-length', String(range.end - range.start + 1))
      .send(fs.createReadStream(file.absolutePath, { start: range.start, end: range.end }));
  }
  return reply.header('content-length', String(file.size)).send(fs.createReadStream(file.absolutePath));
}
