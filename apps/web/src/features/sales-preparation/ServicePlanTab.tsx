import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiError } from '../../ui/api';
import { EmptyState } from '../../ui/EmptyState';
import { formatDateTime } from '../../ui/format';
import { applyFieldErrors, errorMessage } from '../../ui/form-errors';
import { QueryError } from '../../ui/QueryError';
import { useServicePlan, useServicePlanCommands, useServicePlans, type ServicePlan, type ServicePlanStatus } from './api';
import { HistoryList } from './HistoryList';
import { ServicePlanForm, sectionsOf, type PlanFormValues } from './ServicePlanForm';

const STATUS_COLORS: Record<ServicePlanStatus, string> = { draft: 'default', submitted: 'processing', approved: 'success', rejected: 'error', superseded: 'default', cancelled: 'default' };

export function PlanStatusTag({ status }: { status: ServicePlanStatus }) {
  const { t } = useTranslation('salesPreparation');
  return <Tag color={STATUS_COLORS[status]}>{t(`status.${status}`)}</Tag>;
}

/** 服务方案: the version in work (or in force), its sections, approval status, history and earlier versions. */
export function ServicePlanTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('salesPreparation');
  const { modal, message } = App.useApp();
  const list = useServicePlans(projectId);
  const [chosen, setChosen] = useState<string | null>(null);
  const commands = useServicePlanCommands(projectId);
  const data = list.data;
  const selectedId = chosen ?? data?.current?.id ?? null;
  const detail = useServicePlan(selectedId && selectedId !== data?.current?.id ? selectedId : null);

  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  if (!data) return <Typography.Text type="secondary">{t('common:messages.loading')}</Typography.Text>;
  const plan = selectedId === data.current?.id ? data.current : detail.data;
  const nextVersion = (data.versions[0]?.planVersion ?? 0) + 1;

  function draft() {
    const run = () =>
      commands.draft.mutateAsync().then(
        (p) => setChosen(p.id),
        (error: unknown) => message.error(errorMessage(error)),
      );
    if (!data?.versions.length) return void run();
    modal.confirm({ title: t('servicePlan.newVersion'), content: t('servicePlan.newVersionConfirm', { version: nextVersion }), onOk: run });
  }

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {data.versions.length > 0 && (
          <Select
            aria-label={t('servicePlan.versions')}
            style={{ width: 220 }}
            value={selectedId}
            onChange={setChosen}
            options={data.versions.map((v) => ({ value: v.id, label: `${t('servicePlan.version', { version: v.planVersion })} · ${t(`status.${v.status}`)}` }))}
          />
        )}
        {data.canDraft && (
          <Button type={data.versions.length ? 'default' : 'primary'} loading={commands.draft.isPending} onClick={draft}>
            {data.versions.length ? t('servicePlan.newVersion') : t('servicePlan.draft')}
          </Button>
        )}
      </Space>
      {!data.versions.length && (
        <Card>
          <EmptyState hint={data.canDraft ? t('servicePlan.emptyHint') : t('servicePlan.empty')} />
        </Card>
      )}
      {plan && <PlanEditor key={plan.id} plan={plan} projectId={projectId} onStale={() => void list.refetch()} />}
    </>
  );
}

function PlanEditor({ plan, projectId, onStale }: { plan: ServicePlan; projectId: string; onStale: () => void }) {
  const { t } = useTranslation('salesPreparation');
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<PlanFormValues>();
  const commands = useServicePlanCommands(projectId);
  const [missing, setMissing] = useState<Record<string, string> | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const busy = commands.save.isPending || commands.act.isPending;
  // The form keeps what was typed across its own saves; a version written elsewhere (a stale save reloaded) replaces it.
  const ownVersion = useRef(plan.version);
  useEffect(() => {
    if (plan.version !== ownVersion.current) {
      ownVersion.current = plan.version;
      form.resetFields();
    }
  }, [plan.version, form]);

  function fail(error: unknown) {
    if (isApiError(error, 409)) {
      message.warning(t('conflict'));
      onStale();
      return;
    }
    if (isApiError(error, 422) && (error as ApiError).fields) {
      applyFieldErrors(form, error);
      setMissing((error as ApiError).fields!);
      return;
    }
    applyFieldErrors(form, error);
    message.error(errorMessage(error));
  }

  /** Saves what the form holds; answers the plan's new version. */
  async function saveForm(): Promise<number> {
    const saved = await commands.save.mutateAsync({ id: plan.id, version: plan.version, ...sectionsOf(form.getFieldsValue(true)) });
    ownVersion.current = saved.version;
    return saved.version;
  }

  async function save() {
    setMissing(null);
    try {
      await saveForm();
      message.success(t('common:messages.saved'));
    } catch (error) {
      fail(error);
    }
  }

  function submit() {
    modal.confirm({
      title: t('servicePlan.submit'),
      content: t('servicePlan.submitConfirm'),
      onOk: async () => {
        setMissing(null);
        try {
          const version = plan.canEdit ? await saveForm() : plan.version;
          const sent = await commands.act.mutateAsync({ id: plan.id, action: 'submit', version });
          ownVersion.current = sent.version;
        } catch (error) {
          fail(error);
        }
      },
    });
  }

  async function act(action: 'revise' | 'cancel', reason?: string) {
    try {
      const next = await commands.act.mutateAsync({ id: plan.id, action, version: plan.version, ...(reason ? { reason } : {}) });
      ownVersion.current = next.version;
      setCancelling(false);
    } catch (error) {
      fail(error);
    }
  }

  return (
    <>
      <Card
        title={
          <Space wrap>
            {t('servicePlan.version', { version: plan.planVersion })}
            <PlanStatusTag status={plan.status} />
          </Space>
        }
        extra={
          <Space wrap>
            {plan.canEdit && (
              <Button loading={commands.save.isPending} disabled={busy} onClick={() => void save()}>
                {t('servicePlan.save')}
              </Button>
            )}
            {plan.allowedActions.includes('submit') && (
              <Button type="primary" disabled={busy} onClick={submit}>
                {t('servicePlan.submit')}
              </Button>
            )}
            {plan.allowedActions.includes('revise') && (
              <Button disabled={busy} onClick={() => void act('revise')}>
                {t('servicePlan.revise')}
              </Button>
            )}
            {plan.allowedActions.includes('cancel') && (
              <Button danger disabled={busy} onClick={() => setCancelling(true)}>
                {t('servicePlan.cancel')}
              </Button>
            )}
          </Space>
        }
      >
        <Space direction="vertical" size={2} style={{ marginBottom: 12 }}>
          {plan.submittedBy && plan.submittedAt && <Typography.Text type="secondary">{t('servicePlan.submittedBy', { name: plan.submittedBy.name, at: formatDateTime(plan.submittedAt) })}</Typography.Text>}
          {plan.decidedAt && <Typography.Text type="secondary">{t('servicePlan.decidedAt', { at: formatDateTime(plan.decidedAt) })}</Typography.Text>}
          {plan.cancelReason && <Typography.Text type="danger">{t('servicePlan.cancelled', { reason: plan.cancelReason })}</Typography.Text>}
          {!plan.canEdit && <Typography.Text type="secondary">{t('servicePlan.readOnly')}</Typography.Text>}
        </Space>
        {missing && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('servicePlan.missingHeader')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {Object.entries(missing).map(([field, why]) => (
                  <li key={field}>{`${t(`servicePlan.section.${field}`, { defaultValue: field })}：${why}`}</li>
                ))}
              </ul>
            }
          />
        )}
        <ServicePlanForm form={form} plan={plan} disabled={!plan.canEdit} />
      </Card>
      <Card title={t('servicePlan.history')} style={{ marginTop: 16 }}>
        <HistoryList history={plan.history} />
      </Card>
      <CancelModal open={cancelling} onClose={() => setCancelling(false)} onOk={(reason) => act('cancel', reason)} />
    </>
  );
}

function CancelModal({ open, onClose, onOk }: { open: boolean; onClose: () => void; onOk: (reason: string) => Promise<void> }) {
  const { t } = useTranslation('salesPreparation');
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal open={open} title={t('servicePlan.cancel')} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ danger: true }} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} onFinish={(v) => onOk(v.reason)}>
        <Form.Item name="reason" label={t('servicePlan.cancelReason')} rules={[{ required: true, whitespace: true, message: t('servicePlan.cancelReasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
