import { Navigate, useParams, useSearchParams } from 'react-router';
import { Empty, Segmented } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useOfferedServiceCatalog } from '../../features/service-catalog/api';
import { h5ServicePaths, isVenueBookingItem } from './api';
import { BookingForm } from './BookingForm';
import { categoryLabel, priceLabel } from './labels';
import { PageError, PageLoading, ServicePage } from './ServicePage';
import { useOwnerHouseholds } from './useOwnerHouseholds';

/** One item of the catalog: book a visit, request the service, or (维修 items) report a fault now. */
export function BookingPage() {
  const { t, i18n } = useTranslation('h5services');
  const { itemId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const owner = useOwnerHouseholds();
  const catalog = useOfferedServiceCatalog(owner.projectId);
  const category = catalog.data?.categories.find((c) => c.items.some((i) => i.id === itemId));
  const item = category?.items.find((i) => i.id === itemId);
  const repairMode = Boolean(item?.repairable) && (params.get('mode') === 'repair' || !item?.bookable);
  const title = repairMode ? t('reportTitle') : item?.bookable ? t('bookTitle') : t('requestTitle');
  const back = category ? `/h5/services?c=${category.number}` : '/h5/services';

  if (category && item && isVenueBookingItem(category.number, item)) return <Navigate to={h5ServicePaths.venues} replace />;

  let body;
  if (owner.isPending || (owner.projectId && catalog.isPending)) body = <PageLoading />;
  else if (!owner.projectId) body = <Empty style={{ paddingTop: 60 }} description={t('noHousehold')} />;
  else if (catalog.isError) body = <PageError error={catalog.error} retry={() => void catalog.refetch()} />;
  else if (!item || !category) body = <Empty style={{ paddingTop: 60 }} description={t('itemMissing')} />;
  else
    body = (
      <>
        <div style={{ background: '#fff', padding: '12px 16px', borderBottom: '1px solid var(--adm-color-border)' }}>
          <div style={{ fontSize: 13, color: 'var(--adm-color-weak)' }}>{categoryLabel(i18n.language, category)}</div>
          <div style={{ fontSize: 18, fontWeight: 600, margin: '2px 0' }} data-testid="booking-item">
            {item.name}
          </div>
          <div style={{ fontSize: 13, color: 'var(--adm-color-text-secondary)' }}>
            {[item.note, priceLabel(t, item)].filter(Boolean).join(' · ')}
          </div>
          {item.repairable && item.bookable && (
            <Segmented
              block
              style={{ marginTop: 10 }}
              value={repairMode ? 'repair' : 'book'}
              onChange={(v) => setParams(v === 'repair' ? { mode: 'repair' } : {}, { replace: true })}
              options={[
                { label: t('modeBook'), value: 'book' },
                { label: t('modeReport'), value: 'repair' },
              ]}
            />
          )}
        </div>
        <BookingForm
          key={repairMode ? 'repair' : 'book'}
          item={item}
          mode={repairMode ? 'repair' : item.bookable ? 'booking' : 'request'}
          households={owner.households.filter((h) => h.projectId === owner.projectId)}
          householdLabel={owner.label}
          projectId={owner.projectId}
        />
      </>
    );

  return (
    <ServicePage title={title} back={back}>
      {body}
    </ServicePage>
  );
}
