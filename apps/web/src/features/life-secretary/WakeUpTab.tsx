import { useState } from 'react';
import { App, Button, Flex, Form, Input, Popconfirm, Radio, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { WAKE_UP_STATUSES, type WakeUpStatus } from '@guanjia/domain/life-secretary/wake-up';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { FormModal } from '../../ui/FormModal';
import { QueryError } from '../../ui/QueryError';
import { StatusFilter } from '../../ui/StatusFilter';
import type { Household } from '../org/api';
import { HouseholdPicker } from '../work-orders/HouseholdPicker';
import { canWriteLifeSecretary } from './access';
import { useLifeSecretaryCommands, useWakeUpCalls, type WakeUpCall, type WakeUpInput } from './api';

const STATUS_COLORS: Record<WakeUpStatus, string> = { active: 'blue', done: 'green', cancelled: 'default' };

type Draft = WakeUpInput & { householdId: string; ownerId: string };

/** 定时叫醒: the project's calls; the butler records one for a household's owner or cancels one. */
export function WakeUpTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('lifeSecretary');
  const { message } = App.useApp();
  const canWrite = canWriteLifeSecretary(useAuth());
  const [status, setStatus] = useState<WakeUpStatus>();
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [household, setHousehold] = useState<Household | null>(null);
  const list = useWakeUpCalls(projectId, status, page);
  const commands = useLifeSecretaryCommands();

  async function cancel(c: WakeUpCall) {
    try {
      await commands.cancelWakeUp.mutateAsync(c.id);
      message.success(t('wake.cancelDone'));
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <StatusFilter
          label={t('status')}
          placeholder={t('allStatuses')}
          statuses={WAKE_UP_STATUSES}
          labelOf={(s) => t(`wake.statuses.${s}`)}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
        />
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('wake.add')}
          </Button>
        )}
      </Flex>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<WakeUpCall>
        rowKey="id"
        size="middle"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState hint={t('wake.emptyHint')} /> }}
        pagination={{ current: page, pageSize: list.data?.pageSize ?? 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('household'), key: 'household', render: (_, c) => c.household.label },
          { title: t('owner'), key: 'owner', render: (_, c) => c.owner.name },
          { title: t('wake.time'), key: 'time', render: (_, c) => `${c.repeat === 'once' ? c.date : t('wake.repeats.daily')} ${c.time}` },
          { title: t('channel'), key: 'channel', render: (_, c) => t(`channels.${c.channel}`) },
          { title: t('wake.nextAt'), key: 'next', render: (_, c) => formatDateTime(c.nextAt) },
          { title: t('status'), key: 'status', render: (_, c) => <Tag color={STATUS_COLORS[c.status]}>{t(`wake.statuses.${c.status}`)}</Tag> },
          { title: t('wake.note'), key: 'note', render: (_, c) => c.note ?? '' },
          { title: t('createdBy'), key: 'by', render: (_, c) => c.createdBy.name },
          {
            title: '',
            key: 'actions',
            render: (_, c) =>
              canWrite &&
              c.allowedActions.includes('cancel') && (
                <Popconfirm title={t('wake.cancelConfirm')} okText={t('confirmCancel')} cancelText={t('keep')} onConfirm={() => cancel(c)}>
                  <Button size="small" danger>
                    {t('cancel')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <FormModal<Draft>
        open={adding}
        title={t('wake.add')}
        initialValues={{ repeat: 'daily', channel: 'sms', time: '06:30' }}
        successMessage={t('wake.created')}
        onClose={() => {
          setAdding(false);
          setHousehold(null);
        }}
        onSubmit={(v) => commands.createWakeUp.mutateAsync({ ...v, projectId, date: v.repeat === 'once' ? v.date : null, note: v.note || null })}
      >
        {(form) => (
          <>
            <Form.Item label={t('household')} name="householdId" rules={[{ required: true }]}>
              <HouseholdPicker
                projectId={projectId}
                onPick={(h) => {
                  setHousehold(h);
                  form.setFieldValue('ownerId', h?.members[0]?.ownerId);
                }}
              />
            </Form.Item>
            <Form.Item label={t('owner')} name="ownerId" rules={[{ required: true }]}>
              <Select placeholder={t('wake.ownerPick')} options={(household?.members ?? []).map((m) => ({ value: m.ownerId, label: m.name }))} />
            </Form.Item>
            <Form.Item label={t('wake.repeat')} name="repeat">
              <Radio.Group options={(['daily', 'once'] as const).map((r) => ({ value: r, label: t(`wake.repeats.${r}`) }))} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.repeat !== b.repeat}>
              {() =>
                form.getFieldValue('repeat') === 'once' && (
                  <Form.Item label={t('wake.date')} name="date" rules={[{ required: true }]}>
                    <Input type="date" />
                  </Form.Item>
                )
              }
            </Form.Item>
            <Form.Item label={t('wake.time')} name="time" rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/ }]}>
              <Input type="time" />
            </Form.Item>
            <Form.Item label={t('channel')} name="channel">
              <Radio.Group options={(['sms', 'inApp'] as const).map((c) => ({ value: c, label: t(`channels.${c}`) }))} />
            </Form.Item>
            <Form.Item label={t('wake.note')} name="note">
              <Input maxLength={200} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
