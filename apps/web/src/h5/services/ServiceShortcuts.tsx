import { Badge, Card, Grid } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { h5ServicePaths, useOpenWorkOrderCount } from './api';

const tile = { display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 6, padding: '8px 0', cursor: 'pointer' } as const;
const icon = (background: string) =>
  ({ width: 44, height: 44, borderRadius: 12, background, color: '#fff', fontSize: 22, display: 'flex', alignItems: 'center', justifyContent: 'center' }) as const;

const CalendarIcon = () => (
  <svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
    <rect x="3" y="5" width="18" height="16" rx="2" />
    <path d="M3 10h18M8 3v4M16 3v4" />
  </svg>
);
const GridIcon = () => (
  <svg width="22" height="22" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
    <rect x="3" y="3" width="8" height="8" rx="2" />
    <rect x="13" y="3" width="8" height="8" rx="2" />
    <rect x="3" y="13" width="8" height="8" rx="2" />
    <rect x="13" y="13" width="8" height="8" rx="2" />
  </svg>
);
const ListIcon = () => (
  <svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
    <rect x="4" y="3" width="16" height="18" rx="2" />
    <path d="M8 8h8M8 12h8M8 16h5" />
  </svg>
);

/** The home page's way into the butler service: the catalog, the owner's orders (open ones counted), the clubhouse. */
export function ServiceShortcuts() {
  const { t } = useTranslation('h5services');
  const navigate = useNavigate();
  const open = useOpenWorkOrderCount();
  return (
    <Card>
      <Grid columns={3} gap={8}>
        <Grid.Item>
          <div style={tile} role="link" tabIndex={0} onClick={() => navigate(h5ServicePaths.catalog)} data-testid="home-services">
            <div style={icon('#1677ff')}>
              <GridIcon />
            </div>
            <span>{t('catalogTitle')}</span>
          </div>
        </Grid.Item>
        <Grid.Item>
          <div style={tile} role="link" tabIndex={0} onClick={() => navigate(h5ServicePaths.orders)} data-testid="home-orders">
            <Badge content={open > 0 ? open : null}>
              <div style={icon('#fa8c16')}>
                <ListIcon />
              </div>
            </Badge>
            <span>{t('myOrders')}</span>
          </div>
        </Grid.Item>
        <Grid.Item>
          <div style={tile} role="link" tabIndex={0} onClick={() => navigate(h5ServicePaths.venues)} data-testid="home-venues">
            <div style={icon('#00b578')}>
              <CalendarIcon />
            </div>
            <span>{t('venueBooking')}</span>
          </div>
        </Grid.Item>
      </Grid>
    </Card>
  );
}
