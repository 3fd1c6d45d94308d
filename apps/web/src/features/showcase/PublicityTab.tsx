import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, InputNumber, Select, Space, Spin, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { businessDate } from '@guanjia/domain/shared/business-date';
import { PUBLICITY_KINDS, PUBLICITY_TOPICS, type PublicityAction } from '@guanjia/domain/showcase/publicity';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { FileUpload } from '../../ui/FileUpload';
import { FormModal } from '../../ui/FormModal';
import { QueryError } from '../../ui/QueryError';
import { canEditShowcase, canRecordHandouts } from './access';
import { useCreateItem, useItemAction, usePublicity, useRecordHandout, useUpdateItem, type PublicityItem } from './api';

const STATUS_COLOUR = { draft: 'default', published: 'green', retired: 'orange' } as const;

interface ItemValues {
  kind: PublicityItem['kind'];
  topic: PublicityItem['topic'];
  title: string;
  summary?: string;
  body?: string;
  fileIds?: string[];
  mediaUrl?: string;
  displayOrder?: number;
}

/** 宣传资料 of the project: notices, brochures and videos, published to the screen and the visitors' page. */
export function PublicityTab({ projectId, salesCenterId }: { projectId: string; salesCenterId: string }) {
  const { t } = useTranslation('showcase');
  const auth = useAuth();
  const { message, modal } = App.useApp();
  const list = usePublicity(projectId);
  const act = useItemAction();
  const [editing, setEditing] = useState<PublicityItem | 'new' | null>(null);
  const [handout, setHandout] = useState<PublicityItem | null>(null);
  if (list.isPending) return <Spin />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.items;
  const run = (item: PublicityItem, action: PublicityAction) =>
    act.mutateAsync({ id: item.id, action, version: item.version }).then(
      () => message.success(t('publicity.saved')),
      (e: Error) => message.error(e.message),
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        {canEditShowcase(auth) && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('publicity.add')}
          </Button>
        )}
        <Button href={`/showcase/screen?salesCenterId=${salesCenterId}`} target="_blank">
          {t('publicity.openScreen')}
        </Button>
      </Space>
      {items.length === 0 ? (
        <EmptyState hint={`${t('publicity.empty')}。${t('publicity.emptyHint')}`} />
      ) : (
        <Table<PublicityItem>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={items}
          columns={[
            { title: t('publicity.displayOrder'), dataIndex: 'displayOrder', width: 80 },
            { title: t('publicity.itemTitle'), dataIndex: 'title' },
            { title: t('publicity.kind'), render: (_, i) => t(`publicity.kinds.${i.kind}`) },
            { title: t('publicity.topic'), render: (_, i) => t(`publicity.topics.${i.topic}`) },
            { title: t('publicity.status'), render: (_, i) => <Tag color={STATUS_COLOUR[i.status]}>{t(`publicity.statuses.${i.status}`)}</Tag> },
            {
              title: t('publicity.actions'),
              render: (_, i) => (
                <Space wrap>
                  {i.canEdit && (
                    <Button size="small" onClick={() => setEditing(i)}>
                      {t('publicity.edit')}
                    </Button>
                  )}
                  {i.allowedActions?.includes('publish') && (
                    <Button size="small" type="primary" onClick={() => void run(i, 'publish')}>
                      {t('publicity.publish')}
                    </Button>
                  )}
                  {i.allowedActions?.includes('retire') && (
                    <Button size="small" danger onClick={() => modal.confirm({ title: t('publicity.retireConfirm', { title: i.title }), onOk: () => run(i, 'retire') })}>
                      {t('publicity.retire')}
                    </Button>
                  )}
                  {i.kind === 'brochure' && i.status === 'published' && canRecordHandouts(auth) && (
                    <Button size="small" onClick={() => setHandout(i)}>
                      {t('publicity.handout')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      {editing && <ItemModal projectId={projectId} item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {handout && <HandoutModal item={handout} salesCenterId={salesCenterId} onClose={() => setHandout(null)} />}
    </Space>
  );
}

function ItemModal({ projectId, item, onClose }: { projectId: string; item: PublicityItem | null; onClose: () => void }) {
  const { t } = useTranslation('showcase');
  const create = useCreateItem();
  const update = useUpdateItem();
  const submit = (v: ItemValues) => {
    const fields = { topic: v.topic, title: v.title, summary: v.summary || null, body: v.body || null, fileId: v.fileIds?.[0] ?? null, mediaUrl: v.mediaUrl || null, displayOrder: v.displayOrder ?? 0 };
    return item ? update.mutateAsync({ id: item.id, ...fields, version: item.version }) : create.mutateAsync({ projectId, kind: v.kind, ...fields });
  };
  return (
    <FormModal<ItemValues>
      open
      width={640}
      title={item ? t('publicity.editTitle') : t('publicity.addTitle')}
      initialValues={
        item
          ? { ...item, summary: item.summary ?? '', body: item.body ?? '', mediaUrl: item.mediaUrl ?? '', fileIds: item.file ? [item.file.id] : [] }
          : { kind: 'notice', topic: 'law', displayOrder: 0 }
      }
      onClose={onClose}
      successMessage={t('publicity.saved')}
      onSubmit={submit}
    >
      {(form) => (
        <>
          <Form.Item name="kind" label={t('publicity.kind')} rules={[{ required: true }]}>
            <Select disabled={!!item} options={PUBLICITY_KINDS.map((k) => ({ value: k, label: t(`publicity.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="topic" label={t('publicity.topic')} rules={[{ required: true }]}>
            <Select options={PUBLICITY_TOPICS.map((k) => ({ value: k, label: t(`publicity.topics.${k}`) }))} />
          </Form.Item>
          <Form.Item name="title" label={t('publicity.itemTitle')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="summary" label={t('publicity.summary')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {() =>
              form.getFieldValue('kind') === 'notice' ? (
                <Form.Item name="body" label={t('publicity.body')}>
                  <Input.TextArea rows={6} maxLength={20000} />
                </Form.Item>
              ) : form.getFieldValue('kind') === 'video' ? (
                <Form.Item name="mediaUrl" label={t('publicity.mediaUrl')} extra={t('publicity.mediaUrlHint')}>
                  <Input maxLength={1000} />
                </Form.Item>
              ) : null
            }
          </Form.Item>
          <Form.Item name="fileIds" label={t('publicity.file')}>
            <FileUpload projectId={projectId} kind="media" />
          </Form.Item>
          <Form.Item name="displayOrder" label={t('publicity.displayOrder')}>
            <InputNumber min={0} max={9999} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

function HandoutModal({ item, salesCenterId, onClose }: { item: PublicityItem; salesCenterId: string; onClose: () => void }) {
  const { t } = useTranslation('showcase');
  const { message } = App.useApp();
  const record = useRecordHandout();
  return (
    <FormModal<{ date: Dayjs; quantity: number }>
      open
      title={t('publicity.handoutTitle', { title: item.title })}
      initialValues={{ date: dayjs(businessDate(new Date())), quantity: 1 }}
      onClose={onClose}
      successMessage={t('publicity.saved')}
      onSubmit={(v) =>
        record.mutateAsync({ id: item.id, salesCenterId, date: v.date.format('YYYY-MM-DD'), quantity: v.quantity }).then((r) => message.info(t('publicity.handedOut', { n: r.quantity })))
      }
    >
      <Form.Item name="date" label={t('publicity.date')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="quantity" label={t('publicity.quantity')} rules={[{ required: true }]}>
        <InputNumber min={1} max={100000} />
      </Form.Item>
    </FormModal>
  );
}
