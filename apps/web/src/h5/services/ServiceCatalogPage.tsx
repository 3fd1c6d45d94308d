import { Button, Empty, List, SideBar, Space, Tag } from 'antd-mobile';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOfferedServiceCatalog } from '../../features/service-catalog/api';
import { h5ServicePaths, isVenueBookingItem, type ServiceItem } from './api';
import { categoryLabel, priceLabel } from './labels';
import { PageError, PageLoading, ServicePage } from './ServicePage';
import { useOwnerHouseholds } from './useOwnerHouseholds';

function ItemRow({ item, categoryNumber }: { item: ServiceItem; categoryNumber: number }) {
  const { t } = useTranslation('h5services');
  const navigate = useNavigate();
  const target = isVenueBookingItem(categoryNumber, item) ? h5ServicePaths.venues : h5ServicePaths.book(item.id);
  return (
    <List.Item
      data-testid="service-item"
      onClick={() => navigate(target)}
      arrowIcon={false}
      description={
        <Space direction="vertical" style={{ '--gap': '4px' }}>
          {item.note && <span style={{ color: 'var(--adm-color-text-secondary)' }}>{item.note}</span>}
          <Space wrap style={{ '--gap': '4px' }}>
            <Tag color={item.priceMode === 'free' ? 'success' : 'primary'} fill="outline">
              {priceLabel(t, item)}
            </Tag>
            {item.bookable && item.leadWorkingDays === 0 && (
              <Tag color="default" fill="outline">
                {t('leadSameDay')}
              </Tag>
            )}
            {item.bookable && item.leadWorkingDays > 0 && !item.note && (
              <Tag color="warning" fill="outline">
                {t('leadDays', { count: item.leadWorkingDays })}
              </Tag>
            )}
          </Space>
        </Space>
      }
      extra={
        <Space direction="vertical" align="end" style={{ '--gap': '6px' }}>
          <Button size="mini" color="primary" onClick={(e) => { e.stopPropagation(); navigate(target); }}>
            {item.bookable ? t('actionBook') : t('actionRequest')}
          </Button>
          {item.repairable && (
            <Button size="mini" color="warning" fill="outline" onClick={(e) => { e.stopPropagation(); navigate(h5ServicePaths.report(item.id)); }}>
              {t('actionReport')}
            </Button>
          )}
        </Space>
      }
    >
      <span style={{ color: 'var(--adm-color-weak)', marginRight: 4 }}>{item.number}.</span>
      {item.name}
    </List.Item>
  );
}

/** 管家服务: the project's enabled items in the seed's eleven categories, in printed order. */
export function ServiceCatalogPage() {
  const { t, i18n } = useTranslation('h5services');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const owner = useOwnerHouseholds();
  const catalog = useOfferedServiceCatalog(owner.projectId);
  const categories = (catalog.data?.categories ?? []).filter((c) => c.items.length > 0);
  const active = categories.find((c) => String(c.number) === params.get('c')) ?? categories[0];

  let body;
  if (owner.isPending || (owner.projectId && catalog.isPending)) body = <PageLoading />;
  else if (!owner.projectId) body = <Empty style={{ paddingTop: 60 }} description={t('noHousehold')} />;
  else if (catalog.isError) body = <PageError error={catalog.error} retry={() => void catalog.refetch()} />;
  else if (categories.length === 0)
    body = <Empty style={{ paddingTop: 60 }} description={`${t('catalogEmpty')} · ${t('catalogEmptyHint')}`} />;
  else
    body = (
      <div style={{ display: 'flex', alignItems: 'stretch', background: '#fff', minHeight: 'calc(100vh - 96px)' }}>
        <SideBar
          activeKey={active ? String(active.number) : null}
          onChange={(key) => setParams({ c: key }, { replace: true })}
          style={{ '--width': '104px', flex: 'none' }}
        >
          {categories.map((c) => (
            <SideBar.Item key={String(c.number)} title={<span data-testid="service-category">{categoryLabel(i18n.language, c)}</span>} />
          ))}
        </SideBar>
        <div style={{ flex: 1, minWidth: 0 }}>
          {active && (
            <List header={categoryLabel(i18n.language, active)} style={{ '--border-top': 'none' }}>
              {active.items.map((item) => (
                <ItemRow key={item.id} item={item} categoryNumber={active.number} />
              ))}
            </List>
          )}
        </div>
      </div>
    );

  return (
    <ServicePage title={t('catalogTitle')} back="/h5/">
      <div style={{ display: 'flex', justifyContent: 'flex-end', padding: '6px 12px', background: '#fff', borderBottom: '1px solid var(--adm-color-border)' }}>
        <Button size="small" fill="none" color="primary" onClick={() => navigate(h5ServicePaths.orders)}>
          {t('myOrders')} ›
        </Button>
      </div>
      {body}
    </ServicePage>
  );
}
