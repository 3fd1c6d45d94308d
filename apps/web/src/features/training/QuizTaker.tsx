import { Alert, App, Button, Card, Radio, Result, Space, Spin, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/form-errors';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { trainingApi, trainingKeys, type Attempt } from './api';

/**
 * Taking a quiz: one question per card; the server scores the submission and only then sends the
 * right answers, shown beside the trainee's own.
 */
export function QuizTaker({ quizId, onBack }: { quizId: string; onBack: () => void }) {
  const { t } = useTranslation('training');
  const { modal } = App.useApp();
  const client = useQueryClient();
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [answers, setAnswers] = useState<(number | null)[]>([]);
  const [index, setIndex] = useState(0);
  const start = useMutation({
    mutationFn: () => trainingApi.startAttempt(quizId),
    onSuccess: (a) => {
      setAttempt(a);
      setAnswers(a.questions.map(() => null));
    },
  });
  const submit = useMutation({
    mutationFn: () => trainingApi.submitAttempt(attempt!.id, answers),
    onSuccess: async (a) => {
      setAttempt(a);
      await client.invalidateQueries({ queryKey: trainingKeys.all });
    },
  });
  const { mutate: begin } = start;
  useEffect(() => begin(), [begin]);

  const header = <PageHeader title={attempt?.quizTitle ?? ''} extra={<Button onClick={onBack}>{t('quiz.back')}</Button>} />;
  if (start.error) return <>{header}<QueryError error={start.error} onRetry={() => start.mutate()} /></>;
  if (!attempt) return <Spin />;

  if (attempt.result) {
    const r = attempt.result;
    return (
      <>
        {header}
        <Result
          status={r.passed ? 'success' : 'warning'}
          title={t('quiz.score', { percent: r.percent, correct: r.correct, total: r.total })}
          subTitle={r.passed ? t('quiz.passed') : t('quiz.failed', { passMark: attempt.passMark })}
        />
        <Space direction="vertical" style={{ width: '100%' }}>
          {r.questions.map((q) => (
            <Card key={q.number} size="small" title={`${q.number}. ${q.prompt}`} data-testid={`result-${q.number}`}>
              <Space direction="vertical">
                <span>
                  {t('quiz.yourAnswer')}：{q.chosen === null ? t('quiz.unanswered') : q.options[q.chosen]} {q.correct ? <Tag color="green">✓</Tag> : <Tag color="red">✗</Tag>}
                </span>
                {!q.correct && <Typography.Text type="success">{t('quiz.rightAnswer')}：{q.options[q.correctIndex]}</Typography.Text>}
              </Space>
            </Card>
          ))}
        </Space>
      </>
    );
  }

  const q = attempt.questions[index]!;
  const unanswered = answers.filter((a) => a === null).length;
  const confirmSubmit = () =>
    modal.confirm({
      title: t('quiz.submit'),
      content: t('quiz.submitConfirm', { count: unanswered }),
      onOk: () => submit.mutateAsync(),
    });
  return (
    <>
      {header}
      {submit.error && <Alert type="error" showIcon message={errorMessage(submit.error)} style={{ marginBottom: 16 }} />}
      <Card title={t('quiz.question', { number: q.number, total: attempt.questions.length })} data-testid="question-card">
        <Typography.Paragraph strong>{q.prompt}</Typography.Paragraph>
        <Radio.Group
          value={answers[index]}
          onChange={(e) => setAnswers((prev) => prev.map((a, i) => (i === index ? (e.target.value as number) : a)))}
        >
          <Space direction="vertical">
            {q.options.map((o, i) => (
              <Radio key={i} value={i}>
                {o}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Card>
      <Space style={{ marginTop: 16 }}>
        <Button disabled={index === 0} onClick={() => setIndex(index - 1)}>
          ←
        </Button>
        <Button disabled={index === attempt.questions.length - 1} onClick={() => setIndex(index + 1)}>
          →
        </Button>
        <Button type="primary" loading={submit.isPending} onClick={confirmSubmit}>
          {t('quiz.submit')}
        </Button>
      </Space>
    </>
  );
}
