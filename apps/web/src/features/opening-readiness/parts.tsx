import { App, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { errorMessage } from '../../ui/form-errors';
import { useLanguage } from '../../ui/useLanguage';
import { readinessKeys, type Milestone, type NextDue, type ReadinessColour } from './api';
import './i18n';

export const COLOURS: readonly ReadinessColour[] = ['red', 'amber', 'grey', 'green'];

const TAG_COLOUR: Record<ReadinessColour, string> = { green: 'green', amber: 'gold', red: 'red', grey: 'default' };

export function ColourTag({ colour, count }: { colour: ReadinessColour; count?: number }) {
  const { t } = useTranslation('openingReadiness');
  const label = t(`colour.${colour}`);
  return (
    <Tag color={TAG_COLOUR[colour]} data-colour={colour}>
      {count === undefined ? label : t('colourCount', { label, count })}
    </Tag>
  );
}

/** 还剩 N 天 / 今天到期 / 逾期 N 天 (in red). */
export function DaysLeft({ milestone }: { milestone: Pick<Milestone, 'daysLeft'> & { done?: boolean } }) {
  const { t } = useTranslation('openingReadiness');
  const { daysLeft, done } = milestone;
  if (done) return <Typography.Text type="secondary">{t('daysLeft.done')}</Typography.Text>;
  if (daysLeft < 0) return <Typography.Text type="danger">{t('daysLeft.overdue', { days: -daysLeft })}</Typography.Text>;
  if (daysLeft === 0) return <Typography.Text type="warning">{t('daysLeft.today')}</Typography.Text>;
  return <Typography.Text>{t('daysLeft.future', { days: daysLeft })}</Typography.Text>;
}

/** The milestone's title in the user's language (the server sends both). */
export function useMilestoneTitle(): (m: Pick<NextDue, 'title' | 'titleEn'>) => string {
  const { language } = useLanguage();
  return (m) => (language === 'en' ? m.titleEn : m.title);
}

/** Refreshes the overview and every project's readiness. */
export function useRefreshReadiness(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: readinessKeys.all });
}

/**
 * Runs a one-click write (no form): success shows `done`; a failure shows the server's reason with
 * any field reasons; a 409 (someone changed it meanwhile) also reloads the page's data.
 */
export function useReadinessAction(): (action: () => Promise<unknown>, done: string) => Promise<boolean> {
  const { t } = useTranslation('openingReadiness');
  const { message } = App.useApp();
  const refresh = useRefreshReadiness();
  return async (action, done) => {
    try {
      await action();
      message.success(done);
      await refresh();
      return true;
    } catch (error) {
      showWriteError(error, message, t('refreshed'));
      if (isApiError(error, 409)) await refresh();
      return false;
    }
  };
}

/** The server's message, its field reasons, and on a 409 that the page was reloaded. */
export function showWriteError(error: unknown, message: { error: (content: string) => unknown }, refreshed: string): void {
  const reasons = isApiError(error) && error.fields ? Object.values(error.fields).join('；') : '';
  const text = reasons ? `${errorMessage(error)}：${reasons}` : errorMessage(error);
  message.error(isApiError(error, 409) ? `${text} ${refreshed}` : text);
}
