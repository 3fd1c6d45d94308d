import { useState } from 'react';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, Select, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { reportFormError } from '../../ui/form-errors';
import { ROLES, roleLabel } from '../../ui/roles';
import { useLanguage } from '../../ui/useLanguage';
import { useApprovalChain, useSaveApprovalChain, type ApprovalChain } from './api';
import { DOCUMENT_TYPE_PATTERN, documentTypeLabel, KNOWN_DOCUMENT_TYPES, MAX_CHAIN_STEPS } from './labels';

/** Owners are not staff and can never approve (NON_APPROVER_ROLES on the server). */
const APPROVER_ROLES = ROLES.filter((r) => r !== 'owner');

/** 审批流程设置: the company's chain of approver roles per document type. */
export function ApprovalChainsPage() {
  const { t } = useTranslation('approvals');
  const [types, setTypes] = useState<string[]>([...KNOWN_DOCUMENT_TYPES]);
  const [documentType, setDocumentType] = useState(KNOWN_DOCUMENT_TYPES[0]);
  const [code, setCode] = useState('');
  const chain = useApprovalChain(documentType);
  const codeInvalid = code !== '' && !DOCUMENT_TYPE_PATTERN.test(code);

  function openCode() {
    if (!code || codeInvalid) return;
    if (!types.includes(code)) setTypes([...types, code]);
    setDocumentType(code);
    setCode('');
  }

  return (
    <>
      <PageHeader title={t('chains.title')} subTitle={t('chains.subtitle')} />
      <Flex wrap gap={16} align="flex-start" style={{ marginBottom: 16 }}>
        <Space orientation="vertical" size={4}>
          <Typography.Text>{t('chains.documentType')}</Typography.Text>
          <Select
            aria-label={t('chains.documentType')}
            value={documentType}
            onChange={setDocumentType}
            style={{ width: 220 }}
            options={types.map((type) => ({ value: type, label: documentTypeLabel(t, type) }))}
          />
        </Space>
        <Space orientation="vertical" size={4}>
          <Typography.Text>{t('chains.otherType')}</Typography.Text>
          <Space.Compact>
            <Input
              aria-label={t('chains.otherType')}
              value={code}
              status={codeInvalid ? 'error' : undefined}
              placeholder={t('chains.otherTypePlaceholder')}
              onChange={(e) => setCode(e.target.value.trim())}
              onPressEnter={openCode}
              style={{ width: 200 }}
            />
            <Button onClick={openCode} disabled={!code || codeInvalid}>
              {t('chains.addType')}
            </Button>
          </Space.Compact>
          {codeInvalid && <Typography.Text type="danger">{t('chains.typeInvalid')}</Typography.Text>}
        </Space>
      </Flex>
      {chain.isError && <QueryError error={chain.error} onRetry={() => void chain.refetch()} />}
      {chain.isPending && <Spin />}
      {chain.data && <ChainEditor key={`${chain.data.documentType}:${chain.data.version ?? 'default'}`} chain={chain.data} />}
    </>
  );
}

interface ChainValues {
  steps: { role?: string }[];
}

/** The steps of one chain as an ordered list of role selects; keyed by version so a save resets it. */
function ChainEditor({ chain }: { chain: ApprovalChain }) {
  const { t } = useTranslation('approvals');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChainValues>();
  const save = useSaveApprovalChain();
  const roleOptions = APPROVER_ROLES.map((role) => ({ value: role, label: roleLabel(role, language) }));

  async function handleFinish(values: ChainValues) {
    try {
      await save.mutateAsync({
        documentType: chain.documentType,
        steps: values.steps.map((s) => ({ role: s.role! })),
        version: chain.version,
      });
      message.success(t('chains.saved'));
    } catch (error) {
      reportFormError(form, error, message);
    }
  }

  return (
    <Card
      title={
        <Space>
          {documentTypeLabel(t, chain.documentType)}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {chain.documentType}
          </Typography.Text>
        </Space>
      }
      extra={chain.isDefault ? <Tag>{t('chains.isDefault')}</Tag> : <Tag color="blue">{t('chains.configured', { version: chain.version })}</Tag>}
    >
      <Form<ChainValues> form={form} layout="vertical" initialValues={{ steps: chain.steps }} onFinish={handleFinish}>
        <Typography.Title level={5}>{t('chains.steps')}</Typography.Title>
        <Form.List
          name="steps"
          rules={[
            {
              validator: async (_, steps?: unknown[]) => {
                if (!steps || steps.length === 0) throw new Error(t('chains.emptyHint'));
              },
            },
          ]}
        >
          {(fields, { add, remove, move }, { errors }) => (
            <>
              {fields.length === 0 && <EmptyState hint={t('chains.emptyHint')} />}
              <Form.ErrorList errors={fields.length === 0 ? [] : errors} />
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="flex-start" wrap>
                  <Typography.Text strong style={{ width: 64, lineHeight: '32px' }}>
                    {t('chains.stepN', { n: index + 1 })}
                  </Typography.Text>
                  <Form.Item
                    name={[field.name, 'role']}
                    rules={[{ required: true, message: t('chains.roleRequired') }]}
                    style={{ marginBottom: 12 }}
                  >
                    <Select
                      aria-label={`${t('chains.role')} ${index + 1}`}
                      placeholder={t('chains.role')}
                      options={roleOptions}
                      style={{ width: 220 }}
                    />
                  </Form.Item>
                  <Space size={0}>
                    <Button type="text" icon={<ArrowUpOutlined />} aria-label={t('chains.moveUp')} disabled={index === 0} onClick={() => move(index, index - 1)} />
                    <Button
                      type="text"
                      icon={<ArrowDownOutlined />}
                      aria-label={t('chains.moveDown')}
                      disabled={index === fields.length - 1}
                      onClick={() => move(index, index + 1)}
                    />
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('chains.remove')} onClick={() => remove(field.name)} />
                  </Space>
                </Flex>
              ))}
              <Space wrap style={{ marginTop: 8 }}>
                <Button icon={<PlusOutlined />} onClick={() => add({})} disabled={fields.length >= MAX_CHAIN_STEPS}>
                  {t('chains.addStep')}
                </Button>
                {fields.length >= MAX_CHAIN_STEPS && <Typography.Text type="secondary">{t('chains.maxSteps', { count: MAX_CHAIN_STEPS })}</Typography.Text>}
              </Space>
            </>
          )}
        </Form.List>
        <Space style={{ marginTop: 24 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('chains.save')}
          </Button>
          <Button onClick={() => form.resetFields()}>{t('chains.reset')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
