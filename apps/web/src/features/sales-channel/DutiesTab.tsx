import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Input, Modal, Popconfirm, Select, Space, Table, Timeline, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { DUTY_AREAS, DUTY_ASSIGNEES } from '@guanjia/domain/sales-channel/duties';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { FormModal } from '../../ui/FormModal';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { useChannelCommands, useDuties, useDuty, type Duty, type DutyInput } from './api';
import { SideTag } from './parts';

/** 职责分工: the project's duties by area and responsible side; the two managers keep it, with its history. */
export function DutiesTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('salesChannel');
  const { message } = App.useApp();
  const duties = useDuties(projectId);
  const commands = useChannelCommands();
  const [editing, setEditing] = useState<Duty | 'new' | null>(null);
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const canEdit = duties.data?.canEdit ?? false;
  const items = duties.data?.items ?? [];

  async function run(fn: () => Promise<unknown>, done: string) {
    try {
      await fn();
      message.success(done);
    } catch (error) {
      message.error(isApiError(error, 409) ? t('duties.conflict') : errorMessage(error));
    }
  }

  return (
    <>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('duties.editorsOnly')}</Typography.Text>
        {canEdit && (
          <Space>
            {items.length === 0 && !duties.isPending && (
              <Popconfirm title={t('duties.loadSeedConfirm')} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={() => run(() => commands.loadSeedDuties(projectId), t('duties.loaded'))}>
                <Button>{t('duties.loadSeed')}</Button>
              </Popconfirm>
            )}
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('duties.add')}
            </Button>
          </Space>
        )}
      </Flex>
      {duties.isError && <QueryError error={duties.error} onRetry={() => void duties.refetch()} />}
      <Table<Duty>
        rowKey="id"
        loading={duties.isFetching}
        dataSource={items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState hint={t('duties.emptyHint')} /> }}
        columns={[
          {
            title: t('duties.area'),
            dataIndex: 'area',
            // One cell per area, spanning its duties, as the plan lists them.
            onCell: (d, i) => ({ rowSpan: i !== undefined && i > 0 && items[i - 1]!.area === d.area ? 0 : items.filter((x) => x.area === d.area).length }),
            render: (area: Duty['area']) => t(`areas.${area}`),
          },
          { title: t('duties.dutyTitle'), dataIndex: 'title' },
          { title: t('duties.description'), dataIndex: 'description', render: (text: string) => <Typography.Paragraph style={{ margin: 0, maxWidth: 480 }}>{text}</Typography.Paragraph> },
          { title: t('duties.assignedTo'), dataIndex: 'assignedTo', render: (side: Duty['assignedTo']) => <SideTag side={side} /> },
          {
            key: 'actions',
            render: (_, d) => (
              <Space size="small">
                <Button size="small" type="link" onClick={() => setHistoryOf(d.id)}>
                  {t('duties.history')}
                </Button>
                {canEdit && (
                  <>
                    <Button size="small" type="link" onClick={() => setEditing(d)}>
                      {t('common:actions.edit')}
                    </Button>
                    <Popconfirm title={t('duties.removeConfirm')} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={() => run(() => commands.removeDuty(d), t('duties.removed'))}>
                      <Button size="small" type="link" danger>
                        {t('duties.remove')}
                      </Button>
                    </Popconfirm>
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<DutyInput>
        open={editing !== null}
        title={editing === 'new' ? t('duties.add') : t('duties.edit')}
        initialValues={editing && editing !== 'new' ? editing : { assignedTo: 'joint' }}
        onClose={() => setEditing(null)}
        onSubmit={(v) => (editing === 'new' ? commands.createDuty(projectId, v) : commands.updateDuty(editing as Duty, v))}
      >
        <Form.Item label={t('duties.area')} name="area" rules={[{ required: true }]}>
          <Select options={DUTY_AREAS.map((a) => ({ value: a, label: t(`areas.${a}`) }))} />
        </Form.Item>
        <Form.Item label={t('duties.dutyTitle')} name="title" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('duties.description')} name="description" rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        <Form.Item label={t('duties.assignedTo')} name="assignedTo" rules={[{ required: true }]}>
          <Select options={DUTY_ASSIGNEES.map((s) => ({ value: s, label: t(`sides.${s}`) }))} />
        </Form.Item>
      </FormModal>
      <DutyHistory id={historyOf} onClose={() => setHistoryOf(null)} />
    </>
  );
}

function DutyHistory({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('salesChannel');
  const duty = useDuty(id);
  return (
    <Modal open={id !== null} onCancel={onClose} footer={null} title={duty.data ? `${t('duties.history')}：${duty.data.title}` : t('duties.history')} destroyOnHidden>
      {duty.isError && <Alert type="error" title={errorMessage(duty.error)} />}
      <Timeline
        items={(duty.data?.history ?? []).map((h, i) => ({
          key: i,
          content: (
            <>
              <Typography.Text strong>{h.actor.name}</Typography.Text> {t(`history.${h.action}`, { defaultValue: h.action })} · {formatDateTime(h.at)}
              {h.snapshot && (
                <div>
                  {h.snapshot.title} <SideTag side={h.snapshot.assignedTo ?? null} />
                </div>
              )}
              {h.note && <div>{h.note}</div>}
            </>
          ),
        }))}
      />
    </Modal>
  );
}
