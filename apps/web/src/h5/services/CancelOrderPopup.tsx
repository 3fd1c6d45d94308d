import { useState } from 'react';
import { Button, Popup, TextArea, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/form-errors';
import { useCancelWorkOrder } from './api';

/** Cancelling asks why, so the butler can follow up; the server allows it only before work starts. */
export function CancelOrderPopup({ orderId, visible, onClose }: { orderId: string; visible: boolean; onClose: () => void }) {
  const { t } = useTranslation('h5services');
  const cancel = useCancelWorkOrder(orderId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (!reason.trim()) return setError(t('cancelReasonRequired'));
    setError(null);
    try {
      await cancel.mutateAsync({ reason: reason.trim() });
      Toast.show({ content: t('cancelled'), icon: 'success' });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <Popup visible={visible} onMaskClick={onClose} bodyStyle={{ borderTopLeftRadius: 8, borderTopRightRadius: 8, padding: 16 }}>
      <div role="dialog" aria-label={t('cancelTitle')}>
        <h3 style={{ margin: '0 0 12px', fontSize: 17 }}>{t('cancelTitle')}</h3>
        <label htmlFor={`cancel-reason-${orderId}`} style={{ display: 'block', marginBottom: 4 }}>
          {t('cancelReason')}
        </label>
        <TextArea
          id={`cancel-reason-${orderId}`}
          placeholder={t('cancelReasonPlaceholder')}
          value={reason}
          onChange={setReason}
          rows={3}
          maxLength={200}
          style={{ background: 'var(--adm-color-box)', borderRadius: 4, padding: 8 }}
        />
        {error && (
          <div role="alert" style={{ color: 'var(--adm-color-danger)', marginTop: 8 }}>
            {error}
          </div>
        )}
        <div style={{ display: 'flex', gap: 12, marginTop: 16 }}>
          <Button block onClick={onClose} style={{ flex: 1 }}>
            {t('keep')}
          </Button>
          <Button block color="danger" onClick={() => void confirm()} loading={cancel.isPending} style={{ flex: 1 }}>
            {t('cancelConfirm')}
          </Button>
        </div>
      </div>
    </Popup>
  );
}
