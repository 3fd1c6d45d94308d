import { AppError } from '../../platform/http/errors.js';
import { ALLOWED_FILE_TYPES } from './file-type.js';

/** 400 naming `file`: the content is not one of the allowed types. */
export class UnsupportedFileTypeError extends AppError {
  constructor() {
    const allowed = ALLOWED_FILE_TYPES.join(', ');
    super(400, 'UNSUPPORTED_FILE_TYPE', 'files.error.unsupportedType', { allowed }, { file: 'files.error.unsupportedType' });
  }
}

export class FileRequiredError extends AppError {
  constructor() {
    super(400, 'VALIDATION_FAILED', 'error.validation', {}, { file: 'files.error.required' });
  }
}

export class FileTooLargeError extends AppError {
  constructor(maxBytes: number) {
    super(413, 'PAYLOAD_TOO_LARGE', 'error.payloadTooLarge', { max: formatBytes(maxBytes) }, { file: 'files.error.tooLarge' });
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
