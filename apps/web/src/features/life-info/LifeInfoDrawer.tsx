import { useState } from 'react';
import { App, Button, Drawer, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIFE_INFO_CATEGORIES, LIFE_INFO_CATEGORY_LABELS, type LifeInfoCategory } from '@guanjia/domain/life-info/life-info';
import { reportFormError } from '../../ui/form-errors';
import { useLanguage } from '../../ui/useLanguage';
import type { LifeInfoEntry, LifeInfoInput } from './api';
import './i18n';

interface FormValues {
  category: LifeInfoCategory;
  name: string;
  address?: string;
  phone?: string;
  openingHours?: string;
  note?: string;
  tags?: string[];
  sortOrder?: number;
  published?: boolean;
}

const PHONE = /^\+?[0-9(][0-9 ()-]{4,24}$/;
const blankToNull = (v: string | undefined) => v?.trim() || null;

/** Adding (entry null) or editing an entry; the server's field errors land on the fields. */
export function LifeInfoDrawer({ open, entry, onClose, onSave }: { open: boolean; entry: LifeInfoEntry | null; onClose: () => void; onSave: (body: LifeInfoInput) => Promise<unknown> }) {
  const { t } = useTranslation('lifeInfo');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const initial: Partial<FormValues> = entry
    ? { category: entry.category, name: entry.name, address: entry.address ?? '', phone: entry.phone ?? '', openingHours: entry.openingHours ?? '', note: entry.note ?? '', tags: entry.tags, sortOrder: entry.sortOrder }
    : { tags: [], sortOrder: 0, published: false };

  async function finish(values: FormValues) {
    setSaving(true);
    try {
      await onSave({
        category: values.category,
        name: values.name.trim(),
        address: blankToNull(values.address),
        phone: blankToNull(values.phone),
        openingHours: blankToNull(values.openingHours),
        note: blankToNull(values.note),
        tags: values.tags ?? [],
        sortOrder: values.sortOrder ?? 0,
        ...(entry ? {} : { published: Boolean(values.published) }),
      });
      message.success(t('saved'));
      onClose();
    } catch (error) {
      reportFormError(form, error, message);
    } finally {
      setSaving(false);
    }
  }

  // Owners need a way to reach the place: the same rule the server applies, said before the round trip.
  const reachable = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: () => (String(getFieldValue('phone') ?? '').trim() || String(getFieldValue('address') ?? '').trim() ? Promise.resolve() : Promise.reject(new Error(t('phoneOrAddress')))),
  });

  return (
    <Drawer
      open={open}
      title={entry ? t('editTitle') : t('add')}
      onClose={onClose}
      destroyOnHidden
      size={480}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('common:actions.save')}
          </Button>
        </Space>
      }
    >
      <Form<FormValues> form={form} layout="vertical" initialValues={initial} onFinish={finish} preserve={false}>
        <Form.Item label={t('category')} name="category" rules={[{ required: true }]}>
          <Select options={LIFE_INFO_CATEGORIES.map((c) => ({ value: c, label: LIFE_INFO_CATEGORY_LABELS[c][language] }))} />
        </Form.Item>
        <Form.Item label={t('name')} name="name" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('address')} name="address" dependencies={['phone']} rules={[reachable]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('phone')} name="phone" dependencies={['address']} rules={[{ pattern: PHONE, message: t('phoneFormat') }, reachable]}>
          <Input maxLength={25} />
        </Form.Item>
        <Form.Item label={t('openingHours')} name="openingHours">
          <Input maxLength={100} placeholder={t('openingHoursPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('tags')} name="tags" extra={t('tagsHint')}>
          <Select mode="tags" open={false} maxCount={10} tokenSeparators={[',', '，', ' ']} />
        </Form.Item>
        <Form.Item label={t('note')} name="note">
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Form.Item label={t('sortOrder')} name="sortOrder" extra={t('sortOrderHint')}>
          <InputNumber min={0} max={9999} precision={0} />
        </Form.Item>
        {!entry && (
          <Form.Item label={t('publishNow')} name="published" valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
