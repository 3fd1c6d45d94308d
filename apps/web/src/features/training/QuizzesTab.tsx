import { Button, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { FormModal } from '../../ui/FormModal';
import { QueryError } from '../../ui/QueryError';
import { trainingApi, trainingKeys, useQuizzes, useSessions, useTrainees, type Quiz } from './api';

/** The project's quizzes with each trainee's best score; organisers generate new ones from a bank. */
export function QuizzesTab({ projectId, organiser, onTake }: { projectId: string; organiser: boolean; onTake: (id: string) => void }) {
  const { t } = useTranslation('training');
  const quizzes = useQuizzes(projectId);
  const sessions = useSessions(projectId);
  const trainees = useTrainees(projectId, organiser);
  const client = useQueryClient();
  const [adding, setAdding] = useState(false);
  if (quizzes.error) return <QueryError error={quizzes.error} onRetry={() => quizzes.refetch()} />;
  return (
    <>
      {organiser && (
        <Space style={{ marginBottom: 16 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('quiz.add')}
          </Button>
        </Space>
      )}
      <Table<Quiz>
        rowKey="id"
        loading={quizzes.isLoading}
        dataSource={quizzes.data ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyState hint={t('quiz.emptyHint')} /> }}
        columns={[
          { title: t('quiz.title'), dataIndex: 'title' },
          { title: t('quiz.bank'), dataIndex: 'bank', render: (v: Quiz['bank']) => t(`bank.${v}`) },
          { title: t('quiz.questionCount'), dataIndex: 'questionCount' },
          { title: t('quiz.passMark'), dataIndex: 'passMark' },
          { title: t('quiz.session'), dataIndex: 'session', render: (v: Quiz['session']) => (v ? `${v.date} ${v.title}` : t('quiz.standalone')) },
          {
            title: t('quiz.results'),
            dataIndex: 'results',
            render: (results: Quiz['results']) => (
              <Space wrap size={4}>
                {results.map((r) => (
                  <Tag key={r.trainee?.id} color={r.bestScore === null ? 'default' : r.passed ? 'green' : 'red'}>
                    {r.trainee?.name} {r.bestScore === null ? t('quiz.notTaken') : t('quiz.best', { score: r.bestScore })}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: '', dataIndex: 'mine', render: (mine: Quiz['mine'], q) => (mine ? <Button onClick={() => onTake(q.id)}>{mine.openAttemptId ? t('quiz.resume') : mine.attempts ? t('quiz.retake') : t('quiz.take')}</Button> : null) },
        ]}
      />
      <FormModal<Record<string, unknown>>
        open={adding}
        title={t('quiz.add')}
        initialValues={{ bank: 'service', questionCount: 10, passMark: 80 }}
        onClose={() => setAdding(false)}
        onSubmit={async (v) => {
          await trainingApi.createQuiz({ ...v, projectId, sessionId: v.sessionId || undefined, traineeIds: v.sessionId ? undefined : v.traineeIds });
          await client.invalidateQueries({ queryKey: trainingKeys.all });
        }}
      >
        <Typography.Paragraph type="secondary">{t('quiz.addHint')}</Typography.Paragraph>
        <Form.Item name="title" label={t('quiz.title')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="bank" label={t('quiz.bank')} rules={[{ required: true }]}>
          <Select options={(['sales', 'service'] as const).map((b) => ({ value: b, label: t(`bank.${b}`) }))} />
        </Form.Item>
        <Space>
          <Form.Item name="questionCount" label={t('quiz.questionCount')} rules={[{ required: true }]}>
            <InputNumber min={1} max={50} />
          </Form.Item>
          <Form.Item name="passMark" label={t('quiz.passMark')} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} />
          </Form.Item>
        </Space>
        <Form.Item name="sessionId" label={t('quiz.session')}>
          <Select allowClear options={(sessions.data ?? []).filter((s) => s.status !== 'cancelled').map((s) => ({ value: s.id, label: `${s.sessionDate} ${s.course?.title ?? ''}` }))} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.sessionId !== b.sessionId}>
          {({ getFieldValue }) =>
            !getFieldValue('sessionId') && (
              <Form.Item name="traineeIds" label={t('quiz.trainees')} rules={[{ required: true }]}>
                <Select mode="multiple" optionFilterProp="label" options={(trainees.data ?? []).map((p) => ({ value: p.id, label: p.name }))} />
              </Form.Item>
            )
          }
        </Form.Item>
      </FormModal>
    </>
  );
}
