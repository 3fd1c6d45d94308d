import { Progress, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { QueryError } from '../../ui/QueryError';
import { useVisitCoverage, type VisitCoverage } from './api';
import { useCadenceLabel } from './parts';
import './i18n';

type Line = VisitCoverage['butlers'][number];

/** 覆盖率: this quarter, per butler: households visited of those they look after, and those overdue. */
export function CoverageTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('ownerVisits');
  const coverage = useVisitCoverage(projectId);
  const cadenceLabel = useCadenceLabel();
  if (coverage.isError) return <QueryError error={coverage.error} onRetry={() => void coverage.refetch()} />;
  const c = coverage.data;
  return (
    <>
      {c && (
        <Typography.Paragraph type="secondary">
          {t('quarter', { ...c.quarter })} · {cadenceLabel(c.cadence)}
          {c.unassigned > 0 && ` · ${t('coverage.unassigned', { count: c.unassigned })}`}
        </Typography.Paragraph>
      )}
      <Table<Line>
        rowKey={(r) => r.butler.id}
        size="middle"
        loading={coverage.isPending}
        dataSource={c?.butlers ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyState hint={t('coverage.empty')} /> }}
        columns={[
          { title: t('butler'), key: 'butler', render: (_, r) => r.butler.name },
          { title: t('coverage.assigned'), dataIndex: 'assigned' },
          { title: t('coverage.visited'), dataIndex: 'visited' },
          { title: t('coverage.percent'), key: 'percent', render: (_, r) => (r.percent === null ? '—' : <Progress percent={r.percent} size="small" style={{ width: 140 }} />) },
          { title: t('coverage.overdue'), key: 'overdue', render: (_, r) => (r.overdue ? <Typography.Text type="danger">{r.overdue}</Typography.Text> : 0) },
        ]}
        summary={() =>
          c && c.butlers.length > 1 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('coverage.title')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1}>{c.totals.assigned}</Table.Summary.Cell>
              <Table.Summary.Cell index={2}>{c.totals.visited}</Table.Summary.Cell>
              <Table.Summary.Cell index={3}>{c.totals.percent === null ? '—' : `${c.totals.percent}%`}</Table.Summary.Cell>
              <Table.Summary.Cell index={4}>{c.totals.overdue}</Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </>
  );
}
