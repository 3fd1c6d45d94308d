import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { QueryError } from '../../ui/QueryError';
import { useDeskLog, type DeskLogItem } from './api';
import './i18n';
import { KnowledgeSearchBox } from './KnowledgeSearchBox';
import { BANK_COLORS } from './labels';

/** 物业管理咨询台: find the answer to a visitor's question, log what was said, see the desk's recent questions. */
export function ConsultationDeskPage() {
  const { t } = useTranslation('knowledge');
  const { project } = useCurrentProject();
  const log = useDeskLog(project?.id, 'all');

  return (
    <>
      <PageHeader title={t('desk.title')} subTitle={t('desk.subtitle')} />
      {project ? <KnowledgeSearchBox projectId={project.id} autoFocus /> : <EmptyState hint={t('shell:noProject')} />}
      <Card title={t('desk.recent')} size="small" style={{ marginTop: 24 }}>
        {log.query.isError && <QueryError error={log.query.error} onRetry={() => void log.query.refetch()} />}
        <Table<DeskLogItem>
          rowKey="id"
          size="small"
          dataSource={log.items}
          loading={log.query.isFetching}
          pagination={log.pagination}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <EmptyState hint={t('desk.recentEmpty')} /> }}
          columns={[
            { title: t('desk.askedAt'), dataIndex: 'askedAt', render: (v: string) => formatDateTime(v), width: 150 },
            { title: t('desk.question'), dataIndex: 'question' },
            {
              title: t('desk.answer'),
              key: 'answer',
              render: (_, item) =>
                item.answered ? (
                  <>
                    {item.bank && <Tag color={BANK_COLORS[item.bank]}>{t(`banks.${item.bank}`)}</Tag>}
                    <Typography.Text>{t('desk.fromEntry', { title: item.entryTitle ?? '' })}</Typography.Text>
                  </>
                ) : (
                  <>
                    <Tag color="warning">{t('desk.unanswered')}</Tag>
                    {item.answerGiven && <Typography.Text type="secondary">{item.answerGiven}</Typography.Text>}
                  </>
                ),
            },
            { title: t('desk.answeredBy'), key: 'by', render: (_, item) => item.answeredBy.name },
          ]}
        />
      </Card>
    </>
  );
}
