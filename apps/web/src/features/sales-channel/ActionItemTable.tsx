import type { HTMLAttributes } from 'react';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActionItem, ActionItemAction } from './api';
import { OverdueTag, SideTag } from './parts';

/** Action items with owner, due date and status; overdue rows in red; the steps the caller may take. */
export function ActionItemTable({ items, onStep }: { items: ActionItem[]; onStep: (item: ActionItem, action: ActionItemAction) => void }) {
  const { t } = useTranslation('salesChannel');
  return (
    <Table<ActionItem>
      rowKey="id"
      size="small"
      dataSource={items}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '—' }}
      onRow={(a) => ({ 'data-overdue': a.overdue ? 'true' : undefined, style: a.overdue ? { background: '#fff1f0' } : undefined }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('meetings.description'),
          key: 'description',
          render: (_, a) => (
            <>
              <div>{a.description}</div>
              {a.doneNote && <Typography.Text type="secondary">{a.doneNote}</Typography.Text>}
            </>
          ),
        },
        {
          title: t('meetings.owner'),
          key: 'owner',
          render: (_, a) => (
            <Space size={4}>
              {a.owner.name}
              <SideTag side={a.owner.side} />
            </Space>
          ),
        },
        {
          title: t('meetings.dueDate'),
          key: 'due',
          render: (_, a) => (
            <Space size={4}>
              {a.dueDate}
              <OverdueTag overdue={a.overdue} label={t('meetings.overdue')} />
            </Space>
          ),
        },
        { title: t('meetings.itemStatus'), key: 'status', render: (_, a) => <Tag color={a.status === 'done' ? 'green' : 'blue'}>{t(`itemStatus.${a.status}`)}</Tag> },
        {
          key: 'actions',
          render: (_, a) =>
            a.allowedActions.map((action) => (
              <Button key={action} size="small" type="link" onClick={() => onStep(a, action)}>
                {t(`meetings.${action}`)}
              </Button>
            )),
        },
      ]}
    />
  );
}
