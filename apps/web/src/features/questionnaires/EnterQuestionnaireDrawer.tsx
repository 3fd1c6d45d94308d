import { useState } from 'react';
import { Alert, App, Button, Checkbox, DatePicker, Drawer, Empty, Form, Input, InputNumber, Radio, Select, Space, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { StaffEntryMethod } from '@guanjia/domain/questionnaires/questionnaire-flow';
import type { Question } from '@guanjia/domain/questionnaires/questionnaire-content';
import { api } from '../../ui/api';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { useOwnerConsents, useProfileCommands } from '../service-profiles/api';
import { answerFieldProblems, formToAnswers } from './answer-form';
import { useQuestionnaire, useQuestionnaires, type Questionnaire } from './api';
import { MembersInput } from './MembersInput';
import './i18n';

const METHODS: StaffEntryMethod[] = ['paper', 'verbal'];

function QuestionControl({ q, value, onChange }: { q: Question; value?: unknown; onChange?: (v: unknown) => void }) {
  switch (q.type) {
    case 'single':
      return <Radio.Group aria-label={q.title} value={value} onChange={(e) => onChange?.(e.target.value)} options={(q.options ?? []).map((o) => ({ value: o.value, label: o.label }))} />;
    case 'multi':
      return <Checkbox.Group aria-label={q.title} value={(value as string[] | undefined) ?? []} onChange={(v) => onChange?.(v)} options={(q.options ?? []).map((o) => ({ value: o.value, label: o.label }))} />;
    case 'text':
      return <Input.TextArea aria-label={q.title} autoSize={{ minRows: 2 }} maxLength={500} value={(value as string | undefined) ?? ''} onChange={(e) => onChange?.(e.target.value)} />;
    case 'number':
      return <InputNumber aria-label={q.title} min={q.min ?? undefined} max={q.max ?? undefined} value={value as number | undefined} onChange={(v) => onChange?.(v ?? undefined)} />;
    case 'date':
      return <DatePicker aria-label={q.title} onChange={(d: Dayjs | null) => onChange?.(d ? d.format('YYYY-MM-DD') : undefined)} />;
    case 'members':
      return <MembersInput label={q.title} value={value as never} onChange={(v) => onChange?.(v)} />;
  }
}

/**
 * 录入问卷: the butler enters the owner's answers given on paper or by phone. The owner's consent to keep
 * them is recorded first (how it was given), then the published version is filled and checked by the
 * same rules as the owner's phone; the household's profile and the deal's checklist refresh.
 */
export function EnterQuestionnaireDrawer({ open, onClose, projectId, householdId, owners }: { open: boolean; onClose: () => void; projectId: string; householdId: string; owners: { ownerId: string; name: string }[] }) {
  const { t } = useTranslation('questionnaires');
  const [ownerId, setOwnerId] = useState<string | undefined>(owners.length === 1 ? owners[0]!.ownerId : undefined);
  const list = useQuestionnaires(open ? projectId : undefined);
  const publishedId = list.data?.items.find((q) => q.status === 'published')?.id ?? null;
  const questionnaire = useQuestionnaire(open ? publishedId : null);
  const failed = list.isError ? list : questionnaire.isError ? questionnaire : null;
  return (
    <Drawer open={open} onClose={onClose} size="large" title={t('entry.title')} destroyOnHidden>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Select aria-label={t('entry.owner')} placeholder={t('entry.chooseOwner')} style={{ width: 240 }} value={ownerId} options={owners.map((o) => ({ value: o.ownerId, label: o.name }))} onChange={(v: string) => setOwnerId(v)} />
        {(list.isPending || (publishedId && questionnaire.isPending)) && <Spin />}
        {failed && <QueryError error={failed.error} onRetry={() => void failed.refetch()} />}
        {list.data && !publishedId && <Empty description={t('entry.noPublished')} />}
        {ownerId && questionnaire.data && <OwnerEntry key={ownerId} ownerId={ownerId} householdId={householdId} q={questionnaire.data} onDone={onClose} />}
      </Space>
    </Drawer>
  );
}

/** One owner's entry: their consent first, then the answers. */
function OwnerEntry({ ownerId, householdId, q, onDone }: { ownerId: string; householdId: string; q: Questionnaire; onDone: () => void }) {
  const { t } = useTranslation('questionnaires');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [consentMethod, setConsentMethod] = useState<StaffEntryMethod | undefined>();
  const [consentError, setConsentError] = useState(false);
  const [form] = Form.useForm();
  const consents = useOwnerConsents(ownerId);
  const current = consents.data?.current.find((c) => c.purpose === 'serviceProfile')?.consent;
  const consented = Boolean(current?.granted);
  const profile = useProfileCommands(householdId);
  const submit = useMutation({
    mutationFn: (body: { answers: Record<string, unknown>; method: StaffEntryMethod }) => api.post('/api/questionnaires/responses', { ...body, ownerId, householdId, questionnaireId: q.id }),
    onSettled: async () => {
      await Promise.all([client.invalidateQueries({ queryKey: ['serviceProfile', householdId] }), client.invalidateQueries({ queryKey: ['deals'] }), client.invalidateQueries({ queryKey: ['questionnaires'] })]);
    },
  });

  async function recordConsent() {
    if (!consentMethod) return setConsentError(true);
    try {
      await profile.recordConsent.mutateAsync({ ownerId, purpose: 'serviceProfile', granted: true, method: consentMethod });
      message.success(t('entry.consentRecorded'));
    } catch (e) {
      message.error(errorMessage(e));
    }
  }

  async function finish(values: Record<string, unknown>) {
    const answers = formToAnswers(q.sections.flatMap((s) => s.questions), values);
    const problems = answerFieldProblems({ sections: q.sections }, answers, new Date().getFullYear());
    if (problems.size) {
      form.setFields([...problems.values()].map((p) => ({ name: p.questionKey, errors: [t(`entry.problems.${p.problem}`)] })));
      message.error(t('entry.checkAnswers'));
      return;
    }
    try {
      await submit.mutateAsync({ answers, method: values.__method as StaffEntryMethod });
      message.success(t('entry.submitted'));
      onDone();
    } catch (e) {
      message.error(errorMessage(e));
    }
  }

  if (consents.isPending) return <Spin size="small" />;
  if (consents.isError) return <QueryError error={consents.error} onRetry={() => void consents.refetch()} />;
  if (!consented) {
    return (
      <section aria-label={t('entry.consent')}>
        <Typography.Title level={5}>{t('entry.consent')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('entry.consentHint')}</Typography.Paragraph>
        <Space wrap>
          <Radio.Group
            aria-label={t('entry.consentMethod')}
            value={consentMethod}
            onChange={(e) => {
              setConsentMethod(e.target.value as StaffEntryMethod);
              setConsentError(false);
            }}
            options={METHODS.map((m) => ({ value: m, label: t(`entry.consentMethods.${m}`) }))}
          />
          <Button type="primary" loading={profile.recordConsent.isPending} onClick={() => void recordConsent()}>
            {t('entry.recordConsent')}
          </Button>
        </Space>
        {consentError && (
          <Typography.Paragraph type="danger" style={{ marginTop: 4 }}>
            {t('entry.consentMethodRequired')}
          </Typography.Paragraph>
        )}
      </section>
    );
  }
  return (
    <>
      <Alert type="success" showIcon title={t('entry.consentGiven', { at: formatDateTime(current!.at) })} />
      <Form form={form} layout="vertical" aria-label={q.title} onFinish={(v: Record<string, unknown>) => void finish(v)} initialValues={{ __method: current?.method === 'verbal' ? 'verbal' : 'paper' }}>
        <Typography.Title level={5}>{`${q.title} · ${t('versionLabel', { n: q.versionNo })}`}</Typography.Title>
        {q.intro && <Typography.Paragraph type="secondary">{q.intro}</Typography.Paragraph>}
        <Form.Item name="__method" label={t('entry.answersMethod')} rules={[{ required: true }]}>
          <Radio.Group options={METHODS.map((m) => ({ value: m, label: t(`entry.answersMethods.${m}`) }))} />
        </Form.Item>
        {q.sections.map((s) => (
          <div key={s.key}>
            <Typography.Title level={5}>{s.title}</Typography.Title>
            {s.questions.map((question) => (
              <Form.Item key={question.key} name={question.key} label={question.title} extra={question.help ?? undefined} required={question.required}>
                <QuestionControl q={question} />
              </Form.Item>
            ))}
          </div>
        ))}
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {t('entry.submit')}
        </Button>
      </Form>
    </>
  );
}

/** The button that opens the drawer, for the household's profile and the deal's checklist. */
export function EnterQuestionnaireButton(props: { projectId: string; householdId: string; owners: { ownerId: string; name: string }[]; size?: 'small' | 'middle' }) {
  const { t } = useTranslation('questionnaires');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size={props.size} onClick={() => setOpen(true)} disabled={props.owners.length === 0}>{t('entry.open')}</Button>
      {open && <EnterQuestionnaireDrawer open={open} onClose={() => setOpen(false)} projectId={props.projectId} householdId={props.householdId} owners={props.owners} />}
    </>
  );
}
