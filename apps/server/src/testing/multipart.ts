/** A multipart/form-data body with one file part, as a browser form sends it, and its content-type header. */
export function multipartFile(content: Buffer, filename: string, opts: { type?: string; field?: string } = {}) {
  const boundary = `----guanjia${Math.random().toString(16).slice(2)}`;
  const type = opts.type ?? 'application/octet-stream';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${opts.field ?? 'file'}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
