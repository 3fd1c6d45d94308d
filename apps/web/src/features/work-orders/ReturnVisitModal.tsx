import { Alert, Form, Input, Radio, Rate, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReturnVisitBody } from './api';
import { CommandModal } from './CommandModal';

interface ReturnVisitValues {
  rating?: number;
  outcome?: 'accepted' | 'rejected';
  comment?: string;
}

interface ReturnVisitModalProps {
  /** "GD-… 卫生间漏水", so the caller is sure which order the call is about. */
  subject?: string;
  onClose: () => void;
  onSubmit: (body: ReturnVisitBody) => Promise<unknown>;
  onConflict: () => void;
}

/** 回访 by phone: the requester's rating, whether they accept the result (a rejection reopens), and what they said. */
export function ReturnVisitModal({ subject, onClose, onSubmit, onConflict }: ReturnVisitModalProps) {
  const { t } = useTranslation('workOrders');
  return (
    <CommandModal<ReturnVisitValues>
      title={t('returnVisit.title')}
      okText={t('common:actions.save')}
      successMessage={t('done.returnVisit')}
      onClose={onClose}
      onConflict={onConflict}
      onSubmit={({ rating, outcome, comment }) => onSubmit({ rating: rating!, outcome: outcome!, comment: comment?.trim() || undefined, method: 'phone' })}
    >
      {(form) => (
        <>
          {subject && <Typography.Paragraph strong>{subject}</Typography.Paragraph>}
          <Typography.Paragraph type="secondary">{t('returnVisit.method')}</Typography.Paragraph>
          <Form.Item label={t('returnVisit.rating')} name="rating" rules={[{ required: true, message: t('returnVisit.ratingRequired') }]}>
            <Rate aria-label={t('returnVisit.rating')} />
          </Form.Item>
          <Form.Item label={t('returnVisit.outcome')} name="outcome" rules={[{ required: true, message: t('returnVisit.outcomeRequired') }]}>
            <Radio.Group
              options={(['accepted', 'rejected'] as const).map((o) => ({ value: o, label: t(`returnVisit.outcomes.${o}`) }))}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['outcome']}>
            {() => {
              const rejected = form.getFieldValue('outcome') === 'rejected';
              return (
                <>
                  {rejected && <Alert type="warning" showIcon title={t('returnVisit.rejectHint')} style={{ marginBottom: 12 }} />}
                  <Form.Item
                    label={t('returnVisit.comment')}
                    name="comment"
                    // The server needs to know what is wrong before it reopens the order.
                    rules={rejected ? [{ required: true, whitespace: true, message: t('returnVisit.commentRequired') }] : []}
                  >
                    <Input.TextArea rows={3} maxLength={1000} />
                  </Form.Item>
                </>
              );
            }}
          </Form.Item>
        </>
      )}
    </CommandModal>
  );
}
