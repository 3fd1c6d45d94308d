import { Tag } from 'antd-mobile';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { priceLabel as catalogPriceLabel } from '../../features/service-catalog/labels';
import { chineseNumeral } from '../../ui/format';
import type { ServiceHours, ServiceItem, WorkOrderStatus } from './api';

const STATUS_COLORS: Record<WorkOrderStatus, string> = {
  submitted: 'primary',
  accepted: 'primary',
  dispatched: 'primary',
  inProgress: 'warning',
  paused: 'default',
  completed: 'success',
  closed: 'default',
  cancelled: 'default',
};

export function StatusTag({ status }: { status: WorkOrderStatus }) {
  const { t } = useTranslation('h5services');
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'} fill={status === 'closed' || status === 'cancelled' ? 'outline' : 'solid'} data-testid="order-status">
      {t(`status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/** The price in the owner pages' words. */
export function priceLabel(t: TFunction, item: Pick<ServiceItem, 'priceMode' | 'priceFen' | 'unit'>): string {
  return catalogPriceLabel(t, item, 'h5services');
}

export function serviceHoursLabel(t: TFunction, hours: ServiceHours): string {
  const days = [...hours.days].sort();
  const everyDay = days.length === 0 || days.length === 7;
  const dayText = everyDay ? t('h5services:everyDay') : days.map((d) => t(`common:weekdays.${d}`)).join(t('common:listSeparator'));
  return t('h5services:serviceHours', { start: hours.start, end: hours.end }) + t('h5services:serviceDays', { days: dayText });
}

export function categoryLabel(language: string, category: { number: number; name: string }): string {
  return language === 'en' ? `${category.number}. ${category.name}` : `${chineseNumeral(category.number)}、${category.name}`;
}
