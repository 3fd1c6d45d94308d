import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { OWNER_DOCUMENT_BODY_MAX, OWNER_DOCUMENT_KINDS, OWNER_DOCUMENT_TITLE_MAX, type OwnerDocumentKind } from '@guanjia/domain/owner-documents/owner-document-kinds';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { FormModal } from '../../ui/FormModal';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { useDocumentTemplates, useTemplateCommands, type DocumentTemplate } from './api';

const STATUS_COLORS = { draft: 'gold', published: 'green', retired: 'default' } as const;

type Editing = { kind: OwnerDocumentKind; template: DocumentTemplate | null; initial: { title: string; body: string } };

/** 文件模板: each document's versions; managers draft the next version, edit it and publish it. */
export function TemplatesTab({ projectId, manager }: { projectId: string; manager: boolean }) {
  const { t } = useTranslation('ownerDocuments');
  const { message } = App.useApp();
  const list = useDocumentTemplates(projectId);
  const commands = useTemplateCommands(projectId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [reading, setReading] = useState<DocumentTemplate | null>(null);

  async function publish(template: DocumentTemplate) {
    try {
      await commands.publish.mutateAsync(template);
      message.success(t('published'));
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data?.items ?? [];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {OWNER_DOCUMENT_KINDS.map((kind) => {
        const versions = items.filter((x) => x.kind === kind);
        const latest = versions[0];
        const hasDraft = versions.some((v) => v.status === 'draft');
        return (
          <Card
            key={kind}
            size="small"
            title={t(`kinds.${kind}`)}
            loading={list.isPending}
            extra={
              manager && (
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  disabled={hasDraft}
                  title={hasDraft ? t('draftExists') : undefined}
                  onClick={() => setEditing({ kind, template: null, initial: { title: latest?.title ?? t(`kinds.${kind}`), body: latest?.body ?? '' } })}
                >
                  {t('newVersion')}
                </Button>
              )
            }
          >
            <Table<DocumentTemplate>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={versions}
              locale={{ emptyText: <EmptyState hint={manager ? t('noVersionsHint') : t('noVersions')} /> }}
              columns={[
                { title: t('versionColumn'), key: 'v', width: 90, render: (_, v) => t('version', { n: v.versionNo }) },
                { title: t('titleField'), dataIndex: 'title' },
                { title: t('statusColumn'), key: 'status', width: 100, render: (_, v) => <Tag color={STATUS_COLORS[v.status]}>{t(`statuses.${v.status}`)}</Tag> },
                {
                  title: '',
                  key: 'who',
                  render: (_, v) => (
                    <Typography.Text type="secondary">
                      {v.publishedBy ? t('publishedBy', { name: v.publishedBy.name, at: formatDateTime(v.publishedAt) }) : t('createdBy', { name: v.createdBy.name, at: formatDateTime(v.createdAt) })}
                      {v.retiredAt ? ` · ${t('retiredAt', { at: formatDateTime(v.retiredAt) })}` : ''}
                    </Typography.Text>
                  ),
                },
                { title: '', key: 'count', width: 100, render: (_, v) => (v.status === 'draft' ? null : t('signatureCount', { count: v.signatureCount })) },
                {
                  title: '',
                  key: 'actions',
                  render: (_, v) => (
                    <Space>
                      <Button size="small" type="link" onClick={() => setReading(v)}>
                        {t('viewText')}
                      </Button>
                      {v.allowedActions.includes('edit') && (
                        <Button size="small" onClick={() => setEditing({ kind, template: v, initial: { title: v.title, body: v.body } })}>
                          {t('editDraft')}
                        </Button>
                      )}
                      {v.allowedActions.includes('publish') && (
                        <Popconfirm title={t('publishConfirm', { n: v.versionNo })} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={() => publish(v)}>
                          <Button size="small" type="primary">
                            {t('publish')}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        );
      })}
      <FormModal<{ title: string; body: string }>
        open={editing !== null}
        width={720}
        title={editing ? `${t(`kinds.${editing.kind}`)} · ${editing.template ? t('editDraft') : t('newVersion')}` : ''}
        initialValues={editing?.initial}
        onClose={() => setEditing(null)}
        onSubmit={(values) =>
          editing?.template ? commands.update.mutateAsync({ template: editing.template, ...values }) : commands.create.mutateAsync({ kind: editing!.kind, ...values })
        }
      >
        <Form.Item label={t('titleField')} name="title" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={OWNER_DOCUMENT_TITLE_MAX} />
        </Form.Item>
        <Form.Item label={t('bodyField')} name="body" extra={t('bodyHint')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={14} maxLength={OWNER_DOCUMENT_BODY_MAX} />
        </Form.Item>
      </FormModal>
      <Modal open={reading !== null} title={reading ? `${reading.title} · ${t('version', { n: reading.versionNo })}` : ''} footer={null} width={720} onCancel={() => setReading(null)}>
        <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8, maxHeight: '60vh', overflow: 'auto' }}>{reading?.body}</div>
      </Modal>
    </Space>
  );
}
