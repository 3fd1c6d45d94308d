import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { IssueInput, Named } from './api';

export const DATE_FORMAT = 'YYYY-MM-DD';

export interface IssueValues {
  description: string;
  ownerUserId?: string | null;
  ownerName?: string;
  dueDate: Dayjs;
}

export const issueInputOf = (v: IssueValues): IssueInput => ({
  description: v.description,
  ...(v.ownerUserId ? { ownerUserId: v.ownerUserId } : {}),
  ...(v.ownerName?.trim() ? { ownerName: v.ownerName.trim() } : {}),
  dueDate: v.dueDate.format(DATE_FORMAT),
});

/** An issue's fields; inside a Form.List row (`list`), names are relative to the row and labels numbered. */
export function IssueFields({ list, owners }: { list?: { name: string; index: number }; owners: Named[] }) {
  const { t } = useTranslation('salesMeetings');
  // Form.List prefixes a field's name itself; dependencies and getFieldValue take the full path.
  const name = (field: string) => (list ? [list.index, field] : [field]);
  const fullName = (field: string) => (list ? [list.name, list.index, field] : [field]);
  const label = (text: string) => (list ? `${text} ${list.index + 1}` : text);
  return (
    <>
      <Form.Item label={label(t('description'))} name={name('description')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item label={label(t('ownerAccount'))} name={name('ownerUserId')} extra={t('ownerAccountHint')}>
        <Select allowClear showSearch optionFilterProp="label" options={owners.map((o) => ({ value: o.id, label: o.name }))} />
      </Form.Item>
      <Form.Item
        label={label(t('ownerName'))}
        name={name('ownerName')}
        dependencies={[fullName('ownerUserId')]}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) => (value?.trim() || getFieldValue(fullName('ownerUserId')) ? Promise.resolve() : Promise.reject(new Error(t('ownerRequired')))),
          }),
        ]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label={label(t('dueDate'))} name={name('dueDate')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} format={DATE_FORMAT} />
      </Form.Item>
    </>
  );
}
