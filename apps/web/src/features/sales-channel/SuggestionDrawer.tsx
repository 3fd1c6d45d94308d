import { useState } from 'react';
import { App, Button, DatePicker, Descriptions, Drawer, Form, Input, Popconfirm, Space, Spin, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { CommandModal } from '../../ui/CommandModal';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { HistoryTimeline } from '../../ui/HistoryTimeline';
import { QueryError } from '../../ui/QueryError';
import { useChannelCommands, useSuggestion, type SuggestionAction } from './api';
import { DATE_FORMAT, notBeforeToday, OverdueTag, SideTag } from './parts';

type TextStep = Exclude<SuggestionAction, 'accept'>;

/** One suggestion: what was asked, the answer, the history, and only the steps the caller's side may take now. */
export function SuggestionDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('salesChannel');
  const { message } = App.useApp();
  const detail = useSuggestion(id);
  const commands = useChannelCommands();
  const [step, setStep] = useState<TextStep | null>(null);
  const s = detail.data;

  async function accept() {
    if (!s) return;
    try {
      await commands.actOnSuggestion(s, 'accept');
      message.success(t('suggestions.done.accept'));
    } catch (error) {
      message.error(isApiError(error, 409) ? t('suggestions.conflict') : errorMessage(error));
      void detail.refetch();
    }
  }

  return (
    <Drawer open={id !== null} onClose={onClose} title={s ? `${t('suggestions.detail')} ${s.number}` : t('suggestions.detail')} size={640} destroyOnHidden>
      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.isPending && id && <Spin />}
      {s && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <Tag>{t(`suggestionStatus.${s.status}`)}</Tag>
            <OverdueTag overdue={s.overdue} label={t('suggestions.overdue')} />
          </Space>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('suggestions.sTitle')}>{s.title}</Descriptions.Item>
            <Descriptions.Item label={t('suggestions.category')}>{t(`categories.${s.category}`)}</Descriptions.Item>
            <Descriptions.Item label={t('suggestions.from')}>
              <SideTag side={s.raisedBySide} /> {s.raisedBy.name}
            </Descriptions.Item>
            <Descriptions.Item label={t('suggestions.to')}>
              <SideTag side={s.addressedTo} />
            </Descriptions.Item>
            <Descriptions.Item label={t('suggestions.dueDate')}>{s.dueDate}</Descriptions.Item>
            <Descriptions.Item label={t('suggestions.content')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{s.content}</Typography.Paragraph>
            </Descriptions.Item>
            {s.answerText && (
              <Descriptions.Item label={t('suggestions.answerText')}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{s.answerText}</Typography.Paragraph>
                {s.answeredBy && s.answeredAt && <Typography.Text type="secondary">{t('suggestions.answeredBy', { name: s.answeredBy.name, at: formatDateTime(s.answeredAt), count: s.answerCount })}</Typography.Text>}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Space wrap>
            {s.allowedActions.map((action) =>
              action === 'accept' ? (
                <Popconfirm key={action} title={t('suggestions.acceptConfirm')} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={accept}>
                  <Button type="primary">{t('suggestions.actions.accept')}</Button>
                </Popconfirm>
              ) : (
                <Button key={action} type={action === 'answer' ? 'primary' : 'default'} danger={action === 'withdraw'} onClick={() => setStep(action)}>
                  {t(`suggestions.actions.${action}`)}
                </Button>
              ),
            )}
          </Space>
          <Typography.Title level={5}>{t('suggestions.history')}</Typography.Title>
          <HistoryTimeline
            namespace="salesChannel"
            emptyText={t('suggestions.history')}
            colors={{ accept: 'green', sendBack: 'orange', withdraw: 'gray' }}
            hideNoteOf={[]}
            history={s.history.map((h) => ({ action: h.action, actor: h.actor, from: h.fromStatus, to: h.toStatus, note: h.note, at: h.at }))}
          />
          {step && (
            <CommandModal<{ answerText?: string; note?: string; dueDate?: Dayjs }>
              title={t(`suggestions.actions.${step}`)}
              okText={t(`suggestions.actions.${step}`)}
              danger={step === 'withdraw'}
              onClose={() => setStep(null)}
              successMessage={t(`suggestions.done.${step}`)}
              onConflict={() => void detail.refetch()}
              conflictMessage={t('suggestions.conflict')}
              onSubmit={(v) => commands.actOnSuggestion(s, step, { answerText: v.answerText, note: v.note, dueDate: v.dueDate?.format(DATE_FORMAT) })}
            >
              {step === 'answer' ? (
                <Form.Item label={t('suggestions.answerText')} name="answerText" rules={[{ required: true, whitespace: true, message: t('suggestions.answerRequired') }]}>
                  <Input.TextArea rows={5} maxLength={4000} />
                </Form.Item>
              ) : (
                <Form.Item label={t('suggestions.note')} name="note" rules={[{ required: true, whitespace: true, message: t('suggestions.noteRequired') }]}>
                  <Input.TextArea rows={3} maxLength={1000} />
                </Form.Item>
              )}
              {step === 'sendBack' && (
                <Form.Item label={t('suggestions.newDueDate')} name="dueDate">
                  <DatePicker style={{ width: '100%' }} format={DATE_FORMAT} disabledDate={notBeforeToday} />
                </Form.Item>
              )}
            </CommandModal>
          )}
        </Space>
      )}
    </Drawer>
  );
}
