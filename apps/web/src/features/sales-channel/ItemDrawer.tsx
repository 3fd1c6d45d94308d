import { Descriptions, Drawer, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { useChannelItem } from './api';
import { SideTag } from './parts';

/** One shared item with every version as it was shared, and who acknowledged which. */
export function ItemDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('salesChannel');
  const detail = useChannelItem(id);
  const item = detail.data;
  return (
    <Drawer open={id !== null} onClose={onClose} title={item?.title ?? t('tabs.feed')} size={640} destroyOnHidden>
      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.isPending && id && <Spin />}
      {item && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <Tag>{t(`kinds.${item.kind}`)}</Tag>
            <SideTag side={item.side} />
            {item.awaitingAcknowledgement && <Tag color="orange">{t('feed.awaiting')}</Tag>}
          </Space>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('feed.body')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{item.body}</Typography.Paragraph>
            </Descriptions.Item>
            {(item.periodStart || item.periodEnd) && <Descriptions.Item label={t('feed.period')}>{`${item.periodStart ?? ''} ~ ${item.periodEnd ?? ''}`}</Descriptions.Item>}
            {item.attachmentIds.length > 0 && (
              <Descriptions.Item label={t('feed.attachments')}>
                <Space wrap>
                  {item.attachmentIds.map((fileId, i) => (
                    <a key={fileId} href={`/api/files/${fileId}`} target="_blank" rel="noreferrer">
                      {t('feed.attachments')} {i + 1}
                    </a>
                  ))}
                </Space>
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={5}>{t('feed.versions')}</Typography.Title>
          <Timeline
            items={item.versions.map((v) => ({
              key: v.version,
              content: (
                <>
                  <Typography.Text strong>{t('feed.version', { version: v.version })}</Typography.Text> {v.author.name} · {formatDateTime(v.at)}
                  <div>{v.title}</div>
                  {v.version !== item.version && <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{v.body}</Typography.Paragraph>}
                  <Typography.Text type="secondary">
                    {v.acknowledgements.length ? t('feed.receipts', { names: v.acknowledgements.map((r) => `${r.user.name}（${formatDateTime(r.at)}）`).join('、') }) : t('feed.noReceipts')}
                  </Typography.Text>
                </>
              ),
            }))}
          />
        </Space>
      )}
    </Drawer>
  );
}
