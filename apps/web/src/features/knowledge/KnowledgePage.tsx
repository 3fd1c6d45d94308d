import { useState } from 'react';
import { Button, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { FormModal } from '../../ui/FormModal';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { QueryError } from '../../ui/QueryError';
import { useLanguage } from '../../ui/useLanguage';
import { canEditKnowledge } from './access';
import { useKnowledgeEntries, useKnowledgeMutations, type EntryState, type KnowledgeBank, type KnowledgeEntry, type VersionInput } from './api';
import { EntryDrawer } from './EntryDrawer';
import './i18n';
import { categoryLabel, categoryOptions, STATE_COLORS } from './labels';
import { UnansweredQuestions } from './UnansweredQuestions';
import { CategoryField, VersionFields } from './VersionFields';

type Tab = KnowledgeBank | 'unanswered';
const TABS: Tab[] = ['sales', 'service', 'unanswered'];
type StateFilter = EntryState | 'pending';

/** 应知应会: the two banks as tabs, each entry's versions in a drawer, and the desk's unanswered questions. */
export function KnowledgePage() {
  const { t } = useTranslation('knowledge');
  const auth = useAuth();
  const canEdit = canEditKnowledge(auth);
  const { project } = useCurrentProject();
  const [searchParams, setSearchParams] = useSearchParams();
  const tabParam = searchParams.get('tab') as Tab | null;
  const tab: Tab = tabParam && TABS.includes(tabParam) ? tabParam : 'sales';
  // ?entry= opens an entry: notifications link here.
  const openId = searchParams.get('entry');
  const [creating, setCreating] = useState(false);
  const mutations = useKnowledgeMutations();

  function update(next: { tab?: Tab; entry?: string | null }) {
    const params = new URLSearchParams(searchParams);
    if (next.tab) params.set('tab', next.tab);
    if (next.entry === null) params.delete('entry');
    else if (next.entry) params.set('entry', next.entry);
    setSearchParams(params, { replace: true });
  }

  async function create(values: { category: string } & VersionInput) {
    if (!project || tab === 'unanswered') return;
    const entry = await mutations.createEntry({ projectId: project.id, bank: tab, category: values.category, question: values.question, keywords: values.keywords ?? [], answer: values.answer ?? '' });
    update({ entry: entry.id });
  }

  return (
    <>
      <PageHeader
        title={t('page.title')}
        subTitle={t('page.subtitle')}
        extra={
          canEdit &&
          tab !== 'unanswered' && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} disabled={!project}>
              {t('page.create')}
            </Button>
          )
        }
      />
      {!project ? (
        <EmptyState hint={t('shell:noProject')} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(key) => update({ tab: key as Tab })}
          items={[
            ...(['sales', 'service'] as const).map((bank) => ({
              key: bank,
              label: t(`banks.${bank}`),
              children: <EntryList projectId={project.id} bank={bank} canEdit={canEdit} onOpen={(id) => update({ entry: id })} />,
            })),
            {
              key: 'unanswered',
              label: t('page.unansweredTab'),
              children: <UnansweredQuestions projectId={project.id} canEdit={canEdit} onDrafted={(id) => update({ entry: id })} />,
            },
          ]}
        />
      )}
      <EntryDrawer id={openId} onClose={() => update({ entry: null })} />
      {creating && tab !== 'unanswered' && (
        <FormModal<{ category: string } & VersionInput>
          open
          width={640}
          title={`${t('page.create')} · ${t(`banks.${tab}`)}`}
          successMessage={t('common:messages.created')}
          initialValues={{ keywords: [], answer: '' }}
          onClose={() => setCreating(false)}
          onSubmit={create}
        >
          <CategoryField bank={tab} />
          <VersionFields />
        </FormModal>
      )}
    </>
  );
}

function EntryList({ projectId, bank, canEdit, onOpen }: { projectId: string; bank: KnowledgeBank; canEdit: boolean; onOpen: (id: string) => void }) {
  const { t } = useTranslation('knowledge');
  const { language } = useLanguage();
  const [category, setCategory] = useState<string | undefined>();
  const [state, setState] = useState<StateFilter | undefined>();
  const [q, setQ] = useState('');
  const list = useKnowledgeEntries(projectId, { bank, category, state, q: q || undefined });
  const filtered = Boolean(category || state || q);

  return (
    <>
      <Typography.Paragraph type="secondary">{t(`bankHint.${bank}`)}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select allowClear placeholder={t('page.filterCategory')} aria-label={t('page.filterCategory')} style={{ width: 180 }} value={category} onChange={setCategory} options={categoryOptions(bank, language)} />
        <Select<StateFilter>
          allowClear
          placeholder={t('page.filterState')}
          aria-label={t('page.filterState')}
          style={{ width: 160 }}
          value={state}
          onChange={setState}
          options={[
            { value: 'published', label: t('states.published') },
            { value: 'draft', label: t('states.draft') },
            { value: 'pending', label: t('statuses.submitted') },
            { value: 'retired', label: t('states.retired') },
          ]}
        />
        <Input.Search allowClear placeholder={t('page.searchTitle')} aria-label={t('page.searchTitle')} onSearch={(v) => setQ(v.trim())} style={{ width: 240 }} />
      </Space>
      {list.query.isError && <QueryError error={list.query.error} onRetry={() => void list.query.refetch()} />}
      <Table<KnowledgeEntry>
        rowKey="id"
        dataSource={list.items}
        loading={list.query.isFetching}
        pagination={list.pagination}
        scroll={{ x: 'max-content' }}
        onRow={(entry) => ({ onClick: () => onOpen(entry.id), style: { cursor: 'pointer' } })}
        locale={{ emptyText: <EmptyState hint={filtered ? t('common:empty.filterHint') : canEdit ? t('page.emptyHint') : t('page.empty')} /> }}
        columns={[
          { title: t('columns.question'), dataIndex: 'title' },
          { title: t('columns.category'), dataIndex: 'category', render: (c: string) => categoryLabel(c, language) },
          {
            title: t('columns.state'),
            key: 'state',
            render: (_, e) => (
              <Space size={4} wrap>
                <Tag color={STATE_COLORS[e.state]}>{t(`states.${e.state}`)}</Tag>
                {e.pendingCount > 0 && <Tag color="processing">{t('pending', { count: e.pendingCount })}</Tag>}
              </Space>
            ),
          },
          { title: t('columns.versions'), dataIndex: 'versionCount' },
          { title: t('columns.updatedAt'), dataIndex: 'updatedAt', render: (v: string) => formatDateTime(v) },
        ]}
      />
    </>
  );
}
