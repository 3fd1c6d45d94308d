import { useState } from 'react';
import { Button, DatePicker, Form, Select, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { usePagedList } from '../../ui/paging';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditEntry } from './api';
import { JsonDiff } from './JsonDiff';

interface DayValue {
  startOf(unit: 'day'): { toISOString(): string };
  endOf(unit: 'day'): { toISOString(): string };
}

interface FilterForm {
  entityType?: string;
  action?: string;
  actorId?: string;
  range?: [DayValue | null, DayValue | null] | null;
}

interface AuditParams {
  entityType?: string;
  action?: string;
  actorId?: string;
  from?: string;
  to?: string;
}

const ACTION_COLORS: Record<string, string> = { create: 'green', update: 'blue', delete: 'red' };

function ActorSelect(props: { value?: string; onChange?: (v: string | undefined) => void; id?: string }) {
  const { t } = useTranslation('audit');
  const [search, setSearch] = useState('');
  const users = useQuery({
    queryKey: ['users', 'actor-search', search],
    queryFn: ({ signal }) => api.get<Page<{ id: string; name: string; username: string }>>('/api/users', { q: search, pageSize: 20 }, signal),
  });
  return (
    <Select
      {...props}
      allowClear
      placeholder={t('anyActor')}
      style={{ width: 200 }}
      loading={users.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.username})` }))}
    />
  );
}

export function AuditPage() {
  const { t } = useTranslation('audit');
  const { me } = useAuth();
  const [form] = Form.useForm<FilterForm>();
  const [params, setParams] = useState<AuditParams>({});
  const { query, items, pagination } = usePagedList<AuditEntry>(['audit'], '/api/audit', { ...params });
  const entityLabel = (type: string) => t(`entityTypes.${type}`, { defaultValue: type });
  const actionLabel = (action: string) => t(`actions.${action}`, { defaultValue: action });
  const projectName = (id: string | null) => (id ? (me.projects.find((p) => p.id === id)?.name ?? id) : '');

  function applyFilters(values: FilterForm) {
    const [start, end] = values.range ?? [];
    setParams({
      entityType: values.entityType,
      action: values.action,
      actorId: values.actorId,
      from: start ? start.startOf('day').toISOString() : undefined,
      to: end ? end.endOf('day').toISOString() : undefined,
    });
  }

  return (
    <>
      <PageHeader title={t('title')} subTitle={t('subtitle')} />
      <Form<FilterForm> form={form} layout="inline" onFinish={applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t('entityType')} name="entityType">
          <Select
            allowClear
            placeholder={t('any')}
            style={{ width: 160 }}
            options={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: entityLabel(type) }))}
          />
        </Form.Item>
        <Form.Item label={t('action')} name="action">
          <Select
            allowClear
            placeholder={t('any')}
            style={{ width: 140 }}
            options={AUDIT_ACTIONS.map((a) => ({ value: a, label: actionLabel(a) }))}
          />
        </Form.Item>
        <Form.Item label={t('dateRange')} name="range">
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item label={t('actor')} name="actorId">
          <ActorSelect />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            {t('search')}
          </Button>
        </Form.Item>
        <Form.Item>
          <Button
            onClick={() => {
              form.resetFields();
              setParams({});
            }}
          >
            {t('reset')}
          </Button>
        </Form.Item>
      </Form>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<AuditEntry>
        rowKey="id"
        dataSource={items}
        loading={query.isFetching}
        pagination={pagination}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState hint={t('emptyHint')} /> }}
        expandable={{ expandedRowRender: (row) => <JsonDiff before={row.before} after={row.after} /> }}
        columns={[
          { title: t('at'), dataIndex: 'at', render: (v: string) => formatDateTime(v) },
          { title: t('actor'), dataIndex: 'actorName' },
          {
            title: t('action'),
            dataIndex: 'action',
            render: (a: string) => <Tag color={ACTION_COLORS[a]}>{actionLabel(a)}</Tag>,
          },
          { title: t('entityType'), dataIndex: 'entityType', render: entityLabel },
          {
            title: t('entityId'),
            dataIndex: 'entityId',
            render: (id: string) => (
              <Typography.Text copyable={{ text: id }} style={{ fontFamily: 'monospace', fontSize: 12 }}>
                {id.slice(-8)}
              </Typography.Text>
            ),
          },
          { title: t('project'), dataIndex: 'projectId', render: projectName },
        ]}
      />
    </>
  );
}
