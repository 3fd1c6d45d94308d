import { App, Upload, type UploadFile } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { downloadFile } from './api';
import { errorMessage } from './form-errors';

export interface XlsxPickerProps {
  /** The server's template (.xlsx) and the name it is saved under. */
  templatePath: string;
  templateName: string;
  file: File | null;
  onFile(file: File | null): void;
  labels: { template: string; onlyXlsx: string; dragHint: string };
}

/** The template link and a one-file .xlsx drop zone of an import dialog; the file is sent by the dialog's button. */
export function XlsxPicker({ templatePath, templateName, file, onFile, labels }: XlsxPickerProps) {
  const { message } = App.useApp();
  const fileList: UploadFile[] = file ? [{ uid: 'selected', name: file.name, status: 'done' }] : [];
  return (
    <>
      <a
        href={templatePath}
        download
        onClick={(event) => {
          event.preventDefault();
          downloadFile(templatePath, templateName).catch((error: unknown) => message.error(errorMessage(error)));
        }}
      >
        <DownloadOutlined /> {labels.template}
      </a>
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        maxCount={1}
        fileList={fileList}
        beforeUpload={(selected) => {
          if (!selected.name.toLowerCase().endsWith('.xlsx')) {
            message.error(labels.onlyXlsx);
            return Upload.LIST_IGNORE;
          }
          onFile(selected);
          // Kept here; the dialog sends it when the user presses its import button.
          return false;
        }}
        onRemove={() => onFile(null)}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{labels.dragHint}</p>
      </Upload.Dragger>
    </>
  );
}
