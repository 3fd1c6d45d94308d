import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './i18n-common';
import { auth } from '../features/auth/i18n';
import { notifications } from '../features/notifications/i18n';
import { org } from '../features/org/i18n';
import { staff } from '../features/staff/i18n';
import { vendors } from '../features/vendors/i18n';
import { audit } from '../features/audit/i18n';
import { approvals } from '../features/approvals/i18n';
import { calendar } from '../features/calendar/i18n';
import { workOrders } from '../features/work-orders/i18n';
import { serviceCatalog } from '../features/service-catalog/i18n';
import { venues } from '../features/venues/i18n';
import { shell } from '../staff/i18n';
import { h5 } from '../h5/i18n';
import { h5services } from '../h5/services/i18n';
import { h5venues } from '../h5/venues/i18n';
import { LANGUAGES, readStoredLanguage, storeLanguage, type Language } from './language';

/** One namespace per feature; each feature keeps its own zh-CN and en strings. */
export const namespaces = { common, auth, notifications, org, staff, vendors, audit, approvals, calendar, workOrders, serviceCatalog, venues, shell, h5, h5services, h5venues };

function buildResources() {
  const resources: Record<string, Record<string, object>> = {};
  for (const lng of LANGUAGES) {
    resources[lng] = {};
    for (const [ns, bundle] of Object.entries(namespaces)) resources[lng][ns] = bundle[lng];
  }
  return resources;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: buildResources(),
  lng: readStoredLanguage(),
  fallbackLng: 'zh-CN',
  supportedLngs: [...LANGUAGES],
  ns: Object.keys(namespaces),
  defaultNS: 'common',
  fallbackNS: 'common',
  interpolation: { escapeValue: false },
  initAsync: false,
});

syncDocumentLanguage(i18n.language);

function syncDocumentLanguage(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

export async function setLanguage(lng: Language): Promise<void> {
  storeLanguage(lng);
  await i18n.changeLanguage(lng);
  syncDocumentLanguage(lng);
}
