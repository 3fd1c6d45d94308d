import { useState } from 'react';
import { App, Button, Checkbox, Descriptions, Drawer, Flex, Form, Input, Modal, Segmented, Select, Space, Typography } from 'antd';
import { AlertOutlined, CheckOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CLOSING_QUESTION, RECORDABLE_STEPS, VIP_PROTOCOL_ITEMS, type RecordableStep } from '@guanjia/domain/reception/index';
import { useAuth } from '../../ui/auth';
import { errorMessage, reportFormError } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { currentLanguage } from '../../ui/i18n';
import { isReceptionDesk } from './access';
import { useCancelVisit, useFarewell, useHosts, useReassign, useReceive, useRecordStep, useSaveChecklist, type Visit } from './api';
import { AccompanimentTag, StatusTag, TypeTag, VisitorPhone, WaitTimer } from './parts';
import { VisitServicesSection } from './ServiceRecords';
import { VisitHistorySection } from './VisitHistory';

interface VisitDrawerProps {
  visit: Visit | null;
  nowMs: number;
  thresholdSeconds: number;
  onClose: () => void;
}

/** The complaint form, filled in with the visitor (the phone only once revealed: a masked phone is not copied). */
function complaintFormPath(visit: Visit, revealedPhone: string | null): string {
  const params = new URLSearchParams({ kind: 'complaint', channel: 'visit', salesCenterId: visit.salesCenterId, requesterName: visit.visitorName });
  if (revealedPhone) params.set('requesterPhone', revealedPhone);
  return `/work-orders/new?${params.toString()}`;
}

/**
 * One visit on the board: who, how long, the buttons its state and the viewer allow, the journey
 * steps and reference services given, and the visit's full history.
 */
export function VisitDrawer({ visit, nowMs, thresholdSeconds, onClose }: VisitDrawerProps) {
  const { t } = useTranslation('reception');
  const { message } = App.useApp();
  const receive = useReceive();
  const recordStep = useRecordStep();
  const [outcome, setOutcome] = useState<'done' | 'declined'>('done');
  const [dialog, setDialog] = useState<'farewell' | 'cancel' | 'reassign' | null>(null);
  const [revealed, setRevealed] = useState<{ visitId: string; phone: string } | null>(null);
  const navigate = useNavigate();
  const desk = isReceptionDesk(useAuth());
  if (!visit) return <Drawer open={false} onClose={onClose} />;
  const can = (a: Visit['allowedActions'][number]) => visit.allowedActions.includes(a);
  const recorded = new Set(visit.journey.map((j) => j.step));

  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      message.success(done);
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  return (
    <Drawer open title={<Space wrap>{visit.visitorName}<TypeTag type={visit.type} /><StatusTag status={visit.status} /></Space>} onClose={onClose} size={560}>
      <Flex vertical gap={16}>
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label={t('visit.consultant')}>
            {visit.consultant.name} <Typography.Text type="secondary">({t(`visit.via.${visit.assignedVia}`)})</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('checkIn.partySize')}>{t('visit.party', { count: visit.partySize })}</Descriptions.Item>
          <Descriptions.Item label={t('checkIn.visitorPhone')}>
            <VisitorPhone key={visit.id} visit={visit} onRevealed={(phone) => setRevealed({ visitId: visit.id, phone })} />
          </Descriptions.Item>
          <Descriptions.Item label={t('visit.waited')}>
            <WaitTimer visit={visit} nowMs={nowMs} thresholdSeconds={thresholdSeconds} />
          </Descriptions.Item>
          {visit.overrideReason && <Descriptions.Item label={t('visit.reassignReason')} span={2}>{visit.overrideReason}</Descriptions.Item>}
          {visit.note && <Descriptions.Item label={t('checkIn.note')} span={2}>{visit.note}</Descriptions.Item>}
          <Descriptions.Item label={t('visits.completeness')} span={2}>
            <AccompanimentTag visit={visit} />
          </Descriptions.Item>
        </Descriptions>

        <Space wrap>
          {can('receive') && (
            <Button type="primary" size="large" loading={receive.isPending} onClick={() => void run(() => receive.mutateAsync(visit.id), t('visit.received'))}>
              {t('visit.markReceived')}
            </Button>
          )}
          {can('depart') && (
            <Button type="primary" size="large" onClick={() => setDialog('farewell')}>
              {t('visit.farewell')}
            </Button>
          )}
          {can('reassign') && (
            <Button size="large" onClick={() => setDialog('reassign')}>
              {t('visit.reassign')}
            </Button>
          )}
          {desk && (
            <Button size="large" icon={<AlertOutlined />} onClick={() => navigate(complaintFormPath(visit, revealed?.visitId === visit.id ? revealed.phone : null))}>
              {t('board.complaint')}
            </Button>
          )}
          {can('cancel') && (
            <Button danger size="large" onClick={() => setDialog('cancel')}>
              {t('visit.cancel')}
            </Button>
          )}
        </Space>

        {can('recordStep') && (
          <div>
            <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
              <Typography.Text strong>{t('visit.steps')}</Typography.Text>
              <Segmented
                size="small"
                value={outcome}
                onChange={(v) => setOutcome(v as 'done' | 'declined')}
                options={[
                  { value: 'done', label: t('visit.given') },
                  { value: 'declined', label: t('visit.declined') },
                ]}
              />
            </Flex>
            <Flex wrap gap={8}>
              {RECORDABLE_STEPS.map((step: RecordableStep) => (
                <Button
                  key={step}
                  size="large"
                  style={{ minWidth: 120, height: 56 }}
                  icon={recorded.has(step) ? <CheckOutlined /> : undefined}
                  type={recorded.has(step) ? 'default' : 'dashed'}
                  loading={recordStep.isPending && recordStep.variables?.step === step}
                  onClick={() => void run(() => recordStep.mutateAsync({ id: visit.id, step, outcome }), t('visit.stepDone', { step: t(`steps.${step}`) }))}
                >
                  {t(`steps.${step}`)}
                </Button>
              ))}
            </Flex>
          </div>
        )}

        {visit.type === 'vip' && can('updateChecklist') && <ChecklistForm visit={visit} />}

        <VisitServicesSection key={visit.id} visit={visit} />

        {visit.appointmentAt && <Typography.Text type="secondary">{t('visit.appointmentAt', { time: formatDateTime(visit.appointmentAt) })}</Typography.Text>}
        <VisitHistorySection visitId={visit.id} />
      </Flex>
      <FarewellModal visit={visit} open={dialog === 'farewell'} onClose={() => setDialog(null)} onDone={onClose} />
      <CancelModal visit={visit} open={dialog === 'cancel'} onClose={() => setDialog(null)} onDone={onClose} />
      <ReassignModal visit={visit} open={dialog === 'reassign'} onClose={() => setDialog(null)} />
    </Drawer>
  );
}

function FarewellModal({ visit, open, onClose, onDone }: { visit: Visit; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('reception');
  const { message } = App.useApp();
  const farewell = useFarewell();
  const [asked, setAsked] = useState(false);
  async function confirm() {
    try {
      await farewell.mutateAsync({ id: visit.id, closingQuestionAsked: asked });
      onClose();
      onDone();
    } catch (error) {
      message.error(errorMessage(error));
    }
  }
  return (
    <Modal open={open} title={t('visit.farewellTitle', { visitor: visit.visitorName })} okText={t('visit.farewellConfirm')} onOk={() => void confirm()} onCancel={onClose} confirmLoading={farewell.isPending} destroyOnHidden>
      <Checkbox checked={asked} onChange={(e) => setAsked(e.target.checked)}>
        {t('visit.closingQuestion', { question: CLOSING_QUESTION })}
      </Checkbox>
    </Modal>
  );
}

function CancelModal({ visit, open, onClose, onDone }: { visit: Visit; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('reception');
  const { message } = App.useApp();
  const cancel = useCancelVisit();
  const [form] = Form.useForm<{ reason: string }>();
  async function submit(values: { reason: string }) {
    try {
      await cancel.mutateAsync({ id: visit.id, reason: values.reason });
      message.success(t('visit.cancelled'));
      onClose();
      onDone();
    } catch (error) {
      reportFormError(form, error, message);
    }
  }
  return (
    <Modal open={open} title={t('visit.cancelTitle')} okButtonProps={{ danger: true }} onOk={() => form.submit()} onCancel={onClose} confirmLoading={cancel.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} preserve={false}>
        <Form.Item name="reason" label={t('visit.cancelReason')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReassignModal({ visit, open, onClose }: { visit: Visit; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('reception');
  const { message } = App.useApp();
  const hosts = useHosts(open ? visit.projectId : undefined);
  const reassign = useReassign();
  const [form] = Form.useForm<{ consultantId: string; reason: string }>();
  async function submit(values: { consultantId: string; reason: string }) {
    try {
      const moved = await reassign.mutateAsync({ id: visit.id, ...values });
      message.success(t('visit.reassigned', { name: moved.consultant.name }));
      onClose();
    } catch (error) {
      reportFormError(form, error, message);
    }
  }
  return (
    <Modal open={open} title={t('visit.reassignTitle', { visitor: visit.visitorName })} onOk={() => form.submit()} onCancel={onClose} confirmLoading={reassign.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} preserve={false}>
        <Form.Item name="consultantId" label={t('visit.consultant')} rules={[{ required: true }]}>
          <Select options={(hosts.data ?? []).filter((h) => h.id !== visit.consultant.id).map((h) => ({ value: h.id, label: h.name }))} loading={hosts.isPending} />
        </Form.Item>
        <Form.Item name="reason" label={t('visit.reassignReason')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ChecklistForm({ visit }: { visit: Visit }) {
  const { t } = useTranslation('reception');
  const { message } = App.useApp();
  const save = useSaveChecklist();
  const lang = currentLanguage();
  const [items, setItems] = useState<Record<string, boolean>>(visit.vipChecklist?.items ?? {});
  const [greeter, setGreeter] = useState(visit.vipChecklist?.greeterName ?? '');
  async function submit() {
    try {
      await save.mutateAsync({ id: visit.id, items, greeterName: greeter.trim() || null });
      message.success(t('common:messages.saved'));
    } catch (error) {
      message.error(errorMessage(error));
    }
  }
  return (
    <div>
      <Typography.Text strong>{t('checkIn.checklist')}</Typography.Text>
      <Flex vertical gap={4} style={{ margin: '8px 0' }}>
        {VIP_PROTOCOL_ITEMS.map((item) => (
          <Checkbox key={item.code} checked={items[item.code] === true} onChange={(e) => setItems({ ...items, [item.code]: e.target.checked })}>
            {item.label[lang]}
            {item.required ? ' *' : ''}
          </Checkbox>
        ))}
      </Flex>
      <Space>
        <Input aria-label={t('checkIn.greeterName')} placeholder={t('checkIn.greeterName')} value={greeter} onChange={(e) => setGreeter(e.target.value)} maxLength={50} />
        <Button onClick={() => void submit()} loading={save.isPending}>
          {t('visit.checklistSave')}
        </Button>
      </Space>
    </div>
  );
}
