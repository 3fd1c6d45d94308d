import { useState } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { FileUpload } from '../../ui/FileUpload';
import { errorMessage, reportFormError } from '../../ui/form-errors';
import { drillApi, type DrillSlot, type Timetable } from './api';
import { useRefreshDrills } from './parts';

interface RecordForm {
  performerIds: string[];
  photoIds: string[];
  note?: string;
}

/** 记录完成: who performed the drill, one photo and a note. */
export function RecordDrillModal({ timetable, slot, onClose }: { timetable: Timetable; slot: DrillSlot; onClose: () => void }) {
  const { t } = useTranslation('etiquetteDrills');
  const { message } = App.useApp();
  const refresh = useRefreshDrills();
  const [form] = Form.useForm<RecordForm>();
  const [saving, setSaving] = useState(false);

  async function save(values: RecordForm) {
    setSaving(true);
    try {
      const note = values.note?.trim();
      await drillApi.record({
        salesCenterId: timetable.salesCenter.id,
        date: slot.date,
        start: slot.start,
        performerIds: values.performerIds,
        photoId: values.photoIds[0]!,
        ...(note ? { note } : {}),
      });
      message.success(t('record.saved'));
      await refresh();
      onClose();
    } catch (error) {
      if (isApiError(error, 409)) {
        // Someone else recorded this hour first: show theirs.
        message.warning(errorMessage(error));
        await refresh();
        onClose();
      } else {
        if (isApiError(error) && error.fields?.photoId) form.setFields([{ name: 'photoIds', errors: [error.fields.photoId] }]);
        reportFormError(form, error, message);
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={t('record.title', { time: `${slot.start}–${slot.end}`, kind: t(`kind.${slot.kind}`) })}
      okText={t('record.submit')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ performerIds: [], photoIds: [] }}>
        <Form.Item name="performerIds" label={t('record.performers')} rules={[{ required: true, type: 'array', min: 1, message: t('record.performersRequired') }]}>
          <Select mode="multiple" optionFilterProp="label" options={timetable.performerOptions.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="photoIds" label={t('record.photo')} rules={[{ required: true, type: 'array', min: 1, message: t('record.photoRequired') }]}>
          <FileUpload projectId={timetable.salesCenter.projectId} />
        </Form.Item>
        <Form.Item name="note" label={t('record.note')}>
          <Input.TextArea rows={2} maxLength={500} placeholder={t('record.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
