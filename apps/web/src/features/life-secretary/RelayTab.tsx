import { useState } from 'react';
import { App, Button, Checkbox, Flex, Form, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { RELAY_STATUSES, type RelayStatus } from '@guanjia/domain/life-secretary/message-relay';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { FormModal } from '../../ui/FormModal';
import { QueryError } from '../../ui/QueryError';
import { StatusFilter } from '../../ui/StatusFilter';
import { HouseholdPicker } from '../work-orders/HouseholdPicker';
import { canWriteLifeSecretary } from './access';
import { useLifeSecretaryCommands, useRelays, type Relay } from './api';

const STATUS_COLORS: Record<RelayStatus, string> = { left: 'orange', delivered: 'blue', confirmed: 'green', cancelled: 'default' };

interface Draft {
  householdId: string;
  fromName: string;
  text: string;
  urgent?: boolean;
}

/** 留言转达: messages left for households, how they were delivered, and who confirmed them. */
export function RelayTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('lifeSecretary');
  const { message } = App.useApp();
  const canWrite = canWriteLifeSecretary(useAuth());
  const [status, setStatus] = useState<RelayStatus>();
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const list = useRelays(projectId, status, page);
  const commands = useLifeSecretaryCommands();

  async function act(relay: Relay, action: 'confirm' | 'cancel') {
    try {
      await commands.relayAction.mutateAsync({ relay, action });
      message.success(t(action === 'confirm' ? 'relay.confirmDone' : 'relay.cancelDone'));
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  async function record(v: Draft) {
    const relay = await commands.recordRelay.mutateAsync({ ...v, projectId, urgent: Boolean(v.urgent) });
    if (relay.status === 'left') message.warning(t('relay.recordedLeft'));
  }

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <StatusFilter
          label={t('status')}
          placeholder={t('allStatuses')}
          statuses={RELAY_STATUSES}
          labelOf={(s) => t(`relay.statuses.${s}`)}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
        />
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('relay.add')}
          </Button>
        )}
      </Flex>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<Relay>
        rowKey="id"
        size="middle"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState hint={t('relay.emptyHint')} /> }}
        pagination={{ current: page, pageSize: list.data?.pageSize ?? 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('createdAt'), key: 'at', render: (_, r) => formatDateTime(r.createdAt) },
          { title: t('household'), key: 'household', render: (_, r) => r.household.label },
          { title: t('relay.from'), dataIndex: 'fromName' },
          {
            title: t('relay.text'),
            key: 'text',
            render: (_, r) => (
              <Space size={4}>
                {r.urgent && <Tag color="volcano">{t('relay.urgentTag')}</Tag>}
                {r.text}
              </Space>
            ),
          },
          { title: t('relay.deliveries'), key: 'deliveries', render: (_, r) => <Typography.Text type="secondary">{t('relay.deliveriesText', r.deliveries)}</Typography.Text> },
          {
            title: t('status'),
            key: 'status',
            render: (_, r) => (
              <Space orientation="vertical" size={0}>
                <Tag color={STATUS_COLORS[r.status]}>{t(`relay.statuses.${r.status}`)}</Tag>
                {r.confirmedHow && (
                  <Typography.Text type="secondary">
                    {t(`relay.confirmedHow.${r.confirmedHow}`)} {formatDateTime(r.confirmedAt)}
                  </Typography.Text>
                )}
                {r.remindedAt && r.status === 'delivered' && <Typography.Text type="warning">{t('relay.reminded')}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('createdBy'), key: 'by', render: (_, r) => r.recordedBy.name },
          {
            title: '',
            key: 'actions',
            render: (_, r) =>
              canWrite && (
                <Space>
                  {r.allowedActions.includes('confirmByCall') && (
                    <Popconfirm title={t('relay.confirmByCallConfirm')} onConfirm={() => act(r, 'confirm')}>
                      <Button size="small">{t('relay.confirmByCall')}</Button>
                    </Popconfirm>
                  )}
                  {r.allowedActions.includes('cancel') && (
                    <Popconfirm title={t('relay.cancelConfirm')} okText={t('confirmCancel')} cancelText={t('keep')} onConfirm={() => act(r, 'cancel')}>
                      <Button size="small" danger>
                        {t('cancel')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <FormModal<Draft> open={adding} title={t('relay.add')} successMessage={t('relay.recorded')} onClose={() => setAdding(false)} onSubmit={record}>
        <Form.Item label={t('household')} name="householdId" rules={[{ required: true }]}>
          <HouseholdPicker projectId={projectId} onPick={() => undefined} />
        </Form.Item>
        <Form.Item label={t('relay.from')} name="fromName" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item label={t('relay.text')} name="text" rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Form.Item name="urgent" valuePropName="checked">
          <Checkbox>{t('relay.urgent')}</Checkbox>
        </Form.Item>
      </FormModal>
    </>
  );
}
