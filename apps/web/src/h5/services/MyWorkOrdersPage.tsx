import { Button, Empty, List, PullToRefresh, Space } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import { h5ServicePaths, useMyWorkOrders } from './api';
import { StatusTag } from './labels';
import { appointmentLabel } from './order-format';
import { PageError, PageLoading, ServicePage } from './ServicePage';

/** 我的工单: the owner's bookings, reports and requests, newest first, with their status. */
export function MyWorkOrdersPage() {
  const { t } = useTranslation('h5services');
  const navigate = useNavigate();
  const orders = useMyWorkOrders();
  const items = orders.data?.pages.flatMap((p) => p.items) ?? [];

  let body;
  if (orders.isPending) body = <PageLoading />;
  else if (orders.isError) body = <PageError error={orders.error} retry={() => void orders.refetch()} />;
  else if (items.length === 0)
    body = (
      <div style={{ paddingTop: 60, textAlign: 'center' }}>
        <Empty description={t('ordersEmpty')} />
        <p style={{ color: 'var(--adm-color-weak)', padding: '0 24px' }}>{t('ordersEmptyHint')}</p>
        <Button color="primary" onClick={() => navigate(h5ServicePaths.catalog)}>
          {t('goBook')}
        </Button>
      </div>
    );
  else
    body = (
      <PullToRefresh onRefresh={async () => void (await orders.refetch())}>
        <List>
          {items.map((order) => (
            <List.Item
              key={order.id}
              data-testid="my-order"
              onClick={() => navigate(h5ServicePaths.order(order.id))}
              description={
                <Space direction="vertical" style={{ '--gap': '2px' }}>
                  <span>
                    {t('orderNumber')} {order.number}
                  </span>
                  <span>
                    {order.serviceDate ? `${t('appointment')} ${appointmentLabel(order)}` : `${t('createdAt')} ${formatDateTime(order.createdAt)}`}
                  </span>
                </Space>
              }
              extra={
                <StatusTag status={order.status} />
              }
            >
              <span style={{ color: 'var(--adm-color-weak)', marginRight: 6, fontSize: 13 }}>{t(`kind.${order.kind}`)}</span>
              {order.title}
            </List.Item>
          ))}
        </List>
        {orders.hasNextPage && (
          <div style={{ padding: 12 }}>
            <Button block fill="none" color="primary" loading={orders.isFetchingNextPage} onClick={() => void orders.fetchNextPage()}>
              {t('loadMore')}
            </Button>
          </div>
        )}
      </PullToRefresh>
    );

  return (
    <ServicePage title={t('ordersTitle')} back="/h5/">
      {body}
    </ServicePage>
  );
}
