import type { ReactNode } from 'react';
import { Card, Flex, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VISIT_TYPES, type VisitType } from '@guanjia/domain/reception/index';
import { EmptyState } from '../../ui/EmptyState';
import '../reception/i18n';
import { formatSeconds } from '../reception/parts';
import { kindLabel, statusLabel } from '../work-orders/labels';
import type { ComplaintItem, ConsultantFigures, DayFigures, SalesDashboard } from './api';
import './i18n';

const TYPE_COLORS: Record<VisitType, string> = { walkIn: '#1677ff', appointment: '#52c41a', viewingGroup: '#faad14', vip: '#eb2f96' };

export function percent(part: number, whole: number): string {
  return whole ? `${Math.round((part / whole) * 100)}%` : '—';
}

export function KpiCard({ title, value, hint, danger, extra }: { title: string; value: ReactNode; hint?: ReactNode; danger?: boolean; extra?: ReactNode }) {
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Statistic title={title} value={typeof value === 'number' ? value : undefined} formatter={typeof value === 'number' ? undefined : () => value} styles={{ content: danger ? { color: '#cf1322' } : undefined }} />
      {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
      {extra}
    </Card>
  );
}

/** Visitors per day as stacked bars by visit type, drawn with plain boxes (no chart library). */
export function DailyVisitorsChart({ days }: { days: DayFigures[] }) {
  const { t } = useTranslation('salesDashboard');
  const max = Math.max(...days.map((d) => d.visitors), 0);
  if (max === 0) return <EmptyState hint={t('chart.empty')} />;
  // Label every day of a week, about a dozen labels on longer ranges.
  const labelEvery = Math.max(1, Math.ceil(days.length / 12));
  const labelled = days.length <= 31;
  return (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 8 }}>
        {VISIT_TYPES.map((type) => (
          <Flex key={type} gap={4} align="center">
            <span style={{ width: 10, height: 10, background: TYPE_COLORS[type], display: 'inline-block' }} />
            <Typography.Text type="secondary">{t(`reception:type.${type}`)}</Typography.Text>
          </Flex>
        ))}
      </Flex>
      <div style={{ overflowX: 'auto', paddingRight: 16 }}>
        <Flex align="flex-end" gap={days.length > 31 ? 2 : 6} style={{ height: 180, minWidth: days.length * 8, borderBottom: '1px solid #d9d9d9' }}>
          {days.map((d) => (
            <Tooltip
              key={d.date}
              title={
                <div>
                  <div>{t('chart.bar', { date: d.date, count: d.visitors })}</div>
                  {VISIT_TYPES.filter((type) => d.byType[type]).map((type) => (
                    <div key={type}>
                      {t(`reception:type.${type}`)}：{d.byType[type]}
                    </div>
                  ))}
                </div>
              }
            >
              <div role="img" aria-label={t('chart.bar', { date: d.date, count: d.visitors })} style={{ flex: 1, minWidth: 4, height: '100%', display: 'flex', flexDirection: 'column-reverse' }}>
                {VISIT_TYPES.map((type) =>
                  d.byType[type] ? <div key={type} style={{ height: `${(d.byType[type] / max) * 88}%`, background: TYPE_COLORS[type] }} /> : null,
                )}
                {/* The count over the bar while the bars are wide enough to carry it. */}
                {labelled && d.visitors > 0 && (
                  <Typography.Text aria-hidden style={{ textAlign: 'center', fontSize: 12, lineHeight: '18px' }}>
                    {d.visitors}
                  </Typography.Text>
                )}
              </div>
            </Tooltip>
          ))}
        </Flex>
        <Flex gap={days.length > 31 ? 2 : 6} style={{ minWidth: days.length * 8 }}>
          {days.map((d, i) => (
            <Typography.Text key={d.date} type="secondary" style={{ flex: 1, minWidth: 4, fontSize: 11, textAlign: 'center', whiteSpace: 'nowrap', overflow: 'visible' }}>
              {i % labelEvery === 0 ? d.date.slice(5) : ''}
            </Typography.Text>
          ))}
        </Flex>
      </div>
    </>
  );
}

const wait = (t: ReturnType<typeof useTranslation>['t'], seconds: number | null) => (seconds === null ? '—' : formatSeconds(t, seconds));

export function DaysTable({ days }: { days: DayFigures[] }) {
  const { t } = useTranslation('salesDashboard');
  return (
    <Table<DayFigures>
      rowKey="date"
      size="small"
      pagination={days.length > 31 ? { pageSize: 31, showSizeChanger: false } : false}
      dataSource={[...days].reverse()}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('day.date'), dataIndex: 'date' },
        { title: t('day.visitors'), render: (_, d) => (d.people > d.visitors ? `${d.visitors}（${d.people}）` : d.visitors) },
        { title: t('day.walkIns'), dataIndex: 'walkIns' },
        { title: t('day.appointments'), dataIndex: 'appointments' },
        { title: t('day.noShows'), dataIndex: 'noShows' },
        { title: t('day.averageWait'), render: (_, d) => wait(t, d.averageWaitSeconds) },
        { title: t('day.alerts'), render: (_, d) => `${d.alertsRaised} / ${d.alertsHandled}` },
        { title: t('day.accompaniment'), render: (_, d) => `${d.accompanimentComplete} / ${d.departed}` },
      ]}
    />
  );
}

export function ConsultantsTable({ consultants }: { consultants: ConsultantFigures[] }) {
  const { t } = useTranslation('salesDashboard');
  return (
    <Table<ConsultantFigures>
      rowKey={(c) => c.consultant.id}
      size="small"
      pagination={false}
      dataSource={consultants}
      locale={{ emptyText: <EmptyState hint={t('consultants.empty')} /> }}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('consultants.consultant'), render: (_, c) => c.consultant.name },
        { title: t('consultants.daysOnDuty'), dataIndex: 'daysOnDuty' },
        { title: t('consultants.visitors'), dataIndex: 'visitors' },
        { title: t('consultants.walkIns'), dataIndex: 'walkIns' },
        { title: t('consultants.averageWait'), render: (_, c) => wait(t, c.averageWaitSeconds) },
        { title: t('consultants.alerts'), render: (_, c) => (c.alerts ? <Typography.Text type="danger">{c.alerts}</Typography.Text> : 0) },
      ]}
    />
  );
}

export function ComplaintsBlock({ complaints }: { complaints: SalesDashboard['complaints'] }) {
  const { t } = useTranslation('salesDashboard');
  const counts = (['open', 'overdue', 'answeredOnTime', 'answeredLate', 'settledOnSpot'] as const).map((key) => (
    <Statistic key={key} title={t(`complaints.${key}`)} value={complaints[key]} styles={{ content: key === 'overdue' && complaints.overdue ? { color: '#cf1322' } : undefined }} />
  ));
  return (
    <>
      <Flex gap={32} wrap>
        {counts}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 4 }}>
        {t('complaints.inRange')}
      </Typography.Paragraph>
      {complaints.items === null ? (
        <Typography.Text type="secondary">{t('complaints.hidden')}</Typography.Text>
      ) : (
        <>
          <Table<ComplaintItem>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={complaints.items}
            locale={{ emptyText: <EmptyState hint={t('complaints.empty')} /> }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('complaints.number'), render: (_, c) => <Link to={`/work-orders/${c.id}`}>{c.number}</Link> },
              { title: t('complaints.kind'), render: (_, c) => kindLabel(t, c.kind) },
              { title: t('complaints.subject'), dataIndex: 'title' },
              {
                title: t('complaints.replyBy'),
                render: (_, c) => (
                  <span>
                    {c.replyBy ?? '—'} {c.overdue && <Tag color="red">{t('complaints.overdueTag')}</Tag>}
                  </span>
                ),
              },
              { title: t('complaints.accountable'), render: (_, c) => c.accountable?.name ?? '—' },
              { title: t('complaints.status'), render: (_, c) => statusLabel(t, c.status) },
            ]}
          />
          {complaints.items.length < complaints.open && (
            <Typography.Text type="secondary">{t('complaints.more', { shown: complaints.items.length, total: complaints.open })}</Typography.Text>
          )}
        </>
      )}
    </>
  );
}
