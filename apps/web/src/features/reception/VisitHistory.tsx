import { Spin, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../ui/QueryError';
import { formatDateTime } from '../../ui/format';
import { useVisitDetail, type VisitDetail, type VisitEvent } from './api';
import { formatTime } from './parts';

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** The people a visit's history names by id (consultants handed to, moved from, alerted about). */
function namesOf(detail: VisitDetail): Map<string, string> {
  const names = new Map<string, string>();
  const add = (p: { id: string; name: string } | null | undefined) => {
    if (p?.name) names.set(p.id, p.name);
  };
  add(detail.consultant);
  add(detail.skippedConsultant);
  for (const a of detail.alerts) {
    add(a.consultant);
    add(a.handledBy);
  }
  for (const e of detail.events) add(e.actor);
  return names;
}

/** One line of the history in words: what happened, to whom, and the reason or note given. */
export function describeVisitEvent(t: TFunction, e: VisitEvent, names: Map<string, string>): string {
  const data = e.data ?? {};
  const label = t(`reception:events.${e.action}`, { defaultValue: e.action });
  const detail = (text: string | null) => (text ? t('reception:history.detail', { label, detail: text }) : label);
  const paren = (base: string, text: string | null) => (text ? t('reception:history.paren', { label: base, detail: text }) : base);
  const nameOf = (id: unknown) => (typeof id === 'string' ? (names.get(id) ?? null) : null);
  let line: string;
  switch (e.action) {
    case 'checkIn': {
      const via = str(data.via);
      line = paren(label, via ? t(`reception:visit.via.${via}`, { defaultValue: via }) : null);
      break;
    }
    case 'handOff': {
      const base = data.kind === 'reassign' ? t('reception:history.handOffAgain') : label;
      const name = nameOf(data.consultantId);
      line = name ? t('reception:history.detail', { label: base, detail: name }) : base;
      break;
    }
    case 'alert': {
      const seconds = typeof data.thresholdSeconds === 'number' ? t('reception:history.notOutFor', { seconds: data.thresholdSeconds }) : null;
      line = detail([nameOf(data.consultantId), seconds].filter(Boolean).join(' ') || null);
      break;
    }
    case 'alertHandled': {
      const how = str(data.how);
      line = detail(how ? t(`reception:history.how.${how}`, { defaultValue: how }) : null);
      break;
    }
    case 'recordStep': {
      const step = e.step ? t(`reception:steps.${e.step}`, { defaultValue: e.step }) : null;
      line = detail(step && e.outcome === 'declined' ? paren(step, t('reception:visit.declined')) : step);
      break;
    }
    case 'recordService':
      line = detail(typeof data.number === 'number' && str(data.name) ? t('reception:services.option', { number: data.number, name: data.name }) : str(data.name));
      break;
    case 'depart':
      line = paren(label, typeof data.closingQuestionAsked === 'boolean' ? t(data.closingQuestionAsked ? 'reception:history.closingAsked' : 'reception:history.closingNotAsked') : null);
      break;
    case 'reassign': {
      const from = nameOf(data.from);
      const to = nameOf(data.to);
      line = detail(from && to ? t('reception:history.arrow', { from, to }) : (to ?? null));
      break;
    }
    case 'markNoShow':
      line = paren(label, data.automatic === true ? t('reception:history.automatic') : null);
      break;
    default:
      line = label;
  }
  const said = str(data.reason) ?? str(data.note);
  return said ? `${line} · ${said}` : line;
}

function colorOf(e: VisitEvent): string {
  if (e.action === 'alert') return 'red';
  if (e.action === 'alertHandled') return 'orange';
  if (e.action === 'cancel' || e.action === 'markNoShow' || e.outcome === 'declined') return 'gray';
  if (e.action === 'receive' || e.action === 'depart') return 'green';
  return 'blue';
}

/** In the order things happened; events written in the same instant keep the order they were written in. */
export function chronological(events: VisitEvent[]): VisitEvent[] {
  return [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The visit's whole history: check-in, hand-off, the alert raised and how it was handled, the
 * consultant coming out, the journey steps and services, the farewell; who did each (or the system).
 */
export function VisitTimeline({ detail, dates = false }: { detail: VisitDetail; dates?: boolean }) {
  const { t } = useTranslation('reception');
  const names = namesOf(detail);
  if (detail.events.length === 0) return <Typography.Text type="secondary">{t('history.empty')}</Typography.Text>;
  return (
    <Timeline
      items={chronological(detail.events).map((e) => ({
        key: e.id,
        color: colorOf(e),
        content: (
          <span data-testid={`event-${e.id}`}>
            {`${dates ? formatDateTime(e.at) : formatTime(e.at)} ${describeVisitEvent(t, e, names)} · ${e.actor?.name ?? t('history.system')}`}
          </span>
        ),
      }))}
    />
  );
}

/** The history section of the board's visit drawer: read from the visit's detail, refreshed with the board. */
export function VisitHistorySection({ visitId }: { visitId: string }) {
  const { t } = useTranslation('reception');
  const detail = useVisitDetail(visitId);
  return (
    <div>
      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
        {t('history.title')}
      </Typography.Text>
      {detail.isPending && <Spin size="small" />}
      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.data && <VisitTimeline detail={detail.data} />}
    </div>
  );
}
