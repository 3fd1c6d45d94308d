import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, Radio, Row, Select, Space, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ACCOUNTABILITY_MANAGER_ROLES } from '@guanjia/domain/work-orders/work-order-flow';
import { useAuth } from '../../ui/auth';
import { errorMessage, reportFormError } from '../../ui/form-errors';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import type { Household } from '../org/api';
import { useOfferedServiceCatalog } from '../service-catalog/api';
import { useCreateWorkOrder, type CreateWorkOrderBody, type ServiceCategory, type ServiceItem } from './api';
import { BookingFields } from './BookingFields';
import { earliestDateFromError, isLeadTimeError } from './lead-time-error';
import { HouseholdPicker } from './HouseholdPicker';
import { channelLabel, DESK_CHANNELS, DESK_KINDS, isReplyKind, kindLabel, type DeskChannel, type WorkOrderKind } from './labels';
import { FileUpload } from '../../ui/FileUpload';
import { SiteFields, type SiteValues } from './SiteFields';

interface Values extends SiteValues {
  requesterMode: 'household' | 'manual';
  householdId?: string;
  memberId?: string;
  requesterName?: string;
  requesterPhone?: string;
  kind: WorkOrderKind;
  channel: DeskChannel;
  serviceItemId?: string;
  title?: string;
  description?: string;
  serviceDate?: Dayjs;
  serviceStart?: string;
  serviceEnd?: string;
  emergency?: boolean;
  override?: boolean;
  leadOverrideReason?: string;
  photoIds?: string[];
}

const PHONE = /^[0-9+\-\s()]{5,20}$/;

/** Items a kind can name: an appointment needs a bookable item, a fault report a repair item; the rest any. */
function itemsFor(categories: ServiceCategory[], kind: WorkOrderKind): ServiceCategory[] {
  const fits = (item: ServiceItem) => (kind === 'booking' ? item.bookable : kind === 'repair' ? item.repairable : true);
  return categories
    .map((c) => ({ ...c, items: c.items.filter((i) => i.enabled !== false && fits(i)) }))
    .filter((c) => c.items.length > 0);
}

const trimmed = (v: string | undefined) => v?.trim() || undefined;

/** 新建工单: a butler records a request received by phone or at the desk. */
export function NewWorkOrderPage() {
  const { t } = useTranslation('workOrders');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const initialValues = useMemo(() => initialValuesFrom(params), [params]);
  const auth = useAuth();
  const { project } = useCurrentProject();
  const [form] = Form.useForm<Values>();
  const create = useCreateWorkOrder();
  const catalog = useOfferedServiceCatalog(project?.id ?? null);
  const [household, setHousehold] = useState<Household | null>(null);
  const [refusedEarliest, setRefusedEarliest] = useState<string | null>(null);
  const requesterMode = Form.useWatch('requesterMode', form) ?? 'household';
  const kind = Form.useWatch('kind', form) ?? 'repair';
  const itemId = Form.useWatch('serviceItemId', form);
  const canOverride = auth.hasRole(...ACCOUNTABILITY_MANAGER_ROLES);

  const categories = useMemo(() => itemsFor(catalog.data?.categories ?? [], kind), [catalog.data, kind]);
  const item = categories.flatMap((c) => c.items).find((i) => i.id === itemId);
  const booking = kind === 'booking';

  if (!project) return <Alert type="info" showIcon title={t('noProject')} />;
  const projectId = project.id;

  function toBody(values: Values): CreateWorkOrderBody {
    const member = household?.members.find((m) => m.id === values.memberId);
    const fromHousehold = values.requesterMode === 'household';
    // From the submitted values, not the watched ones: watching lags a moment behind the form.
    const booking = values.kind === 'booking';
    const site = isReplyKind(values.kind);
    return {
      projectId,
      kind: values.kind,
      channel: values.channel,
      serviceItemId: values.serviceItemId,
      title: trimmed(values.title),
      description: trimmed(values.description),
      householdId: fromHousehold ? values.householdId : undefined,
      unitId: fromHousehold ? household?.unit.id : undefined,
      requesterName: fromHousehold ? member?.name : trimmed(values.requesterName),
      requesterPhone: trimmed(values.requesterPhone),
      serviceDate: booking ? values.serviceDate?.format('YYYY-MM-DD') : undefined,
      serviceStart: booking ? values.serviceStart : undefined,
      serviceEnd: booking ? values.serviceEnd : undefined,
      emergency: values.kind === 'repair' ? (values.emergency ?? false) : undefined,
      photoIds: values.photoIds?.length ? values.photoIds : undefined,
      leadOverrideReason: booking && values.override ? trimmed(values.leadOverrideReason) : undefined,
      salesCenterId: site ? values.salesCenterId : undefined,
      location: site ? trimmed(values.location) : undefined,
      replyBy: site ? values.replyBy?.format('YYYY-MM-DD') : undefined,
    };
  }

  async function submit(values: Values) {
    try {
      const order = await create.mutateAsync(toBody(values));
      message.success(t('form.created', { number: order.number }));
      navigate(`/work-orders/${order.id}`);
    } catch (error) {
      if (isLeadTimeError(error)) {
        // The refusal names the earliest date; show it under the date and move the picker's limit there.
        setRefusedEarliest(earliestDateFromError(error));
        const why = (error as { fields?: Record<string, string> }).fields?.serviceDate ?? errorMessage(error);
        form.setFields([{ name: 'serviceDate', errors: [why] }]);
        return;
      }
      reportFormError(form, error, message);
    }
  }

  return (
    <>
      <PageHeader title={t('form.title')} subTitle={t('form.subtitle')} />
      {catalog.isError && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('form.catalogUnavailable', { message: errorMessage(catalog.error) })} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: Partial<Values>) => {
          if ('serviceItemId' in changed || 'kind' in changed) setRefusedEarliest(null);
          // An item the new kind cannot name (a repair item is not bookable …) is dropped.
          if (changed.kind) {
            const fitting = itemsFor(catalog.data?.categories ?? [], changed.kind).flatMap((c) => c.items);
            if (!fitting.some((i) => i.id === form.getFieldValue('serviceItemId'))) form.setFieldValue('serviceItemId', undefined);
          }
        }}
        style={{ maxWidth: 960 }}
      >
        <Card title={t('form.requesterSection')} size="small" style={{ marginBottom: 16 }}>
          <Form.Item name="requesterMode" label={t('form.requesterMode')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'household', label: t('form.fromHousehold') },
                { value: 'manual', label: t('form.manual') },
              ]}
            />
          </Form.Item>
          <Row gutter={16}>
            {requesterMode === 'household' ? (
              <>
                <Col xs={24} md={12}>
                  <Form.Item label={t('fields.household')} name="householdId" rules={[{ required: true, message: t('form.householdRequired') }]}>
                    <HouseholdPicker
                      projectId={projectId}
                      onPick={(h) => {
                        setHousehold(h);
                        form.setFieldValue('memberId', h?.members[0]?.id);
                      }}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item label={t('form.member')} name="memberId">
                    <Select
                      placeholder={t('form.memberPlaceholder')}
                      options={(household?.members ?? []).map((m) => ({ value: m.id, label: m.phone ? `${m.name} ${m.phone}` : m.name }))}
                    />
                  </Form.Item>
                </Col>
              </>
            ) : (
              <Col xs={24} md={12}>
                <Form.Item
                  label={t('fields.requesterName')}
                  name="requesterName"
                  rules={[{ required: true, whitespace: true, message: t('form.requesterNameRequired') }]}
                >
                  <Input maxLength={50} />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} md={6}>
              <Form.Item label={t('fields.requesterPhone')} name="requesterPhone" rules={[{ pattern: PHONE, message: t('form.phoneInvalid') }]}>
                <Input maxLength={20} inputMode="tel" />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('form.requestSection')} size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={14}>
              <Form.Item label={t('fields.kind')} name="kind" rules={[{ required: true, message: t('form.kindRequired') }]}>
                <Radio.Group optionType="button" options={DESK_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item label={t('fields.channel')} name="channel" rules={[{ required: true, message: t('form.channelRequired') }]}>
                <Radio.Group options={DESK_CHANNELS.map((c) => ({ value: c, label: channelLabel(t, c) }))} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            label={t('fields.item')}
            name="serviceItemId"
            rules={[({ getFieldValue }) => ({ required: getFieldValue('kind') === 'booking', message: t('form.itemRequired') })]}
            extra={item && <ItemFacts item={item} booking={booking} />}
          >
            <Select
              allowClear
              placeholder={t('form.itemPlaceholder')}
              loading={catalog.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={() => form.setFieldsValue({ serviceDate: undefined, serviceStart: undefined, serviceEnd: undefined })}
              options={categories.map((c) => ({
                label: `${c.number}. ${c.name}`,
                title: c.name,
                options: c.items.map((i) => ({ value: i.id, label: `${c.name} ${i.number}. ${i.name}` })),
              }))}
            />
          </Form.Item>
          {booking && <BookingFields form={form} item={item} canOverride={canOverride} refusedEarliest={refusedEarliest} />}
          {isReplyKind(kind) && <SiteFields projectId={projectId} />}
          {kind === 'repair' && (
            <Form.Item label={t('fields.emergency')} name="emergency" valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
          <Form.Item
            label={t('fields.title')}
            name="title"
            rules={[({ getFieldValue }) => ({ required: !getFieldValue('serviceItemId'), whitespace: true, message: t('form.titleRequired') })]}
          >
            <Input maxLength={200} placeholder={t('form.titlePlaceholder')} />
          </Form.Item>
          <Form.Item
            label={t('fields.description')}
            name="description"
            rules={[({ getFieldValue }) => ({ required: getFieldValue('kind') !== 'booking', whitespace: true, message: t('form.descriptionRequired') })]}
          >
            <Input.TextArea rows={4} maxLength={2000} placeholder={t('form.descriptionPlaceholder')} />
          </Form.Item>
          <Form.Item label={t('fields.photos')} name="photoIds" extra={t('form.uploadHint', { count: 9 })}>
            <FileUpload projectId={projectId} />
          </Form.Item>
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('form.submit')}
          </Button>
          <Button onClick={() => navigate('/work-orders')}>{t('common:actions.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}

/** What the desk must tell the caller about the chosen item: its note, and for an appointment the notice and hours. */
function ItemFacts({ item, booking }: { item: ServiceItem; booking: boolean }) {
  const { t } = useTranslation('workOrders');
  return (
    <Space orientation="vertical" size={0} style={{ marginTop: 4 }}>
      {item.note && <Typography.Text type="secondary">{t('form.itemNote', { note: item.note })}</Typography.Text>}
      {booking && (
        <Typography.Text type="secondary">
          {item.leadWorkingDays > 0 ? t('form.leadDays', { count: item.leadWorkingDays }) : t('form.leadNone')}
          {` · ${t('form.serviceHours', { start: item.serviceHours.start, end: item.serviceHours.end })}`}
        </Typography.Text>
      )}
    </Space>
  );
}

/**
 * The form's starting values; the reception board opens it as
 * `?kind=complaint&channel=visit&salesCenterId=…` (and the visit's `requesterName`, `requesterPhone`)
 * for a visitor (no household) at the sales center.
 */
function initialValuesFrom(params: URLSearchParams): Partial<Values> {
  const kind = DESK_KINDS.find((k) => k === params.get('kind')) ?? 'repair';
  const channel = DESK_CHANNELS.find((c) => c === params.get('channel')) ?? 'phone';
  const salesCenterId = params.get('salesCenterId') ?? undefined;
  const visitor = { requesterName: params.get('requesterName') ?? undefined, requesterPhone: params.get('requesterPhone') ?? undefined };
  return {
    requesterMode: salesCenterId ? 'manual' : 'household',
    kind,
    channel,
    emergency: false,
    ...(salesCenterId ? visitor : {}),
    ...(salesCenterId && isReplyKind(kind) ? { salesCenterId } : {}),
  };
}
