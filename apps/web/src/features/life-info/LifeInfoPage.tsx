import { useState } from 'react';
import { App, Button, Flex, Input, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LIFE_INFO_CATEGORIES, LIFE_INFO_CATEGORY_LABELS } from '@guanjia/domain/life-info/life-info';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { QueryError } from '../../ui/QueryError';
import { useLanguage } from '../../ui/useLanguage';
import { canEditLifeInfo } from './access';
import { LIFE_INFO_PAGE_SIZE, useLifeInfoCommands, useLifeInfoEntries, type LifeInfoEntry, type LifeInfoFilters } from './api';
import { LifeInfoDrawer } from './LifeInfoDrawer';
import './i18n';

/** 提供各项生活信息: the project's directory of local services that owners search on their phones. */
export function LifeInfoPage() {
  const { t } = useTranslation('lifeInfo');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const canEdit = canEditLifeInfo(useAuth());
  const { project } = useCurrentProject();
  const [filters, setFilters] = useState<LifeInfoFilters>({});
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<LifeInfoEntry | 'new' | null>(null);
  const list = useLifeInfoEntries(project?.id, filters, page);
  const commands = useLifeInfoCommands(project?.id);

  function filter(next: LifeInfoFilters) {
    setFilters((f) => ({ ...f, ...next }));
    setPage(1);
  }
  async function setPublished(entry: LifeInfoEntry, published: boolean) {
    try {
      await commands.setPublished.mutateAsync({ entry, published });
      message.success(t(published ? 'publishedDone' : 'unpublishedDone'));
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  const filtered = Boolean(filters.q || filters.category || filters.published !== undefined);
  const categoryLabel = (c: LifeInfoEntry['category']) => LIFE_INFO_CATEGORY_LABELS[c]?.[language] ?? c;
  return (
    <>
      <PageHeader
        title={t('title')}
        subTitle={t('subtitle')}
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} disabled={!project} onClick={() => setEditing('new')}>
              {t('add')}
            </Button>
          )
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('category')}
          allowClear
          placeholder={t('allCategories')}
          style={{ width: 160 }}
          value={filters.category}
          onChange={(category) => filter({ category })}
          options={LIFE_INFO_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) }))}
        />
        <Select
          aria-label={t('status')}
          allowClear
          placeholder={t('allStatuses')}
          style={{ width: 140 }}
          value={filters.published === undefined ? undefined : String(filters.published)}
          onChange={(v?: string) => filter({ published: v === undefined ? undefined : v === 'true' })}
          options={[
            { value: 'true', label: t('published') },
            { value: 'false', label: t('unpublished') },
          ]}
        />
        <Input.Search allowClear placeholder={t('search')} style={{ width: 240 }} onSearch={(q) => filter({ q: q.trim() || undefined })} />
      </Space>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<LifeInfoEntry>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: LIFE_INFO_PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showTotal: (total) => t('common:pagination.total', { total }) }}
        locale={{ emptyText: <EmptyState hint={filtered ? t('emptyFiltered') : canEdit ? t('emptyHint') : t('empty')} /> }}
        columns={[
          {
            title: t('name'),
            key: 'name',
            render: (_, e) => (
              <Flex vertical gap={2}>
                <Typography.Text strong>{e.name}</Typography.Text>
                {e.tags.length > 0 && (
                  <span>
                    {e.tags.map((tag) => (
                      <Tag key={tag}>{tag}</Tag>
                    ))}
                  </span>
                )}
              </Flex>
            ),
          },
          { title: t('category'), key: 'category', render: (_, e) => <Tag color="blue">{categoryLabel(e.category)}</Tag> },
          { title: t('address'), key: 'address', render: (_, e) => e.address ?? '—' },
          { title: t('phone'), key: 'phone', render: (_, e) => e.phone ?? '—' },
          { title: t('openingHours'), key: 'hours', render: (_, e) => e.openingHours ?? '—' },
          { title: t('note'), key: 'note', render: (_, e) => <Typography.Text ellipsis={{ tooltip: e.note }} style={{ maxWidth: 220 }}>{e.note ?? '—'}</Typography.Text> },
          { title: t('sortOrder'), dataIndex: 'sortOrder' },
          {
            title: t('status'),
            key: 'published',
            render: (_, e) => {
              const next = e.published ? 'unpublish' : 'publish';
              if (!e.allowedActions.includes(next)) return <Tag color={e.published ? 'green' : 'default'}>{t(e.published ? 'published' : 'unpublished')}</Tag>;
              return (
                <Popconfirm
                  title={t(e.published ? 'unpublishConfirm' : 'publishConfirm', { name: e.name })}
                  okText={t('common:actions.confirm')}
                  cancelText={t('common:actions.cancel')}
                  onConfirm={() => setPublished(e, !e.published)}
                >
                  <Switch aria-label={`${t(next)} ${e.name}`} checked={e.published} checkedChildren={t('published')} unCheckedChildren={t('unpublished')} />
                </Popconfirm>
              );
            },
          },
          { title: t('updatedBy'), key: 'by', render: (_, e) => e.updatedBy.name },
          ...(canEdit
            ? [
                {
                  title: t('common:fields.actions'),
                  key: 'actions',
                  render: (_: unknown, e: LifeInfoEntry) =>
                    e.allowedActions.includes('edit') && (
                      <Button size="small" onClick={() => setEditing(e)}>
                        {t('edit')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <LifeInfoDrawer
        open={editing !== null}
        entry={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSave={(body) => {
          if (editing && editing !== 'new') {
            const { published: _ignored, ...changes } = body;
            return commands.update.mutateAsync({ entry: editing, body: changes });
          }
          return commands.create.mutateAsync(body);
        }}
      />
    </>
  );
}
