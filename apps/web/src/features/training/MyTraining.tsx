import { Button, Card, List, Space, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { QueryError } from '../../ui/QueryError';
import { useMyTraining } from './api';
import { StatusTag } from './parts';
import { PersonRecordView } from './RecordsTab';

/** 我的培训: the caller's quizzes to take, sessions they are invited to and their own record. */
export function MyTraining({ onTake }: { onTake: (quizId: string) => void }) {
  const { t } = useTranslation('training');
  const my = useMyTraining();
  if (my.error) return <QueryError error={my.error} onRetry={() => my.refetch()} />;
  if (my.isLoading) return <Spin />;
  const projects = my.data?.projects ?? [];
  if (!projects.length) return <EmptyState hint={t('my.empty')} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      {projects.map((p) => (
        <Space key={p.project.id} direction="vertical" style={{ width: '100%' }}>
          <Card title={`${t('my.quizzes')} · ${p.project.name}`} size="small">
            <List
              locale={{ emptyText: t('quiz.empty') }}
              dataSource={p.quizzes}
              renderItem={(q) => (
                <List.Item
                  actions={[
                    <Button key="take" type={q.mine?.openAttemptId || !q.mine?.attempts ? 'primary' : 'default'} onClick={() => onTake(q.id)}>
                      {q.mine?.openAttemptId ? t('quiz.resume') : q.mine?.attempts ? t('quiz.retake') : t('quiz.take')}
                    </Button>,
                  ]}
                >
                  {q.title}{' '}
                  {q.mine?.bestScore !== null && q.mine?.bestScore !== undefined && <Tag color={q.mine.passed ? 'green' : 'red'}>{t('quiz.best', { score: q.mine.bestScore })}</Tag>}
                </List.Item>
              )}
            />
          </Card>
          <Card title={t('my.sessions')} size="small">
            <List
              locale={{ emptyText: t('session.empty') }}
              dataSource={p.sessions}
              renderItem={(s) => (
                <List.Item extra={<StatusTag status={s.status} />}>
                  {s.sessionDate} {s.startTime} {s.course?.title} · {s.place}
                </List.Item>
              )}
            />
          </Card>
          <Card title={t('my.record')} size="small">
            <PersonRecordView record={p.record} />
          </Card>
        </Space>
      ))}
    </Space>
  );
}
