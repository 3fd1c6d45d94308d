import { useState } from 'react';
import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import { useWorkOrderCommand, type WorkOrderDetail } from './api';
import { isReplyKind } from './labels';
import { RecordReplyModal, ReplyByModal } from './ReplyModals';

type ReplyFacts = Pick<WorkOrderDetail, 'kind' | 'salesCenter' | 'location' | 'replyBy' | 'repliedAt' | 'replyNote' | 'replyOverdue' | 'canReply'>;

/** Complaints, questions and suggestions owe an answer; any order raised at a sales center shows where. */
export function hasReplySection(order: ReplyFacts): boolean {
  return isReplyKind(order.kind) || Boolean(order.salesCenter || order.location || order.replyBy || order.repliedAt);
}

/** The agreed date and where the answer stands: replied (green), overdue (red) or still to give. */
function ReplyByState({ order }: { order: ReplyFacts }) {
  const { t } = useTranslation('workOrders');
  const state = order.repliedAt ? (
    <Tag color="success">{t('reply.replied')}</Tag>
  ) : order.replyOverdue ? (
    <Tag color="red">{t('reply.overdue')}</Tag>
  ) : order.replyBy ? (
    <Tag color="processing">{t('reply.pending')}</Tag>
  ) : null;
  return (
    <Space size={4} wrap>
      {order.replyBy ? (
        <Typography.Text type={order.replyOverdue ? 'danger' : undefined}>{order.replyBy}</Typography.Text>
      ) : (
        !order.repliedAt && <Typography.Text type="secondary">{t('reply.notAgreed')}</Typography.Text>
      )}
      {state}
    </Space>
  );
}

interface ReplySectionProps {
  order: WorkOrderDetail;
  /** Reloads the order after someone else changed it (409). */
  onConflict: () => void;
}

/**
 * 答复客户: where a visitor raised it, the reply date agreed with them and the reply given. The
 * desk (canReply) agrees or moves the date and records the reply, which the order needs to close.
 */
export function ReplySection({ order, onConflict }: ReplySectionProps) {
  const { t } = useTranslation('workOrders');
  const command = useWorkOrderCommand(order.id);
  const [open, setOpen] = useState<'replyBy' | 'reply' | null>(null);
  const send = (segment: string, body: object) => command.mutateAsync({ segment, body: { ...body, version: order.version } });
  const common = { onClose: () => setOpen(null), onConflict };

  const buttons = order.canReply && (
    <Space wrap>
      <Button size="small" onClick={() => setOpen('replyBy')}>
        {order.replyBy ? t('reply.move') : t('reply.agree')}
      </Button>
      <Button size="small" type="primary" onClick={() => setOpen('reply')}>
        {t('reply.record')}
      </Button>
    </Space>
  );

  return (
    <Card size="small" title={t('reply.section')} extra={buttons} style={{ marginBottom: 16 }} data-testid="reply-section">
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label={t('reply.salesCenter')}>{order.salesCenter?.name ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('reply.location')}>{order.location ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('reply.replyBy')} span="filled">
          <ReplyByState order={order} />
        </Descriptions.Item>
        <Descriptions.Item label={t('reply.answer')} span="filled">
          {order.repliedAt ? (
            <Space orientation="vertical" size={0}>
              <Typography.Text type="secondary">{formatDateTime(order.repliedAt)}</Typography.Text>
              <span style={{ whiteSpace: 'pre-wrap' }}>{order.replyNote ?? ''}</span>
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('reply.notReplied')}</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      {open === 'replyBy' && <ReplyByModal current={order.replyBy} onSubmit={(body) => send('reply-by', body)} {...common} />}
      {open === 'reply' && <RecordReplyModal onSubmit={(body) => send('reply', body)} {...common} />}
    </Card>
  );
}
