import { useState } from 'react';
import { App, Button, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CARE_PLAN_STATUSES, type CarePlanStatus } from '@guanjia/domain/care-plans/care-flow';
import { isApiError } from '../../ui/api';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { QueryError } from '../../ui/QueryError';
import { StatusFilter } from '../../ui/StatusFilter';
import { CARE_PAGE_SIZE, useCareCommands, useCarePlans, type CarePlan } from './api';
import { RecurrenceText } from './care-parts';
import './i18n';

const STATUS_COLOR: Record<CarePlanStatus, string> = { active: 'green', paused: 'orange', ended: 'default' };

/** Pause, resume or end a plan, each after a confirmation. */
export function PlanActions({ plan }: { plan: CarePlan }) {
  const { t } = useTranslation('carePlans');
  const { message } = App.useApp();
  const commands = useCareCommands();
  async function run(action: CarePlan['allowedActions'][number]) {
    try {
      await commands.plan.mutateAsync({ p: plan, action });
      message.success(t(`planDone.${action}`));
    } catch (error) {
      message.error(isApiError(error, 409) ? t('planChangedMeanwhile') : errorMessage(error));
    }
  }
  return (
    <Space size="small">
      {plan.allowedActions.map((a) => (
        <Popconfirm key={a} title={t(`${a}Confirm`, { title: plan.title })} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} okButtonProps={{ danger: a === 'end' }} onConfirm={() => run(a)}>
          <Button size="small" danger={a === 'end'} aria-label={`${t(a)} ${plan.title}`}>
            {t(a)}
          </Button>
        </Popconfirm>
      ))}
    </Space>
  );
}

/** The work orders a plan created lately, linked; a skipped date says why. */
export function RecentOrders({ plan }: { plan: CarePlan }) {
  const { t } = useTranslation('carePlans');
  if (!plan.recent.length) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      {plan.recent.map((o) =>
        o.workOrder ? (
          <span key={o.dueOn}>
            {o.dueOn} <Link to={`/work-orders/${o.workOrder.id}`}>{o.workOrder.number}</Link>
          </span>
        ) : (
          <Typography.Text key={o.dueOn} type="warning">{`${o.dueOn} ${t('skipped', { reason: o.skipReason ?? '' })}`}</Typography.Text>
        ),
      )}
    </Flex>
  );
}

export function PlansTab({ projectId }: { projectId: string | undefined }) {
  const { t } = useTranslation('carePlans');
  const [status, setStatus] = useState<CarePlanStatus | undefined>('active');
  const [page, setPage] = useState(1);
  const list = useCarePlans({ projectId }, status, page);
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <StatusFilter
          label={t('status')}
          placeholder={t('allStatuses')}
          statuses={CARE_PLAN_STATUSES}
          labelOf={(s) => t(`planStatus.${s}`)}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
        />
      </Space>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<CarePlan>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: CARE_PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showTotal: (total) => t('common:pagination.total', { total }) }}
        locale={{ emptyText: <EmptyState hint={t('emptyPlansHint')} /> }}
        columns={[
          {
            title: t('household'),
            key: 'household',
            render: (_, p) => (
              <Flex vertical gap={2}>
                <span>{p.householdLabel}</span>
                <Link to={`/households/${p.householdId}/profile`}>{t('profileLink')}</Link>
              </Flex>
            ),
          },
          {
            title: t('service'),
            key: 'service',
            render: (_, p) => (
              <Flex vertical gap={2}>
                <Typography.Text strong>{p.title}</Typography.Text>
                <Typography.Text type="secondary">{`${p.categoryNumber}-${p.itemNumber} ${p.itemName}`}</Typography.Text>
              </Flex>
            ),
          },
          { title: t('recurrence'), key: 'recurrence', render: (_, p) => <RecurrenceText recurrence={p.recurrence} time={p.timeOfDay} /> },
          { title: t('nextDue'), key: 'next', render: (_, p) => (p.nextDueOn ? <Typography.Text title={p.upcoming.join('、')}>{p.nextDueOn}</Typography.Text> : '—') },
          { title: t('status'), key: 'status', render: (_, p) => <Tag color={STATUS_COLOR[p.status]}>{t(`planStatus.${p.status}`)}</Tag> },
          { title: t('accountable'), key: 'accountable', render: (_, p) => p.accountable?.name ?? '—' },
          { title: t('recent'), key: 'recent', render: (_, p) => <RecentOrders plan={p} /> },
          { title: t('common:fields.actions'), key: 'actions', render: (_, p) => <PlanActions plan={p} /> },
        ]}
      />
    </>
  );
}
