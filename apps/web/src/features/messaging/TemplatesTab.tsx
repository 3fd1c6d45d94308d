import { useState } from 'react';
import { Button, Form, Input, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { FormModal } from '../../ui/FormModal';
import { QueryError } from '../../ui/QueryError';
import { useLanguage } from '../../ui/useLanguage';
import { canAdministerMessaging } from './access';
import { usePutTemplate, useTemplates, type Template } from './api';
import { topicLabel } from './labels';

interface TemplateValues {
  title: string;
  text: string;
  smsTemplateCode?: string;
}

/** 模板: the company's wording per topic and the provider's SMS template code. */
export function TemplatesTab() {
  const { t } = useTranslation('messaging');
  const { language } = useLanguage();
  const canEdit = canAdministerMessaging(useAuth());
  const list = useTemplates();
  const put = usePutTemplate();
  const [editing, setEditing] = useState<Template | null>(null);
  return (
    <>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<Template>
        rowKey="topic"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('topic'), key: 'topic', render: (_, x) => topicLabel(x.topic, language) },
          { title: t('templateTitle'), dataIndex: 'title' },
          { title: t('templateText'), dataIndex: 'text' },
          { title: t('smsTemplateCode'), key: 'code', render: (_, x) => x.smsTemplateCode ?? <Typography.Text type="secondary">—</Typography.Text> },
          { title: t('variables'), key: 'vars', render: (_, x) => x.variables.map((v) => <Tag key={v}>{`\${${v}}`}</Tag>) },
          { title: '', key: 'custom', render: (_, x) => <Tag color={x.custom ? 'blue' : 'default'}>{x.custom ? t('custom') : t('default')}</Tag> },
          ...(canEdit
            ? [{ title: t('common:fields.actions'), key: 'actions', render: (_: unknown, x: Template) => <Button size="small" onClick={() => setEditing(x)}>{t('edit')}</Button> }]
            : []),
        ]}
      />
      <FormModal<TemplateValues>
        open={Boolean(editing)}
        title={editing ? t('editTemplate', { topic: topicLabel(editing.topic, language) }) : ''}
        initialValues={editing ? { title: editing.title, text: editing.text, smsTemplateCode: editing.smsTemplateCode ?? undefined } : undefined}
        onClose={() => setEditing(null)}
        onSubmit={(v) => put.mutateAsync({ topic: editing!.topic, title: v.title, text: v.text, smsTemplateCode: v.smsTemplateCode?.trim() || null, version: editing!.version || undefined })}
      >
        <Form.Item label={t('templateTitle')} name="title" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item label={t('templateText')} name="text" rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Form.Item label={t('smsTemplateCode')} name="smsTemplateCode" extra={t('smsTemplateCodeHint')}>
          <Input maxLength={40} />
        </Form.Item>
      </FormModal>
    </>
  );
}
