import { useState } from 'react';
import { Card, Col, DatePicker, Flex, Form, Result, Row, Spin, Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { businessDate } from '@guanjia/domain/shared/business-date';
import { epochDayToDate, parseDateToEpochDay } from '@guanjia/domain/calendar/epoch-day';
import { Forbidden } from '../../staff/StatusPages';
import { ApiError } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { formatSeconds } from '../reception/parts';
import { SalesCenterPicker, useSalesCenterChoice } from '../reception/sales-center';
import { canSeeSalesDashboard } from './access';
import { useSalesDashboard, type DashboardRange, type SalesDashboard } from './api';
import './i18n';
import { ComplaintsBlock, ConsultantsTable, DailyVisitorsChart, DaysTable, KpiCard, percent } from './parts';

const CHECK_COLORS = { notStarted: 'red', inProgress: 'gold', completed: 'green' } as const;

/** The `days` days up to today (Shanghai), today included. */
function lastDays(days: number): DashboardRange {
  const to = businessDate(new Date());
  return { from: epochDayToDate(parseDateToEpochDay(to) - (days - 1)), to };
}

/** 案场看板: one sales center over a range of days. */
export function SalesDashboardPage() {
  const auth = useAuth();
  if (!canSeeSalesDashboard(auth)) return <Forbidden />;
  return <Dashboard />;
}

function Dashboard() {
  const { t } = useTranslation('salesDashboard');
  const choice = useSalesCenterChoice();
  const [range, setRange] = useState<DashboardRange>(() => lastDays(7));
  const dashboard = useSalesDashboard(choice.center?.id, range);
  // A refused range is said on the date picker, the field it belongs to.
  const fieldErrors = dashboard.error instanceof ApiError ? dashboard.error.fields : undefined;
  const rangeError = fieldErrors?.from ?? fieldErrors?.to;

  if (choice.centers.isPending) return <Spin style={{ display: 'block', margin: '20vh auto' }} />;
  if (choice.centers.isError) return <QueryError error={choice.centers.error} onRetry={() => void choice.centers.refetch()} />;
  if (!choice.center) return <Result status="info" title={t('noCenter')} />;

  const presets = [
    { label: t('presets.week'), value: lastDays(7) },
    { label: t('presets.month'), value: lastDays(30) },
    { label: t('presets.quarter'), value: lastDays(90) },
  ];
  return (
    <>
      <PageHeader
        title={t('title')}
        subTitle={t('subtitle')}
        extra={
          <>
            <SalesCenterPicker list={choice.list} value={choice.center.id} onChange={choice.choose} />
            <Form layout="inline" component={false}>
              <Form.Item validateStatus={rangeError ? 'error' : undefined} help={rangeError} style={{ margin: 0 }}>
                <DatePicker.RangePicker
                  aria-label={t('range')}
                  allowClear={false}
                  value={[dayjs(range.from), dayjs(range.to)]}
                  presets={presets.map((p) => ({ label: p.label, value: [dayjs(p.value.from), dayjs(p.value.to)] }))}
                  onChange={(_, [from, to]) => from && to && setRange({ from, to })}
                />
              </Form.Item>
            </Form>
          </>
        }
      />
      {dashboard.isError && !rangeError && <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {dashboard.isPending && !rangeError && <Spin style={{ display: 'block', margin: '10vh auto' }} />}
      {dashboard.data && <Figures data={dashboard.data} />}
    </>
  );
}

function Figures({ data }: { data: SalesDashboard }) {
  const { t } = useTranslation('salesDashboard');
  const { totals, complaints } = data;
  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={8} xl={4}>
          <KpiCard
            title={t('kpi.visitors')}
            value={totals.visitors}
            hint={t('kpi.visitorsHint', { people: totals.people, walkIns: totals.walkIns, appointments: totals.appointments })}
            extra={totals.noShows > 0 && <div>{t('kpi.noShows', { count: totals.noShows })}</div>}
          />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <KpiCard
            title={t('kpi.averageWait')}
            value={totals.averageWaitSeconds === null ? t('kpi.noWait') : formatSeconds(t, totals.averageWaitSeconds)}
            hint={t('kpi.averageWaitHint', { count: totals.received })}
          />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <KpiCard title={t('kpi.alerts')} value={totals.alertsRaised} danger={totals.alertsRaised > totals.alertsHandled} hint={t('kpi.alertsHint', { handled: totals.alertsHandled })} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <KpiCard
            title={t('kpi.accompaniment')}
            value={percent(totals.accompanimentComplete, totals.departed)}
            hint={t('kpi.accompanimentHint', { complete: totals.accompanimentComplete, departed: totals.departed })}
          />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <KpiCard title={t('kpi.complaints')} value={complaints.open} danger={complaints.overdue > 0} hint={t('kpi.complaintsHint', { overdue: complaints.overdue })} />
        </Col>
        {(data.dailyCheck || data.liaisonForms) && (
          <Col xs={12} md={8} xl={4}>
            <Card size="small" style={{ height: '100%' }}>
              {data.dailyCheck && (
                <div style={{ marginBottom: 8 }}>
                  <div>{t('kpi.dailyCheck')}</div>
                  <Link to="/daily-checks">
                    <Tag color={CHECK_COLORS[data.dailyCheck.state]}>{t(`checkState.${data.dailyCheck.state}`)}</Tag>
                  </Link>
                </div>
              )}
              {data.liaisonForms && (
                <div>
                  <div>{t('kpi.liaison')}</div>
                  <Link to="/liaison-forms">
                    <Tag color={data.liaisonForms.overdue ? 'red' : 'default'}>{data.liaisonForms.overdue}</Tag>
                  </Link>
                </div>
              )}
            </Card>
          </Col>
        )}
      </Row>
      <Card size="small" title={t('chart.title')}>
        <Tabs
          size="small"
          items={[
            { key: 'chart', label: t('chart.chart'), children: <DailyVisitorsChart days={data.days} /> },
            { key: 'table', label: t('chart.table'), children: <DaysTable days={data.days} /> },
          ]}
        />
      </Card>
      <Card size="small" title={t('consultants.title')}>
        <ConsultantsTable consultants={data.consultants} />
      </Card>
      <Card size="small" title={t('complaints.title')}>
        <ComplaintsBlock complaints={complaints} />
      </Card>
    </Flex>
  );
}
