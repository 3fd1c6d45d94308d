import { useState } from 'react';
import { Button, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { returnVisitRefusal } from '@guanjia/domain/work-orders/return-visit';
import { useAuth } from '../../ui/auth';
import type { Role } from '../../ui/roles';
import { useWorkOrderCommand, type WorkOrderDetail } from './api';
import { CommandModal } from './CommandModal';
import { DispatchModal } from './DispatchModal';
import { actionLabel, actionPath, CONFIRM_ACTIONS, DANGER_ACTIONS, orderedActions, REASON_ACTIONS, type WorkOrderAction } from './labels';
import { FileUpload } from '../../ui/FileUpload';
import { ResolveModal } from './ResolveModal';
import { ReturnVisitModal } from './ReturnVisitModal';
import { StaffSelect } from './StaffSelect';

/**
 * A completed order that needs a return visit waits for it: accepting closes the order and
 * rejecting reopens it, so while it stays completed the visit is still to be made.
 */
export function returnVisitPending(order: Pick<WorkOrderDetail, 'status' | 'returnVisitRequired'>): boolean {
  return order.status === 'completed' && order.returnVisitRequired;
}

/** The domain's rule: a desk member, and not the person who did the work (assigned it or pressed complete). */
function mayRecordVisit(order: WorkOrderDetail, userId: string, roles: Role[]): boolean {
  const completedBy = order.events.findLast((e) => e.action === 'complete' && e.actor?.id === userId)?.actor?.id ?? null;
  const who = { userId, roles, departmentId: null, vendorId: null };
  return returnVisitRefusal({ assigneeUserId: order.assignee?.id ?? null, completedBy }, who) === null;
}

/** Commands beyond the state machine's actions. */
type Extra = 'urge' | 'transferAccountability' | 'returnVisit';
type Command = WorkOrderAction | Extra;

interface WorkOrderActionsProps {
  order: WorkOrderDetail;
  /** Reloads the order after someone else changed it (409). */
  onConflict: () => void;
}

/**
 * Exactly the buttons the server allows (allowedActions, canUrge, canTransferAccountability, a
 * pending return visit), each opening the form its command needs.
 */
export function WorkOrderActions({ order, onConflict }: WorkOrderActionsProps) {
  const { t } = useTranslation('workOrders');
  const auth = useAuth();
  const command = useWorkOrderCommand(order.id);
  const [open, setOpen] = useState<Command | null>(null);
  const actions = orderedActions(order.allowedActions, order.kind);
  const extras: Extra[] = [
    ...(order.canUrge ? (['urge'] as const) : []),
    ...(order.canTransferAccountability ? (['transferAccountability'] as const) : []),
    ...(returnVisitPending(order) && mayRecordVisit(order, auth.me.user.id, auth.me.user.roles as Role[]) ? (['returnVisit'] as const) : []),
  ];
  // The server checks the version the page showed, so a stale page gets a 409 instead of overwriting.
  const send = (segment: string, body: object = {}) => command.mutateAsync({ segment, body: { ...body, version: order.version } });
  // Urging and the return visit change nothing anyone else could have edited: they carry no version.
  const record = (segment: string, body: object = {}) => command.mutateAsync({ segment, body });
  const close = () => setOpen(null);
  const common = { onClose: close, onConflict };

  if (actions.length === 0 && extras.length === 0) {
    return <Typography.Text type="secondary">{t('noActions')}</Typography.Text>;
  }

  return (
    <>
      <Space wrap>
        {actions.map((action, index) => (
          <Button key={action} type={index === 0 && !DANGER_ACTIONS.includes(action) ? 'primary' : 'default'} danger={DANGER_ACTIONS.includes(action)} onClick={() => setOpen(action)}>
            {actionLabel(t, action)}
          </Button>
        ))}
        {extras.map((extra) => (
          <Button key={extra} onClick={() => setOpen(extra)}>
            {actionLabel(t, extra)}
          </Button>
        ))}
      </Space>

      {open === 'dispatch' && <DispatchModal projectId={order.projectId} onSubmit={(body) => send('dispatch', body)} {...common} />}
      {open === 'resolve' && <ResolveModal projectId={order.projectId} onSubmit={(body) => send('resolve', body)} {...common} />}
      {open === 'returnVisit' && <ReturnVisitModal subject={`${order.number} ${order.title}`} onSubmit={(body) => record('return-visit', body)} {...common} />}
      {open === 'transferAccountability' && (
        <CommandModal<{ userId: string; reason: string }>
          title={t('transfer.title')}
          okText={t('common:actions.confirm')}
          successMessage={t('done.transferAccountability')}
          onSubmit={({ userId, reason }) => send('transfer-accountability', { userId, reason: reason.trim() })}
          {...common}
        >
          <Typography.Paragraph type="secondary">{t('transfer.hint')}</Typography.Paragraph>
          <Form.Item label={t('transfer.to')} name="userId" rules={[{ required: true, message: t('transfer.toRequired') }]}>
            <StaffSelect projectId={order.projectId} people="deskStaff" exclude={order.accountableStaff?.id} />
          </Form.Item>
          <ReasonField required />
        </CommandModal>
      )}
      {open === 'complete' && (
        <CommandModal<{ note?: string; photoIds?: string[] }>
          title={actionLabel(t, 'complete')}
          okText={actionLabel(t, 'complete')}
          successMessage={t('done.complete')}
          onSubmit={({ note, photoIds }) => send('complete', { note: note?.trim() || undefined, photoIds: photoIds?.length ? photoIds : undefined })}
          {...common}
        >
          <Typography.Paragraph>{t('confirm.complete')}</Typography.Paragraph>
          <Form.Item label={t('completion.note')} name="note">
            <Input.TextArea rows={3} maxLength={1000} placeholder={t('noteOptional')} />
          </Form.Item>
          <Form.Item label={t('completion.photos')} name="photoIds">
            <FileUpload projectId={order.projectId} />
          </Form.Item>
        </CommandModal>
      )}
      {open && (REASON_ACTIONS as readonly string[]).includes(open) && (
        <CommandModal<{ reason: string }>
          title={actionLabel(t, open)}
          okText={actionLabel(t, open)}
          danger={DANGER_ACTIONS.includes(open as WorkOrderAction)}
          successMessage={t(`done.${open}`)}
          onSubmit={({ reason }) => send(actionPath(open), { reason: reason.trim() })}
          {...common}
        >
          <ReasonField required />
        </CommandModal>
      )}
      {open && ((CONFIRM_ACTIONS as readonly string[]).includes(open) || open === 'urge') && (
        <CommandModal<object>
          title={actionLabel(t, open)}
          okText={actionLabel(t, open)}
          successMessage={t(`done.${open}`)}
          onSubmit={() => (open === 'urge' ? record('urge') : send(actionPath(open)))}
          {...common}
        >
          <Typography.Paragraph>{t(`confirm.${open}`)}</Typography.Paragraph>
        </CommandModal>
      )}
    </>
  );
}

function ReasonField({ required }: { required: boolean }) {
  const { t } = useTranslation('workOrders');
  return (
    <Form.Item label={t('reason')} name="reason" rules={required ? [{ required: true, whitespace: true, message: t('reasonRequired') }] : []}>
      <Input.TextArea rows={3} maxLength={500} />
    </Form.Item>
  );
}
