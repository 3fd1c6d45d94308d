import { useState } from 'react';
import { Alert, App, Button, Form, Input, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { errorMessage } from '../../ui/form-errors';
import { FormModal } from '../../ui/FormModal';
import { useMeetingCommands, type MeetingIssue } from './api';

/** The steps the caller may take on an issue now: start at once, resolve with its outcome, drop with a reason. */
export function IssueActions({ issue }: { issue: MeetingIssue }) {
  const { t } = useTranslation('salesMeetings');
  const { message } = App.useApp();
  const commands = useMeetingCommands();
  const [modal, setModal] = useState<'resolve' | 'drop' | null>(null);
  if (!issue.allowedActions.length) return null;

  async function start() {
    try {
      await commands.act(issue, 'start');
      message.success(t('done.start'));
    } catch (error) {
      message.error(isApiError(error, 409) ? t('conflict') : errorMessage(error));
    }
  }

  return (
    <Space size="small" wrap>
      {issue.allowedActions.includes('start') && (
        <Popconfirm title={t('startConfirm')} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={start}>
          <Button size="small">{t('actions.start')}</Button>
        </Popconfirm>
      )}
      {issue.allowedActions.includes('resolve') && (
        <Button size="small" type="primary" onClick={() => setModal('resolve')}>
          {t('actions.resolve')}
        </Button>
      )}
      {issue.allowedActions.includes('drop') && (
        <Button size="small" danger onClick={() => setModal('drop')}>
          {t('actions.drop')}
        </Button>
      )}
      <FormModal<{ resolution?: string }>
        open={modal === 'resolve'}
        title={t('actions.resolve')}
        onClose={() => setModal(null)}
        successMessage={t('done.resolve')}
        onSubmit={({ resolution }) => commands.act(issue, 'resolve', resolution?.trim() || undefined)}
      >
        <Form.Item label={t('resolution')} name="resolution">
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </FormModal>
      <FormModal<{ reason: string }>
        open={modal === 'drop'}
        title={t('actions.drop')}
        okText={t('actions.drop')}
        onClose={() => setModal(null)}
        successMessage={t('done.drop')}
        onSubmit={({ reason }) => commands.act(issue, 'drop', reason)}
      >
        <Alert type="warning" showIcon title={t('dropWarning')} style={{ marginBottom: 16 }} />
        <Form.Item label={t('dropReason')} name="reason" rules={[{ required: true, whitespace: true, message: t('dropReasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
