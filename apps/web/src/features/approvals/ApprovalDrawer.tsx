import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Empty, Form, Input, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../ui/FormModal';
import { QueryError } from '../../ui/QueryError';
import { formatDateTime } from '../../ui/format';
import { roleLabel } from '../../ui/roles';
import { useLanguage } from '../../ui/useLanguage';
import { useApproval, useDecideApproval, type ApprovalDecision } from './api';
import { documentTypeLabel, STATUS_COLORS, statusLabel, stepLabel } from './labels';

export function ApprovalDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('approvals');
  const { language } = useLanguage();
  const detail = useApproval(id);
  const decide = useDecideApproval();
  const [decision, setDecision] = useState<ApprovalDecision | null>(null);
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
              <Button type="primary" onClick={() => setDecision('approve')}>
                {t('approve')}
              </Button>
            )}
            {allowed.includes('reject') && (
              <Button danger onClick={() => setDecision('reject')}>
                {t('reject')}
              </Button>
            )}
            {!allowed.includes('approve') && !allowed.includes('reject') && (
              <Typography.Text type="secondary">{t('noActions')}</Typography.Text>
            )}
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
      {request && (
        <FormModal<{ comment?: string }>
          open={decision !== null}
          title={decision === 'reject' ? t('rejectTitle') : t('approveTitle')}
          okText={decision === 'reject' ? t('reject') : t('approve')}
          successMessage={decision === 'reject' ? t('rejected') : t('approved')}
          onClose={() => setDecision(null)}
          onSubmit={async ({ comment }) => {
            await decide.mutateAsync({ id: request.id, decision: decision!, comment: comment?.trim() || undefined });
            onClose();
          }}
        >
          {decision === 'reject' && <Alert type="warning" showIcon title={t('rejectConfirm')} style={{ marginBottom: 16 }} />}
          <Form.Item
            label={decision === 'reject' ? t('rejectReason') : t('comment')}
            name="comment"
            rules={decision === 'reject' ? [{ required: true, whitespace: true, message: t('rejectReasonRequired') }] : []}
          >
            <Input.TextArea rows={4} placeholder={decision === 'reject' ? undefined : t('commentOptional')} />
          </Form.Item>
        </FormModal>
      )}
    </Drawer>
  );
}
