import { useState } from 'react';
import { DatePicker, Space, Spin, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { businessDate } from '@guanjia/domain/shared/business-date';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../ui/QueryError';
import { usePublicityStats, type PublicityStats } from './api';

type Row = PublicityStats['items'][number];

/** 发放与播放统计: per item, copies handed out, screen plays and visitor views in the chosen dates. */
export function StatsTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('showcase');
  const [to, setTo] = useState(() => businessDate(new Date()));
  const [from, setFrom] = useState(() => businessDate(Date.now() - 29 * 86_400_000));
  const stats = usePublicityStats(projectId, from, to);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Typography.Text>{t('stats.range')}</Typography.Text>
        <DatePicker.RangePicker
          aria-label={t('stats.range')}
          allowClear={false}
          value={[dayjs(from), dayjs(to)]}
          onChange={(range) => {
            if (!range?.[0] || !range[1]) return;
            setFrom(range[0].format('YYYY-MM-DD'));
            setTo(range[1].format('YYYY-MM-DD'));
          }}
        />
      </Space>
      {stats.isPending ? (
        <Spin />
      ) : stats.isError ? (
        <QueryError error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <Table<Row>
          rowKey={(r) => r.item.id}
          size="small"
          pagination={false}
          locale={{ emptyText: t('stats.empty') }}
          dataSource={stats.data.items}
          columns={[
            { title: t('stats.item'), render: (_, r) => r.item.title },
            { title: t('publicity.kind'), render: (_, r) => t(`publicity.kinds.${r.item.kind}`) },
            { title: t('stats.handedOut'), dataIndex: 'handedOut', align: 'right' },
            { title: t('stats.played'), dataIndex: 'played', align: 'right' },
            { title: t('stats.viewed'), dataIndex: 'viewed', align: 'right' },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={2}>
                {t('stats.total')}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {stats.data.totals.handedOut}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {stats.data.totals.played}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {stats.data.totals.viewed}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      )}
    </Space>
  );
}
