import { useState } from 'react';
import { App, Badge, Button, Drawer, Flex, Pagination, Segmented, Space, Spin, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { QueryError } from '../../ui/QueryError';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { useMarkAllRead, useMarkRead, useNotificationList, type NotificationItem } from './api';

const PAGE_SIZE = 20;

export function NotificationDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('notifications');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const list = useNotificationList(unreadOnly, page, PAGE_SIZE, open);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const items = list.data?.items ?? [];

  async function readAll() {
    try {
      await markAllRead.mutateAsync();
      message.success(t('allRead'));
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  function openLink(item: NotificationItem) {
    if (!item.readAt) markRead.mutate(item.id);
    if (item.link) {
      onClose();
      navigate(item.link);
    }
  }

  return (
    <Drawer
      title={t('title')}
      open={open}
      onClose={onClose}
      size={420}
      extra={
        <Button size="small" onClick={() => void readAll()} loading={markAllRead.isPending}>
          {t('markAllRead')}
        </Button>
      }
    >
      <Segmented
        block
        style={{ marginBottom: 12 }}
        value={unreadOnly ? 'unread' : 'all'}
        options={[
          { label: t('all'), value: 'all' },
          { label: t('unread'), value: 'unread' },
        ]}
        onChange={(value) => {
          setUnreadOnly(value === 'unread');
          setPage(1);
        }}
      />
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending && open && <Spin style={{ display: 'block', margin: '24px auto' }} />}
      {list.isSuccess && items.length === 0 && <EmptyState hint={unreadOnly ? t('emptyUnreadHint') : t('emptyHint')} />}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('title')}>
        {items.map((item) => (
          <li key={item.id} style={{ padding: '12px 0', borderBottom: '1px solid rgba(5,5,5,0.06)' }}>
            <Flex justify="space-between" align="start" gap={8}>
              <div style={{ minWidth: 0 }}>
                <Space size={4}>
                  {!item.readAt && <Badge status="error" />}
                  <Typography.Text strong={!item.readAt}>{item.title}</Typography.Text>
                </Space>
                <div>{item.body}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(item.createdAt)}
                </Typography.Text>
              </div>
              <Space size={0} orientation="vertical" align="end">
                {item.link && (
                  <Button type="link" size="small" onClick={() => openLink(item)}>
                    {t('open')}
                  </Button>
                )}
                {!item.readAt && (
                  <Button type="link" size="small" onClick={() => markRead.mutate(item.id)}>
                    {t('markRead')}
                  </Button>
                )}
              </Space>
            </Flex>
          </li>
        ))}
      </ul>
      {(list.data?.total ?? 0) > PAGE_SIZE && (
        <Pagination
          size="small"
          style={{ marginTop: 12, textAlign: 'center' }}
          current={page}
          pageSize={PAGE_SIZE}
          total={list.data?.total}
          onChange={setPage}
        />
      )}
    </Drawer>
  );
}
