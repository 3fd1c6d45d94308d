import { useState } from 'react';
import { App, Button, Flex, Popconfirm, Progress, Select, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { canRunDailyChecks } from './access';
import { useAnswerItem, useCompleteCheck, useSalesCenters, useStartCheck, useTodayCheck, type DayState } from './api';
import { CheckItemCard } from './CheckItemCard';
import { useRelatedHints } from './RelatedHints';

export const STATE_COLORS: Record<DayState, string> = { notStarted: 'default', inProgress: 'processing', completed: 'success' };

/** Today's check of one sales center of the current project, as a checklist. */
export function TodayCheck({ projectId }: { projectId: string }) {
  const { t } = useTranslation('dailyChecks');
  const { message } = App.useApp();
  const canRun = canRunDailyChecks(useAuth());
  const centers = useSalesCenters(projectId);
  const [picked, setPicked] = useState<string | undefined>();
  const centerId = picked ?? centers.data?.[0]?.id;
  const today = useTodayCheck(centerId);
  const start = useStartCheck(centerId);
  const answer = useAnswerItem(centerId);
  const complete = useCompleteCheck(centerId);
  const hints = useRelatedHints(projectId);

  if (centers.isError) return <QueryError error={centers.error} onRetry={() => void centers.refetch()} />;
  if (centers.isPending) return <Spin />;
  if (!centers.data.length) return <EmptyState hint={t('noCentersHint')} />;

  const check = today.data?.check ?? null;
  const editable = Boolean(check?.allowedActions.includes('answer'));

  async function run(action: () => Promise<unknown>, success?: string) {
    try {
      await action();
      if (success) message.success(success);
    } catch (error) {
      message.error(errorMessage(error));
      if (isApiError(error, 409)) void today.refetch();
    }
  }

  return (
    <Flex vertical gap={16}>
      <Space wrap>
        <Typography.Text>{t('salesCenter')}</Typography.Text>
        <Select
          aria-label={t('salesCenter')}
          style={{ minWidth: 240 }}
          value={centerId}
          placeholder={t('pickCenter')}
          options={centers.data.map((c) => ({ value: c.id, label: c.name }))}
          onChange={setPicked}
        />
      </Space>
      {today.isError && <QueryError error={today.error} onRetry={() => void today.refetch()} />}
      {today.isPending && <Spin />}
      {today.data && !check && (
        <Flex vertical align="center" gap={12} style={{ padding: 32 }}>
          <Typography.Text>{t('notStarted', { date: today.data.businessDate })}</Typography.Text>
          {canRun ? (
            <Button type="primary" loading={start.isPending} onClick={() => void run(() => start.mutateAsync(undefined))}>
              {t('start')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('notStartedReadOnly')}</Typography.Text>
          )}
        </Flex>
      )}
      {check && (
        <>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Space orientation="vertical" size={4}>
              <Space wrap>
                <Typography.Text strong>{check.businessDate}</Typography.Text>
                <Tag color={STATE_COLORS[check.status]}>{t(`status.${check.status}`)}</Tag>
              </Space>
              <Typography.Text type="secondary">{t('started', { name: check.startedBy.name, time: formatDateTime(check.startedAt) })}</Typography.Text>
              {check.completedBy && check.completedAt && (
                <Typography.Text type="secondary">{t('completedBy', { name: check.completedBy.name, time: formatDateTime(check.completedAt) })}</Typography.Text>
              )}
            </Space>
            <Space orientation="vertical" align="end">
              <Typography.Text>{t('progress', { answered: check.items.length - check.unanswered, total: check.items.length, failed: check.failed })}</Typography.Text>
              <Progress percent={Math.round(((check.items.length - check.unanswered) / Math.max(check.items.length, 1)) * 100)} style={{ width: 200 }} size="small" />
              {check.allowedActions.includes('complete') && (
                <Popconfirm
                  title={t('completeConfirm')}
                  okText={t('common:actions.confirm')}
                  cancelText={t('common:actions.cancel')}
                  disabled={check.unanswered > 0}
                  onConfirm={() => run(() => complete.mutateAsync({ checkId: check.id, version: check.version }), t('completed'))}
                >
                  <Button type="primary" disabled={check.unanswered > 0} loading={complete.isPending} title={check.unanswered > 0 ? t('completeDisabled', { count: check.unanswered }) : undefined}>
                    {t('complete')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          </Flex>
          {check.items.map((item, index) => (
            // Keyed by version too: a saved answer re-seeds the line's note and photos from the server.
            <CheckItemCard
              key={`${item.id}:${item.version}`}
              item={item}
              index={index}
              projectId={projectId}
              editable={editable && canRun}
              hint={hints[item.key]}
              onAnswer={(itemId, input) => answer.mutateAsync({ itemId, ...input })}
              onConflict={() => void today.refetch()}
            />
          ))}
        </>
      )}
    </Flex>
  );
}
