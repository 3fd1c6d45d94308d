import { useState } from 'react';
import { App, Button, Col, Dropdown, Empty, Row, Table, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { QueryError } from '../../ui/QueryError';
import { canBuildQuestionnaires } from './access';
import { useQuestionnaire, useQuestionnaireCommands, useQuestionnaires, type QuestionnaireSummary } from './api';
import { QuestionnaireEditor } from './QuestionnaireEditor';
import { ResponsesTab } from './ResponsesTab';
import './i18n';

const STATUS_COLORS = { draft: 'blue', published: 'green', retired: undefined } as const;

/** 调查问卷: the project's versions (build a draft, publish it) and the responses owners gave. */
export function QuestionnairesPage() {
  const { t } = useTranslation('questionnaires');
  const { message } = App.useApp();
  const { project } = useCurrentProject();
  const canBuild = canBuildQuestionnaires(useAuth());
  const list = useQuestionnaires(project?.id);
  const [selected, setSelected] = useState<string | null>(null);
  const current = useQuestionnaire(selected);
  const commands = useQuestionnaireCommands();
  const published = list.data?.items.find((q) => q.status === 'published');

  async function create(copyFromId?: string) {
    if (!project) return;
    try {
      const q = await commands.create.mutateAsync({ projectId: project.id, copyFromId });
      setSelected(q.id);
      message.success(t('created'));
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  const versions = (
    <Row gutter={16}>
      <Col xs={24} xl={11}>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<QuestionnaireSummary>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          pagination={false}
          onRow={(q) => ({ onClick: () => setSelected(q.id), style: { cursor: 'pointer', background: q.id === selected ? '#e6f4ff' : undefined } })}
          locale={{ emptyText: <EmptyState hint={canBuild ? t('emptyHint') : t('empty')} /> }}
          columns={[
            { title: t('versionNo'), key: 'v', render: (_, q) => t('versionLabel', { n: q.versionNo }) },
            { title: t('titleField'), dataIndex: 'title' },
            { title: t('status'), key: 'status', render: (_, q) => <Tag color={STATUS_COLORS[q.status]}>{t(`statuses.${q.status}`)}</Tag> },
            { title: t('questionCount'), dataIndex: 'questionCount' },
            { title: t('responseCount'), dataIndex: 'responseCount' },
            { title: t('publishedAt'), key: 'at', render: (_, q) => (q.publishedAt ? formatDateTime(q.publishedAt) : '—') },
          ]}
        />
      </Col>
      <Col xs={24} xl={13}>
        {current.data ? <QuestionnaireEditor key={`${current.data.id}-${current.data.version}`} questionnaire={current.data} /> : <Empty description={t('chooseVersion')} />}
      </Col>
    </Row>
  );

  return (
    <>
      <PageHeader
        title={t('title')}
        subTitle={t('subtitle')}
        extra={
          canBuild && (
            <Dropdown
              disabled={!project}
              menu={{
                items: [...(published ? [{ key: 'copy', label: t('copyPublished') }] : []), { key: 'default', label: t('fromDefault') }],
                onClick: ({ key }) => void create(key === 'copy' ? published?.id : undefined),
              }}
            >
              <Button type="primary" icon={<PlusOutlined />} loading={commands.create.isPending}>
                {t('newVersion')}
              </Button>
            </Dropdown>
          )
        }
      />
      <Tabs items={[{ key: 'versions', label: t('versions'), children: versions }, { key: 'responses', label: t('responses'), children: <ResponsesTab projectId={project?.id} /> }]} />
    </>
  );
}
