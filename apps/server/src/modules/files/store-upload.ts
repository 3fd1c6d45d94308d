import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { detectFileType, FILE_TYPE_HEAD_BYTES, type AllowedFileType } from './file-type.js';
import { FileTooLargeError, UnsupportedFileTypeError } from './file-errors.js';

export interface StoredUpload {
  /** Relative to the data directory. */
  storagePath: string;
  absolutePath: string;
  contentType: AllowedFileType;
  size: number;
  sha256: string;
}

/** Bytes allowed for a video, and for everything else. */
export interface UploadLimits {
  maxBytes: number;
  maxVideoBytes: number;
}

/** A multipart file stream; busboy sets `truncated` when it stopped at the size limit. */
export type UploadStream = Readable & { truncated?: boolean };

/**
 * Streams an upload to `<dataDir>/files/tmp`, hashing and measuring it, checks its magic bytes and
 * size, then renames it to `files/yyyy/mm/<id>`: a reader never sees a half-written file.
 * On any failure nothing is left on disk.
 */
export async function storeUpload(dataDir: string, id: string, stream: UploadStream, limits: UploadLimits, now = new Date()): Promise<StoredUpload> {
  const tmpDir = path.join(dataDir, 'files', 'tmp');
  fs.mkdirSync(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, `${id}.part`);
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  const measure = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      if (head.length < FILE_TYPE_HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, FILE_TYPE_HEAD_BYTES - head.length)]);
      done(null, chunk);
    },
  });
  try {
    await pipeline(stream, measure, fs.createWriteStream(tmp, { flush: true }));
    const contentType = detectFileType(head);
    const maxBytes = contentType === 'video/mp4' ? limits.maxVideoBytes : limits.maxBytes;
    if (stream.truncated || size > maxBytes) throw new FileTooLargeError(maxBytes);
    if (!contentType) throw new UnsupportedFileTypeError();
    const yyyy = String(now.getUTCFullYear());
    const mm = String(now.getUTCMonth() + 1).padStart(2, '0');
    const storagePath = path.posix.join('files', yyyy, mm, id);
    const absolutePath = path.join(dataDir, storagePath);
    fs.mkdirSync(path.dirname(absolutePath), { recursive: true });
    fs.renameSync(tmp, absolutePath);
    return { storagePath, absolutePath, contentType, size, sha256: hash.digest('hex') };
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
