import { useState } from 'react';
import { Alert, App, Button, Descriptions, Drawer, Form, Input, Popconfirm, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { FormModal } from '../../ui/FormModal';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { useDeveloperDepartments, useLiaisonCommands, useLiaisonForm, type LiaisonForm, type LiaisonFormAction } from './api';
import { LiaisonFormFields, toInput, valuesOf, type FormValues } from './LiaisonFormFields';
import { StatusTag } from './StatusTag';

/** Steps taken at once after a confirmation; reply and cancel ask for text in a modal. */
const CONFIRMED: LiaisonFormAction[] = ['issue', 'acknowledge', 'return'];

/** One form: its fields, the reply, its history, and only the steps the caller may take now. */
export function LiaisonFormDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('liaisonForms');
  const { message } = App.useApp();
  const detail = useLiaisonForm(id);
  const commands = useLiaisonCommands();
  const [modal, setModal] = useState<'reply' | 'cancel' | 'edit' | null>(null);
  const form = detail.data;
  const departments = useDeveloperDepartments(form?.projectId, modal === 'edit');

  async function step(f: LiaisonForm, action: LiaisonFormAction, body?: { replyText?: string; reason?: string }) {
    try {
      await commands.act(f, action, body);
      message.success(t(`done.${action}`));
    } catch (error) {
      if (isApiError(error, 409)) {
        message.error(t('conflict'));
        void detail.refetch();
        return;
      }
      if (body) throw error;
      message.error(errorMessage(error));
    }
  }

  return (
    <Drawer open={id !== null} onClose={onClose} title={form ? `${t('detail')} ${form.number}` : t('detail')} size={640} destroyOnHidden>
      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.isPending && id && <Spin />}
      {form && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <StatusTag status={form.status} />
            {form.overdue && <Tag color="red">{t('overdue')}</Tag>}
          </Space>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('subject')}>{form.subject}</Descriptions.Item>
            <Descriptions.Item label={t('from')}>{form.fromServiceCenter?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('toDepartment')}>{form.toDepartment.name}</Descriptions.Item>
            <Descriptions.Item label={t('dueDate')}>{form.dueDate}</Descriptions.Item>
            <Descriptions.Item label={t('createdBy')}>{form.createdBy.name}</Descriptions.Item>
            <Descriptions.Item label={t('content')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{form.content}</Typography.Paragraph>
            </Descriptions.Item>
            {form.attachmentIds.length > 0 && (
              <Descriptions.Item label={t('attachments')}>
                <Space wrap>
                  {form.attachmentIds.map((fileId, i) => (
                    <a key={fileId} href={`/api/files/${fileId}`} target="_blank" rel="noreferrer">
                      {t('attachments')} {i + 1}
                    </a>
                  ))}
                </Space>
              </Descriptions.Item>
            )}
            {form.replyText && (
              <Descriptions.Item label={t('reply')}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{form.replyText}</Typography.Paragraph>
                {form.repliedBy && form.repliedAt && <Typography.Text type="secondary">{`${form.repliedBy.name} · ${formatDateTime(form.repliedAt)}`}</Typography.Text>}
              </Descriptions.Item>
            )}
            {form.cancelReason && <Descriptions.Item label={t('reason')}>{form.cancelReason}</Descriptions.Item>}
          </Descriptions>
          <Space wrap>
            {form.canEdit && <Button onClick={() => setModal('edit')}>{t('common:actions.edit')}</Button>}
            {form.allowedActions.map((action) =>
              CONFIRMED.includes(action) ? (
                <Popconfirm key={action} title={t(`confirm.${action}`)} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={() => step(form, action)}>
                  <Button type="primary">{t(`actions.${action}`)}</Button>
                </Popconfirm>
              ) : (
                <Button key={action} type={action === 'reply' ? 'primary' : 'default'} danger={action === 'cancel'} onClick={() => setModal(action as 'reply' | 'cancel')}>
                  {t(`actions.${action}`)}
                </Button>
              ),
            )}
          </Space>
          <Typography.Title level={5}>{t('history')}</Typography.Title>
          <Timeline
            items={form.history.map((h) => ({
              key: `${h.at}-${h.action}`,
              content: (
                <>
                  <Typography.Text strong>{t(`historyActions.${h.action}`, { defaultValue: h.action })}</Typography.Text> {h.actor.name} · {formatDateTime(h.at)}
                  {h.note && <div>{h.note}</div>}
                </>
              ),
            }))}
          />
          <FormModal<{ replyText: string }> open={modal === 'reply'} title={t('actions.reply')} onClose={() => setModal(null)} successMessage={t('done.reply')} onSubmit={({ replyText }) => commands.act(form, 'reply', { replyText })}>
            <Form.Item label={t('reply')} name="replyText" rules={[{ required: true, whitespace: true, message: t('replyRequired') }]}>
              <Input.TextArea rows={5} maxLength={4000} />
            </Form.Item>
          </FormModal>
          <FormModal<{ reason: string }>
            open={modal === 'cancel'}
            title={t('cancelTitle')}
            okText={t('actions.cancel')}
            onClose={() => setModal(null)}
            successMessage={t('done.cancel')}
            onSubmit={({ reason }) => commands.act(form, 'cancel', { reason })}
          >
            <Alert type="warning" showIcon title={t('cancelWarning')} style={{ marginBottom: 16 }} />
            <Form.Item label={t('reason')} name="reason" rules={[{ required: true, whitespace: true, message: t('reasonRequired') }]}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          </FormModal>
          <FormModal<FormValues>
            open={modal === 'edit'}
            title={t('edit')}
            initialValues={valuesOf(form)}
            onClose={() => setModal(null)}
            successMessage={t('common:messages.updated')}
            onSubmit={(values) => commands.update(form, toInput(values))}
            width={640}
          >
            <LiaisonFormFields projectId={form.projectId} departments={departments.data ?? [form.toDepartment]} creating={false} />
          </FormModal>
        </Space>
      )}
    </Drawer>
  );
}
