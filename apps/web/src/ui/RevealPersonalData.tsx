import { useState, type ReactNode } from 'react';
import { App, Button, Space, Tooltip } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { api } from './api';
import { errorMessage } from './form-errors';
import { i18n } from './i18n';
import { LANGUAGES } from './language';

const revealText = {
  'zh-CN': { reveal: '查看完整{{field}}', logged: '已查看，本次查看已记录', phone: '手机号', idNumber: '身份证号' },
  en: { reveal: 'Show the full {{field}}', logged: 'Shown; this view is logged', phone: 'phone number', idNumber: 'ID number' },
};
for (const lng of LANGUAGES) {
  if (!i18n.hasResourceBundle(lng, 'reveal')) i18n.addResourceBundle(lng, 'reveal', revealText[lng], true, true);
}

/** Where the full value lives: an owner record, a deal's buyer or co-buyer as signed, a work order's requester, a visitor, an outside worker. */
export type RevealSubject =
  | { subjectType: 'owner'; ownerId: string }
  | { subjectType: 'deal'; dealId: string; ownerId: string }
  | { subjectType: 'workOrder'; workOrderId: string }
  | { subjectType: 'visit'; visitId: string }
  | { subjectType: 'externalWorker'; externalWorkerId: string };

interface Props {
  /** The masked value the list or detail showed. */
  value: string | null | undefined;
  field: 'phone' | 'idNumber';
  subject: RevealSubject;
  /** The viewer may see the full value (the server decides again and logs the read). */
  canReveal: boolean;
  purpose?: string;
  /** How the full value shows once revealed (a tel: link on a phone, say); plain text by default. */
  renderFull?: (full: string) => ReactNode;
  /** Told the full value once the server answered (to prefill a form with it, say). */
  onRevealed?: (full: string) => void;
}

/**
 * A masked phone or ID number with a small eye button for staff who may see it in full: a click asks
 * the server, which logs who read whose number from which page, and the full value replaces the mask.
 */
export function RevealPersonalData({ value, field, subject, canReveal, purpose, renderFull, onRevealed }: Props) {
  const { t } = useTranslation('reveal');
  const { message } = App.useApp();
  const location = useLocation();
  const [full, setFull] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  if (!value) return <>—</>;
  if (full) {
    return (
      <Tooltip title={t('logged')}>
        <span data-testid="revealed-value">{renderFull ? renderFull(full) : full}</span>
      </Tooltip>
    );
  }
  async function reveal() {
    setLoading(true);
    try {
      const res = await api.post<{ value: string | null }>('/api/personal-data/reveal', { ...subject, field, purpose, page: location.pathname });
      const shown = res.value ?? value ?? null;
      setFull(shown);
      if (shown && res.value) onRevealed?.(shown);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setLoading(false);
    }
  }
  const label = t('reveal', { field: t(field) });
  return (
    <Space size={2}>
      <span>{value}</span>
      {canReveal && (
        <Tooltip title={label}>
          <Button
            type="text"
            size="small"
            aria-label={label}
            icon={<EyeOutlined />}
            loading={loading}
            onClick={(e) => {
              e.stopPropagation();
              void reveal();
            }}
          />
        </Tooltip>
      )}
    </Space>
  );
}
