import { useState } from 'react';
import { App, Checkbox, Empty, Flex, Form, Input, InputNumber, Modal, Radio, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { VIP_PROTOCOL_ITEMS } from '@guanjia/domain/reception/index';
import { reportFormError } from '../../ui/form-errors';
import { currentLanguage } from '../../ui/i18n';
import { useAppointmentSearch, useCheckIn, useHosts, type CheckInInput, type Rotation } from './api';
import { formatTime, TypeTag } from './parts';

export type CheckInKind = 'appointment' | 'walkIn' | 'viewingGroup' | 'vip';

interface CheckInForm {
  appointmentId?: string;
  visitorName?: string;
  visitorPhone?: string;
  partySize?: number;
  shuttleBus?: boolean;
  consultantId?: string;
  consentRecorded?: boolean;
  note?: string;
  greeterName?: string;
  checklist?: string[];
}

const TITLES: Record<CheckInKind, string> = { appointment: 'checkIn.titleAppointment', walkIn: 'checkIn.titleWalkIn', viewingGroup: 'checkIn.titleViewingGroup', vip: 'checkIn.titleVip' };

/**
 * Checking a visitor in, in a few taps: find the appointment (the seed: ask for the consultant's
 * name first), or take a walk-in, viewing group or VIP with the rotation picking the consultant
 * unless the visitor asks for one. Consent is asked every time; without it no phone is kept.
 */
export function CheckInModal({ kind, salesCenterId, projectId, rotation, onClose }: { kind: CheckInKind | null; salesCenterId: string; projectId: string; rotation: Rotation | undefined; onClose: () => void }) {
  const { t } = useTranslation('reception');
  const { message } = App.useApp();
  const [form] = Form.useForm<CheckInForm>();
  const [search, setSearch] = useState('');
  const checkIn = useCheckIn();
  const hosts = useHosts(kind ? projectId : undefined);
  const appointments = useAppointmentSearch(salesCenterId, search, kind === 'appointment');
  const consent = Form.useWatch('consentRecorded', form);
  const lang = currentLanguage();
  if (!kind) return null;

  async function submit(v: CheckInForm) {
    const base = { consentRecorded: v.consentRecorded === true, note: v.note?.trim() || undefined, consultantId: v.consultantId || undefined };
    const person = { salesCenterId, visitorName: v.visitorName ?? '', visitorPhone: (v.consentRecorded && v.visitorPhone?.trim()) || undefined, partySize: v.partySize ?? 1 };
    let input: CheckInInput;
    if (kind === 'appointment') input = { type: 'appointment', appointmentId: v.appointmentId ?? '', partySize: v.partySize, ...base };
    else if (kind === 'viewingGroup') input = { type: 'viewingGroup', ...person, shuttleBus: v.shuttleBus === true, ...base };
    else if (kind === 'vip')
      input = { type: 'vip', ...person, ...base, vipChecklist: { items: Object.fromEntries((v.checklist ?? []).map((c) => [c, true])), greeterName: v.greeterName?.trim() || null } };
    else input = { type: 'walkIn', ...person, ...base };
    try {
      const visit = await checkIn.mutateAsync(input);
      message.success(t('checkIn.done', { name: visit.consultant.name }));
      onClose();
    } catch (error) {
      reportFormError(form, error, message);
    }
  }

  const hostOptions = (hosts.data ?? []).map((h) => ({ value: h.id, label: h.name }));
  const rotationLabel = rotation?.next ? t('checkIn.consultantByRotation', { name: rotation.next.name }) : t('checkIn.consultantByRotationNone');

  return (
    <Modal open title={t(TITLES[kind])} okText={t('checkIn.submit')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={checkIn.isPending} destroyOnHidden width={560}>
      <Form<CheckInForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ partySize: kind === 'viewingGroup' ? 10 : 1, consentRecorded: false, shuttleBus: kind === 'viewingGroup' }}
        onFinish={(v) => void submit(v)}
      >
        {kind === 'appointment' ? (
          <>
            <Input.Search aria-label={t('checkIn.search')} placeholder={t('checkIn.search')} allowClear onSearch={setSearch} onChange={(e) => !e.target.value && setSearch('')} style={{ marginBottom: 8 }} />
            <Typography.Text type="secondary">{t('checkIn.searchHint')}</Typography.Text>
            <Form.Item name="appointmentId" rules={[{ required: true, message: t('checkIn.pickAppointment') }]} style={{ marginTop: 8 }}>
              {appointments.data && appointments.data.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('checkIn.noMatch')} />
              ) : (
                <Radio.Group
                  style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                  onChange={(e) => {
                    const picked = appointments.data?.find((a) => a.id === e.target.value);
                    if (picked) form.setFieldsValue({ consultantId: picked.consultant.id, partySize: picked.partySize, consentRecorded: picked.consentRecorded });
                  }}
                  options={(appointments.data ?? []).map((a) => ({
                    value: a.id,
                    label: (
                      <Flex gap={8} align="center" wrap>
                        <strong>{formatTime(a.appointmentAt)}</strong>
                        {a.visitorName}
                        <TypeTag type={a.type} />
                        <span>{a.consultant.name}</span>
                        {a.visitorPhone && <Typography.Text type="secondary">{a.visitorPhone}</Typography.Text>}
                      </Flex>
                    ),
                  }))}
                />
              )}
            </Form.Item>
          </>
        ) : (
          <Form.Item name="visitorName" label={t(kind === 'viewingGroup' ? 'checkIn.groupName' : 'checkIn.visitorName')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={50} placeholder={kind === 'walkIn' ? '王先生' : undefined} />
          </Form.Item>
        )}
        <Flex gap={16} wrap>
          <Form.Item name="partySize" label={t('checkIn.partySize')} rules={[{ required: kind !== 'appointment' }]}>
            <InputNumber min={kind === 'viewingGroup' ? 2 : 1} max={500} precision={0} style={{ width: 120 }} />
          </Form.Item>
          {kind === 'viewingGroup' && (
            <Form.Item name="shuttleBus" label={t('checkIn.shuttleBus')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
          <Form.Item name="consultantId" label={kind === 'appointment' ? t('checkIn.consultant') : t('checkIn.consultantAsked')} style={{ minWidth: 220, flex: 1 }}>
            <Select allowClear placeholder={kind === 'appointment' ? undefined : rotationLabel} options={hostOptions} loading={hosts.isPending} />
          </Form.Item>
        </Flex>
        <Form.Item name="consentRecorded" valuePropName="checked" extra={t('checkIn.consentHint')}>
          <Checkbox>{t('checkIn.consent')}</Checkbox>
        </Form.Item>
        {kind !== 'appointment' && (
          <Form.Item name="visitorPhone" label={t('checkIn.visitorPhone')}>
            <Input maxLength={20} inputMode="tel" disabled={!consent} />
          </Form.Item>
        )}
        {kind === 'vip' && (
          <>
            <Form.Item name="checklist" label={t('checkIn.checklist')}>
              <Checkbox.Group style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 4 }} options={VIP_PROTOCOL_ITEMS.map((i) => ({ value: i.code, label: `${i.label[lang]}${i.required ? ' *' : ''}` }))} />
            </Form.Item>
            <Form.Item name="greeterName" label={t('checkIn.greeterName')}>
              <Input maxLength={50} />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label={t('checkIn.note')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
