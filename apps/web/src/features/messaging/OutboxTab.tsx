import { useState } from 'react';
import { App, Button, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { MESSAGE_CHANNELS, MESSAGE_STATUSES, MESSAGE_TOPICS } from '@guanjia/domain/messaging/index';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { useLanguage } from '../../ui/useLanguage';
import { useMessages, useResendMessage, type Message, type MessageFilters } from './api';
import { channelLabel, STATUS_COLORS, statusLabel, topicLabel } from './labels';

/** 发送记录: every message of the project with its status, the reason it failed or was not sent, and a resend. */
export function OutboxTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('messaging');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<MessageFilters>({});
  const [page, setPage] = useState(1);
  const list = useMessages(projectId, filters, page);
  const resend = useResendMessage();

  const filter = (next: MessageFilters) => {
    setFilters((f) => ({ ...f, ...next }));
    setPage(1);
  };
  async function retry(m: Message) {
    try {
      await resend.mutateAsync(m.id);
      message.success(t('resent'));
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  const filtered = Boolean(filters.status || filters.channel || filters.topic);
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select aria-label={t('status')} allowClear placeholder={t('allStatuses')} style={{ width: 140 }} value={filters.status} onChange={(status) => filter({ status })} options={MESSAGE_STATUSES.map((s) => ({ value: s, label: statusLabel(s, language) }))} />
        <Select aria-label={t('channel')} allowClear placeholder={t('allChannels')} style={{ width: 140 }} value={filters.channel} onChange={(channel) => filter({ channel })} options={MESSAGE_CHANNELS.map((c) => ({ value: c, label: channelLabel(c, language) }))} />
        <Select aria-label={t('topic')} allowClear placeholder={t('allTopics')} style={{ width: 160 }} value={filters.topic} onChange={(topic) => filter({ topic })} options={MESSAGE_TOPICS.map((x) => ({ value: x.code, label: x.label[language] }))} />
      </Space>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<Message>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showTotal: (total) => t('common:pagination.total', { total }) }}
        locale={{ emptyText: <EmptyState hint={filtered ? t('emptyFiltered') : t('emptyOutbox')} /> }}
        columns={[
          { title: t('createdAt'), key: 'createdAt', render: (_, m) => formatDateTime(m.createdAt) },
          { title: t('recipient'), key: 'to', render: (_, m) => <Space direction="vertical" size={0}>{m.owner?.name ?? m.user?.name ?? '—'}{m.address && <Typography.Text type="secondary">{m.address}</Typography.Text>}</Space> },
          { title: t('topic'), key: 'topic', render: (_, m) => topicLabel(m.topic, language) },
          { title: t('channel'), key: 'channel', render: (_, m) => channelLabel(m.channel, language) },
          {
            title: t('content'),
            key: 'body',
            render: (_, m) => (
              <Tooltip title={m.body}>
                <Typography.Text style={{ maxWidth: 260 }} ellipsis>
                  {m.body}
                </Typography.Text>
              </Tooltip>
            ),
          },
          {
            title: t('status'),
            key: 'status',
            render: (_, m) => (
              <Space size={4} wrap>
                <Tag color={STATUS_COLORS[m.status]}>{statusLabel(m.status, language)}</Tag>
                {m.urgent && <Tag color="volcano">{t('urgentTag')}</Tag>}
                {m.status === 'queued' && m.deferred && <Tag color="gold">{m.requestedTime ? t('requestedTag') : t('deferredTag')}</Tag>}
              </Space>
            ),
          },
          { title: t('reason'), key: 'reason', render: (_, m) => (m.lastErrorText ? <Typography.Text type={m.status === 'failed' ? 'danger' : 'secondary'} ellipsis={{ tooltip: m.lastErrorText }} style={{ maxWidth: 220 }}>{m.lastErrorText}</Typography.Text> : '—') },
          { title: t('notBefore'), key: 'when', render: (_, m) => formatDateTime(m.sentAt ?? m.notBefore) },
          { title: t('attempts'), dataIndex: 'attempts' },
          {
            title: t('common:fields.actions'),
            key: 'actions',
            render: (_, m) =>
              m.allowedActions.includes('resend') && (
                <Popconfirm title={t('resendConfirm')} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={() => retry(m)}>
                  <Button size="small">{t('resend')}</Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </>
  );
}
