import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { FormInput, LiaisonForm, Named } from './api';
import { FileUpload } from '../../ui/FileUpload';

export const DATE_FORMAT = 'YYYY-MM-DD';

export interface FormValues {
  subject: string;
  content: string;
  toDepartmentId: string;
  dueDate: Dayjs;
  attachmentIds?: string[];
  issueNow?: boolean;
}

/** Today in Shanghai, whatever the device's zone (Shanghai is UTC+8 all year). */
export const shanghaiToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

export const toInput = (v: FormValues): FormInput => ({
  subject: v.subject,
  content: v.content,
  toDepartmentId: v.toDepartmentId,
  dueDate: v.dueDate.format(DATE_FORMAT),
  attachmentIds: v.attachmentIds ?? [],
});

export const valuesOf = (form: LiaisonForm): Partial<FormValues> => ({
  subject: form.subject,
  content: form.content,
  toDepartmentId: form.toDepartment.id,
  dueDate: dayjs(form.dueDate),
  attachmentIds: form.attachmentIds,
});

/** The fields of a form being written or a draft being edited. */
export function LiaisonFormFields({ projectId, departments, creating }: { projectId: string; departments: Named[]; creating: boolean }) {
  const { t } = useTranslation('liaisonForms');
  return (
    <>
      <Form.Item label={t('subject')} name="subject" rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={t('content')} name="content" rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={5} maxLength={4000} />
      </Form.Item>
      <Form.Item label={t('toDepartment')} name="toDepartmentId" rules={[{ required: true }]}>
        <Select options={departments.map((d) => ({ value: d.id, label: d.name }))} />
      </Form.Item>
      <Form.Item label={t('dueDate')} name="dueDate" rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} format={DATE_FORMAT} disabledDate={(d: Dayjs) => d.format(DATE_FORMAT) < shanghaiToday()} />
      </Form.Item>
      <Form.Item label={t('attachments')} name="attachmentIds">
        <FileUpload kind="attachments" projectId={projectId} />
      </Form.Item>
      {creating && (
        <Form.Item name="issueNow" valuePropName="checked">
          <Checkbox>{t('issueNow')}</Checkbox>
        </Form.Item>
      )}
    </>
  );
}
