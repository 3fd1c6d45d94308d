import { useEffect, useState } from 'react';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Popconfirm, Row, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MAX_ALERT_THRESHOLD_SECONDS, MIN_ALERT_THRESHOLD_SECONDS } from '@guanjia/domain/reception/index';
import { businessDate } from '@guanjia/domain/shared/business-date';
import { Forbidden } from '../../staff/StatusPages';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage, reportFormError } from '../../ui/form-errors';
import { FormModal } from '../../ui/FormModal';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { canConfigureReception, canKeepRoster, canUseReception } from './access';
import { useReceptionSettings, useReferenceServices, useRoster, useSaveRoster, useSaveService, useSaveSettings, type ReferenceService, type Roster } from './api';
import './i18n';
import { SalesCenterPicker, useSalesCenterChoice } from './sales-center';

/** 接待设置: the day's duty roster (the rotation order), the alert threshold, the reference services. */
export function ReceptionSettingsPage() {
  const auth = useAuth();
  if (!canUseReception(auth)) return <Forbidden />;
  return <Settings />;
}

function Settings() {
  const { t } = useTranslation('reception');
  const choice = useSalesCenterChoice();
  return (
    <>
      <PageHeader title={t('settings.title')} subTitle={t('settings.subtitle')} extra={<SalesCenterPicker list={choice.list} value={choice.center?.id} onChange={choice.choose} />} />
      {choice.centers.isError && <QueryError error={choice.centers.error} onRetry={() => void choice.centers.refetch()} />}
      {choice.center && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <RosterCard salesCenterId={choice.center.id} />
          </Col>
          <Col xs={24} xl={10}>
            <Flex vertical gap={16}>
              <ThresholdCard salesCenterId={choice.center.id} />
              <ServicesCard projectId={choice.center.projectId} />
            </Flex>
          </Col>
        </Row>
      )}
    </>
  );
}

interface RosterRow {
  consultantId: string;
  consultantName: string;
  onDuty: boolean;
  walkIns: number;
  busy: boolean;
}

const rowsOf = (roster: Roster | undefined): RosterRow[] =>
  (roster?.entries ?? []).map((e) => ({ consultantId: e.consultantId, consultantName: e.consultantName, onDuty: e.onDuty, walkIns: e.walkIns, busy: e.busy }));

function RosterCard({ salesCenterId }: { salesCenterId: string }) {
  const { t } = useTranslation('reception');
  const auth = useAuth();
  const { message } = App.useApp();
  const today = businessDate(new Date());
  const [date, setDate] = useState(today);
  const roster = useRoster(salesCenterId, date);
  const save = useSaveRoster();
  const [rows, setRows] = useState<RosterRow[]>([]);
  const [adding, setAdding] = useState<string | undefined>();
  const editable = canKeepRoster(auth) && date >= today;
  useEffect(() => setRows(rowsOf(roster.data)), [roster.data]);

  const move = (i: number, by: number) => {
    const next = [...rows];
    const [row] = next.splice(i, 1);
    next.splice(i + by, 0, row!);
    setRows(next);
  };
  const candidates = (roster.data?.hosts ?? []).filter((h) => !rows.some((r) => r.consultantId === h.id));

  async function submit() {
    try {
      await save.mutateAsync({ salesCenterId, date, entries: rows.map((r) => ({ consultantId: r.consultantId, onDuty: r.onDuty })) });
      message.success(t('settings.rosterSaved'));
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  return (
    <Card
      title={t('settings.roster')}
      extra={<DatePicker aria-label={t('settings.date')} allowClear={false} value={dayjs(date)} onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))} />}
    >
      <Typography.Paragraph type="secondary">{t('settings.rosterHint')}</Typography.Paragraph>
      {roster.isError && <QueryError error={roster.error} onRetry={() => void roster.refetch()} />}
      <Table<RosterRow>
        rowKey="consultantId"
        size="small"
        pagination={false}
        loading={roster.isFetching}
        dataSource={rows}
        locale={{ emptyText: <EmptyState hint={t('settings.noRoster')} /> }}
        columns={[
          { title: '#', key: 'pos', width: 40, render: (_, __, i) => i + 1 },
          { title: t('visits.consultant'), dataIndex: 'consultantName' },
          {
            title: t('settings.onDuty'),
            key: 'onDuty',
            render: (_, r, i) => (
              <Switch
                aria-label={`${t('settings.onDuty')} ${r.consultantName}`}
                checked={r.onDuty}
                disabled={!editable}
                onChange={(onDuty) => setRows(rows.map((x, j) => (j === i ? { ...x, onDuty } : x)))}
              />
            ),
          },
          { title: t('settings.walkIns'), dataIndex: 'walkIns' },
          { title: '', key: 'busy', render: (_, r) => (r.busy ? <Tag color="orange">{t('settings.busy')}</Tag> : null) },
          ...(editable
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, r: RosterRow, i: number) => (
                    <Space size={0}>
                      <Button type="text" aria-label={`${t('settings.moveUp')} ${r.consultantName}`} icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} />
                      <Button type="text" aria-label={`${t('settings.moveDown')} ${r.consultantName}`} icon={<ArrowDownOutlined />} disabled={i === rows.length - 1} onClick={() => move(i, 1)} />
                      <Popconfirm title={t('settings.removeConfirm', { name: r.consultantName })} onConfirm={() => setRows(rows.filter((_, j) => j !== i))}>
                        <Button type="text" danger aria-label={`${t('settings.remove')} ${r.consultantName}`} icon={<DeleteOutlined />} />
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editable && (
        <Flex justify="space-between" wrap gap={8} style={{ marginTop: 12 }}>
          <Space.Compact>
            <Select
              aria-label={t('settings.addConsultant')}
              placeholder={t('settings.addConsultant')}
              style={{ width: 200 }}
              value={adding}
              onChange={setAdding}
              options={candidates.map((h) => ({ value: h.id, label: h.name }))}
            />
            <Button
              icon={<PlusOutlined />}
              disabled={!adding}
              onClick={() => {
                const host = candidates.find((h) => h.id === adding);
                if (host) setRows([...rows, { consultantId: host.id, consultantName: host.name, onDuty: true, walkIns: 0, busy: false }]);
                setAdding(undefined);
              }}
            >
              {t('settings.addConsultant')}
            </Button>
          </Space.Compact>
          <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
            {t('settings.saveRoster')}
          </Button>
        </Flex>
      )}
    </Card>
  );
}

function ThresholdCard({ salesCenterId }: { salesCenterId: string }) {
  const { t } = useTranslation('reception');
  const auth = useAuth();
  const { message } = App.useApp();
  const settings = useReceptionSettings(salesCenterId);
  const save = useSaveSettings();
  const [form] = Form.useForm<{ alertThresholdSeconds: number }>();
  const editable = canConfigureReception(auth);
  useEffect(() => {
    if (settings.data) form.setFieldsValue({ alertThresholdSeconds: settings.data.alertThresholdSeconds });
  }, [settings.data, form]);

  async function submit(values: { alertThresholdSeconds: number }) {
    try {
      await save.mutateAsync({ salesCenterId, alertThresholdSeconds: values.alertThresholdSeconds, version: settings.data?.version ?? 0 });
      message.success(t('common:messages.saved'));
    } catch (error) {
      reportFormError(form, error, message);
    }
  }

  return (
    <Card title={t('settings.threshold')}>
      {settings.isError && <QueryError error={settings.error} onRetry={() => void settings.refetch()} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={!editable}>
        <Space align="start" wrap>
          <Form.Item name="alertThresholdSeconds" rules={[{ required: true }]} style={{ marginBottom: 8 }}>
            <InputNumber aria-label={t('settings.threshold')} min={MIN_ALERT_THRESHOLD_SECONDS} max={MAX_ALERT_THRESHOLD_SECONDS} precision={0} suffix="s" style={{ width: 160 }} />
          </Form.Item>
          {editable && (
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('settings.saveThreshold')}
            </Button>
          )}
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('settings.thresholdHint')}
        </Typography.Paragraph>
      </Form>
      {!editable && <Typography.Text type="secondary">{t('settings.readOnly')}</Typography.Text>}
    </Card>
  );
}

function ServicesCard({ projectId }: { projectId: string }) {
  const { t } = useTranslation('reception');
  const auth = useAuth();
  const { message } = App.useApp();
  const services = useReferenceServices(projectId);
  const save = useSaveService();
  const [editing, setEditing] = useState<ReferenceService | null | undefined>(undefined);
  const editable = canConfigureReception(auth);

  return (
    <Card
      title={t('settings.services')}
      extra={
        editable && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('settings.addService')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('settings.servicesHint')}</Typography.Paragraph>
      {services.isError && <QueryError error={services.error} onRetry={() => void services.refetch()} />}
      <Table<ReferenceService>
        rowKey="id"
        size="small"
        pagination={false}
        loading={services.isFetching}
        dataSource={services.data ?? []}
        locale={{ emptyText: <EmptyState /> }}
        columns={[
          { title: t('settings.number'), dataIndex: 'number', width: 56 },
          {
            title: t('settings.serviceName'),
            key: 'name',
            render: (_, s) =>
              editable ? (
                <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setEditing(s)}>
                  {s.name}
                </Button>
              ) : (
                s.name
              ),
          },
          {
            title: t('settings.enabled'),
            key: 'enabled',
            render: (_, s) => (
              <Switch
                size="small"
                aria-label={`${t('settings.enabled')} ${s.number}`}
                checked={s.enabled}
                disabled={!editable}
                onChange={(enabled) => save.mutateAsync({ service: s, projectId, enabled }).catch((error: unknown) => message.error(errorMessage(error)))}
              />
            ),
          },
        ]}
      />
      <FormModal<{ name: string }>
        open={editing !== undefined}
        title={editing ? editing.name : t('settings.addService')}
        initialValues={editing ? { name: editing.name } : {}}
        onClose={() => setEditing(undefined)}
        onSubmit={(values) => save.mutateAsync({ service: editing ?? null, projectId, name: values.name })}
      >
        <Form.Item name="name" label={t('settings.serviceName')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
