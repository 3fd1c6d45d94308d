import { App, Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { errorMessage } from '../../ui/form-errors';
import { QueryError } from '../../ui/QueryError';
import { useCareCommands, useCarePlans, useCareSuggestions } from './api';
import { ProposalLine, RecurrenceText } from './care-parts';
import { PlanActions } from './PlansTab';
import { SuggestionActions } from './SuggestionActions';
import './i18n';

/**
 * 个性化关怀 on a household's profile page: its open suggestions with 接受 / 调整 / 不采纳 and its running
 * plans. Renders nothing for a caller who may not work care suggestions (403, or 404 outside their projects).
 */
export function CareSuggestionsCard({ householdId }: { householdId: string }) {
  const { t } = useTranslation('carePlans');
  const { message } = App.useApp();
  const suggestions = useCareSuggestions({ householdId }, 'suggested');
  const plans = useCarePlans({ householdId }, undefined);
  const commands = useCareCommands();
  if (isApiError(suggestions.error, 403) || isApiError(suggestions.error, 404)) return null;

  async function refresh() {
    try {
      const r = await commands.refresh.mutateAsync(householdId);
      message.success(t('card.refreshed', { added: r.added, withdrawn: r.withdrawn }));
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  const running = (plans.data?.items ?? []).filter((p) => p.status !== 'ended');
  return (
    <Card
      size="small"
      title={t('card.title')}
      style={{ marginBottom: 12 }}
      loading={suggestions.isPending}
      data-testid="care-suggestions-card"
      extra={
        <Button size="small" icon={<ReloadOutlined />} loading={commands.refresh.isPending} onClick={() => void refresh()}>
          {t('card.refresh')}
        </Button>
      }
    >
      {suggestions.isError && <QueryError error={suggestions.error} onRetry={() => void suggestions.refetch()} />}
      <Typography.Text strong>{t('card.open')}</Typography.Text>
      <List
        size="small"
        dataSource={suggestions.data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('card.none')} /> }}
        renderItem={(s) => (
          <List.Item>
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex justify="space-between" gap={8} wrap>
                <Typography.Text>{s.proposal.title}</Typography.Text>
                <RecurrenceText recurrence={s.proposal.recurrence} time={s.proposal.timeOfDay} />
              </Flex>
              <ProposalLine {...s.proposal} />
              <SuggestionActions suggestion={s} />
            </Flex>
          </List.Item>
        )}
      />
      <Typography.Text strong>{t('card.plans')}</Typography.Text>
      <List
        size="small"
        dataSource={running}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('card.noPlans')} /> }}
        renderItem={(p) => (
          <List.Item>
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex justify="space-between" gap={8} wrap>
                <span>
                  {p.title} <Tag color={p.status === 'active' ? 'green' : 'orange'}>{t(`planStatus.${p.status}`)}</Tag>
                </span>
                <RecurrenceText recurrence={p.recurrence} time={p.timeOfDay} />
              </Flex>
              <Typography.Text type="secondary">
                {p.nextDueOn ? `${t('nextDue')}：${p.nextDueOn}` : ''}
                {p.recent[0]?.workOrder && (
                  <>
                    {' · '}
                    <Link to={`/work-orders/${p.recent[0].workOrder.id}`}>{p.recent[0].workOrder.number}</Link>
                  </>
                )}
              </Typography.Text>
              <PlanActions plan={p} />
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
