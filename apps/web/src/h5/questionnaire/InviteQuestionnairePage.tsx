import { useState } from 'react';
import { Button, Checkbox, DotLoading, ErrorBlock, Form, Input, NavBar, NoticeBar, Radio, Result, Space, TextArea } from 'antd-mobile';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Question } from '@guanjia/domain/questionnaires/questionnaire-content';
import { ApiError, isApiError } from '../../ui/api';
import { formatDateTime } from '../../ui/format';
import { errorMessage, toNamePath } from '../../ui/form-errors';
import { DateInput } from '../services/DateInput';
import { useInviteQuestionnaire, useInviteQuestionnaireCommands, type PublicQuestionnaire } from './api';
import { MembersField, type MemberDraft } from './MembersField';
import './i18n';
import { formToAnswers, isBlankMember } from '../../features/questionnaires/answer-form';

const page = { minHeight: '100vh', background: 'var(--adm-color-background, #f5f5f5)' } as const;
const paragraph = { padding: '12px 16px', lineHeight: 1.7, background: '#fff' } as const;

/** The owner's phone behind the invitation link: consent to keep the answers first, then the questionnaire, then thanks. */
export function InviteQuestionnairePage() {
  const { t } = useTranslation('h5questionnaire');
  const { token } = useParams();
  const query = useInviteQuestionnaire(token);
  const commands = useInviteQuestionnaireCommands(token);
  const [filling, setFilling] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const header = <NavBar back={null}>{t('title')}</NavBar>;
  if (query.isPending) {
    return (
      <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 120, fontSize: 24 }}>
        <DotLoading color="primary" />
      </div>
    );
  }
  if (query.isError) {
    return isApiError(query.error, 404) ? (
      <ErrorBlock status="empty" title={t('notFound')} description={t('notFoundHint')} />
    ) : (
      <ErrorBlock status="default" title={errorMessage(query.error)} description="">
        <Button onClick={() => void query.refetch()}>{t('retry')}</Button>
      </ErrorBlock>
    );
  }
  const data = query.data;
  const back = (
    <Link to=".." relative="path">
      <Button block>{t('back')}</Button>
    </Link>
  );
  const consentError = commands.consent.error ? <NoticeBar color="alert" content={errorMessage(commands.consent.error)} /> : null;

  if (done) {
    return (
      <div style={page}>
        {header}
        <Result status="success" title={t('thanksTitle')} description={t('thanksText')} />
        <div style={{ padding: 16 }}>{back}</div>
      </div>
    );
  }
  if (data.status === 'consentRefused') {
    return (
      <div style={page}>
        {header}
        {consentError}
        <Result status="info" title={t('refusedTitle')} description={t('refusedText')} />
        <Space direction="vertical" block style={{ padding: 16 }}>
          <Button block color="primary" fill="outline" loading={commands.consent.isPending} onClick={() => commands.consent.mutate(true)}>
            {t('changeMind')}
          </Button>
          {back}
        </Space>
      </div>
    );
  }
  if (!data.consent) {
    return (
      <div style={page}>
        {header}
        {consentError}
        <h3 style={{ padding: '12px 16px 0', margin: 0 }}>{t('consentHeading')}</h3>
        <div style={paragraph}>
          <strong>{data.consentTitle}</strong>
          <p style={{ margin: '8px 0 0' }}>{data.consentText}</p>
        </div>
        <Space direction="vertical" block style={{ padding: 16 }}>
          <Button block color="primary" size="large" loading={commands.consent.isPending} onClick={() => commands.consent.mutate(true)}>
            {t('agree')}
          </Button>
          <Button block size="large" disabled={commands.consent.isPending} onClick={() => commands.consent.mutate(false)}>
            {t('decline')}
          </Button>
        </Space>
      </div>
    );
  }
  if (!data.questionnaire) {
    return (
      <div style={page}>
        {header}
        <ErrorBlock status="empty" title={t('notPublished')} description={t('notPublishedHint')} />
        <div style={{ padding: 16 }}>{back}</div>
      </div>
    );
  }
  if (data.status === 'submitted' && !filling) {
    return (
      <div style={page}>
        {header}
        <Result status="success" title={t('thanksTitle')} description={`${t('thanksText')} ${t('submittedAt', { time: formatDateTime(data.submittedAt) })}`} />
        <Space direction="vertical" block style={{ padding: 16 }}>
          <Button block color="primary" fill="outline" onClick={() => setFilling(true)}>
            {t('fillAgain')}
          </Button>
          {back}
        </Space>
      </div>
    );
  }
  return (
    <div style={page}>
      {header}
      {!data.canSubmit && <NoticeBar color="alert" content={t('noHousehold')} wrap />}
      <QuestionnaireForm data={data} onSubmitted={setDone} submit={commands.submit.mutateAsync} />
    </div>
  );
}

type Values = Record<string, unknown>;

/** The input for one question; Form.Item hands it the value and onChange, passed on to the control inside. */
function QuestionInput({ q, value, onChange }: { q: Question; value?: unknown; onChange?: (v: unknown) => void }) {
  switch (q.type) {
    case 'single':
      return (
        <Radio.Group value={(value as string | undefined) ?? null} onChange={(v) => onChange?.(v)}>
          <Space direction="vertical">
            {(q.options ?? []).map((o) => (
              <Radio key={o.value} value={o.value}>
                {o.label}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      );
    case 'multi':
      return (
        <Checkbox.Group value={(value as string[] | undefined) ?? []} onChange={(v) => onChange?.(v)}>
          <Space direction="vertical">
            {(q.options ?? []).map((o) => (
              <Checkbox key={o.value} value={o.value}>
                {o.label}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      );
    case 'text':
      return <TextArea aria-label={q.title} autoSize={{ minRows: 2 }} maxLength={500} value={(value as string | undefined) ?? ''} onChange={(v) => onChange?.(v)} />;
    case 'number':
      return <Input aria-label={q.title} type="number" inputMode="decimal" value={value === undefined || value === null ? '' : String(value)} onChange={(v) => onChange?.(v)} />;
    case 'date':
      return <DateInput value={value as string | undefined} onChange={(v) => onChange?.(v)} />;
    case 'members':
      return <MembersField value={value as MemberDraft[] | undefined} onChange={(v) => onChange?.(v)} />;
  }
}

function QuestionnaireForm({ data, submit, onSubmitted }: { data: PublicQuestionnaire; submit: (b: { version: number; answers: Record<string, unknown> }) => Promise<{ submittedAt: string }>; onSubmitted: (at: string) => void }) {
  const { t } = useTranslation('h5questionnaire');
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const q = data.questionnaire!;
  const questions = q.sections.flatMap((s) => s.questions);

  async function finish(values: Values) {
    setSaving(true);
    setError(null);
    try {
      const res = await submit({ version: q.versionNo, answers: formToAnswers(questions, values) });
      onSubmitted(res.submittedAt);
    } catch (e) {
      setError(errorMessage(e));
      if (e instanceof ApiError && e.fields) {
        // "answers.members.0" belongs to the members question.
        form.setFields(Object.entries(e.fields).map(([k, why]) => ({ name: toNamePath(k.replace(/^answers\./, '')).slice(0, 1), errors: [why] })));
      }
    } finally {
      setSaving(false);
    }
  }

  const rulesFor = (question: Question) => {
    if (question.type === 'members') {
      return [
        {
          validator: async (_: unknown, v: MemberDraft[] | undefined) => {
            const rows = (v ?? []).filter((m) => !isBlankMember(m));
            if (question.required && rows.length === 0) throw new Error(t('members.empty'));
            if (rows.some((m) => !m.name.trim() || !m.relation)) throw new Error(t('members.nameMissing'));
          },
        },
      ];
    }
    if (!question.required) return [];
    // A rule without a type is a string rule: a multiple choice must say it is an array, or any answer fails.
    if (question.type === 'multi') return [{ required: true, type: 'array' as const, min: 1, message: t('required') }];
    return [{ required: true, message: t('required'), whitespace: question.type === 'text' }];
  };

  return (
    <>
      <div style={paragraph}>
        <strong>{q.title}</strong>
        {q.intro && <p style={{ margin: '8px 0 0', color: 'var(--adm-color-weak)' }}>{q.intro}</p>}
      </div>
      {error && <NoticeBar color="alert" content={error} wrap />}
      <Form
        form={form}
        layout="vertical"
        initialValues={Object.fromEntries(questions.filter((x) => x.type === 'members').map((x) => [x.key, [{ name: '' }]]))}
        onFinish={finish}
        onFinishFailed={() => setError(t('submitFailed'))}
        footer={
          <Button block type="submit" color="primary" size="large" loading={saving} disabled={!data.canSubmit}>
            {t('submit')}
          </Button>
        }
      >
        {q.sections.map((s) => (
          <div key={s.key}>
            <Form.Header>{s.title}</Form.Header>
            {s.questions.map((question) => (
              <Form.Item key={question.key} name={question.key} label={question.title} help={question.help ?? undefined} required={question.required} rules={rulesFor(question)}>
                <QuestionInput q={question} />
              </Form.Item>
            ))}
          </div>
        ))}
      </Form>
    </>
  );
}
