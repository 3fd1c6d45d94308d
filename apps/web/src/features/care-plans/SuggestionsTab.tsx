import { useState } from 'react';
import { Flex, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CARE_SUGGESTION_STATUSES, type CareSuggestionStatus } from '@guanjia/domain/care-plans/care-flow';
import { EmptyState } from '../../ui/EmptyState';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { StatusFilter } from '../../ui/StatusFilter';
import { CARE_PAGE_SIZE, useCareSuggestions, type CareSuggestion } from './api';
import { ProposalLine, RecurrenceText } from './care-parts';
import { SuggestionActions } from './SuggestionActions';
import './i18n';

const STATUS_COLOR: Record<CareSuggestionStatus, string> = { suggested: 'blue', accepted: 'green', adjusted: 'green', declined: 'default', withdrawn: 'default' };

/** The butler's queue: open suggestions across the project's households (other statuses on request). */
export function SuggestionsTab({ projectId }: { projectId: string | undefined }) {
  const { t } = useTranslation('carePlans');
  const [status, setStatus] = useState<CareSuggestionStatus | undefined>('suggested');
  const [page, setPage] = useState(1);
  const list = useCareSuggestions({ projectId }, status, page);

  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <StatusFilter
          label={t('status')}
          placeholder={t('allStatuses')}
          statuses={CARE_SUGGESTION_STATUSES}
          labelOf={(s) => t(`suggestionStatus.${s}`)}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }} width={160}
        />
      </Space>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<CareSuggestion>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: CARE_PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showTotal: (total) => t('common:pagination.total', { total }) }}
        locale={{ emptyText: <EmptyState hint={status === 'suggested' ? t('emptySuggestionsHint') : t('common:empty.filterHint')} /> }}
        columns={[
          {
            title: t('household'),
            key: 'household',
            render: (_, s) => (
              <Flex vertical gap={2}>
                <span>{s.householdLabel}</span>
                <Link to={`/households/${s.householdId}/profile`}>{t('profileLink')}</Link>
              </Flex>
            ),
          },
          {
            title: t('service'),
            key: 'service',
            render: (_, s) => (
              <Flex vertical gap={2}>
                <Typography.Text strong>{s.proposal.title}</Typography.Text>
                <ProposalLine {...s.proposal} />
              </Flex>
            ),
          },
          { title: t('recurrence'), key: 'recurrence', render: (_, s) => <RecurrenceText recurrence={s.proposal.recurrence} time={s.proposal.timeOfDay} /> },
          { title: t('rule'), key: 'rule', render: (_, s) => <Typography.Text type="secondary">{s.ruleName}</Typography.Text> },
          {
            title: t('status'),
            key: 'status',
            render: (_, s) => (
              <Flex vertical gap={2}>
                <Tag color={STATUS_COLOR[s.status]}>{t(`suggestionStatus.${s.status}`)}</Tag>
                {s.status === 'declined' && <Typography.Text type="secondary">{t('declinedBy', { name: s.decidedBy?.name ?? '', reason: s.declineReason ?? '' })}</Typography.Text>}
                {s.decidedAt && s.status !== 'declined' && <Typography.Text type="secondary">{`${s.decidedBy?.name ?? ''} ${formatDateTime(s.decidedAt)}`}</Typography.Text>}
              </Flex>
            ),
          },
          { title: t('common:fields.actions'), key: 'actions', render: (_, s) => <SuggestionActions suggestion={s} /> },
        ]}
      />
    </>
  );
}
