import { useState } from 'react';
import { App, Button, Card, DatePicker, Flex, Form, Input, Pagination, Popconfirm, Segmented, Select, Space, Spin, Switch, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { CHANNEL_ITEM_KINDS, kindsOfSide } from '@guanjia/domain/sales-channel/channel-items';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { FileUpload } from '../../ui/FileUpload';
import { errorMessage } from '../../ui/form-errors';
import { FormModal } from '../../ui/FormModal';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { sidesOf } from './access';
import { useChannelCommands, useChannelItems, type ChannelItem, type ChannelItemKind, type ItemInput } from './api';
import { ItemDrawer } from './ItemDrawer';
import { DATE_FORMAT, dateOf, dayOf, SideTag } from './parts';
import type { Dayjs } from 'dayjs';

interface ItemValues {
  kind: ChannelItemKind;
  title: string;
  body: string;
  periodStart?: Dayjs | null;
  periodEnd?: Dayjs | null;
  attachmentIds?: string[];
}
const toInput = (v: ItemValues): ItemInput => ({ title: v.title, body: v.body, periodStart: dateOf(v.periodStart), periodEnd: dateOf(v.periodEnd), attachmentIds: v.attachmentIds ?? [] });

/** 信息共享: the feed of both sides, filtered by kind; each side posts its own kinds; the other side acknowledges. */
export function FeedTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('salesChannel');
  const { message } = App.useApp();
  const myKinds = sidesOf(useAuth()).flatMap(kindsOfSide);
  const [params, setParams] = useSearchParams();
  const openId = params.get('item');
  const [kind, setKind] = useState<ChannelItemKind | 'all'>('all');
  const [awaiting, setAwaiting] = useState(false);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<ChannelItem | 'new' | null>(null);
  const items = useChannelItems(projectId, { kind: kind === 'all' ? undefined : kind, awaiting }, page);
  const commands = useChannelCommands();

  function open(id: string | null) {
    const next = new URLSearchParams(params);
    if (id) next.set('item', id);
    else next.delete('item');
    setParams(next, { replace: true });
  }

  async function acknowledge(item: ChannelItem) {
    try {
      await commands.acknowledge(item);
      message.success(t('feed.acknowledged'));
    } catch (error) {
      message.error(isApiError(error, 409) ? t('feed.conflict') : errorMessage(error));
    }
  }

  async function save(v: ItemValues) {
    if (editing === 'new') await commands.postItem(projectId, { ...toInput(v), kind: v.kind });
    else if (editing) await commands.updateItem(editing, toInput(v));
  }

  return (
    <>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap>
          <Segmented<ChannelItemKind | 'all'>
            value={kind}
            onChange={(v) => {
              setKind(v);
              setPage(1);
            }}
            options={[{ value: 'all', label: t('feed.allKinds') }, ...CHANNEL_ITEM_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))]}
          />
          <Space>
            <Switch aria-label={t('feed.awaitingOnly')} checked={awaiting} onChange={(on) => (setAwaiting(on), setPage(1))} />
            <Typography.Text>{t('feed.awaitingOnly')}</Typography.Text>
          </Space>
        </Space>
        {myKinds.length > 0 && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('feed.post')}
          </Button>
        )}
      </Flex>
      {items.isError && <QueryError error={items.error} onRetry={() => void items.refetch()} />}
      <Spin spinning={items.isFetching}>
        <Flex vertical gap={12}>
          {items.data?.items.map((item) => (
            <Card
              key={item.id}
              size="small"
              style={{ width: '100%' }}
              title={
                <Space wrap>
                  <Tag>{t(`kinds.${item.kind}`)}</Tag>
                  <SideTag side={item.side} />
                  <Typography.Link onClick={() => open(item.id)}>{item.title}</Typography.Link>
                  {item.awaitingAcknowledgement && <Tag color="orange">{t('feed.awaiting')}</Tag>}
                </Space>
              }
              extra={
                <Space>
                  {item.canEdit && <Button size="small" onClick={() => setEditing(item)}>{t('feed.edit')}</Button>}
                  {item.canAcknowledge && (
                    <Popconfirm title={t('feed.acknowledgeConfirm')} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={() => acknowledge(item)}>
                      <Button size="small" type="primary">
                        {t('feed.acknowledge')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              }
            >
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 3, expandable: true }}>
                {item.body}
              </Typography.Paragraph>
              <Space wrap size="small">
                <Typography.Text type="secondary">{t('feed.postedBy', { name: item.postedBy.name, at: formatDateTime(item.postedAt) })}</Typography.Text>
                {item.editedBy && <Typography.Text type="secondary">{t('feed.editedBy', { name: item.editedBy.name, version: item.version })}</Typography.Text>}
                {(item.periodStart || item.periodEnd) && <Typography.Text type="secondary">{`${t('feed.period')} ${item.periodStart ?? ''} ~ ${item.periodEnd ?? ''}`}</Typography.Text>}
                <Typography.Text type="secondary">
                  {item.acknowledgements.length ? t('feed.receipts', { names: item.acknowledgements.map((r) => r.user.name).join('、') }) : t('feed.noReceipts')}
                </Typography.Text>
              </Space>
            </Card>
          ))}
        </Flex>
        {items.data && items.data.items.length === 0 && <EmptyState hint={t('feed.emptyHint')} />}
        {(items.data?.total ?? 0) > 20 && <Pagination style={{ marginTop: 12 }} current={page} pageSize={20} total={items.data?.total ?? 0} onChange={setPage} />}
      </Spin>
      <FormModal<ItemValues>
        open={editing !== null}
        title={editing === 'new' ? t('feed.post') : t('feed.edit')}
        width={640}
        initialValues={
          editing && editing !== 'new'
            ? { kind: editing.kind, title: editing.title, body: editing.body, periodStart: dayOf(editing.periodStart), periodEnd: dayOf(editing.periodEnd), attachmentIds: editing.attachmentIds }
            : { kind: myKinds[0] }
        }
        onClose={() => setEditing(null)}
        successMessage={editing === 'new' ? t('feed.posted') : t('feed.saved')}
        onSubmit={save}
      >
        <Form.Item label={t('feed.kind')} name="kind" rules={[{ required: true }]}>
          <Select disabled={editing !== 'new'} options={(editing === 'new' ? myKinds : CHANNEL_ITEM_KINDS).map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item label={t('feed.itemTitle')} name="title" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('feed.body')} name="body" rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={6} maxLength={8000} />
        </Form.Item>
        {/* Two pickers, so a server error on either date lands under it. */}
        <Space align="start" wrap>
          <Form.Item label={t('feed.periodStart')} name="periodStart">
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item label={t('feed.periodEnd')} name="periodEnd">
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Space>
        <Form.Item label={t('feed.attachments')} name="attachmentIds">
          <FileUpload kind="attachments" projectId={projectId} />
        </Form.Item>
      </FormModal>
      <ItemDrawer id={openId} onClose={() => open(null)} />
    </>
  );
}
