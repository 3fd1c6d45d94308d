import { useState } from 'react';
import { App, Button, Drawer, Form, Input, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { recurrenceLabel } from '@guanjia/domain/care-plans/care-recurrence';
import { isApiError } from '../../ui/api';
import { CommandModal } from '../../ui/CommandModal';
import { errorMessage, reportFormError } from '../../ui/form-errors';
import { useLanguage } from '../../ui/useLanguage';
import { useCareCommands, type CareSuggestion } from './api';
import { fromRecurrenceForm, ItemSelect, itemValue, parseItemValue, RecurrenceFields, toRecurrenceForm, type RecurrenceForm } from './care-parts';
import './i18n';

interface AdjustForm {
  title: string;
  itemNumber: string;
  recurrence: RecurrenceForm;
  timeOfDay?: string | null;
}

/** 接受 / 调整 / 不采纳 (and 重新考虑 for a declined one) of one suggestion, as its allowed actions say. */
export function SuggestionActions({ suggestion: s, size = 'small' }: { suggestion: CareSuggestion; size?: 'small' | 'middle' }) {
  const { t } = useTranslation('carePlans');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const commands = useCareCommands();
  const [adjusting, setAdjusting] = useState(false);
  const [declining, setDeclining] = useState(false);
  const can = (a: CareSuggestion['allowedActions'][number]) => s.allowedActions.includes(a);

  async function run(p: Promise<unknown>, done: string) {
    try {
      await p;
      message.success(done);
    } catch (error) {
      message.error(isApiError(error, 409) ? t('changedMeanwhile') : errorMessage(error));
    }
  }

  return (
    <Space size="small" wrap>
      {can('accept') && (
        <Popconfirm
          title={t('acceptConfirm', { title: s.proposal.title, recurrence: recurrenceLabel(s.proposal.recurrence, language) })}
          okText={t('common:actions.confirm')}
          cancelText={t('common:actions.cancel')}
          onConfirm={() => run(commands.accept.mutateAsync(s), t('accepted'))}
        >
          <Button type="primary" size={size} aria-label={`${t('accept')} ${s.proposal.title}`}>
            {t('accept')}
          </Button>
        </Popconfirm>
      )}
      {can('adjust') && (
        <Button size={size} onClick={() => setAdjusting(true)} aria-label={`${t('adjust')} ${s.proposal.title}`}>
          {t('adjust')}
        </Button>
      )}
      {can('decline') && (
        <Button size={size} danger onClick={() => setDeclining(true)} aria-label={`${t('decline')} ${s.proposal.title}`}>
          {t('decline')}
        </Button>
      )}
      {can('reconsider') && (
        <Button size={size} onClick={() => void run(commands.reconsider.mutateAsync(s), t('reconsidered'))}>
          {t('reconsider')}
        </Button>
      )}
      {adjusting && <AdjustDrawer suggestion={s} onClose={() => setAdjusting(false)} />}
      {declining && (
        <CommandModal<{ reason: string }>
          title={t('declineTitle', { title: s.proposal.title })}
          okText={t('decline')}
          danger
          onClose={() => setDeclining(false)}
          onSubmit={(v) => commands.decline.mutateAsync({ s, reason: v.reason })}
          successMessage={t('declined')}
          onConflict={() => undefined}
          conflictMessage={t('changedMeanwhile')}
        >
          <Form.Item label={t('declineReason')} name="reason" rules={[{ required: true, whitespace: true, message: t('reasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={500} placeholder={t('declineReasonPlaceholder')} />
          </Form.Item>
        </CommandModal>
      )}
    </Space>
  );
}

/** 调整: the item, rhythm and time the plan will really follow, then accepted in one step. */
function AdjustDrawer({ suggestion: s, onClose }: { suggestion: CareSuggestion; onClose: () => void }) {
  const { t } = useTranslation('carePlans');
  const { message } = App.useApp();
  const commands = useCareCommands();
  const [form] = Form.useForm<AdjustForm>();
  const initial: AdjustForm = { title: s.proposal.title, itemNumber: itemValue(s.proposal.categoryNumber, s.proposal.itemNumber), recurrence: toRecurrenceForm(s.proposal.recurrence), timeOfDay: s.proposal.timeOfDay };

  async function save(v: AdjustForm) {
    try {
      await commands.adjust.mutateAsync({ s, input: { title: v.title, ...parseItemValue(v.itemNumber), recurrence: fromRecurrenceForm(v.recurrence), timeOfDay: v.timeOfDay || null } });
      message.success(t('adjusted'));
      onClose();
    } catch (error) {
      if (isApiError(error, 409)) {
        message.error(t('changedMeanwhile'));
        onClose();
      } else reportFormError(form, error, message);
    }
  }

  return (
    <Drawer
      open
      title={t('adjustTitle')}
      size={560}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="primary" loading={commands.adjust.isPending} onClick={() => form.submit()}>
            {t('accept')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('adjustHint')}</Typography.Paragraph>
      <Form<AdjustForm> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void save(v)}>
        <Form.Item label={t('fields.title')} name="title" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item label={t('fields.item')} name="itemNumber" rules={[{ required: true }]}>
          <ItemSelect aria-label={t('fields.item')} />
        </Form.Item>
        <RecurrenceFields name={[]} />
      </Form>
    </Drawer>
  );
}
