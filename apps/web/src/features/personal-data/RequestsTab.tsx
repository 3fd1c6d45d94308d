import { useState } from 'react';
import { App, Button, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { useDecideRequest, useRequests, type PersonalDataRequest, type RequestFilters } from './api';

const STATE_COLOR = { requested: 'gold', approved: 'blue', done: 'green', refused: 'default' } as const;

/** 申请处理: owners' requests; a reviewer approves an erasure (after a confirmation spelling out what happens) or refuses it with a reason. */
export function RequestsTab() {
  const { t } = useTranslation('personalData');
  const { message, modal } = App.useApp();
  const [filters, setFilters] = useState<RequestFilters>({ state: 'requested' });
  const { query, items, pagination } = useRequests(filters);
  const decide = useDecideRequest();
  const [refusing, setRefusing] = useState<PersonalDataRequest | null>(null);
  const [reason, setReason] = useState('');

  function approve(r: PersonalDataRequest) {
    modal.confirm({
      title: t('approveTitle', { name: r.owner.name }),
      content: <Typography.Paragraph>{t('approveBody')}</Typography.Paragraph>,
      okText: t('approve'),
      okButtonProps: { danger: true },
      width: 560,
      onOk: async () => {
        try {
          await decide.mutateAsync({ id: r.id, action: 'approve', version: r.version });
          message.success(t('approved'));
        } catch (error) {
          message.error(errorMessage(error));
        }
      },
    });
  }

  async function refuse() {
    if (!refusing) return;
    try {
      await decide.mutateAsync({ id: refusing.id, action: 'refuse', version: refusing.version, reason: reason.trim() });
      message.success(t('refused'));
      setRefusing(null);
      setReason('');
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('stateLabel')}
          style={{ width: 140 }}
          value={filters.state ?? ''}
          options={[{ value: '', label: t('allStates') }, ...(['requested', 'done', 'refused'] as const).map((s) => ({ value: s, label: t(`state.${s}`) }))]}
          onChange={(state: RequestFilters['state'] | '') => setFilters((f) => ({ ...f, state: state || undefined }))}
        />
        <Select
          aria-label={t('kindLabel')}
          style={{ width: 140 }}
          value={filters.kind ?? ''}
          options={[{ value: '', label: t('allKinds') }, ...(['erasure', 'export'] as const).map((k) => ({ value: k, label: t(`kind.${k}`) }))]}
          onChange={(kind: RequestFilters['kind'] | '') => setFilters((f) => ({ ...f, kind: kind || undefined }))}
        />
      </Space>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<PersonalDataRequest>
        rowKey="id"
        loading={query.isFetching}
        dataSource={items}
        pagination={pagination}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState hint={t('emptyRequestsHint')} /> }}
        columns={[
          { title: t('owner'), key: 'owner', render: (_, r) => r.owner.name },
          { title: t('kindLabel'), key: 'kind', render: (_, r) => t(`kind.${r.kind}`) },
          { title: t('stateLabel'), key: 'state', render: (_, r) => <Tag color={STATE_COLOR[r.state]}>{t(`state.${r.state}`)}</Tag> },
          { title: t('requestedAt'), key: 'at', render: (_, r) => formatDateTime(r.createdAt) },
          { title: t('requestedBy'), key: 'by', render: (_, r) => r.requestedBy.name },
          { title: t('reason'), key: 'reason', render: (_, r) => r.refuseReason ?? r.reason ?? '—' },
          {
            title: t('decision'),
            key: 'actions',
            render: (_, r) =>
              r.allowedActions.length ? (
                <Space>
                  {r.allowedActions.includes('approve') && (
                    <Button size="small" danger onClick={() => approve(r)}>
                      {t('approve')}
                    </Button>
                  )}
                  {r.allowedActions.includes('refuse') && (
                    <Button size="small" onClick={() => setRefusing(r)}>
                      {t('refuse')}
                    </Button>
                  )}
                </Space>
              ) : (
                (r.decidedBy?.name ?? '—')
              ),
          },
        ]}
      />
      <Modal
        open={refusing !== null}
        title={t('refuseTitle')}
        okText={t('refuse')}
        okButtonProps={{ disabled: !reason.trim(), loading: decide.isPending }}
        onOk={() => void refuse()}
        onCancel={() => setRefusing(null)}
        destroyOnHidden
      >
        <Input.TextArea aria-label={t('refuseReason')} placeholder={t('refuseReason')} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </>
  );
}
