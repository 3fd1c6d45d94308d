import { useState } from 'react';
import { Button, Card, Dialog, Empty, Image, List, Rate, Space, Steps, Tag, Toast } from 'antd-mobile';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useNotificationStream } from '../../features/notifications/api';
import { isApiError } from '../../ui/api';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { h5ServicePaths, useMyWorkOrder, useUrgeWorkOrder, type OwnerWorkOrder } from './api';
import { CancelOrderPopup } from './CancelOrderPopup';
import { StatusTag } from './labels';
import { appointmentLabel, ownerActions } from './order-format';
import { RatingForm } from './RatingForm';
import { PageError, PageLoading, ServicePage } from './ServicePage';

function Timeline({ order }: { order: OwnerWorkOrder }) {
  const { t } = useTranslation('h5services');
  // Newest first, as a parcel tracker shows it.
  const entries = [...order.timeline].reverse();
  if (entries.length === 0) return <Empty description={t('timelineEmpty')} />;
  return (
    <Steps direction="vertical" current={0} data-testid="order-timeline" style={{ '--title-font-size': '15px', '--description-font-size': '13px' }}>
      {entries.map((e, i) => (
        <Steps.Step
          key={`${e.at}-${e.action}-${i}`}
          status={i === 0 ? 'process' : 'finish'}
          title={t(`action.${e.action}`, { defaultValue: t('action.other') })}
          description={
            <>
              <div>{formatDateTime(e.at)}</div>
              {e.reason && <div style={{ color: 'var(--adm-color-text-secondary)' }}>{e.reason}</div>}
            </>
          }
        />
      ))}
    </Steps>
  );
}

function DueTime({ at, overdue }: { at: string; overdue: boolean }) {
  const { t } = useTranslation('h5services');
  return (
    <span style={overdue ? { color: 'var(--adm-color-danger)' } : undefined}>
      {formatDateTime(at)}
      {overdue && ` · ${t('overdue')}`}
    </span>
  );
}

/** One order as the owner follows it: live status, promised times, progress, and what they may do now. */
export function WorkOrderDetailPage() {
  const { t } = useTranslation('h5services');
  const { orderId = '' } = useParams();
  const live = useNotificationStream();
  const query = useMyWorkOrder(orderId, live);
  const urge = useUrgeWorkOrder(orderId);
  const [cancelling, setCancelling] = useState(false);
  const order = query.data;

  async function handleUrge() {
    const confirmed = await Dialog.confirm({ content: t('urgeConfirm'), confirmText: t('urge'), cancelText: t('common:actions.cancel') });
    if (!confirmed) return;
    try {
      await urge.mutateAsync({});
      Toast.show({ content: t('urgeDone'), icon: 'success' });
    } catch (e) {
      Toast.show({ content: errorMessage(e), icon: 'fail' });
    }
  }

  let body;
  if (query.isPending) body = <PageLoading />;
  else if (isApiError(query.error, 404)) body = <Empty style={{ paddingTop: 60 }} description={t('orderMissing')} />;
  else if (!order) body = <PageError error={query.error} retry={() => void query.refetch()} />;
  else {
    const actions = ownerActions(order);
    // A promise is shown while it still binds: the acceptance one until someone has taken the order on.
    const promised = {
      accept: Boolean(order.acceptDueAt) && (order.status === 'submitted' || order.acceptOverdue),
      complete: Boolean(order.completeDueAt) && !['completed', 'closed', 'cancelled'].includes(order.status),
    };
    body = (
      <Space direction="vertical" block style={{ padding: 12, '--gap': '12px' }}>
        <Card
          title={<span data-testid="order-title">{order.title}</span>}
          extra={<StatusTag status={order.status} />}
        >
          <Space wrap style={{ '--gap': '6px', marginBottom: 4 }}>
            <Tag fill="outline">{t(`kind.${order.kind}`)}</Tag>
            {order.emergency && <Tag color="danger">{t('emergencyTag')}</Tag>}
            {order.reopenCount > 0 && (
              <Tag color="warning" fill="outline" data-testid="order-reopen-count">
                {t('reopenedTag', { count: order.reopenCount })}
              </Tag>
            )}
          </Space>
          {order.description && <p style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap' }}>{order.description}</p>}
          {order.photos.length > 0 && (
            <Space wrap style={{ marginTop: 8, '--gap': '8px' }}>
              {order.photos.map((photo) => (
                <Image key={photo.id} src={photo.url} alt={photo.originalName} width={72} height={72} fit="cover" style={{ borderRadius: 4 }} />
              ))}
            </Space>
          )}
        </Card>
        <List mode="card" style={{ margin: 0 }}>
          <List.Item extra={<span data-testid="order-number">{order.number}</span>}>{t('orderNumber')}</List.Item>
          <List.Item extra={formatDateTime(order.createdAt)}>{t('createdAt')}</List.Item>
          {order.serviceDate && (
            <List.Item extra={<span data-testid="order-appointment">{appointmentLabel(order)}</span>}>{t('appointment')}</List.Item>
          )}
          {order.unitLabel && <List.Item extra={order.unitLabel}>{t('address')}</List.Item>}
          {promised.accept && (
            <List.Item extra={<DueTime at={order.acceptDueAt!} overdue={order.acceptOverdue} />}>{t('acceptDue')}</List.Item>
          )}
          {promised.complete && (
            <List.Item extra={<DueTime at={order.completeDueAt!} overdue={order.completeOverdue} />}>{t('completeDue')}</List.Item>
          )}
          {order.handlerName && <List.Item extra={order.handlerName}>{t('handler')}</List.Item>}
          {order.urgeCount > 0 && <List.Item extra={t('urged', { count: order.urgeCount })}>{t('urge')}</List.Item>}
          {order.satisfaction !== null && (
            <List.Item extra={<Rate readOnly value={order.satisfaction} style={{ '--star-size': '16px' }} />}>{t('satisfaction')}</List.Item>
          )}
        </List>
        {actions.rate && <RatingForm key={`${order.id}-${order.reopenCount}`} orderId={order.id} />}
        {(actions.cancel || actions.urge) && (
          <div style={{ display: 'flex', gap: 12 }}>
            {actions.urge && (
              <Button block color="primary" fill="outline" onClick={() => void handleUrge()} loading={urge.isPending} style={{ flex: 1 }}>
                {t('urge')}
              </Button>
            )}
            {actions.cancel && (
              <Button block color="danger" fill="outline" onClick={() => setCancelling(true)} style={{ flex: 1 }}>
                {t('cancel')}
              </Button>
            )}
          </div>
        )}
        <Card title={t('timeline')}>
          <Timeline order={order} />
        </Card>
        <CancelOrderPopup orderId={order.id} visible={cancelling} onClose={() => setCancelling(false)} />
      </Space>
    );
  }

  return (
    <ServicePage title={t('orderTitle')} back={h5ServicePaths.orders}>
      {body}
    </ServicePage>
  );
}
