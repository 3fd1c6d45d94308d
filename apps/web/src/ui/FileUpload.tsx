import { useState } from 'react';
import { App, Button, Upload, type UploadFile } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { uploadPhoto, type UploadedFile } from './files';
import { errorMessage } from './form-errors';

export const MAX_UPLOADS = 9;

const ACCEPT = {
  photos: 'image/jpeg,image/png,image/webp',
  attachments: 'image/jpeg,image/png,image/webp,application/pdf',
  /** Publicity material: documents, pictures and MP4 films. */
  media: 'image/jpeg,image/png,image/webp,application/pdf,video/mp4',
} as const;
const fileUrl = (id: string) => `/api/files/${id}`;

interface FileUploadProps {
  projectId: string;
  /** Photos as picture cards, or attachments (images and PDF; with MP4 for media) as a list. */
  kind?: keyof typeof ACCEPT;
  /** Ids of the stored files; those present at mount are shown as already uploaded. */
  value?: string[];
  onChange?: (ids: string[]) => void;
  id?: string;
}

/**
 * Uploads each file to /api/files as soon as it is chosen; the form field holds only the stored
 * ids, in the order shown. One component for work-order photos, check photos and form attachments.
 */
export function FileUpload({ projectId, kind = 'photos', value, onChange, id }: FileUploadProps) {
  const { t } = useTranslation('common');
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile<UploadedFile>[]>(() =>
    (value ?? []).map((fileId) => ({ uid: fileId, name: fileId, status: 'done', url: fileUrl(fileId), thumbUrl: fileUrl(fileId), response: { id: fileId, url: fileUrl(fileId), originalName: fileId } })),
  );

  function update(next: UploadFile<UploadedFile>[]) {
    setFiles(next);
    onChange?.(next.flatMap((f) => (f.status === 'done' && f.response ? [f.response.id] : [])));
  }

  const room = files.length < MAX_UPLOADS;
  return (
    <Upload<UploadedFile>
      id={id}
      listType={kind === 'photos' ? 'picture-card' : 'text'}
      accept={ACCEPT[kind]}
      multiple
      fileList={files}
      maxCount={MAX_UPLOADS}
      onChange={({ fileList }) => update(fileList)}
      customRequest={({ file, onSuccess, onError }) => {
        uploadPhoto(projectId, file as File).then(
          (stored) => onSuccess?.(stored),
          (error: unknown) => {
            message.error(t('upload.failed', { message: errorMessage(error) }));
            onError?.(error instanceof Error ? error : new Error(String(error)));
          },
        );
      }}
    >
      {room && kind === 'photos' && (
        <div>
          <PlusOutlined />
          <div style={{ marginTop: 8 }}>{t('upload.photos')}</div>
        </div>
      )}
      {room && kind === 'attachments' && <Button icon={<UploadOutlined />}>{t('upload.attachments')}</Button>}
    </Upload>
  );
}
