import { Tag } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EventPlanKind, EventPlanStatus } from '@guanjia/domain/event-plans/event-plan-flow';
import { isApiError } from '../../ui/api';
import { errorMessage } from '../../ui/form-errors';

const STATUS_COLORS: Record<EventPlanStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'green',
  rejected: 'red',
  held: 'cyan',
  reviewed: 'purple',
  cancelled: 'default',
};

export function StatusTag({ status }: { status: EventPlanStatus }) {
  const { t } = useTranslation('eventPlans');
  return <Tag color={STATUS_COLORS[status]}>{t(`status.${status}`)}</Tag>;
}

export function KindTag({ kind }: { kind: EventPlanKind }) {
  const { t } = useTranslation('eventPlans');
  return <Tag color={kind === 'promotion' ? 'gold' : 'magenta'}>{t(`kind.${kind}`)}</Tag>;
}

/**
 * A command the server refused: a 409 means the plan moved on under the page, so it says so and
 * reloads; anything else shows the server's message.
 */
export function reportCommandError(error: unknown, message: MessageInstance, t: TFunction, refetch: () => unknown): void {
  if (isApiError(error, 409)) {
    void message.error(t('eventPlans:conflict'));
    void refetch();
  } else {
    void message.error(errorMessage(error));
  }
}

/** Today in Asia/Shanghai as YYYY-MM-DD, for the date pickers' lower bound. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
