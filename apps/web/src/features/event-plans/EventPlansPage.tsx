import { useEffect, useState } from 'react';
import { Button, DatePicker, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EVENT_PLAN_KINDS, EVENT_PLAN_STATUSES } from '@guanjia/domain/event-plans/event-plan-flow';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { usePagedList } from '../../ui/paging';
import { useCurrentProject } from '../../ui/project';
import { QueryError } from '../../ui/QueryError';
import { canDraftEventPlans, isRehearsalConfirmer } from './access';
import { eventPlanKeys, type EventPlan, type EventPlanFilters } from './api';
import { CreateEventPlanModal } from './CreateEventPlanModal';
import { MyRehearsalsCard } from './MyRehearsalsCard';
import { KindTag, StatusTag } from './parts';
import './i18n';

/** 活动方案: the project's plans by event date, with their preparation progress. */
export function EventPlansPage() {
  const { t } = useTranslation('eventPlans');
  const auth = useAuth();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const { project } = useCurrentProject();
  const [filters, setFilters] = useState<EventPlanFilters>({});
  const [creating, setCreating] = useState(false);
  const { query, items, pagination } = usePagedList<EventPlan>(eventPlanKeys.list, project ? '/api/event-plans' : null, { projectId: project?.id, ...filters });
  const canCreate = canDraftEventPlans(auth);
  const linked = searchParams.get('id');

  // Notifications link to /event-plans?id=…; the plan has its own page.
  useEffect(() => {
    if (linked) navigate(`/event-plans/${linked}`, { replace: true });
  }, [linked, navigate]);

  const filtered = Object.values(filters).some(Boolean);
  const hint = filtered ? t('common:empty.filterHint') : canCreate ? t('list.emptyHint') : undefined;

  return (
    <>
      <PageHeader
        title={t('title')}
        subTitle={t('subTitle')}
        extra={
          canCreate &&
          project && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('list.create')}
            </Button>
          )
        }
      />
      {project && isRehearsalConfirmer(auth) && <MyRehearsalsCard projectId={project.id} />}
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('list.status')}
          allowClear
          placeholder={t('list.allStatuses')}
          style={{ width: 140 }}
          value={filters.status}
          onChange={(status) => setFilters((f) => ({ ...f, status }))}
          options={EVENT_PLAN_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <Select
          aria-label={t('list.kind')}
          allowClear
          placeholder={t('list.allKinds')}
          style={{ width: 170 }}
          value={filters.kind}
          onChange={(kind) => setFilters((f) => ({ ...f, kind }))}
          options={EVENT_PLAN_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <DatePicker.RangePicker
          aria-label={t('list.dates')}
          value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
          onChange={(range) =>
            setFilters((f) => ({ ...f, from: range?.[0]?.format('YYYY-MM-DD') ?? undefined, to: range?.[1]?.format('YYYY-MM-DD') ?? undefined }))
          }
        />
      </Space>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<EventPlan>
        rowKey="id"
        dataSource={items}
        loading={query.isFetching}
        pagination={pagination}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState hint={hint} /> }}
        columns={[
          {
            title: t('list.plan'),
            key: 'title',
            render: (_, p) => (
              <Space size={4} wrap>
                <Link to={`/event-plans/${p.id}`}>{p.title}</Link>
                {p.major && <Tag color="volcano">{t('major')}</Tag>}
              </Space>
            ),
          },
          { title: t('list.kind'), key: 'kind', render: (_, p) => <KindTag kind={p.kind} /> },
          { title: t('list.status'), key: 'status', render: (_, p) => <StatusTag status={p.status} /> },
          { title: t('list.eventDate'), dataIndex: 'eventDate' },
          { title: t('list.rehearsalDate'), dataIndex: 'rehearsalDate' },
          { title: t('list.salesCenter'), key: 'center', render: (_, p) => p.salesCenter?.name ?? '—' },
          {
            title: t('list.progress'),
            key: 'progress',
            render: (_, p) => (
              <Space size={4} wrap>
                <Typography.Text>{t('list.done', { done: p.doneCount, total: p.taskCount })}</Typography.Text>
                {p.overdueCount > 0 && <Tag color="red">{t('list.overdue', { count: p.overdueCount })}</Tag>}
              </Space>
            ),
          },
        ]}
      />
      {project && creating && <CreateEventPlanModal projectId={project.id} open onClose={() => setCreating(false)} />}
    </>
  );
}
