import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Empty, Form, Input, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../ui/FormModal';
import { QueryError } from '../../ui/QueryError';
import { formatDateTime } from '../../ui/format';
import { roleLabel } from '../../ui/roles';
import { useLanguage } from '../../ui/useLanguage';
import { useApproval, useApprovalAction, type ApprovalAction, type ApprovalDetail, type ResubmitBody } from './api';
import { documentTypeLabel, STATUS_COLORS, statusLabel, stepLabel } from './labels';

export function ApprovalDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('approvals');
  const { language } = useLanguage();
  const detail = useApproval(id);
  const act = useApprovalAction();
  const [action, setAction] = useState<ApprovalAction | null>(null);
  const request = detail.data;
  const allowed = request?.allowedActions ?? [];

  return (
    <Drawer
      title={t('detail')}
      open={id !== null}
      onClose={onClose}
      size={560}
      footer={
        request && (
          <Space>
            {allowed.includes('approve') && (
              <Button type="primary" onClick={() => setAction('approve')}>
                {t('approve')}
              </Button>
            )}
            {allowed.includes('reject') && (
              <Button danger onClick={() => setAction('reject')}>
                {t('reject')}
              </Button>
            )}
            {allowed.includes('resubmit') && (
              <Button type="primary" onClick={() => setAction('resubmit')}>
                {t('resubmit')}
              </Button>
            )}
            {allowed.includes('cancel') && (
              <Button danger onClick={() => setAction('cancel')}>
                {t('cancel')}
              </Button>
            )}
            {allowed.length === 0 && <Typography.Text type="secondary">{t('noActions')}</Typography.Text>}
          </Space>
        )
      }
    >
      {detail.isPending && id !== null && <Spin />}
      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      {request && (
        <>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('columns.title')}>{request.title}</Descriptions.Item>
            <Descriptions.Item label={t('columns.documentType')}>{documentTypeLabel(t, request.documentType)}</Descriptions.Item>
            <Descriptions.Item label={t('columns.project')}>{request.projectName}</Descriptions.Item>
            <Descriptions.Item label={t('columns.submittedBy')}>{request.submittedBy?.name}</Descriptions.Item>
            <Descriptions.Item label={t('columns.submittedAt')}>{formatDateTime(request.submittedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('columns.step')}>
              {stepLabel(t, request)}
              {request.currentRole && ` · ${t('waitingFor', { role: roleLabel(request.currentRole, language) })}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('columns.status')}>
              <Tag color={STATUS_COLORS[request.status]}>{statusLabel(t, request.status)}</Tag>
            </Descriptions.Item>
            {request.description && (
              <Descriptions.Item label={t('description')}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{request.description}</span>
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('history')}
          </Typography.Title>
          {request.history.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noHistory')} />
          ) : (
            <Timeline
              items={request.history.map((entry, index) => ({
                key: `${entry.at}-${index}`,
                color: entry.action === 'reject' ? 'red' : entry.action === 'approve' ? 'green' : 'blue',
                content: (
                  <>
                    <div>
                      <Typography.Text strong>{entry.actor.name}</Typography.Text>{' '}
                      {t(`actions.${entry.action}`, { defaultValue: entry.action })}
                    </div>
                    {entry.comment && <div>{entry.comment}</div>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(entry.at)}
                    </Typography.Text>
                  </>
                ),
              }))}
            />
          )}
        </>
      )}
      {request && action && (
        <ActionModal
          request={request}
          action={action}
          onClose={() => setAction(null)}
          onSubmit={async (body) => {
            await act.mutateAsync({ id: request.id, action, body });
            // A decision hands the request on; the submitter stays to see the new status.
            if (action === 'approve' || action === 'reject') onClose();
          }}
        />
      )}
    </Drawer>
  );
}

interface ActionValues {
  comment?: string;
  title?: string;
  description?: string;
}

const ACTION_TEXT: Record<ApprovalAction, { title: string; ok: string; done: string; confirm?: string }> = {
  approve: { title: 'approveTitle', ok: 'approve', done: 'approved' },
  reject: { title: 'rejectTitle', ok: 'reject', done: 'rejected', confirm: 'rejectConfirm' },
  cancel: { title: 'cancelTitle', ok: 'cancel', done: 'cancelled', confirm: 'cancelConfirm' },
  resubmit: { title: 'resubmitTitle', ok: 'resubmit', done: 'resubmitted' },
};

function trimmed(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}

/** The confirmation for one action: a comment (required to reject), and the revised text on resubmission. */
function ActionModal(props: { request: ApprovalDetail; action: ApprovalAction; onClose: () => void; onSubmit: (body: ResubmitBody) => Promise<void> }) {
  const { request, action, onClose, onSubmit } = props;
  const { t } = useTranslation('approvals');
  const text = ACTION_TEXT[action];
  const resubmit = action === 'resubmit';
  return (
    <FormModal<ActionValues>
      open
      title={t(text.title)}
      okText={t(text.ok)}
      successMessage={t(text.done)}
      initialValues={resubmit ? { title: request.title, description: request.description ?? '' } : undefined}
      onClose={onClose}
      onSubmit={({ comment, title, description }) =>
        onSubmit(
          resubmit
            ? {
                title: title?.trim(),
                // Only a changed description is sent, so an untouched empty one stays empty (null).
                description: (description?.trim() ?? '') !== (request.description ?? '') ? (description?.trim() ?? '') : undefined,
                comment: trimmed(comment),
              }
            : { comment: trimmed(comment) },
        )
      }
    >
      {text.confirm && <Alert type="warning" showIcon title={t(text.confirm)} style={{ marginBottom: 16 }} />}
      {resubmit && (
        <>
          <Form.Item label={t('columns.title')} name="title" rules={[{ required: true, whitespace: true, message: t('titleRequired') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={t('description')} name="description">
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
        </>
      )}
      <Form.Item
        label={action === 'reject' ? t('rejectReason') : action === 'cancel' ? t('cancelReason') : t('comment')}
        name="comment"
        rules={action === 'reject' ? [{ required: true, whitespace: true, message: t('rejectReasonRequired') }] : []}
      >
        <Input.TextArea rows={3} maxLength={1000} placeholder={action === 'reject' ? undefined : t('commentOptional')} />
      </Form.Item>
    </FormModal>
  );
}
