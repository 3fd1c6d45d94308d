import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from './api';

const pad = (n: number) => String(n).padStart(2, '0');
const OFF_BG = '#fff1f0';
const OFF_FG = '#cf1322';
const WORK_BG = '#e6f4ff';
const WORK_FG = '#0958d9';

/** Twelve month sheets (Monday first) marking days off (休) and make-up workdays (班) with their names. */
export function YearGrid({ year, days, onSelect }: { year: number; days: Map<string, CalendarDay>; onSelect?: (date: string) => void }) {
  const { t } = useTranslation('calendar');
  const months = t('months', { returnObjects: true }) as string[];
  const weekdays = t('weekdays', { returnObjects: true }) as string[];
  return (
    <Row gutter={[12, 12]}>
      {months.map((label, m) => (
        <Col key={label} xs={24} sm={12} lg={8} xxl={6}>
          <Card size="small" title={label} styles={{ body: { padding: 8 } }}>
            <MonthSheet year={year} month={m} days={days} weekdays={weekdays} onSelect={onSelect} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function MonthSheet(props: { year: number; month: number; days: Map<string, CalendarDay>; weekdays: string[]; onSelect?: (date: string) => void }) {
  const { year, month, days, weekdays, onSelect } = props;
  const { t } = useTranslation('calendar');
  const length = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  // getUTCDay: 0 = Sunday; the sheet starts on Monday.
  const lead = (new Date(Date.UTC(year, month, 1)).getUTCDay() + 6) % 7;
  const cells: (number | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length }, (_, i) => i + 1)];
  while (cells.length % 7 !== 0) cells.push(null);

  return (
    <div role="group" aria-label={`${year}-${pad(month + 1)}`} style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2 }}>
      {weekdays.map((w, i) => (
        <Typography.Text key={w} type={i >= 5 ? 'danger' : 'secondary'} style={{ textAlign: 'center', fontSize: 12 }}>
          {w}
        </Typography.Text>
      ))}
      {cells.map((d, i) => {
        if (d === null) return <span key={`blank-${i}`} />;
        const date = `${year}-${pad(month + 1)}-${pad(d)}`;
        const day = days.get(date);
        const weekend = i % 7 >= 5;
        const kindLabel = day ? (day.kind === 'off' ? t('offDay') : t('workDay')) : '';
        const label = day ? `${date} ${day.name} ${kindLabel}` : date;
        return (
          <button
            key={date}
            type="button"
            aria-label={label}
            title={day ? `${day.name} · ${kindLabel}` : undefined}
            disabled={!onSelect}
            onClick={() => onSelect?.(date)}
            style={{
              border: 'none',
              borderRadius: 4,
              padding: '2px 0',
              minHeight: 40,
              cursor: onSelect ? 'pointer' : 'default',
              background: day ? (day.kind === 'off' ? OFF_BG : WORK_BG) : 'transparent',
              color: day ? (day.kind === 'off' ? OFF_FG : WORK_FG) : weekend ? '#8c8c8c' : 'inherit',
              overflow: 'hidden',
            }}
          >
            <div style={{ fontSize: 13, lineHeight: '16px' }}>
              {d}
              {day && <sup style={{ marginLeft: 1, fontSize: 10 }}>{day.kind === 'off' ? t('legendOff') : t('legendWork')}</sup>}
            </div>
            {day && <div style={{ fontSize: 10, lineHeight: '12px', whiteSpace: 'nowrap', textOverflow: 'ellipsis', overflow: 'hidden' }}>{day.name}</div>}
          </button>
        );
      })}
    </div>
  );
}
