import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { MESSAGE_CHANNELS, MESSAGE_TOPICS, type MessageChannel } from '@guanjia/domain/messaging/index';
import { PROFILE_TAG_LABELS, PROFILE_TAGS, type ProfileTag } from '@guanjia/domain/service-profiles/profile-vocabulary';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { reportFormError } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { useLanguage } from '../../ui/useLanguage';
import { useAudience, useBroadcasts, useBuildings, useChannels, useCreateBroadcast, type Broadcast } from './api';
import { BroadcastProgress } from './BroadcastProgress';
import { channelLabel, topicLabel } from './labels';

interface Draft {
  buildingIds?: string[];
  tags?: string[];
  topic: string;
  channel: MessageChannel;
  text: string;
  urgent?: boolean;
}

const newKey = () => `bc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** 群发: compose for the whole project or some buildings, see who it reaches, confirm, then follow its progress. */
export function BroadcastTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('messaging');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Draft>();
  // One key per draft: a double click or a retried post queues the broadcast once.
  const [draftKey, setDraftKey] = useState(newKey);
  const [confirming, setConfirming] = useState(false);
  const topic = Form.useWatch('topic', form);
  const channel = Form.useWatch('channel', form);
  const buildingIds = Form.useWatch('buildingIds', form);
  const ids = useMemo(() => buildingIds ?? [], [buildingIds]);
  const careTags = Form.useWatch('tags', form);
  const tags = useMemo(() => careTags ?? [], [careTags]);
  const buildings = useBuildings(projectId);
  const audience = useAudience(projectId, ids, topic, channel, tags);
  const channels = useChannels();
  const history = useBroadcasts(projectId);
  const create = useCreateBroadcast();

  async function send() {
    const values = form.getFieldsValue(true) as Draft;
    try {
      const b = await create.mutateAsync({ projectId, ...values, buildingIds: values.buildingIds?.length ? values.buildingIds : undefined, tags: values.tags?.length ? values.tags : undefined, urgent: Boolean(values.urgent), idempotencyKey: draftKey });
      message.success(b.status === 'expanding' ? t('expandingStarted') : t('queued', { count: b.queuedCount }));
      form.resetFields();
      setDraftKey(newKey());
    } catch (error) {
      reportFormError(form, error, message);
    } finally {
      setConfirming(false);
    }
  }

  const counts = audience.data;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        {channel === 'sms' && channels.data && !channels.data.sms.configured && <Alert type="warning" showIcon message={t('smsNotReady')} style={{ marginBottom: 16 }} />}
        <Form<Draft> form={form} layout="vertical" initialValues={{ topic: 'weather', channel: 'sms' }} onFinish={() => setConfirming(true)} style={{ maxWidth: 640 }}>
          <Form.Item label={t('buildings')} name="buildingIds">
            <Select mode="multiple" allowClear placeholder={t('allBuildings')} options={(buildings.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))} />
          </Form.Item>
          <Form.Item label={t('careTags')} name="tags" extra={t('careTagsHint')}>
            <Select mode="multiple" allowClear placeholder={t('allHouseholds')} options={PROFILE_TAGS.map((tag) => ({ value: tag, label: PROFILE_TAG_LABELS[tag][language] }))} />
          </Form.Item>
          <Space wrap>
            <Form.Item label={t('topic')} name="topic" rules={[{ required: true }]}>
              <Select style={{ width: 180 }} options={MESSAGE_TOPICS.filter((x) => x.broadcast).map((x) => ({ value: x.code, label: x.label[language] }))} />
            </Form.Item>
            <Form.Item label={t('channel')} name="channel" rules={[{ required: true }]}>
              <Select style={{ width: 160 }} options={MESSAGE_CHANNELS.map((c) => ({ value: c, label: channelLabel(c, language) }))} />
            </Form.Item>
          </Space>
          <Form.Item label={t('text')} name="text" extra={t('textHint')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
          <Form.Item name="urgent" valuePropName="checked">
            <Checkbox>{t('urgent')}</Checkbox>
          </Form.Item>
          {counts && (
            <Typography.Paragraph>
              {t('audience')}：{t('audienceCount', { ...counts })}
            </Typography.Paragraph>
          )}
          <Button type="primary" htmlType="submit" disabled={!counts || counts.reachable === 0} loading={create.isPending}>
            {t('send')}
          </Button>
        </Form>
      </Card>
      <Modal open={confirming} title={t('confirmTitle')} okText={t('send')} cancelText={t('common:actions.cancel')} onOk={send} confirmLoading={create.isPending} onCancel={() => setConfirming(false)}>
        {t('confirmBody', { count: counts?.reachable ?? 0, topic: topic ? topicLabel(topic, language) : '', channel: channel ? channelLabel(channel, language) : '' })}
      </Modal>
      <Table<Broadcast>
        rowKey="id"
        title={() => <Typography.Text strong>{t('history')}</Typography.Text>}
        loading={history.isLoading}
        dataSource={history.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState hint={t('emptyBroadcasts')} /> }}
        columns={[
          { title: t('createdAt'), key: 'at', render: (_, b) => formatDateTime(b.createdAt) },
          {
            title: t('topic'),
            key: 'topic',
            render: (_, b) => (
              <Space size={4} wrap>
                {topicLabel(b.topic, language)}
                {b.urgent && <Tag color="volcano">{t('urgentTag')}</Tag>}
                {(b.tags ?? []).map((tag) => (
                  <Tag key={tag}>{PROFILE_TAG_LABELS[tag as ProfileTag]?.[language] ?? tag}</Tag>
                ))}
              </Space>
            ),
          },
          { title: t('channel'), key: 'channel', render: (_, b) => channelLabel(b.channel, language) },
          { title: t('content'), dataIndex: 'body' },
          {
            title: t('progress'),
            key: 'progress',
            render: (_, b) => <BroadcastProgress broadcast={b} />,
          },
          { title: t('notBefore'), key: 'nb', render: (_, b) => formatDateTime(b.notBefore) },
          { title: t('createdBy'), key: 'by', render: (_, b) => b.createdBy.name },
        ]}
      />
    </Space>
  );
}
