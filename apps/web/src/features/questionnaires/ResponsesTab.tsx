import { useState } from 'react';
import { Table } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { useResponses, type ResponseItem } from './api';
import './i18n';

/** The project's filled questionnaires, newest first, each leading to the household's profile. */
export function ResponsesTab({ projectId }: { projectId: string | undefined }) {
  const { t } = useTranslation('questionnaires');
  const [page, setPage] = useState(1);
  const list = useResponses(projectId, page);
  return (
    <>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<ResponseItem>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
        locale={{ emptyText: <EmptyState hint={t('noResponsesHint')} /> }}
        columns={[
          { title: t('household'), key: 'household', render: (_, r) => r.household.label },
          { title: t('owner'), key: 'owner', render: (_, r) => r.owner.name },
          { title: t('method'), key: 'method', render: (_, r) => t(`methods.${r.method}`) + (r.recordedBy ? ` · ${r.recordedBy.name}` : '') },
          { title: t('versionNo'), key: 'version', render: (_, r) => t('versionLabel', { n: r.versionNo }) },
          { title: t('submittedAt'), key: 'at', render: (_, r) => formatDateTime(r.submittedAt) },
          { title: t('profile'), key: 'profile', render: (_, r) => <Link to={`/households/${r.household.id}/profile`}>{t('profile')}</Link> },
        ]}
      />
    </>
  );
}
