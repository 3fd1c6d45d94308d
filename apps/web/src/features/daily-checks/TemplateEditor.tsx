import { useEffect, useState } from 'react';
import { Alert, App, Button, Flex, Form, Input, Popconfirm, Select, Space, Spin, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { reportFormError } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { saveTemplate, useProjectDepartments, useTemplate } from './api';

interface Line {
  key?: string;
  text: string;
  departmentId?: string | null;
}

/** The project's checklist, edited as one list: reword, reorder, add, remove, and the post answering for each line. */
export function TemplateEditor({ projectId, editable }: { projectId: string; editable: boolean }) {
  const { t } = useTranslation('dailyChecks');
  const { message } = App.useApp();
  const template = useTemplate(projectId);
  const departments = useProjectDepartments(projectId);
  const [form] = Form.useForm<{ items: Line[] }>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (template.data) form.setFieldsValue({ items: template.data.items.map((i) => ({ key: i.key, text: i.text, departmentId: i.departmentId })) });
  }, [template.data, form]);

  if (template.isError) return <QueryError error={template.error} onRetry={() => void template.refetch()} />;
  if (!template.data) return <Spin />;
  const { data } = template;

  async function save({ items }: { items: Line[] }) {
    setSaving(true);
    try {
      await saveTemplate(projectId, { items: items.map((i) => ({ ...(i.key ? { key: i.key } : {}), text: i.text, departmentId: i.departmentId ?? null })), version: data.version });
      message.success(t('template.saved'));
      await template.refetch();
    } catch (error) {
      if (isApiError(error, 409)) {
        message.warning(t('template.stale'));
        await template.refetch();
      } else reportFormError(form, error, message);
    } finally {
      setSaving(false);
    }
  }

  const departmentOptions = (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }));
  return (
    <Flex vertical gap={12}>
      <Alert type="info" showIcon title={t('template.hint')} />
      <Typography.Text type="secondary">
        {data.isDefault ? t('template.isDefault') : data.updatedBy && data.updatedAt ? t('template.updated', { name: data.updatedBy.name, time: formatDateTime(data.updatedAt) }) : null}
      </Typography.Text>
      <Form form={form} onFinish={save} disabled={!editable} layout="vertical">
        <Form.List name="items" rules={[{ validator: (_, v: Line[] | undefined) => (v?.length ? Promise.resolve() : Promise.reject(new Error(t('template.empty')))) }]}>
          {(fields, { add, remove, move }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start" wrap data-testid="template-line">
                  <Typography.Text style={{ width: 24, paddingTop: 5 }}>{index + 1}.</Typography.Text>
                  <Form.Item name={[field.name, 'key']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'text']} rules={[{ required: true, whitespace: true, message: t('template.textRequired') }]} style={{ flex: 1, minWidth: 260, marginBottom: 8 }}>
                    <Input aria-label={`${t('template.text')} ${index + 1}`} maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'departmentId']} style={{ width: 200, marginBottom: 8 }}>
                    <Select aria-label={`${t('template.department')} ${index + 1}`} allowClear placeholder={t('template.departmentNone')} options={departmentOptions} />
                  </Form.Item>
                  {editable && (
                    <Space>
                      <Button aria-label={t('template.moveUp')} icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => move(index, index - 1)} />
                      <Button aria-label={t('template.moveDown')} icon={<ArrowDownOutlined />} disabled={index === fields.length - 1} onClick={() => move(index, index + 1)} />
                      <Popconfirm title={t('template.removeConfirm')} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={() => remove(field.name)}>
                        <Button aria-label={t('template.remove')} danger icon={<DeleteOutlined />} />
                      </Popconfirm>
                    </Space>
                  )}
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              {editable && (
                <Space>
                  <Button icon={<PlusOutlined />} onClick={() => add({ text: '', departmentId: null })}>
                    {t('template.add')}
                  </Button>
                  <Button type="primary" htmlType="submit" loading={saving}>
                    {t('template.save')}
                  </Button>
                </Space>
              )}
            </>
          )}
        </Form.List>
      </Form>
    </Flex>
  );
}
