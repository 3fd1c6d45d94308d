import { useState, type ChangeEvent } from 'react';
import { Button, Dialog, Empty, Form, Input, List, Radio, Space, Tag, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { businessDate } from '@guanjia/domain/shared/business-date';
import { useMyCommands, useMyWakeUpCalls, type WakeUpCall, type WakeUpInput } from '../../features/life-secretary/api';
import { isApiError } from '../../ui/api';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { DateInput } from '../services/DateInput';
import { PageError, PageLoading } from '../services/ServicePage';

function TimeInput({ id, value, onChange }: { id?: string; value?: string; onChange?: (v: string) => void }) {
  return (
    <input
      id={id}
      type="time"
      className="adm-input-element"
      data-testid="wake-time"
      value={value ?? ''}
      onChange={(e: ChangeEvent<HTMLInputElement>) => onChange?.(e.target.value)}
      style={{ width: '100%', fontSize: 17, minHeight: 32, border: 'none', background: 'transparent', padding: 0 }}
    />
  );
}

/** 定时叫醒: the owner's calls (cancel after confirming) and a form to add one. */
export function WakeUpSection() {
  const { t } = useTranslation('h5lifeSecretary');
  const calls = useMyWakeUpCalls();
  const { cancelWakeUp } = useMyCommands();
  const [adding, setAdding] = useState(false);

  async function cancel(c: WakeUpCall) {
    const ok = await Dialog.confirm({ content: t('cancelConfirm'), confirmText: t('cancel'), cancelText: t('keep') });
    if (!ok) return;
    try {
      await cancelWakeUp.mutateAsync(c.id);
      Toast.show({ content: t('cancelDone'), icon: 'success' });
    } catch (error) {
      Toast.show({ content: errorMessage(error), icon: 'fail' });
    }
  }

  let body;
  if (calls.isPending) body = <PageLoading />;
  else if (calls.isError) body = <PageError error={calls.error} retry={() => void calls.refetch()} />;
  else if (calls.data.items.length === 0) body = <Empty description={t('wakeUpsEmpty')} />;
  else
    body = calls.data.items.map((c) => (
      <List.Item
        key={c.id}
        data-testid="my-wake-up"
        description={[t(`channels.${c.channel}`), c.note, c.nextAt && t('next', { at: formatDateTime(c.nextAt) })].filter(Boolean).join(' · ')}
        extra={
          c.allowedActions.includes('cancel') ? (
            <Button size="small" color="danger" fill="outline" onClick={() => void cancel(c)}>
              {t('cancel')}
            </Button>
          ) : (
            <Tag>{t(`statuses.${c.status}`)}</Tag>
          )
        }
      >
        {c.repeat === 'daily' ? t('daily', { time: c.time }) : t('once', { date: c.date, time: c.time })}
      </List.Item>
    ));

  return (
    <>
      <List header={t('wakeUps')}>{body}</List>
      <div style={{ padding: 12 }}>
        {adding ? (
          <WakeUpForm onDone={() => setAdding(false)} />
        ) : (
          <Button block color="primary" fill="outline" onClick={() => setAdding(true)}>
            {t('addWakeUp')}
          </Button>
        )}
      </div>
    </>
  );
}

function WakeUpForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('h5lifeSecretary');
  const [form] = Form.useForm<WakeUpInput>();
  const repeat = Form.useWatch('repeat', form);
  const { createWakeUp } = useMyCommands();
  const [formError, setFormError] = useState<string | null>(null);

  async function submit(values: WakeUpInput) {
    setFormError(null);
    try {
      await createWakeUp.mutateAsync({ ...values, date: values.repeat === 'once' ? values.date : null, note: values.note || null });
      Toast.show({ content: t('created'), icon: 'success' });
      onDone();
    } catch (error) {
      if (isApiError(error) && error.fields) form.setFields(Object.entries(error.fields).map(([name, message]) => ({ name: name as keyof WakeUpInput, errors: [message] })));
      else setFormError(errorMessage(error));
    }
  }

  return (
    <Form
      form={form}
      layout="horizontal"
      initialValues={{ repeat: 'daily', channel: 'sms', time: '06:30', date: businessDate(new Date()) }}
      onFinish={submit}
      footer={
        <>
          {formError && (
            <div role="alert" style={{ color: 'var(--adm-color-danger)', marginBottom: 8 }}>
              {formError}
            </div>
          )}
          <Button block type="submit" color="primary" loading={createWakeUp.isPending}>
            {t('save')}
          </Button>
        </>
      }
    >
      <Form.Item name="repeat" label={t('repeat')}>
        <Radio.Group>
          <Space>
            <Radio value="daily">{t('repeats.daily')}</Radio>
            <Radio value="once">{t('repeats.once')}</Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      {repeat === 'once' && (
        <Form.Item name="date" label={t('date')} rules={[{ required: true }]}>
          <DateInput min={businessDate(new Date())} />
        </Form.Item>
      )}
      <Form.Item name="time" label={t('time')} rules={[{ required: true }]}>
        <TimeInput />
      </Form.Item>
      <Form.Item name="channel" label={t('channel')}>
        <Radio.Group>
          <Space>
            <Radio value="sms">{t('channels.sms')}</Radio>
            <Radio value="inApp">{t('channels.inApp')}</Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="note" label={t('note')}>
        <Input maxLength={200} />
      </Form.Item>
    </Form>
  );
}
