import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, List, Space, Spin, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { FileUpload } from '../../ui/FileUpload';
import { reportFormError } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { canEditShowcase } from './access';
import { useCreateShowcase, useShowcaseAction, useUpdateShowcase, type Named, type ShowcaseDetail } from './api';
import { VisitorCodeCard } from './VisitorCodeCard';

interface PlanValues {
  location?: string;
  areaM2?: number | null;
  layoutPlan?: string;
  layoutFileIds?: string[];
  decorationStartDate?: Dayjs | null;
}

/** 展示区方案 (4.5.2): location, area and layout, approved by the regional head before decoration. */
export function PlanTab({ salesCenter, showcase, loading, projectId }: { salesCenter: Named; showcase: ShowcaseDetail | null | undefined; loading: boolean; projectId: string }) {
  const { t } = useTranslation('showcase');
  const auth = useAuth();
  const { message } = App.useApp();
  const create = useCreateShowcase();
  if (loading) return <Spin />;
  if (!showcase) {
    return (
      <Space direction="vertical" align="center" style={{ width: '100%' }}>
        <EmptyState hint={`${t('plan.none')}。${t('plan.noneHint')}`} />
        {canEditShowcase(auth) && (
          <Button type="primary" loading={create.isPending} onClick={() => create.mutate(salesCenter.id, { onError: (e) => message.error(e.message) })}>
            {t('plan.create')}
          </Button>
        )}
      </Space>
    );
  }
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {showcase.approvalLate && <Alert type="error" showIcon data-testid="approval-late" title={t('plan.late', { date: showcase.decorationStartDate })} />}
      {showcase.submittedAfterDecoration && !showcase.approvalLate && <Alert type="warning" showIcon title={t('plan.submittedLate')} />}
      {showcase.canEdit ? <PlanForm showcase={showcase} projectId={projectId} /> : <PlanView showcase={showcase} />}
      <PlanActions showcase={showcase} />
      <VisitorCodeCard showcase={showcase} />
      <Card size="small" title={t('plan.history')}>
        <Timeline
          items={showcase.history.map((h) => ({
            children: (
              <>
                <Typography.Text strong>{t(`plan.action.${h.action}`, { defaultValue: h.action })}</Typography.Text> {h.actor?.name} · {formatDateTime(h.at)}
                {h.note && <div>{h.note}</div>}
              </>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}

function PlanView({ showcase }: { showcase: ShowcaseDetail }) {
  const { t } = useTranslation('showcase');
  const none = <Typography.Text type="secondary">{t('plan.notSet')}</Typography.Text>;
  return (
    <Descriptions bordered column={1} size="small">
      <Descriptions.Item label={t('plan.location')}>{showcase.location ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('plan.areaM2')}>{showcase.areaM2 ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('plan.layoutPlan')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{showcase.layoutPlan ?? none}</Typography.Paragraph>
      </Descriptions.Item>
      <Descriptions.Item label={t('plan.layoutFiles')}>
        {showcase.layoutFiles.length ? (
          <List size="small" dataSource={showcase.layoutFiles} renderItem={(f) => <a href={f.url} target="_blank" rel="noreferrer">{f.name}</a>} />
        ) : (
          none
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('plan.decorationStartDate')}>
        <Typography.Text type={showcase.approvalLate ? 'danger' : undefined}>{showcase.decorationStartDate ?? t('plan.notSet')}</Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  );
}

function PlanForm({ showcase, projectId }: { showcase: ShowcaseDetail; projectId: string }) {
  const { t } = useTranslation('showcase');
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanValues>();
  const update = useUpdateShowcase(showcase.id);
  const save = (v: PlanValues) =>
    update.mutate(
      { location: v.location ?? null, areaM2: v.areaM2 ?? null, layoutPlan: v.layoutPlan ?? null, layoutFileIds: v.layoutFileIds ?? [], decorationStartDate: v.decorationStartDate?.format('YYYY-MM-DD') ?? null, version: showcase.version },
      { onSuccess: () => message.success(t('plan.saved')), onError: (e) => reportFormError(form, e, message) },
    );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={save}
      initialValues={{ location: showcase.location ?? '', areaM2: showcase.areaM2, layoutPlan: showcase.layoutPlan ?? '', layoutFileIds: showcase.layoutFiles.map((f) => f.id), decorationStartDate: showcase.decorationStartDate ? dayjs(showcase.decorationStartDate) : null }}
    >
      <Form.Item name="location" label={t('plan.location')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="areaM2" label={t('plan.areaM2')}>
        <InputNumber min={0.1} step={0.5} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="layoutPlan" label={t('plan.layoutPlan')}>
        <Input.TextArea rows={4} maxLength={8000} />
      </Form.Item>
      <Form.Item name="layoutFileIds" label={t('plan.layoutFiles')}>
        <FileUpload projectId={projectId} kind="attachments" />
      </Form.Item>
      <Form.Item name="decorationStartDate" label={t('plan.decorationStartDate')}>
        <DatePicker style={{ width: 200 }} />
      </Form.Item>
      <Button htmlType="submit" loading={update.isPending}>
        {t('plan.save')}
      </Button>
    </Form>
  );
}

function PlanActions({ showcase }: { showcase: ShowcaseDetail }) {
  const { t } = useTranslation('showcase');
  const { message, modal } = App.useApp();
  const act = useShowcaseAction(showcase.id);
  const run = (action: 'submit' | 'revise', done: string) =>
    act.mutate({ action, version: showcase.version }, { onSuccess: () => message.success(done), onError: (e) => message.error(e.message) });
  if (!showcase.allowedActions.length && !showcase.missingParts.length) return null;
  return (
    <Space direction="vertical">
      {showcase.status === 'draft' && showcase.missingParts.length > 0 && (
        <Alert type="info" showIcon title={t('plan.missing')} description={showcase.missingParts.map((p) => t(`plan.${p}`)).join('、')} />
      )}
      <Space>
        {showcase.allowedActions.includes('submit') && (
          <Button type="primary" loading={act.isPending} onClick={() => modal.confirm({ title: t('plan.submitConfirm'), onOk: () => run('submit', t('plan.submitted')) })}>
            {t('plan.submit')}
          </Button>
        )}
        {showcase.allowedActions.includes('revise') && (
          <Button loading={act.isPending} onClick={() => run('revise', t('plan.revised'))}>
            {t('plan.revise')}
          </Button>
        )}
      </Space>
    </Space>
  );
}
