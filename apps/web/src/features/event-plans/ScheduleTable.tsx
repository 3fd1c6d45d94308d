import { useState } from 'react';
import { App, Button, Card, Checkbox, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useTaskOwners, usePlanCommands, type EventPlanDetail, type EventPlanTask } from './api';
import { reportCommandError } from './parts';
import { TaskModal } from './TaskModal';

const byDueDate = (a: EventPlanTask, b: EventPlanTask) => a.dueDate.localeCompare(b.dueDate) || b.daysBefore - a.daysBefore || a.key.localeCompare(b.key);
const REHEARSAL_ROW = { background: '#e6f4ff' };

interface ScheduleTableProps {
  plan: EventPlanDetail;
  /** The server's reason when submission found no task at all. */
  missing?: string;
  onConflict: () => void;
}

/** 倒排计划: the preparation tasks counted back from the event, earliest due first. */
export function ScheduleTable({ plan, missing, onConflict }: ScheduleTableProps) {
  const { t } = useTranslation('eventPlans');
  const { message } = App.useApp();
  const commands = usePlanCommands(plan);
  const owners = useTaskOwners(plan.projectId, plan.canWorkTasks);
  const [editing, setEditing] = useState<EventPlanTask | 'new' | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const tasks = [...plan.tasks].sort(byDueDate);

  async function run(task: EventPlanTask, send: () => Promise<unknown>, done?: string) {
    setBusy(task.id);
    try {
      await send();
      if (done) void message.success(done);
    } catch (error) {
      reportCommandError(error, message, t, onConflict);
    } finally {
      setBusy(null);
    }
  }

  const ownerOptions = (task: EventPlanTask) => {
    const list = owners.data ?? [];
    const withCurrent = task.owner && !list.some((o) => o.id === task.owner!.id) ? [task.owner, ...list] : list;
    return withCurrent.map((o) => ({ value: o.id, label: o.name }));
  };

  const rehearsalState = plan.rehearsalConfirmedBy ? (
    <Tag color="green">{t('schedule.rehearsalConfirmed', { name: plan.rehearsalConfirmedBy.name })}</Tag>
  ) : (
    <Tag color="orange">{t('schedule.rehearsalPending')}</Tag>
  );

  return (
    <Card
      size="small"
      title={t('schedule.title')}
      style={{ marginBottom: 16 }}
      extra={
        <Space>
          <Typography.Text type="secondary">{t('schedule.hint')}</Typography.Text>
          {plan.canEdit && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('schedule.addTask')}
            </Button>
          )}
        </Space>
      }
    >
      {missing && (
        <Typography.Text type="danger" role="alert" style={{ display: 'block', marginBottom: 8 }}>
          {missing}
        </Typography.Text>
      )}
      <Table<EventPlanTask>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={tasks}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('schedule.empty') }}
        onRow={(task) => (task.rehearsal ? { style: REHEARSAL_ROW } : {})}
        columns={[
          { title: t('schedule.tMinus'), key: 'tMinus', render: (_, task) => (task.daysBefore === 0 ? t('schedule.eventDay') : t('schedule.tMinusDays', { days: task.daysBefore })) },
          {
            title: t('schedule.dueDate'),
            key: 'dueDate',
            render: (_, task) => (
              <div>
                <Typography.Text type={task.overdue ? 'danger' : undefined} strong={task.overdue}>
                  {task.dueDate}
                </Typography.Text>
                {task.movedFrom && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{t('schedule.movedFrom', { date: task.movedFrom })}</Typography.Text>}
              </div>
            ),
          },
          {
            title: t('schedule.task'),
            key: 'task',
            render: (_, task) => (
              <Space size={4} wrap>
                <Tooltip title={task.source ? t('schedule.source', { source: task.source }) : undefined}>
                  <Typography.Text type={task.overdue ? 'danger' : undefined} delete={task.done}>
                    {task.title}
                  </Typography.Text>
                </Tooltip>
                {task.officeOnly && <Tag color="blue">{t('schedule.officeOnly')}</Tag>}
                {task.rehearsal && <Tag color="geekblue">{t('schedule.rehearsal')}</Tag>}
                {task.rehearsal && rehearsalState}
                {task.overdue && <Tag color="red">{t('schedule.overdue')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('schedule.owner'),
            key: 'owner',
            render: (_, task) =>
              plan.canWorkTasks ? (
                <Select
                  size="small"
                  allowClear
                  aria-label={`${t('schedule.owner')} ${task.title}`}
                  placeholder={t('schedule.ownerPlaceholder')}
                  style={{ minWidth: 140 }}
                  loading={owners.isPending || busy === task.id}
                  value={task.owner?.id}
                  options={ownerOptions(task)}
                  onChange={(ownerId?: string) => void run(task, () => commands.assignTask(task, ownerId ?? null))}
                />
              ) : (
                (task.owner?.name ?? <Typography.Text type="secondary">{t('schedule.unassigned')}</Typography.Text>)
              ),
          },
          {
            title: t('schedule.done'),
            key: 'done',
            render: (_, task) => (
              <Checkbox
                aria-label={`${t('schedule.done')} ${task.title}`}
                checked={task.done}
                disabled={!plan.canWorkTasks || busy === task.id}
                onChange={(e) => void run(task, () => commands.markTask(task, e.target.checked))}
              />
            ),
          },
          ...(plan.canEdit
            ? [
                {
                  title: t('schedule.actions'),
                  key: 'actions',
                  render: (_: unknown, task: EventPlanTask) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setEditing(task)}>
                        {t('common:actions.edit')}
                      </Button>
                      {!task.rehearsal && (
                        <Popconfirm
                          title={t('schedule.removeConfirm', { title: task.title })}
                          okText={t('common:actions.confirm')}
                          cancelText={t('common:actions.cancel')}
                          okButtonProps={{ danger: true }}
                          onConfirm={() => run(task, () => commands.removeTask(task), t('schedule.removed'))}
                        >
                          <Button type="link" size="small" danger>
                            {t('schedule.removeTask')}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <TaskModal plan={plan} task={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onConflict={onConflict} />}
    </Card>
  );
}
