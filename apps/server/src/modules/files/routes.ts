import { sendStoredFile } from './send-stored-file.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { registerMessages } from '../../platform/http/i18n.js';
import { FileRequiredError } from './file-errors.js';
import { openFile } from './open-file.js';
import { presentFile } from './present-file.js';
import { fileIdParams, fileSchema, uploadQuery } from './schemas.js';
import { uploadFile } from './upload-file.js';

registerMessages({
  'zh-CN': {
    'entity.file': '文件',
    'entity.project': '项目',
    'files.error.unsupportedType': '不支持的文件类型，仅允许：{allowed}',
    'files.error.required': '请选择要上传的文件',
    'files.error.tooLarge': '不能超过 {max}',
  },
  en: {
    'entity.file': 'File',
    'entity.project': 'Project',
    'files.error.unsupportedType': 'Unsupported file type; allowed: {allowed}',
    'files.error.required': 'Choose a file to upload',
    'files.error.tooLarge': 'Must not exceed {max}',
  },
});

const tags = ['files'];

export async function fileRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/files',
    {
      schema: {
        tags,
        summary: 'Upload one file (multipart field "file"): JPEG, PNG, WebP, PDF or MP4 video, checked by content',
        consumes: ['multipart/form-data'],
        querystring: uploadQuery,
        response: { 201: fileSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      if (!req.isMultipart()) throw new FileRequiredError();
      const part = await req.file();
      if (!part || part.fieldname !== 'file') throw new FileRequiredError();
      const row = await uploadFile(ctx.db, ctx.config, actor, { stream: part.file, filename: part.filename, projectId: req.query.projectId });
      return reply.status(201).send(presentFile(row));
    },
  );

  app.get('/api/files/:id', { schema: { tags, summary: 'Download a file with its content type (single byte ranges honoured)', params: fileIdParams } }, async (req, reply) => {
    const { row, absolutePath, size } = await openFile(ctx.db, ctx.config.dataDir, actorOf(req), req.params.id);
    return sendStoredFile(req, reply, { absolutePath, size, contentType: row.content_type, name: row.original_name, cacheControl: 'private, max-age=3600' });
  });
}
