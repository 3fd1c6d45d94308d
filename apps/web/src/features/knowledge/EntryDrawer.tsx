import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Drawer, Empty, Form, Input, Popconfirm, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/form-errors';
import { FormModal } from '../../ui/FormModal';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { useLanguage } from '../../ui/useLanguage';
import { useKnowledgeEntry, useKnowledgeMutations, type KnowledgeEntryDetail, type KnowledgeVersion, type VersionInput } from './api';
import { BANK_COLORS, categoryLabel, STATE_COLORS, STATUS_COLORS } from './labels';
import { VersionFields } from './VersionFields';

type Editing = { mode: 'new'; from: KnowledgeVersion | null } | { mode: 'edit'; version: KnowledgeVersion };

/** One entry: its published answer, every version with its history, and what the caller may do with each. */
export function EntryDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('knowledge');
  const { language } = useLanguage();
  const detail = useKnowledgeEntry(id);
  const entry = detail.data;
  const mutations = useKnowledgeMutations();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [rejecting, setRejecting] = useState<KnowledgeVersion | null>(null);
  const { message } = App.useApp();
  const canRetire = entry?.publishedVersion?.allowedActions.includes('retire') ?? false;

  async function run(work: () => Promise<unknown>, done: string) {
    try {
      await work();
      message.success(done);
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  async function saveVersion(values: VersionInput) {
    const body = { question: values.question, keywords: values.keywords ?? [], answer: values.answer ?? '' };
    if (editing?.mode === 'edit') await mutations.updateVersion(editing.version, body);
    else if (entry) await mutations.createVersion(entry.id, body);
  }

  const newFrom = entry?.publishedVersion ?? entry?.versions[0] ?? null;
  return (
    <Drawer
      title={entry?.title ?? t('entry.title')}
      open={id !== null}
      onClose={onClose}
      size={640}
      extra={
        entry && (
          <Space>
            {entry.canAddVersion && (
              <Button type="primary" onClick={() => setEditing({ mode: 'new', from: newFrom })}>
                {t('entry.newVersion')}
              </Button>
            )}
            {canRetire && (
              <Popconfirm title={t('entry.retireConfirm')} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={() => run(() => mutations.retire(entry), t('entry.retired'))}>
                <Button danger>{t('entry.retire')}</Button>
              </Popconfirm>
            )}
          </Space>
        )
      }
    >
      {detail.isPending && id !== null && <Spin />}
      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      {entry && (
        <>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('form.bank')}>
              <Tag color={BANK_COLORS[entry.bank]}>{t(`banks.${entry.bank}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('form.category')}>{categoryLabel(entry.category, language)}</Descriptions.Item>
            <Descriptions.Item label={t('columns.state')}>
              <Tag color={STATE_COLORS[entry.state]}>{t(`states.${entry.state}`)}</Tag>
              {entry.sourceDeskLogId && <Tag>{t('entry.fromDesk')}</Tag>}
            </Descriptions.Item>
          </Descriptions>
          {entry.bank === 'sales' && <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('entry.salesApprovalNote')} />}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('entry.published')}
          </Typography.Title>
          {entry.publishedVersion ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{entry.publishedVersion.answer}</Typography.Paragraph>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('entry.nonePublished')} />
          )}
          <Typography.Title level={5}>{t('entry.versions')}</Typography.Title>
          <Space orientation="vertical" style={{ width: '100%' }}>
            {entry.versions.map((v) => (
              <VersionCard
                key={v.id}
                entry={entry}
                version={v}
                onEdit={() => setEditing({ mode: 'edit', version: v })}
                onReject={() => setRejecting(v)}
                run={run}
              />
            ))}
          </Space>
        </>
      )}
      {entry && editing && (
        <FormModal<VersionInput>
          open
          width={640}
          title={editing.mode === 'edit' ? t('entry.editTitle') : t('entry.newVersionTitle')}
          initialValues={editing.mode === 'edit' ? editing.version : { question: editing.from?.question ?? entry.title, keywords: editing.from?.keywords ?? [], answer: editing.from?.answer ?? '' }}
          onClose={() => setEditing(null)}
          onSubmit={saveVersion}
        >
          <VersionFields />
        </FormModal>
      )}
      {rejecting && (
        <FormModal<{ comment: string }>
          open
          title={t('entry.rejectTitle')}
          okText={t('entry.reject')}
          successMessage={t('entry.reject')}
          onClose={() => setRejecting(null)}
          onSubmit={(values) => mutations.act(rejecting.id, 'reject', { comment: values.comment })}
        >
          <Form.Item label={t('entry.rejectReason')} name="comment" rules={[{ required: true, whitespace: true, message: t('entry.rejectReasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </FormModal>
      )}
    </Drawer>
  );
}

function VersionCard(props: {
  entry: KnowledgeEntryDetail;
  version: KnowledgeVersion;
  onEdit: () => void;
  onReject: () => void;
  run: (work: () => Promise<unknown>, done: string) => Promise<void>;
}) {
  const { entry, version: v, onEdit, onReject, run } = props;
  const { t } = useTranslation('knowledge');
  const mutations = useKnowledgeMutations();
  const allowed = v.allowedActions;
  return (
    <Card
      size="small"
      role="region"
      aria-label={t('entry.versionN', { n: v.number })}
      title={
        <Space>
          <span>{t('entry.versionN', { n: v.number })}</span>
          <Tag color={STATUS_COLORS[v.status]}>{t(`statuses.${v.status}`)}</Tag>
        </Space>
      }
      extra={
        <Space wrap>
          {v.canEdit && (
            <Button size="small" onClick={onEdit}>
              {t('entry.edit')}
            </Button>
          )}
          {allowed.includes('submit') && (
            <Button size="small" type="primary" onClick={() => run(() => mutations.act(v.id, 'submit'), t('entry.submitted'))}>
              {entry.bank === 'sales' ? t('entry.submitSales') : t('entry.submit')}
            </Button>
          )}
          {allowed.includes('publish') && (
            <Popconfirm
              title={t('entry.publishConfirm')}
              okText={t('common:actions.confirm')}
              cancelText={t('common:actions.cancel')}
              onConfirm={() => run(() => mutations.act(v.id, 'publish', { entryVersion: entry.version }), t('states.published'))}
            >
              <Button size="small" type="primary">
                {t('entry.publish')}
              </Button>
            </Popconfirm>
          )}
          {allowed.includes('reject') && (
            <Button size="small" danger onClick={onReject}>
              {t('entry.reject')}
            </Button>
          )}
          {allowed.includes('withdraw') && (
            <Popconfirm title={t('entry.withdrawConfirm')} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={() => run(() => mutations.act(v.id, 'withdraw'), t('entry.withdraw'))}>
              <Button size="small">{t('entry.withdraw')}</Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      <Typography.Text strong>{v.question}</Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{v.answer}</Typography.Paragraph>
      {v.keywords.length > 0 && (
        <div style={{ marginBottom: 8 }}>
          {v.keywords.map((k) => (
            <Tag key={k}>{k}</Tag>
          ))}
        </div>
      )}
      {v.rejectionReason && v.status === 'draft' && <Alert type="warning" showIcon title={t('entry.rejected', { reason: v.rejectionReason })} style={{ marginBottom: 8 }} />}
      <Timeline
        items={v.events.map((e, i) => ({
          key: `${e.at}-${i}`,
          color: e.action === 'reject' ? 'red' : e.action === 'publish' || e.action === 'approve' ? 'green' : 'gray',
          content: (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(e.at)} {e.actor.name} {t(`eventActions.${e.action}`, { defaultValue: e.action })}
              {e.comment ? `：${e.comment}` : ''}
            </Typography.Text>
          ),
        }))}
      />
    </Card>
  );
}
