import { useState, type HTMLAttributes } from 'react';
import { Button, Card, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { CheckOutlined, UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { formatDateTime } from '../../ui/format';
import { readinessApi, type Milestone, type Person, type Readiness } from './api';
import { ColourTag, DaysLeft, useMilestoneTitle, useReadinessAction } from './parts';

interface Props {
  readiness: Readiness;
  /** Assigns owners, marks done and reopens. */
  canWork: boolean;
}

const byDueDate = (a: Milestone, b: Milestone) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0);

/** The milestones earliest first, each with its colour, days left, owner and done state. */
export function MilestonesTable({ readiness, canWork }: Props) {
  const { t } = useTranslation('openingReadiness');
  const titleOf = useMilestoneTitle();
  const run = useReadinessAction();
  const [busyId, setBusyId] = useState<string | null>(null);
  const milestones = [...readiness.milestones].sort(byDueDate);

  async function act(m: Milestone, action: () => Promise<unknown>, done: string) {
    setBusyId(m.id);
    try {
      await run(action, done);
    } finally {
      setBusyId(null);
    }
  }

  function ownerOptions(m: Milestone): Person[] {
    // An owner no longer assignable (moved or deactivated) still shows by name.
    const owners = readiness.assignableOwners;
    return m.owner && !owners.some((o) => o.id === m.owner?.id) ? [m.owner, ...owners] : owners;
  }

  return (
    <Card title={t('milestones.title')} size="small" style={{ marginBottom: 16 }}>
      <Table<Milestone>
        rowKey="id"
        dataSource={milestones}
        pagination={false}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState hint={t('milestones.emptyHint')} /> }}
        onRow={(m) => ({ 'data-testid': `milestone-${m.key}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('milestones.name'),
            key: 'name',
            render: (_, m) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text>{titleOf(m)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('milestones.clause', { clause: m.clause })}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('milestones.status'),
            key: 'colour',
            render: (_, m) => (
              <Space orientation="vertical" size={0}>
                <ColourTag colour={m.colour} />
                {m.done && m.doneBy && m.doneAt && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('milestones.doneBy', { name: m.doneBy.name, at: formatDateTime(m.doneAt) })}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          { title: t('milestones.dueDate'), dataIndex: 'dueDate' },
          { title: t('milestones.daysLeft'), key: 'daysLeft', render: (_, m) => <DaysLeft milestone={m} /> },
          {
            title: t('milestones.owner'),
            key: 'owner',
            render: (_, m) =>
              canWork ? (
                <Select<string>
                  aria-label={t('milestones.pickOwner')}
                  style={{ minWidth: 140 }}
                  allowClear
                  placeholder={t('milestones.noOwner')}
                  value={m.owner?.id}
                  disabled={busyId === m.id}
                  options={ownerOptions(m).map((o) => ({ value: o.id, label: o.name }))}
                  onChange={(ownerId) => void act(m, () => readinessApi.assignOwner(m, ownerId ?? null), t('milestones.assigned'))}
                />
              ) : (
                (m.owner?.name ?? <Typography.Text type="secondary">{t('milestones.noOwner')}</Typography.Text>)
              ),
          },
          ...(canWork
            ? [
                {
                  title: t('milestones.actions'),
                  key: 'actions',
                  render: (_: unknown, m: Milestone) =>
                    m.done ? (
                      <Popconfirm
                        title={t('milestones.reopenConfirm', { title: titleOf(m) })}
                        okText={t('common:actions.confirm')}
                        cancelText={t('common:actions.cancel')}
                        onConfirm={() => act(m, () => readinessApi.reopen(m), t('milestones.reopened'))}
                      >
                        <Button size="small" icon={<UndoOutlined />} loading={busyId === m.id}>
                          {t('milestones.reopen')}
                        </Button>
                      </Popconfirm>
                    ) : (
                      <Button
                        size="small"
                        type="primary"
                        icon={<CheckOutlined />}
                        loading={busyId === m.id}
                        onClick={() => void act(m, () => readinessApi.markDone(m), t('milestones.markedDone'))}
                      >
                        {t('milestones.done')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
