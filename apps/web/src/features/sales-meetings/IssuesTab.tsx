import { useState } from 'react';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../ui/QueryError';
import { useIssues, type IssueFilter } from './api';
import { IssueTable } from './IssueTable';

const FILTERS: IssueFilter[] = ['open', 'overdue', 'closed', 'all'];

/** The issues board: open issues by due date (those carried from meeting to meeting), overdue marked. */
export function IssuesTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('salesMeetings');
  const [filter, setFilter] = useState<IssueFilter>('open');
  const [page, setPage] = useState(1);
  const issues = useIssues(projectId, filter, page);
  return (
    <>
      <Segmented<IssueFilter>
        style={{ marginBottom: 12 }}
        value={filter}
        options={FILTERS.map((f) => ({ value: f, label: t(`filters.${f}`) }))}
        onChange={(f) => {
          setFilter(f);
          setPage(1);
        }}
      />
      {issues.isError && <QueryError error={issues.error} onRetry={() => void issues.refetch()} />}
      <IssueTable
        issues={issues.data?.items ?? []}
        loading={issues.isFetching}
        empty={t('emptyIssues')}
        pagination={{ current: page, pageSize: 50, total: issues.data?.total ?? 0, onChange: setPage }}
      />
    </>
  );
}
