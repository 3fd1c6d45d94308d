import { useState } from 'react';
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { MATERIAL_CATEGORIES } from '@guanjia/domain/sales-preparation/preparation-checklists';
import { isApiError } from '../../ui/api';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { QueryError } from '../../ui/QueryError';
import { useChecklistCommands, useChecklists, type ChecklistItem, type ChecklistItemAction, type ChecklistItemStatus, type Checklists } from './api';
import { AddItemModal, AssignModal, EditItemModal, ReasonModal } from './ChecklistModals';

const STATUS_COLORS: Record<ChecklistItemStatus, string> = { todo: 'default', inProgress: 'processing', done: 'success', notApplicable: 'default' };

type Dialog = { kind: 'assign' | 'edit' | 'reason'; item: ChecklistItem } | { kind: 'add'; checklist: 'staffing' | 'materials' } | null;

/** 筹备清单: the pre-work points, the staffing structure and the materials, each item assigned with a due date. */
export function ChecklistsTab({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation('salesPreparation');
  const { message } = App.useApp();
  const query = useChecklists(projectId);
  const commands = useChecklistCommands(projectId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const data = query.data;
  const en = i18n.language === 'en';
  const categoryTitle = (key: string | null) => {
    const c = MATERIAL_CATEGORIES.find((x) => x.key === key);
    return c ? (en ? c.titleEn : c.title) : '';
  };

  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!data) return <Typography.Text type="secondary">{t('common:messages.loading')}</Typography.Text>;

  function failed(error: unknown) {
    if (isApiError(error, 409)) {
      message.warning(t('conflict'));
      void query.refetch();
    } else message.error(errorMessage(error));
  }

  function step(item: ChecklistItem, action: ChecklistItemAction) {
    if (action === 'markNotApplicable') return setDialog({ kind: 'reason', item });
    commands.status.mutate({ id: item.id, version: item.version, action }, { onError: failed });
  }

  if (!data.generated) {
    return (
      <Card>
        <EmptyState hint={data.canWork ? t('checklists.emptyHint') : t('checklists.empty')} />
        {data.canWork && (
          <div style={{ textAlign: 'center' }}>
            <Button type="primary" loading={commands.generate.isPending} onClick={() => commands.generate.mutate(undefined, { onError: failed })}>
              {t('checklists.generate')}
            </Button>
          </div>
        )}
      </Card>
    );
  }

  const columns = (kind: Checklists['checklists'][number]['kind']) => [
    {
      title: t('checklists.item'),
      key: 'title',
      render: (_: unknown, item: ChecklistItem) => (
        <Space direction="vertical" size={0}>
          <Typography.Text>
            {kind === 'materials' && <Typography.Text type="secondary">{categoryTitle(item.categoryKey)} · </Typography.Text>}
            {item.title}
          </Typography.Text>
          {kind === 'staffing' && (
            <Typography.Text type="secondary">
              {t('checklists.plannedHeadcount')} {item.plannedHeadcount ?? 0}
              {item.staffNames.length > 0 && ` · ${t('checklists.staffNames')}：${item.staffNames.join('、')}`}
            </Typography.Text>
          )}
          {kind === 'materials' && item.quantity !== null && (
            <Typography.Text type="secondary">
              {t('checklists.quantity')} {item.quantity}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t('checklists.assignee'), key: 'assignee', render: (_: unknown, item: ChecklistItem) => item.assignee?.name ?? <Typography.Text type="secondary">{t('checklists.unassigned')}</Typography.Text> },
    {
      title: t('checklists.dueDate'),
      key: 'due',
      render: (_: unknown, item: ChecklistItem) => (
        <Space size={4}>
          <Typography.Text type={item.overdue ? 'danger' : undefined}>{item.dueDate ?? '—'}</Typography.Text>
          {item.overdue && <Tag color="red">{t('checklists.overdueTag')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('checklists.status'),
      key: 'status',
      render: (_: unknown, item: ChecklistItem) => (
        <Space direction="vertical" size={0}>
          <Tag color={STATUS_COLORS[item.status]}>{t(`itemStatus.${item.status}`)}</Tag>
          {item.notApplicableReason && <Typography.Text type="secondary">{item.notApplicableReason}</Typography.Text>}
        </Space>
      ),
    },
    ...(data.canWork
      ? [
          {
            title: t('checklists.actions'),
            key: 'actions',
            render: (_: unknown, item: ChecklistItem) => (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => setDialog({ kind: 'assign', item })}>
                  {t('checklists.assign')}
                </Button>
                {item.allowedActions.map((a) => (
                  <Button key={a} type="link" size="small" onClick={() => step(item, a)}>
                    {t(`itemAction.${a}`)}
                  </Button>
                ))}
                {kind !== 'preWork' && (
                  <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', item })}>
                    {t('checklists.editItem')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      {data.checklists.map((list) => (
        <Card
          key={list.kind}
          style={{ marginBottom: 16 }}
          title={
            <Space wrap>
              {t(`checklists.kind.${list.kind}`)}
              <Tag>{t('checklists.progress', { done: list.progress.done, total: list.progress.total - list.progress.notApplicable })}</Tag>
              {list.progress.overdue > 0 && <Tag color="red">{t('checklists.overdue', { count: list.progress.overdue })}</Tag>}
            </Space>
          }
          extra={
            data.canWork &&
            list.kind !== 'preWork' && (
              <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add', checklist: list.kind as 'staffing' | 'materials' })}>
                {list.kind === 'staffing' ? t('checklists.addPost') : t('checklists.addMaterial')}
              </Button>
            )
          }
        >
          <Table<ChecklistItem>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={list.items}
            columns={columns(list.kind)}
            // A fixed minimum width lets the long seed wording wrap instead of pushing the actions off screen.
            scroll={{ x: 900 }}
            locale={{ emptyText: <EmptyState hint={t('checklists.noItems')} /> }}
          />
        </Card>
      ))}
      {dialog?.kind === 'assign' && (
        <AssignModal item={dialog.item} assignees={data.assignees} onClose={() => setDialog(null)} onSubmit={(v) => commands.assign.mutateAsync({ id: dialog.item.id, version: dialog.item.version, ...v })} />
      )}
      {dialog?.kind === 'reason' && (
        <ReasonModal
          item={dialog.item}
          onClose={() => setDialog(null)}
          onSubmit={(reason) => commands.status.mutateAsync({ id: dialog.item.id, version: dialog.item.version, action: 'markNotApplicable', reason })}
        />
      )}
      {dialog?.kind === 'edit' && <EditItemModal item={dialog.item} onClose={() => setDialog(null)} onSubmit={(v) => commands.edit.mutateAsync({ id: dialog.item.id, version: dialog.item.version, ...v })} />}
      {dialog?.kind === 'add' && <AddItemModal checklist={dialog.checklist} onClose={() => setDialog(null)} onSubmit={(v) => commands.add.mutateAsync(v)} />}
    </>
  );
}
