import { DatePicker, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ReplyBody, ReplyByBody } from './api';
import { CommandModal } from './CommandModal';
import { MAX_REPLY_DAYS, outsideReplyWindow } from './reply-dates';

const DATE_FORMAT = 'YYYY-MM-DD';

interface ModalProps<B> {
  onSubmit: (body: B) => Promise<unknown>;
  onClose: () => void;
  onConflict: () => void;
}

/**
 * 约定回复日期 / 修改回复日期: a date from today (Shanghai) to the server's limit; moving a date
 * already agreed with the requester needs a reason.
 */
export function ReplyByModal({ current, onSubmit, onClose, onConflict }: ModalProps<ReplyByBody> & { current: string | null }) {
  const { t } = useTranslation('workOrders');
  const moving = current !== null;
  return (
    <CommandModal<{ replyBy?: Dayjs; reason?: string }>
      title={moving ? t('reply.move') : t('reply.agree')}
      okText={t('common:actions.confirm')}
      successMessage={moving ? t('reply.moved') : t('reply.agreed')}
      onSubmit={({ replyBy, reason }) => onSubmit({ replyBy: replyBy!.format(DATE_FORMAT), reason: reason?.trim() || undefined })}
      onClose={onClose}
      onConflict={onConflict}
    >
      <Typography.Paragraph type="secondary">{t('reply.hint')}</Typography.Paragraph>
      <Form.Item
        label={t('reply.date')}
        name="replyBy"
        extra={moving ? t('reply.current', { date: current }) : undefined}
        rules={[
          { required: true, message: t('reply.dateRequired') },
          {
            validator: (_, value: Dayjs | undefined) => {
              if (!value) return Promise.resolve();
              const date = value.format(DATE_FORMAT);
              if (outsideReplyWindow(date)) return Promise.reject(new Error(t('reply.dateOutside', { max: MAX_REPLY_DAYS })));
              if (date === current) return Promise.reject(new Error(t('reply.sameDate')));
              return Promise.resolve();
            },
          },
        ]}
      >
        <DatePicker style={{ width: '100%' }} format={DATE_FORMAT} disabledDate={(day: Dayjs) => outsideReplyWindow(day.format(DATE_FORMAT))} />
      </Form.Item>
      {moving && (
        <Form.Item label={t('reply.moveReason')} name="reason" rules={[{ required: true, whitespace: true, message: t('reply.moveReasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
    </CommandModal>
  );
}

/** 记录回复: what the requester was told, and how; it lets the order be closed. */
export function RecordReplyModal({ onSubmit, onClose, onConflict }: ModalProps<ReplyBody>) {
  const { t } = useTranslation('workOrders');
  return (
    <CommandModal<{ note: string }>
      title={t('reply.record')}
      okText={t('reply.record')}
      successMessage={t('reply.recorded')}
      onSubmit={({ note }) => onSubmit({ note: note.trim() })}
      onClose={onClose}
      onConflict={onConflict}
    >
      <Form.Item
        label={t('reply.note')}
        name="note"
        extra={t('reply.noteHint')}
        rules={[{ required: true, whitespace: true, message: t('reply.noteRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={1000} />
      </Form.Item>
    </CommandModal>
  );
}
