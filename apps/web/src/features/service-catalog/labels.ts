import type { TFunction } from 'i18next';
import { chineseNumeral } from '../../ui/format';
import type { CatalogServiceItem } from './api';
import { CATEGORY_NAMES_EN } from './i18n';

/** "一、生活秘书服务" as printed in the seed; "1. Life secretary" in English. */
export function categoryLabel(t: TFunction, language: string, number: number, name: string): string {
  if (language === 'en') return t('serviceCatalog:categoryLabel', { number, name: CATEGORY_NAMES_EN[number] ?? name });
  return t('serviceCatalog:categoryLabel', { number: chineseNumeral(number), name });
}

export function leadLabel(t: TFunction, days: number): string {
  if (days === 0) return t('serviceCatalog:lead.sameDay');
  return days === 1 ? t('serviceCatalog:lead.oneDay') : t('serviceCatalog:lead.days', { count: days });
}

export function fenToYuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

/** The price in the words of `ns` (staff or owner pages): a fixed price without an amount reads as quoted. */
export function priceLabel(t: TFunction, item: Pick<CatalogServiceItem, 'priceMode' | 'priceFen' | 'unit'>, ns = 'serviceCatalog'): string {
  if (item.priceMode !== 'fixed' || item.priceFen === null) return t(`${ns}:price.${item.priceMode === 'fixed' ? 'quoted' : item.priceMode}`);
  const amount = fenToYuan(item.priceFen);
  return item.unit ? t(`${ns}:price.fixedPer`, { amount, unit: item.unit }) : t(`${ns}:price.fixed`, { amount });
}

function durationLabel(t: TFunction, minutes: number): string {
  return minutes % 60 === 0 ? t('serviceCatalog:hours', { count: minutes / 60 }) : t('serviceCatalog:minutes', { count: minutes });
}

export function slaLabel(t: TFunction, item: Pick<CatalogServiceItem, 'slaAcceptMinutes' | 'slaCompleteMinutes' | 'slaBasis'>): string {
  return t('serviceCatalog:sla', {
    accept: durationLabel(t, item.slaAcceptMinutes),
    complete: durationLabel(t, item.slaCompleteMinutes),
    basis: t(`serviceCatalog:slaBases.${item.slaBasis}`),
  });
}
