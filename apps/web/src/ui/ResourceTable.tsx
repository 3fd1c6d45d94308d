import { useState, type ReactNode } from 'react';
import { Button, Input, Space, Table, Typography, type FormInstance, type TableColumnsType, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type QueryParams } from './api';
import { toRequestBody } from './body';
import { EmptyState } from './EmptyState';
import { FormModal } from './FormModal';
import { PageHeader } from './PageHeader';
import { QueryError } from './QueryError';
import { usePagedList } from './paging';

export type FormMode = 'create' | 'edit';

interface ResourceTableProps<T extends { id: string }, V extends object> {
  /** First element of every query key of this resource; invalidated after a save. */
  resource: string;
  listPath: string;
  params?: QueryParams;
  title: ReactNode;
  subTitle?: ReactNode;
  /** "page" renders a page title; "section" a smaller one inside tabs. */
  variant?: 'page' | 'section';
  columns: TableColumnsType<T>;
  canWrite: boolean;
  createLabel: string;
  createPath?: string;
  updatePath?: (row: T) => string;
  formTitle: (row: T | null) => string;
  renderFields: (mode: FormMode, form: FormInstance<V>, row: T | null) => ReactNode;
  toFormValues?: (row: T) => Partial<V>;
  toBody?: (values: V, row: T | null) => unknown;
  createDefaults?: Partial<V>;
  searchPlaceholder?: string;
  filters?: ReactNode;
  headerExtra?: ReactNode;
  rowActions?: (row: T) => ReactNode;
  emptyHint?: string;
  /** Other query roots that show this resource (e.g. `me` lists projects). */
  alsoInvalidate?: string[];
  expandable?: TableProps<T>['expandable'];
}

/** A paged list with search, create and edit, following the contract's list and PATCH conventions. */
export function ResourceTable<T extends { id: string }, V extends object>(props: ResourceTableProps<T, V>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<T | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const { query, items, pagination } = usePagedList<T>([props.resource], props.listPath, { ...props.params, q });

  const filtered = q !== '' || Object.values(props.params ?? {}).some((v) => v !== undefined && v !== '');
  const hint = filtered
    ? t('empty.filterHint')
    : (props.emptyHint ?? (props.canWrite ? t('empty.createHint', { action: props.createLabel }) : undefined));

  function openForm(row: T | null) {
    setEditing(row);
    setFormOpen(true);
  }

  async function submit(values: V) {
    const body = props.toBody
      ? props.toBody(values, editing)
      : toRequestBody(values, editing ? (editing as Record<string, unknown>) : undefined);
    if (editing && props.updatePath) await api.patch(props.updatePath(editing), body);
    else if (props.createPath) await api.post(props.createPath, body);
    await Promise.all(
      [props.resource, ...(props.alsoInvalidate ?? [])].map((key) => queryClient.invalidateQueries({ queryKey: [key] })),
    );
  }

  const columns: TableColumnsType<T> = [...props.columns];
  const hasEdit = props.canWrite && props.updatePath !== undefined;
  if (hasEdit || props.rowActions) {
    columns.push({
      title: t('fields.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, row) => (
        <Space size={0} wrap>
          {hasEdit && (
            <Button type="link" onClick={() => openForm(row)}>
              {t('actions.edit')}
            </Button>
          )}
          {props.rowActions?.(row)}
        </Space>
      ),
    });
  }

  const createButton = props.canWrite && props.createPath && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => openForm(null)}>
      {props.createLabel}
    </Button>
  );
  const extra = (
    <>
      {props.headerExtra}
      {createButton}
    </>
  );

  return (
    <>
      {props.variant === 'section' ? (
        <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {props.title}
          </Typography.Title>
          <Space wrap>{extra}</Space>
        </Space>
      ) : (
        <PageHeader title={props.title} subTitle={props.subTitle} extra={extra} />
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={props.searchPlaceholder ?? t('actions.search')}
          aria-label={props.searchPlaceholder ?? t('actions.search')}
          onSearch={(value) => setQ(value.trim())}
          style={{ width: 260 }}
        />
        {props.filters}
      </Space>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<T>
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={query.isFetching}
        pagination={pagination}
        scroll={{ x: 'max-content' }}
        expandable={props.expandable}
        locale={{ emptyText: <EmptyState hint={hint} /> }}
      />
      <FormModal<V>
        open={formOpen}
        title={props.formTitle(editing)}
        initialValues={editing ? (props.toFormValues?.(editing) ?? (editing as unknown as Partial<V>)) : props.createDefaults}
        successMessage={editing ? t('messages.updated') : t('messages.created')}
        onClose={() => setFormOpen(false)}
        onSubmit={submit}
      >
        {(form) => props.renderFields(editing ? 'edit' : 'create', form, editing)}
      </FormModal>
    </>
  );
}
