import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Radio, Space, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { reportFormError } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { useLanguage } from '../../ui/useLanguage';
import { canSetGreetings } from './access';
import { useGreetingPreview, useGreetingSends, useLifeSecretaryCommands, useLifeSecretarySettings, type GreetingPreview, type GreetingSend, type LifeSecretarySettings } from './api';

type SettingsDraft = Omit<LifeSecretarySettings, 'projectId' | 'isDefault' | 'version' | 'festivalChoices'>;

/** 节日问候 and 生日祝贺: the project's settings, the coming 30 days, and what was sent. */
export function GreetingsTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('lifeSecretary');
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <SettingsCard projectId={projectId} />
      <PreviewTable projectId={projectId} />
      <SentTable projectId={projectId} />
      <Typography.Text type="secondary">{t('greet.sendTime')}</Typography.Text>
    </Space>
  );
}

function SettingsCard({ projectId }: { projectId: string }) {
  const { t } = useTranslation('lifeSecretary');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const canEdit = canSetGreetings(useAuth());
  const settings = useLifeSecretarySettings(projectId);
  const { saveSettings } = useLifeSecretaryCommands();
  const [form] = Form.useForm<SettingsDraft>();
  const data = settings.data;
  useEffect(() => {
    if (data) {
      const { festivalChoices: _choices, ...values } = data;
      form.setFieldsValue(values);
    }
  }, [data, form]);

  async function save(values: SettingsDraft) {
    try {
      await saveSettings.mutateAsync({ ...values, projectId, version: data?.isDefault ? undefined : data?.version });
      message.success(t('greet.saved'));
    } catch (error) {
      reportFormError(form, error, message);
    }
  }

  if (settings.isError) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  return (
    <Card title={t('greet.settings')} loading={settings.isLoading}>
      <Form<SettingsDraft> form={form} layout="vertical" disabled={!canEdit} onFinish={save} style={{ maxWidth: 720 }}>
        <Form.Item label={t('greet.enabled')} name="greetingsEnabled" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item label={t('greet.festivals')} name="festivals">
          <Checkbox.Group options={(data?.festivalChoices ?? []).map((f) => ({ value: f.key, label: f.name[language] }))} />
        </Form.Item>
        <Form.Item label={t('greet.festivalText')} name="festivalText" extra={t('greet.festivalTextHint')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={2} maxLength={300} />
        </Form.Item>
        <Form.Item label={t('greet.birthdays')} name="birthdaysEnabled" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item label={t('greet.birthdayText')} name="birthdayText" extra={t('greet.birthdayTextHint')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={2} maxLength={300} />
        </Form.Item>
        <Form.Item label={t('greet.channel')} name="channel">
          <Radio.Group options={(['sms', 'inApp'] as const).map((c) => ({ value: c, label: t(`channels.${c}`) }))} />
        </Form.Item>
        <Form.Item label={t('greet.relayHours')} name="relayReminderHours" rules={[{ required: true }]}>
          <InputNumber min={1} max={72} />
        </Form.Item>
        {canEdit && (
          <Button type="primary" htmlType="submit" loading={saveSettings.isPending}>
            {t('greet.save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}

type PreviewItem = GreetingPreview['items'][number];

function PreviewTable({ projectId }: { projectId: string }) {
  const { t } = useTranslation('lifeSecretary');
  const preview = useGreetingPreview(projectId);
  return (
    <>
      {preview.isError && <QueryError error={preview.error} onRetry={() => void preview.refetch()} />}
      {preview.data && !preview.data.enabled && <Alert type="info" showIcon title={t('greet.previewDisabled')} />}
      <Table<PreviewItem>
        rowKey={(g) => `${g.date}-${g.festival?.key ?? `${g.household?.id}-${g.member?.name}`}`}
        size="small"
        title={() => <Typography.Text strong>{t('greet.preview')}</Typography.Text>}
        loading={preview.isLoading}
        dataSource={preview.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyState hint={t('greet.previewEmptyHint')} /> }}
        columns={[
          { title: t('greet.date'), dataIndex: 'date' },
          { title: t('greet.kind'), key: 'kind', render: (_, g) => <Tag color={g.kind === 'festival' ? 'red' : 'gold'}>{t(`greet.kinds.${g.kind}`)}</Tag> },
          { title: t('greet.who'), key: 'who', render: (_, g) => (g.kind === 'festival' ? t('greet.allHouseholds') : g.household?.label) },
          { title: t('greet.what'), key: 'what', render: (_, g) => (g.festival ? g.festival.name : `${g.member?.name}（${g.member?.birthday}）`) },
        ]}
      />
    </>
  );
}

function SentTable({ projectId }: { projectId: string }) {
  const { t } = useTranslation('lifeSecretary');
  const [page, setPage] = useState(1);
  const sent = useGreetingSends(projectId, page);
  return (
    <>
      {sent.isError && <QueryError error={sent.error} onRetry={() => void sent.refetch()} />}
      <Table<GreetingSend>
        rowKey="id"
        size="small"
        title={() => <Typography.Text strong>{t('greet.sent')}</Typography.Text>}
        loading={sent.isLoading}
        dataSource={sent.data?.items ?? []}
        locale={{ emptyText: <EmptyState hint={t('greet.sentEmpty')} /> }}
        pagination={{ current: page, pageSize: sent.data?.pageSize ?? 20, total: sent.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('greet.date'), dataIndex: 'date' },
          { title: t('greet.kind'), key: 'kind', render: (_, g) => t(`greet.kinds.${g.kind}`) },
          { title: t('greet.who'), key: 'who', render: (_, g) => (g.kind === 'festival' ? t('greet.allHouseholds') : g.household?.label) },
          { title: t('greet.what'), key: 'what', render: (_, g) => g.festival?.name ?? g.memberName },
          { title: t('greet.messages'), dataIndex: 'messageCount' },
          { title: t('createdAt'), key: 'at', render: (_, g) => formatDateTime(g.createdAt) },
        ]}
      />
    </>
  );
}
