import { useState } from 'react';
import { App } from 'antd';
import { api, isApiError } from './api';
import { errorMessage } from './form-errors';

export type ImportOutcome<R, E> = { kind: 'done'; result: R } | { kind: 'invalid'; rows: E[] } | { kind: 'failed'; message: string };

export interface XlsxImportOptions<R, E> {
  url: string;
  /** Shown when the import button is pressed with no file chosen. */
  chooseFile: string;
  /** After a good import: the success message and the lists to read again. */
  onDone(result: R): Promise<void> | void;
  /** The bad rows the server listed in its refusal, or undefined when the error is of another kind. */
  invalidRows(error: unknown): E[] | undefined;
  onClose(): void;
}

/** The state of an import dialog: the chosen file, the upload, and what came of it (done, bad rows, failed). */
export function useXlsxImport<R, E>(opts: XlsxImportOptions<R, E>) {
  const { message } = App.useApp();
  const [file, setChosen] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome<R, E> | null>(null);

  function choose(next: File | null) {
    setChosen(next);
    setOutcome(null);
  }

  function close() {
    choose(null);
    opts.onClose();
  }

  async function upload() {
    if (!file) {
      message.warning(opts.chooseFile);
      return;
    }
    setUploading(true);
    setOutcome(null);
    try {
      const form = new FormData();
      form.append('file', file, file.name);
      const result = await api.upload<R>(opts.url, form);
      setOutcome({ kind: 'done', result });
      await opts.onDone(result);
    } catch (error) {
      const rows = opts.invalidRows(error);
      if (rows) setOutcome({ kind: 'invalid', rows });
      else if (isApiError(error, 400) && error.fields) setOutcome({ kind: 'failed', message: Object.values(error.fields).join('；') });
      else setOutcome({ kind: 'failed', message: errorMessage(error) });
    } finally {
      setUploading(false);
    }
  }

  return { file, choose, uploading, outcome, upload, close };
}
