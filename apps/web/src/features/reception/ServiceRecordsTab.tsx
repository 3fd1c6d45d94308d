import { useState } from 'react';
import { DatePicker, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { businessDate } from '@guanjia/domain/shared/business-date';
import { EmptyState } from '../../ui/EmptyState';
import { QueryError } from '../../ui/QueryError';
import { useServiceRecords, type ServiceRecord } from './api';
import { formatTime } from './parts';

/** 服务记录: the reference services given at the sales center on a chosen day, to a visitor or as standalone tasks. */
export function ServiceRecordsTab({ salesCenterId }: { salesCenterId: string | undefined }) {
  const { t } = useTranslation('reception');
  const [date, setDate] = useState(() => businessDate(new Date()));
  const records = useServiceRecords(salesCenterId, date);
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <DatePicker aria-label={t('services.date')} allowClear={false} value={dayjs(date)} onChange={(_, text) => typeof text === 'string' && text && setDate(text)} />
      </Space>
      {records.isError && <QueryError error={records.error} onRetry={() => void records.refetch()} />}
      <Table<ServiceRecord>
        rowKey="id"
        size="middle"
        loading={records.isFetching}
        dataSource={records.data ?? []}
        scroll={{ x: 'max-content' }}
        pagination={false}
        locale={{ emptyText: <EmptyState hint={t('services.empty')} /> }}
        columns={[
          { title: t('services.time'), key: 'at', render: (_, r) => formatTime(r.recordedAt) },
          { title: t('services.service'), key: 'service', render: (_, r) => t('services.option', { number: r.service.number, name: r.service.name }) },
          { title: t('services.visitor'), key: 'visitor', render: (_, r) => (r.visitId ? (r.visitorName ?? '—') : <Tag>{t('services.standalone')}</Tag>) },
          { title: t('services.note'), key: 'note', render: (_, r) => (r.note ? <Typography.Text>{r.note}</Typography.Text> : '—') },
          { title: t('services.recordedBy'), key: 'by', render: (_, r) => r.recordedBy.name },
        ]}
      />
    </>
  );
}
