import { Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { QueryError } from '../../ui/QueryError';
import { useReadinessOverview, type OverviewRow } from './api';
import { COLOURS, ColourTag, DaysLeft, useMilestoneTitle } from './parts';

/** Every project the user sees: its milestones per colour, the worst one and the next due. */
export function OverviewTable({ onOpen }: { onOpen: (projectId: string) => void }) {
  const { t } = useTranslation('openingReadiness');
  const overview = useReadinessOverview();
  const titleOf = useMilestoneTitle();

  return (
    <>
      {overview.isError && <QueryError error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.data && (
        <Typography.Paragraph type="secondary">{t('today', { date: overview.data.today })}</Typography.Paragraph>
      )}
      <Table<OverviewRow>
        rowKey={(r) => r.project.id}
        dataSource={overview.data?.items ?? []}
        loading={overview.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState hint={t('overview.empty')} /> }}
        onRow={(r) => ({ onClick: () => onOpen(r.project.id), style: { cursor: 'pointer' }, 'aria-label': t('overview.open', { name: r.project.name }) })}
        columns={[
          { title: t('overview.project'), key: 'project', render: (_, r) => <Typography.Link>{r.project.name}</Typography.Link> },
          { title: t('overview.firstLaunch'), key: 'firstLaunch', render: (_, r) => r.dates?.firstLaunchDate ?? <Typography.Text type="secondary">{t('dates.notSet')}</Typography.Text> },
          {
            title: t('overview.counts'),
            key: 'counts',
            render: (_, r) => (
              <Space size={4} wrap>
                {COLOURS.filter((c) => r.counts[c] > 0).map((c) => (
                  <ColourTag key={c} colour={c} count={r.counts[c]} />
                ))}
              </Space>
            ),
          },
          {
            title: t('overview.worst'),
            key: 'worst',
            render: (_, r) => (r.worstColour ? <ColourTag colour={r.worstColour} /> : <Typography.Text type="secondary">{t('overview.noDates')}</Typography.Text>),
          },
          {
            title: t('overview.nextDue'),
            key: 'nextDue',
            render: (_, r) =>
              r.nextDue ? (
                <Space orientation="vertical" size={0}>
                  <Typography.Text>{titleOf(r.nextDue)}</Typography.Text>
                  <Space size={8}>
                    <Typography.Text type="secondary">{r.nextDue.dueDate}</Typography.Text>
                    <DaysLeft milestone={r.nextDue} />
                  </Space>
                </Space>
              ) : (
                <Typography.Text type="secondary">{r.dates ? t('overview.noNext') : t('overview.noDates')}</Typography.Text>
              ),
          },
          { title: t('overview.equipment'), key: 'equipment', render: (_, r) => `${r.equipment.inPlace}/${r.equipment.total}` },
        ]}
      />
    </>
  );
}
