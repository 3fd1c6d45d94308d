import type { FastifyRequest } from 'fastify';
import { ValidationError } from './errors.js';
import { registerMessages } from './i18n.js';

registerMessages({
  'zh-CN': { 'upload.notXlsx': '请上传 .xlsx 格式的 Excel 文件', 'upload.unreadable': '无法读取该 Excel 文件' },
  en: { 'upload.notXlsx': 'Please upload an Excel file in .xlsx format', 'upload.unreadable': 'The Excel file cannot be read' },
});

/** Every .xlsx is a zip archive; an .xls or a renamed CSV is not. */
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * The .xlsx sent as multipart field `field`, read into memory (the size limit is the multipart
 * plugin's, answered 413). Missing or not an .xlsx → 400 naming the field.
 */
export async function receiveXlsx(req: FastifyRequest, field = 'file'): Promise<Buffer> {
  if (!req.isMultipart()) throw new ValidationError({ [field]: 'field.required' });
  const part = await req.file();
  if (!part || part.fieldname !== field) throw new ValidationError({ [field]: 'field.required' });
  const buffer = await part.toBuffer();
  if (!/\.xlsx$/i.test(part.filename) || !buffer.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    throw new ValidationError({ [field]: 'upload.notXlsx' });
  }
  return buffer;
}
