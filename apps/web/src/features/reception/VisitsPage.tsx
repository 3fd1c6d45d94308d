import { useState } from 'react';
import { DatePicker, Descriptions, Drawer, Input, Segmented, Select, Space, Spin, Table, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { VISIT_STATUSES, VISIT_TYPES } from '@guanjia/domain/reception/index';
import { businessDate } from '@guanjia/domain/shared/business-date';
import { Forbidden } from '../../staff/StatusPages';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { canUseReception } from './access';
import { useVisitDetail, useVisitHistory, type Visit, type VisitFilters } from './api';
import './i18n';
import { AccompanimentTag, formatSeconds, formatTime, StatusTag, TypeTag, VisitorPhone } from './parts';
import { SalesCenterPicker, useSalesCenterChoice } from './sales-center';
import { ServiceRecordsTab } from './ServiceRecordsTab';
import { VisitTimeline } from './VisitHistory';

/**
 * 来访记录: a sales center's visits over a period, filtered, with each one's accompaniment shown
 * complete or not; and the reference services recorded on a day (服务记录).
 */
export function VisitsPage() {
  const auth = useAuth();
  if (!canUseReception(auth)) return <Forbidden />;
  return <History />;
}

function History() {
  const { t } = useTranslation('reception');
  const choice = useSalesCenterChoice();
  return (
    <>
      <PageHeader title={t('visits.title')} subTitle={t('visits.subtitle')} extra={<SalesCenterPicker list={choice.list} value={choice.center?.id} onChange={choice.choose} />} />
      {choice.centers.isError && <QueryError error={choice.centers.error} onRetry={() => void choice.centers.refetch()} />}
      <Tabs
        items={[
          { key: 'visits', label: t('visits.tabVisits'), children: <VisitList salesCenterId={choice.center?.id} centersLoading={choice.centers.isPending} /> },
          { key: 'services', label: t('services.tab'), children: <ServiceRecordsTab key={choice.center?.id} salesCenterId={choice.center?.id} /> },
        ]}
      />
    </>
  );
}

function VisitList({ salesCenterId, centersLoading }: { salesCenterId: string | undefined; centersLoading: boolean }) {
  const { t } = useTranslation('reception');
  const today = businessDate(new Date());
  const [filters, setFilters] = useState<VisitFilters>({ dateFrom: today, dateTo: today, page: 1, pageSize: 20 });
  const [openId, setOpenId] = useState<string | null>(null);
  const history = useVisitHistory(salesCenterId, filters);
  const set = (patch: Partial<VisitFilters>) => setFilters((f) => ({ ...f, page: 1, ...patch }));

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          aria-label={t('visits.dateRange')}
          allowClear={false}
          value={[dayjs(filters.dateFrom), dayjs(filters.dateTo)]}
          onChange={(_, [from, to]) => set({ dateFrom: from || today, dateTo: to || today })}
        />
        <Select
          allowClear
          aria-label={t('visits.type')}
          placeholder={t('visits.type')}
          style={{ width: 130 }}
          value={filters.type}
          onChange={(type) => set({ type })}
          options={VISIT_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) }))}
        />
        <Select
          allowClear
          aria-label={t('visits.status')}
          placeholder={t('visits.status')}
          style={{ width: 130 }}
          value={filters.status}
          onChange={(status) => set({ status })}
          options={VISIT_STATUSES.map((v) => ({ value: v, label: t(`status.${v}`) }))}
        />
        <Segmented
          aria-label={t('visits.completeness')}
          value={filters.complete ?? 'all'}
          onChange={(v) => set({ complete: v === 'all' ? undefined : String(v) })}
          options={[
            { value: 'all', label: t('visits.all') },
            { value: 'true', label: t('visits.completeOnly') },
            { value: 'false', label: t('visits.incompleteOnly') },
          ]}
        />
        <Input.Search allowClear aria-label={t('visits.search')} placeholder={t('visits.search')} onSearch={(q) => set({ q: q || undefined })} style={{ width: 180 }} />
      </Space>
      {history.isError && <QueryError error={history.error} onRetry={() => void history.refetch()} />}
      <Table<Visit>
        rowKey="id"
        size="middle"
        loading={history.isFetching || centersLoading}
        dataSource={history.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState hint={t('visits.empty')} /> }}
        onRow={(v) => ({ onClick: () => setOpenId(v.id), style: { cursor: 'pointer' } })}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: history.data?.total ?? 0,
          showTotal: (total) => t('common:pagination.total', { total }),
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
        columns={[
          { title: t('visits.checkedIn'), key: 'at', render: (_, v) => `${v.visitDate} ${formatTime(v.checkedInAt ?? v.appointmentAt)}` },
          { title: t('visits.visitor'), key: 'visitor', render: (_, v) => `${v.visitorName}${v.partySize > 1 ? ` ×${v.partySize}` : ''}` },
          { title: t('visits.type'), key: 'type', render: (_, v) => <TypeTag type={v.type} /> },
          {
            title: t('visits.consultant'),
            key: 'consultant',
            render: (_, v) => (
              <span>
                {v.consultant.name} <Typography.Text type="secondary">({t(`visit.via.${v.assignedVia}`)})</Typography.Text>
              </span>
            ),
          },
          { title: t('visits.status'), key: 'status', render: (_, v) => <StatusTag status={v.status} /> },
          { title: t('visits.waited'), key: 'waited', render: (_, v) => (v.secondsWaited === null ? '—' : formatSeconds(t, v.secondsWaited)) },
          { title: t('visits.completeness'), key: 'complete', render: (_, v) => <AccompanimentTag visit={v} /> },
        ]}
      />
      <VisitDetailDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}

function VisitDetailDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('reception');
  const detail = useVisitDetail(id ?? undefined);
  const v = detail.data;
  return (
    <Drawer open={Boolean(id)} onClose={onClose} size={520} title={v ? <Space>{v.visitorName}<TypeTag type={v.type} /><StatusTag status={v.status} /></Space> : t('visits.detail')}>
      {detail.isPending && <Spin />}
      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      {v && (
        <>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('visits.consultant')}>
              {v.consultant.name}（{t(`visit.via.${v.assignedVia}`)}）{v.skippedConsultant ? ` ← ${v.skippedConsultant.name}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('checkIn.visitorPhone')}>
              <VisitorPhone key={v.id} visit={v} />
            </Descriptions.Item>
            <Descriptions.Item label={t('visits.waited')}>{v.secondsWaited === null ? '—' : formatSeconds(t, v.secondsWaited)}</Descriptions.Item>
            <Descriptions.Item label={t('visits.completeness')}>
              <AccompanimentTag visit={v} />
            </Descriptions.Item>
            {v.cancelReason && <Descriptions.Item label={t('visit.cancelReason')}>{v.cancelReason}</Descriptions.Item>}
          </Descriptions>
          <Typography.Title level={5}>{t('visits.history')}</Typography.Title>
          <VisitTimeline detail={v} dates />
        </>
      )}
    </Drawer>
  );
}
