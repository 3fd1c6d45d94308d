import { useEffect, useState } from 'react';
import { App, Button, Card, Col, Descriptions, Form, Input, Row, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiError } from '../../ui/api';
import { applyFieldErrors, reportFormError } from '../../ui/form-errors';
import { usePlanCommands, type EventPlanDetail, type PartsInput } from './api';

interface PlanPartsFormProps {
  plan: EventPlanDetail;
  /** The refused submission: each missing part shows under its section. */
  incomplete: ApiError | null;
  onDirtyChange: (dirty: boolean) => void;
  onConflict: () => void;
}

const partsOf = (plan: EventPlanDetail): PartsInput => ({
  eventLeadGroup: plan.eventLeadGroup,
  assignments: plan.assignments,
  orderPlan: plan.orderPlan,
  emergencyPlan: plan.emergencyPlan,
});

/** 4.3.2's parts: lead group, division of labour, order plan and emergency plan; edited while a draft. */
export function PlanPartsForm(props: PlanPartsFormProps) {
  const { plan } = props;
  if (!plan.canEdit) return <PlanPartsView plan={plan} />;
  // A reload after a conflict starts the form again from the plan as it is now.
  return <PartsEditor key={`${plan.id}:${plan.version}:${plan.updatedAt}`} {...props} />;
}

function PartsEditor({ plan, incomplete, onDirtyChange, onConflict }: PlanPartsFormProps) {
  const { t } = useTranslation('eventPlans');
  const { message } = App.useApp();
  const [form] = Form.useForm<PartsInput>();
  const commands = usePlanCommands(plan);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    if (incomplete) applyFieldErrors(form, incomplete);
  }, [incomplete, form]);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  async function save(values: PartsInput) {
    setSaving(true);
    try {
      await commands.saveParts({
        eventLeadGroup: (values.eventLeadGroup ?? []).map((m) => ({ name: (m?.name ?? '').trim(), role: (m?.role ?? '').trim() })),
        assignments: (values.assignments ?? []).map((a) => ({ owner: (a?.owner ?? '').trim(), duty: (a?.duty ?? '').trim() })),
        orderPlan: (values.orderPlan ?? '').trim(),
        emergencyPlan: (values.emergencyPlan ?? '').trim(),
      });
      setDirty(false);
      void message.success(t('parts.saved'));
    } catch (error) {
      if (isApiError(error, 409)) {
        void message.error(t('conflict'));
        setDirty(false);
        onConflict();
      } else {
        reportFormError(form, error, message);
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card
      size="small"
      title={t('parts.title')}
      style={{ marginBottom: 16 }}
      extra={
        <Space>
          {dirty && <Typography.Text type="warning">{t('parts.unsaved')}</Typography.Text>}
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('parts.save')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('parts.editHint')}</Typography.Paragraph>
      <Form<PartsInput> form={form} layout="vertical" initialValues={partsOf(plan)} onFinish={(v) => void save(v)} onValuesChange={() => setDirty(true)}>
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <PairList error={incomplete?.fields?.eventLeadGroup} name="eventLeadGroup" first="name" second="role" firstLabel={t('parts.memberName')} secondLabel={t('parts.memberRole')} addLabel={t('parts.addMember')} firstMax={50} secondMax={50} />
          </Col>
          <Col xs={24} lg={12}>
            <PairList error={incomplete?.fields?.assignments} name="assignments" first="owner" second="duty" firstLabel={t('parts.assignmentOwner')} secondLabel={t('parts.assignmentDuty')} addLabel={t('parts.addAssignment')} firstMax={50} secondMax={500} />
          </Col>
        </Row>
        <Form.Item name="orderPlan" label={t('part.orderPlan')}>
          <Input.TextArea rows={4} maxLength={8000} placeholder={t('parts.orderPlanPlaceholder')} />
        </Form.Item>
        <Form.Item name="emergencyPlan" label={t('part.emergencyPlan')}>
          <Input.TextArea rows={4} maxLength={8000} placeholder={t('parts.emergencyPlanPlaceholder')} />
        </Form.Item>
      </Form>
    </Card>
  );
}

interface PairListProps {
  /** Why submission was refused for this part. */
  error?: string;
  name: 'eventLeadGroup' | 'assignments';
  first: string;
  second: string;
  firstLabel: string;
  secondLabel: string;
  addLabel: string;
  firstMax: number;
  secondMax: number;
}

/** A list section of two-field rows; the section's own error (e.g. missing at submission) shows under it. */
function PairList({ error, name, first, second, firstLabel, secondLabel, addLabel, firstMax, secondMax }: PairListProps) {
  const { t } = useTranslation('eventPlans');
  return (
    <Form.Item label={t(`part.${name}`)} required validateStatus={error ? 'error' : undefined} help={error}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[field.name, first]} style={{ marginBottom: 8 }}>
                  <Input placeholder={firstLabel} aria-label={firstLabel} maxLength={firstMax} />
                </Form.Item>
                <Form.Item name={[field.name, second]} style={{ marginBottom: 8 }}>
                  <Input placeholder={secondLabel} aria-label={secondLabel} maxLength={secondMax} />
                </Form.Item>
                <Button type="text" aria-label={t('parts.remove')} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ [first]: '', [second]: '' })}>
              {addLabel}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** The parts as they were sent: read-only once the plan left draft. */
function PlanPartsView({ plan }: { plan: EventPlanDetail }) {
  const { t } = useTranslation('eventPlans');
  const empty = <Typography.Text type="secondary">{t('parts.empty')}</Typography.Text>;
  const text = (value: string) => (value ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{value}</Typography.Paragraph> : empty);
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('part.eventLeadGroup')}>
          {plan.eventLeadGroup.length ? <Rows items={plan.eventLeadGroup.map((m) => `${m.name}（${m.role}）`)} /> : empty}
        </Descriptions.Item>
        <Descriptions.Item label={t('part.assignments')}>
          {plan.assignments.length ? <Rows items={plan.assignments.map((a) => `${a.owner}：${a.duty}`)} /> : empty}
        </Descriptions.Item>
        <Descriptions.Item label={t('part.orderPlan')}>{text(plan.orderPlan)}</Descriptions.Item>
        <Descriptions.Item label={t('part.emergencyPlan')}>{text(plan.emergencyPlan)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function Rows({ items }: { items: string[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}
