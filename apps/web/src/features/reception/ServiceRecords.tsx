import { App, Button, Flex, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { reportFormError } from '../../ui/form-errors';
import { FormModal } from '../../ui/FormModal';
import { QueryError } from '../../ui/QueryError';
import { canRecordServices } from './access';
import { useRecordService, useReferenceServices, useServiceRecords, type ServiceRecord, type Visit } from './api';
import { formatTime } from './parts';

interface ServiceForm {
  serviceId: string;
  note?: string;
}

/** The project's enabled reference services in their printed order, as "number. name" choices. */
function useServiceOptions(projectId: string | undefined) {
  const { t } = useTranslation('reception');
  const services = useReferenceServices(projectId);
  const options = (services.data ?? [])
    .filter((s) => s.enabled)
    .sort((a, b) => a.number - b.number)
    .map((s) => ({ value: s.id, label: t('services.option', { number: s.number, name: s.name }) }));
  return { services, options };
}

interface ServiceSelectProps {
  projectId: string;
  label: string;
  /** Given by the Form.Item around it. */
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}

function ServiceSelect({ projectId, label, id, value, onChange }: ServiceSelectProps) {
  const { t } = useTranslation('reception');
  const { services, options } = useServiceOptions(projectId);
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      aria-label={label}
      placeholder={t('services.pick')}
      showSearch={{ optionFilterProp: 'label' }}
      loading={services.isPending}
      options={options}
      notFoundContent={services.isError ? <QueryError error={services.error} onRetry={() => void services.refetch()} /> : services.isPending ? null : t('services.noServices')}
      style={{ width: '100%' }}
    />
  );
}

const noteOf = (note: string | undefined) => (note?.trim() ? note.trim() : undefined);

function RecordLine({ record }: { record: ServiceRecord }) {
  const { t } = useTranslation('reception');
  return (
    <li data-testid={`service-record-${record.id}`} style={{ padding: '4px 0', borderBottom: '1px solid #f0f0f0' }}>
      <span>{`${formatTime(record.recordedAt)} ${t('services.option', { number: record.service.number, name: record.service.name })} · ${record.recordedBy.name}`}</span>
      {record.note ? <Typography.Text type="secondary">{` · ${record.note}`}</Typography.Text> : null}
    </li>
  );
}

/** Picks a service and records it against the visit; the server's field errors land on the fields. */
function VisitServiceForm({ visit }: { visit: Visit }) {
  const { t } = useTranslation('reception');
  const { message } = App.useApp();
  const record = useRecordService();
  const [form] = Form.useForm<ServiceForm>();
  async function submit(values: ServiceForm) {
    try {
      const saved = await record.mutateAsync({ salesCenterId: visit.salesCenterId, serviceId: values.serviceId, visitId: visit.id, note: noteOf(values.note) });
      message.success(t('services.recorded', { name: saved.service.name }));
      form.resetFields();
    } catch (error) {
      reportFormError(form, error, message);
    }
  }
  return (
    <Form<ServiceForm> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
      <Flex gap={8} align="start" wrap>
        <Form.Item name="serviceId" rules={[{ required: true, message: t('services.pick') }]} style={{ flex: '2 1 240px', marginBottom: 8 }}>
          <ServiceSelect projectId={visit.projectId} label={t('services.service')} />
        </Form.Item>
        <Form.Item name="note" style={{ flex: '1 1 140px', marginBottom: 8 }}>
          <Input aria-label={t('services.note')} placeholder={t('services.note')} maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {t('services.record')}
        </Button>
      </Flex>
    </Form>
  );
}

/**
 * 参考服务 in a visit's drawer: the services recorded for this visitor today and, for those who give
 * them (desk, front-line posts), a service to pick with an optional note.
 */
export function VisitServicesSection({ visit }: { visit: Visit }) {
  const { t } = useTranslation('reception');
  const recorder = canRecordServices(useAuth());
  const records = useServiceRecords(visit.salesCenterId);
  const mine = (records.data ?? []).filter((r) => r.visitId === visit.id);
  // A visitor not yet arrived has had no service; readers who cannot record see only what was given.
  const canRecord = recorder && visit.checkedInAt !== null;
  if (!canRecord && mine.length === 0) return null;
  return (
    <div data-testid="visit-services">
      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
        {t('services.section')}
      </Typography.Text>
      {canRecord && <VisitServiceForm visit={visit} />}
      {records.isError && <QueryError error={records.error} onRetry={() => void records.refetch()} />}
      {records.data &&
        (mine.length === 0 ? (
          <Typography.Text type="secondary">{t('services.noneForVisit')}</Typography.Text>
        ) : (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {mine.map((r) => (
              <RecordLine key={r.id} record={r} />
            ))}
          </ul>
        ))}
    </div>
  );
}

/** A service given without a visitor (site set-up, cleaning, an event), recorded for today at the sales center. */
export function RecordServiceModal({ open, salesCenterId, projectId, onClose }: { open: boolean; salesCenterId: string; projectId: string; onClose: () => void }) {
  const { t } = useTranslation('reception');
  const record = useRecordService();
  return (
    <FormModal<ServiceForm>
      open={open}
      title={t('services.standaloneTitle')}
      okText={t('services.record')}
      successMessage={t('services.saved')}
      onClose={onClose}
      onSubmit={(values) => record.mutateAsync({ salesCenterId, serviceId: values.serviceId, note: noteOf(values.note) })}
    >
      <Typography.Paragraph type="secondary">{t('services.standaloneHint')}</Typography.Paragraph>
      <Form.Item name="serviceId" label={t('services.service')} rules={[{ required: true, message: t('services.pick') }]}>
        <ServiceSelect projectId={projectId} label={t('services.service')} />
      </Form.Item>
      <Form.Item name="note" label={t('services.note')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
      </Form.Item>
    </FormModal>
  );
}
