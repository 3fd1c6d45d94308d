import { Button, List, Result, Space } from 'antd-mobile';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { h5ServicePaths, useMyWorkOrder, type OwnerWorkOrder } from './api';
import { appointmentLabel } from './order-format';
import { PageError, PageLoading, ServicePage } from './ServicePage';

/** After a booking or report: the work-order number to quote, and the way to follow it. */
export function SubmittedPage() {
  const { t } = useTranslation('h5services');
  const { orderId = '' } = useParams();
  const navigate = useNavigate();
  const passed = (useLocation().state as { order?: OwnerWorkOrder } | null)?.order;
  const query = useMyWorkOrder(orderId, true);
  const order = query.data ?? passed;

  let body;
  if (!order && query.isPending) body = <PageLoading />;
  else if (!order) body = <PageError error={query.error} retry={() => void query.refetch()} />;
  else
    body = (
      <>
        <Result status="success" title={t('submitted')} description={t('submittedHint')} />
        <List>
          <List.Item extra={<strong data-testid="order-number">{order.number}</strong>}>{t('orderNumber')}</List.Item>
          <List.Item extra={order.title}>{t('serviceItem')}</List.Item>
          {order.serviceDate && <List.Item extra={appointmentLabel(order)}>{t('appointment')}</List.Item>}
        </List>
        <Space direction="vertical" block style={{ padding: 16, '--gap': '12px' }}>
          <Button block color="primary" size="large" onClick={() => navigate(h5ServicePaths.order(order.id), { replace: true })}>
            {t('viewOrder')}
          </Button>
          <Button block size="large" onClick={() => navigate(h5ServicePaths.catalog)}>
            {t('backToServices')}
          </Button>
        </Space>
      </>
    );

  return (
    <ServicePage title={t('submitted')} back={h5ServicePaths.catalog}>
      {body}
    </ServicePage>
  );
}
