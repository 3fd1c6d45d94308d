import { useEffect } from 'react';
import { App, Badge, Button, Card, Descriptions, Form, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { reportFormError } from '../../ui/form-errors';
import { canAdministerMessaging } from './access';
import { useChannels, usePutQuietSettings, useQuietSettings } from './api';

const TIMES = Array.from({ length: 48 }, (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);

/** 渠道: whether SMS and e-mail are configured, their rate, and the project's quiet hours. */
export function ChannelsTab({ projectId }: { projectId: string | undefined }) {
  const { t } = useTranslation('messaging');
  const { message } = App.useApp();
  const canEdit = canAdministerMessaging(useAuth());
  const channels = useChannels();
  const settings = useQuietSettings(projectId);
  const put = usePutQuietSettings();
  const [form] = Form.useForm<{ quietStart: string; quietEnd: string }>();
  useEffect(() => {
    if (settings.data) form.setFieldsValue({ quietStart: settings.data.quietStart, quietEnd: settings.data.quietEnd });
  }, [settings.data, form]);

  const state = (on: boolean | undefined) => <Badge status={on ? 'success' : 'default'} text={on ? t('configured') : t('notConfigured')} />;
  const c = channels.data;
  async function save(values: { quietStart: string; quietEnd: string }) {
    try {
      await put.mutateAsync({ projectId: projectId!, ...values });
      message.success(t('common:messages.saved'));
    } catch (error) {
      reportFormError(form, error, message);
    }
  }
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('smsChannel')} extra={state(c?.sms.configured)}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('signName')}>{c?.sms.signName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('endpoint')}>{c?.sms.endpoint}</Descriptions.Item>
          <Descriptions.Item label={t('rate')}>{c ? t('perSecond', { count: c.sms.ratePerSecond }) : ''}</Descriptions.Item>
        </Descriptions>
        {c && !c.sms.configured && <Typography.Text type="secondary">{t('smsSetup')}</Typography.Text>}
      </Card>
      <Card title={t('emailChannel')} extra={state(c?.email.configured)}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('from')}>{c?.email.from ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('rate')}>{c ? t('perSecond', { count: c.email.ratePerSecond }) : ''}</Descriptions.Item>
        </Descriptions>
        {c && !c.email.configured && <Typography.Text type="secondary">{t('emailSetup')}</Typography.Text>}
      </Card>
      <Card title={t('inAppChannel')} extra={state(c?.inApp.configured)} />
      {projectId && (
        <Card title={t('quietHours')}>
          <Typography.Paragraph type="secondary">{t('quietHoursHint')}</Typography.Paragraph>
          <Form form={form} layout="inline" onFinish={save} disabled={!canEdit}>
            <Form.Item label={t('quietStart')} name="quietStart">
              <Select style={{ width: 100 }} options={TIMES.map((x) => ({ value: x, label: x }))} />
            </Form.Item>
            <Form.Item label={t('quietEnd')} name="quietEnd">
              <Select style={{ width: 100 }} options={TIMES.map((x) => ({ value: x, label: x }))} />
            </Form.Item>
            {canEdit && (
              <Button type="primary" htmlType="submit" loading={put.isPending}>
                {t('saveQuietHours')}
              </Button>
            )}
          </Form>
        </Card>
      )}
    </Space>
  );
}
