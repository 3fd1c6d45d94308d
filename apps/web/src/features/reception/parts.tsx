import { Tag, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { VisitStatus, VisitType } from '@guanjia/domain/reception/index';
import { RevealPersonalData } from '../../ui/RevealPersonalData';
import type { Visit } from './api';

const TYPE_COLORS: Record<VisitType, string> = { appointment: 'blue', walkIn: 'default', viewingGroup: 'purple', vip: 'gold' };
const STATUS_COLORS: Record<VisitStatus, string> = { expected: 'blue', noShow: 'default', waiting: 'orange', received: 'green', departed: 'default', cancelled: 'default' };

export function TypeTag({ type }: { type: VisitType }) {
  const { t } = useTranslation('reception');
  return <Tag color={TYPE_COLORS[type]}>{t(`type.${type}`)}</Tag>;
}

export function StatusTag({ status }: { status: VisitStatus }) {
  const { t } = useTranslation('reception');
  return <Tag color={STATUS_COLORS[status]}>{t(`status.${status}`)}</Tag>;
}

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** HH:MM in Shanghai time. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : clock.format(d);
}

export function formatSeconds(t: TFunction, seconds: number): string {
  if (seconds < 60) return t('reception:visit.seconds', { seconds });
  return t('reception:visit.minutes', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
}

/** Seconds the visitor has waited at `nowMs`: live while waiting, fixed once received. */
export function liveSecondsWaited(visit: Visit, nowMs: number): number | null {
  if (!visit.checkedInAt) return null;
  const end = visit.receivedAt ? new Date(visit.receivedAt).getTime() : nowMs;
  return Math.max(0, Math.floor((end - new Date(visit.checkedInAt).getTime()) / 1000));
}

/** The wait timer of a visitor: red once the consultant has taken longer than the threshold since being notified. */
export function WaitTimer({ visit, nowMs, thresholdSeconds }: { visit: Visit; nowMs: number; thresholdSeconds: number }) {
  const { t } = useTranslation('reception');
  const seconds = liveSecondsWaited(visit, nowMs);
  if (seconds === null) return null;
  const sinceNotified = visit.notifiedAt ? Math.floor(((visit.receivedAt ? new Date(visit.receivedAt).getTime() : nowMs) - new Date(visit.notifiedAt).getTime()) / 1000) : 0;
  const overdue = visit.status === 'waiting' && sinceNotified >= thresholdSeconds;
  return (
    <Typography.Text
      data-testid={`wait-${visit.id}`}
      data-overdue={overdue ? 'true' : 'false'}
      strong
      style={{ fontSize: 20, fontVariantNumeric: 'tabular-nums', color: overdue ? '#cf1322' : visit.status === 'waiting' ? '#d46b08' : undefined }}
    >
      {formatSeconds(t, seconds)}
    </Typography.Text>
  );
}

export function AccompanimentTag({ visit }: { visit: Visit }) {
  const { t } = useTranslation('reception');
  const a = visit.accompaniment;
  if (!a.applicable) return <Typography.Text type="secondary">{t('visit.notApplicable')}</Typography.Text>;
  if (a.complete) return <Tag color="green">{t('visit.complete')}</Tag>;
  const items = a.missing.map((m) => (m === 'closingQuestion' || m === 'vipChecklist' ? t(`visit.missingParts.${m}`) : t(`steps.${m}`))).join(t('common:listSeparator'));
  return (
    <Tooltip title={t('visit.missing', { items })}>
      <Tag color="orange">{t('visit.incomplete')}</Tag>
    </Tooltip>
  );
}

/**
 * A visitor's phone, masked; the desk and the visitor's own consultant reveal it (the read is
 * logged) and then get a link to call it.
 */
export function VisitorPhone({ visit, onRevealed }: { visit: Pick<Visit, 'id' | 'visitorPhone' | 'visitorPhoneRevealable'>; onRevealed?: (phone: string) => void }) {
  return (
    <RevealPersonalData
      value={visit.visitorPhone}
      field="phone"
      subject={{ subjectType: 'visit', visitId: visit.id }}
      canReveal={visit.visitorPhoneRevealable}
      renderFull={(phone) => <a href={`tel:${phone}`}>{phone}</a>}
      onRevealed={onRevealed}
    />
  );
}
