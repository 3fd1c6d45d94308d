import { Button, Card, Col, Descriptions, Image, Result, Row, Space, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { RevealPersonalData } from '../../ui/RevealPersonalData';
import { QueryError } from '../../ui/QueryError';
import { useWorkOrder, type StoredFile, type WorkOrderDetail } from './api';
import { categoryLabel, channelLabel, kindLabel } from './labels';
import { serviceTimeText, StatusTag } from './parts';
import { hasReplySection, ReplySection } from './ReplySection';
import { WorkOrderActions } from './WorkOrderActions';
import { WorkOrderHistory } from './WorkOrderHistory';
import { ServiceProfileCard } from '../service-profiles/ServiceProfileCard';

export function WorkOrderDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('workOrders');
  const navigate = useNavigate();
  const detail = useWorkOrder(id);
  const order = detail.data;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/work-orders')}>
      {t('detail.back')}
    </Button>
  );

  if (detail.isPending) return <Spin />;
  if (isApiError(detail.error, 404)) return <Result status="404" title={t('detail.notFound')} extra={back} />;
  if (!order) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;

  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            <span>{order.number}</span>
            <StatusTag status={order.status} />
            <Tag>{kindLabel(t, order.kind)}</Tag>
            {order.emergency && <Tag color="red">{t('emergency')}</Tag>}
            {order.overdue && <Tag color="red">{t('overdue')}</Tag>}
          </Space>
        }
        subTitle={order.title}
        extra={back}
      />
      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      <Card size="small" style={{ marginBottom: 16 }}>
        <WorkOrderActions order={order} onConflict={() => void detail.refetch()} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          {hasReplySection(order) && <ReplySection order={order} onConflict={() => void detail.refetch()} />}
          <Card size="small">
            <OrderFacts order={order} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          {order.household && (
            <div style={{ marginBottom: 16 }}>
              <ServiceProfileCard householdId={order.household.id} />
            </div>
          )}
          <Card size="small" title={t('detail.timeline')}>
            <WorkOrderHistory events={order.events} />
          </Card>
        </Col>
      </Row>
    </>
  );
}

function Due({ at, overdue }: { at: string | null; overdue: boolean }) {
  const { t } = useTranslation('workOrders');
  if (!at) return null;
  return (
    <Space size={4}>
      <Typography.Text type={overdue ? 'danger' : undefined}>{formatDateTime(at)}</Typography.Text>
      {overdue && <Tag color="red">{t('overdue')}</Tag>}
    </Space>
  );
}

function assigneeOf(order: WorkOrderDetail): string {
  return [order.assignee?.name, order.assigneeDepartment?.name, order.assigneeVendor?.name].filter(Boolean).join(' · ');
}

function Photos({ files }: { files: StoredFile[] }) {
  const { t } = useTranslation('workOrders');
  if (files.length === 0) return <Typography.Text type="secondary">{t('detail.noPhotos')}</Typography.Text>;
  return (
    <Image.PreviewGroup>
      <Space wrap>
        {files.map((photo) => (
          <Image key={photo.id} src={photo.url} width={104} height={104} style={{ objectFit: 'cover' }} alt={photo.originalName} />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}

function OrderFacts({ order }: { order: WorkOrderDetail }) {
  const { t } = useTranslation('workOrders');
  const category = [order.category?.name ?? categoryLabel(t, order.category?.number), order.serviceItem && `${order.serviceItem.number}. ${order.serviceItem.name}`]
    .filter(Boolean)
    .join(' / ');
  const unit = order.unit ? `${order.unit.buildingName} ${order.unit.code}` : (order.household?.name ?? '');
  return (
    <>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label={t('fields.category')}>{category}</Descriptions.Item>
        <Descriptions.Item label={t('fields.channel')}>{channelLabel(t, order.channel)}</Descriptions.Item>
        <Descriptions.Item label={t('fields.requesterName')}>{order.requester.name}</Descriptions.Item>
        <Descriptions.Item label={t('fields.requesterPhone')}>
          <RevealPersonalData value={order.requester.phone} field="phone" subject={{ subjectType: 'workOrder', workOrderId: order.id }} canReveal={order.requester.phoneRevealable} />
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.unit')}>{unit}</Descriptions.Item>
        <Descriptions.Item label={t('detail.promised')}>{serviceTimeText(order)}</Descriptions.Item>
        <Descriptions.Item label={t('fields.accountable')}>{order.accountableStaff?.name ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('fields.assignee')}>
          {assigneeOf(order)}
          {order.dispatchMode && ` · ${t(`dispatchModes.${order.dispatchMode}`)}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.acceptDue')}>
          <Due at={order.acceptDueAt} overdue={order.acceptOverdue} />
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.completeDue')}>
          <Due at={order.completeDueAt} overdue={order.completeOverdue} />
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.createdAt')}>{formatDateTime(order.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('fields.createdBy')}>{order.createdBy.name}</Descriptions.Item>
        <Descriptions.Item label={t('fields.urgeCount')}>{order.urgeCount}</Descriptions.Item>
        <Descriptions.Item label={t('fields.reopenCount')}>{order.reopenCount}</Descriptions.Item>
        {order.satisfaction !== null && <Descriptions.Item label={t('fields.satisfaction')}>{'★'.repeat(order.satisfaction)}</Descriptions.Item>}
        {order.leadOverrideReason && (
          <Descriptions.Item label={t('fields.leadOverrideReason')} span="filled">
            {order.leadOverrideReason}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('fields.description')} span="filled">
          <span style={{ whiteSpace: 'pre-wrap' }}>{order.description ?? ''}</span>
        </Descriptions.Item>
        {order.completionNote && (
          <Descriptions.Item label={t('completion.note')} span="filled">
            <span style={{ whiteSpace: 'pre-wrap' }}>{order.completionNote}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('fields.photos')}
      </Typography.Title>
      <Photos files={order.photos} />
      {order.completionPhotos.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('completion.photos')}
          </Typography.Title>
          <Photos files={order.completionPhotos} />
        </>
      )}
    </>
  );
}
