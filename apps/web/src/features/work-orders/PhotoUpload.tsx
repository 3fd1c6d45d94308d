import { useState } from 'react';
import { App, Upload, type UploadFile } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { uploadPhoto, type UploadedFile } from '../../ui/files';
import { errorMessage } from '../../ui/form-errors';

export const MAX_PHOTOS = 9;

interface PhotoUploadProps {
  projectId: string;
  /** Ids of the stored files, in the order shown; set by the upload, so the form only reads it. */
  value?: string[];
  onChange?: (ids: string[]) => void;
  id?: string;
}

/** Uploads each photo to /api/files as soon as it is chosen; the form sends only the file ids. */
export function PhotoUpload({ projectId, onChange, id }: PhotoUploadProps) {
  const { t } = useTranslation('workOrders');
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile<UploadedFile>[]>([]);

  function update(next: UploadFile<UploadedFile>[]) {
    setFiles(next);
    onChange?.(next.flatMap((f) => (f.status === 'done' && f.response ? [f.response.id] : [])));
  }

  return (
    <Upload<UploadedFile>
      id={id}
      listType="picture-card"
      accept="image/jpeg,image/png,image/webp"
      multiple
      fileList={files}
      maxCount={MAX_PHOTOS}
      onChange={({ fileList }) => update(fileList)}
      customRequest={({ file, onSuccess, onError }) => {
        uploadPhoto(projectId, file as File).then(
          (stored) => onSuccess?.(stored),
          (error: unknown) => {
            message.error(t('form.uploadFailed', { message: errorMessage(error) }));
            onError?.(error instanceof Error ? error : new Error(String(error)));
          },
        );
      }}
    >
      {files.length < MAX_PHOTOS && (
        <div>
          <PlusOutlined />
          <div style={{ marginTop: 8 }}>{t('form.upload')}</div>
        </div>
      )}
    </Upload>
  );
}
