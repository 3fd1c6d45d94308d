import { useState } from 'react';
import { Button, DatePicker, Input, Progress, Select, Space, Table, Tag, Tooltip } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { QueryError } from '../../ui/QueryError';
import { RevealPersonalData } from '../../ui/RevealPersonalData';
import { canManageDealWebhook, canRecordDeals } from './access';
import { useBuildings, useDeals, type Deal, type DealFilters } from './api';
import { CrmCard } from './CrmCard';
import { DealDrawer } from './DealDrawer';
import { DealImportModal } from './DealImportModal';
import { RecordDealDrawer } from './RecordDealDrawer';
import './i18n';

const DATE_FORMAT = 'YYYY-MM-DD';

/** 成交与入伙: the project's deals, recording and importing them, each deal's onboarding checklist, and the CRM card. */
export function DealsPage() {
  const { t } = useTranslation('deals');
  const auth = useAuth();
  const { project } = useCurrentProject();
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<DealFilters>({});
  const [page, setPage] = useState(1);
  const [recording, setRecording] = useState(false);
  const [importing, setImporting] = useState(false);
  const list = useDeals(project?.id, filters, page);
  const buildings = useBuildings(project?.id);
  // ?deal=<id> opens the drawer: a notification links the butler straight to the deal.
  const openId = params.get('deal');
  const open = (id: string | null) => setParams(id ? { deal: id } : {}, { replace: true });

  function filter(next: DealFilters) {
    setFilters((f) => ({ ...f, ...next }));
    setPage(1);
  }
  const filtered = Object.values(filters).some(Boolean);
  const contact = (d: Deal, value: string | null) =>
    value && d.personalDataRevealable && d.buyer.ownerId ? (
      <RevealPersonalData value={value} field="phone" subject={{ subjectType: 'deal', dealId: d.id, ownerId: d.buyer.ownerId }} canReveal />
    ) : value && d.personalDataMasked ? (
      <Tooltip title={t('masked')}>
        <span>{value}</span>
      </Tooltip>
    ) : (
      (value ?? '—')
    );

  return (
    <>
      <PageHeader
        title={t('title')}
        subTitle={t('subtitle')}
        extra={
          canRecordDeals(auth) && (
            <>
              <Button icon={<ImportOutlined />} disabled={!project} onClick={() => setImporting(true)}>
                {t('import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} disabled={!project} onClick={() => setRecording(true)}>
                {t('record')}
              </Button>
            </>
          )
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('status')}
          style={{ width: 130 }}
          allowClear
          placeholder={t('allStatuses')}
          options={(['recorded', 'cancelled'] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          onChange={(status) => filter({ status })}
        />
        <Select
          aria-label={t('building')}
          style={{ width: 140 }}
          allowClear
          placeholder={t('allBuildings')}
          options={(buildings.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
          onChange={(buildingId) => filter({ buildingId })}
        />
        <Select
          aria-label={t('onboarding')}
          style={{ width: 130 }}
          allowClear
          placeholder={t('onboarding')}
          options={(['incomplete', 'complete'] as const).map((s) => ({ value: s, label: t(`onboardingFilter.${s}`) }))}
          onChange={(onboarding) => filter({ onboarding })}
        />
        <DatePicker.RangePicker aria-label={t('dates')} format={DATE_FORMAT} onChange={(range) => filter({ from: range?.[0]?.format(DATE_FORMAT), to: range?.[1]?.format(DATE_FORMAT) })} />
        <Input.Search allowClear placeholder={t('search')} style={{ width: 240 }} onSearch={(q) => filter({ q: q.trim() || undefined })} />
      </Space>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<Deal>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        onRow={(d) => ({ onClick: () => open(d.id), style: { cursor: 'pointer' } })}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showTotal: (total) => t('common:pagination.total', { total }) }}
        locale={{ emptyText: <EmptyState hint={filtered ? t('emptyFiltered') : canRecordDeals(auth) ? t('emptyHint') : t('empty')} /> }}
        columns={[
          { title: t('unit'), key: 'unit', render: (_, d) => `${d.unit.buildingName} ${d.unit.code}` },
          { title: t('buyer'), key: 'buyer', render: (_, d) => d.buyer.name },
          { title: t('phone'), key: 'phone', render: (_, d) => contact(d, d.buyer.phone) },
          { title: t('coBuyers'), key: 'co', render: (_, d) => d.coBuyers.map((c) => c.name).join('、') || '—' },
          { title: t('signingDate'), dataIndex: 'signingDate' },
          { title: t('contractNumber'), key: 'contract', render: (_, d) => d.contractNumber ?? '—' },
          { title: t('source'), key: 'source', render: (_, d) => t(`sources.${d.source}`) },
          { title: t('butler'), key: 'butler', render: (_, d) => d.butler?.name ?? <Tag>{t('noButler')}</Tag> },
          {
            title: t('onboarding'),
            key: 'onboarding',
            render: (_, d) =>
              d.status === 'cancelled' ? (
                <Tag>{t('statuses.cancelled')}</Tag>
              ) : (
                <Progress size="small" style={{ width: 120 }} percent={Math.round(((d.onboarding.done + d.onboarding.notApplicable) / Math.max(d.onboarding.total, 1)) * 100)} format={() => `${d.onboarding.done + d.onboarding.notApplicable}/${d.onboarding.total}`} />
              ),
          },
        ]}
      />
      {project && canManageDealWebhook(auth) && <CrmCard projectId={project.id} />}
      {project && recording && (
        <RecordDealDrawer
          projectId={project.id}
          open={recording}
          onClose={() => setRecording(false)}
          onRecorded={(d) => {
            setRecording(false);
            open(d.id);
          }}
        />
      )}
      {project && <DealImportModal projectId={project.id} open={importing} onClose={() => setImporting(false)} />}
      <DealDrawer id={openId} onClose={() => open(null)} />
    </>
  );
}
