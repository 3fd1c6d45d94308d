import { useState } from 'react';
import { Button, Form, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { KNOWLEDGE_BANKS } from '@guanjia/domain/knowledge/knowledge-flow';
import { EmptyState } from '../../ui/EmptyState';
import { FormModal } from '../../ui/FormModal';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { useDeskLog, useKnowledgeMutations, type DeskLogItem, type KnowledgeBank, type VersionInput } from './api';
import { CategoryField, VersionFields } from './VersionFields';

type DraftForm = { bank: KnowledgeBank; category: string } & VersionInput;

/** Questions the desk could not answer, each one tap away from a draft in the bank. */
export function UnansweredQuestions({ projectId, canEdit, onDrafted }: { projectId: string; canEdit: boolean; onDrafted: (entryId: string) => void }) {
  const { t } = useTranslation('knowledge');
  const log = useDeskLog(projectId, 'unanswered');
  const mutations = useKnowledgeMutations();
  const [drafting, setDrafting] = useState<DeskLogItem | null>(null);

  async function submit(values: DraftForm) {
    if (!drafting) return;
    const entry = await mutations.draftFromDeskLog(drafting, {
      bank: values.bank,
      category: values.category,
      question: values.question,
      keywords: values.keywords ?? [],
      answer: values.answer ?? '',
    });
    onDrafted(entry.id);
  }

  return (
    <>
      <Typography.Paragraph type="secondary">{t('unanswered.hint')}</Typography.Paragraph>
      {log.query.isError && <QueryError error={log.query.error} onRetry={() => void log.query.refetch()} />}
      <Table<DeskLogItem>
        rowKey="id"
        dataSource={log.items}
        loading={log.query.isFetching}
        pagination={log.pagination}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState hint={t('unanswered.empty')} /> }}
        columns={[
          { title: t('desk.askedAt'), dataIndex: 'askedAt', render: (v: string) => formatDateTime(v), width: 150 },
          { title: t('desk.question'), dataIndex: 'question' },
          { title: t('desk.answer'), dataIndex: 'answerGiven', render: (v: string | null) => v ?? '—' },
          { title: t('desk.answeredBy'), key: 'by', render: (_, item) => item.answeredBy.name },
          ...(canEdit
            ? [
                {
                  title: t('columns.actions'),
                  key: 'actions',
                  render: (_: unknown, item: DeskLogItem) => (
                    <Button type="link" onClick={() => setDrafting(item)}>
                      {t('unanswered.toDraft')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {drafting && (
        <FormModal<DraftForm>
          open
          width={640}
          title={t('unanswered.toDraftTitle')}
          successMessage={t('unanswered.drafted')}
          initialValues={{ bank: 'service', question: drafting.question, keywords: [], answer: drafting.answerGiven ?? '' }}
          onClose={() => setDrafting(null)}
          onSubmit={submit}
        >
          {(form) => (
            <>
              <Form.Item label={t('form.bank')} name="bank" rules={[{ required: true }]}>
                <Select
                  aria-label={t('form.bank')}
                  options={KNOWLEDGE_BANKS.map((b) => ({ value: b, label: t(`banks.${b}`) }))}
                  onChange={() => form.setFieldValue('category', undefined)}
                />
              </Form.Item>
              <Form.Item noStyle shouldUpdate={(a, b) => a.bank !== b.bank}>
                {() => <CategoryField bank={(form.getFieldValue('bank') as KnowledgeBank | undefined) ?? 'service'} />}
              </Form.Item>
              <VersionFields />
            </>
          )}
        </FormModal>
      )}
    </>
  );
}
