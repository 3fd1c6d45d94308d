import { useState } from 'react';
import { Button, Card, Dialog, TextArea, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/form-errors';
import { useRateWorkOrder } from './api';
import { StarRating } from './StarRating';

/** 回访: 1–5 stars and a comment; 不满意 needs the comment and sends the order back to be redone. */
export function RatingForm({ orderId }: { orderId: string }) {
  const { t } = useTranslation('h5services');
  const rate = useRateWorkOrder(orderId);
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function send(accept: boolean) {
    setError(null);
    if (rating < 1) return setError(t('ratingRequired'));
    if (!accept && !comment.trim()) return setError(t('rejectCommentRequired'));
    if (!accept) {
      const confirmed = await Dialog.confirm({ content: t('rejectConfirm'), confirmText: t('reject'), cancelText: t('common:actions.cancel') });
      if (!confirmed) return;
    }
    try {
      await rate.mutateAsync({ rating, accept, ...(comment.trim() ? { comment: comment.trim() } : {}) });
      Toast.show({ content: accept ? t('rated') : t('reopened'), icon: 'success' });
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <Card title={t('rateTitle')} data-testid="rating-form">
      <div style={{ color: 'var(--adm-color-text-secondary)', marginBottom: 8 }}>{t('rateHint')}</div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 8 }}>
        <span>{t('rating')}</span>
        <StarRating value={rating} onChange={setRating} />
      </div>
      <label htmlFor={`rating-comment-${orderId}`} style={{ display: 'block', marginBottom: 4 }}>
        {t('comment')}
      </label>
      <TextArea
        id={`rating-comment-${orderId}`}
        placeholder={rating > 0 && rating < 3 ? t('rejectCommentPlaceholder') : t('commentPlaceholder')}
        value={comment}
        onChange={setComment}
        rows={3}
        maxLength={500}
        showCount
        style={{ background: 'var(--adm-color-box)', borderRadius: 4, padding: 8 }}
      />
      {error && (
        <div role="alert" style={{ color: 'var(--adm-color-danger)', marginTop: 8 }}>
          {error}
        </div>
      )}
      <div style={{ display: 'flex', gap: 12, marginTop: 12 }}>
        <Button color="primary" onClick={() => void send(true)} loading={rate.isPending} style={{ flex: 1 }}>
          {t('accept')}
        </Button>
        <Button color="danger" fill="outline" onClick={() => void send(false)} loading={rate.isPending} style={{ flex: 1 }}>
          {t('reject')}
        </Button>
      </div>
    </Card>
  );
}
