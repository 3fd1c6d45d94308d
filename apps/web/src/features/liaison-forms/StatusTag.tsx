import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LiaisonFormStatus } from './api';

const COLORS: Record<LiaisonFormStatus, string> = { draft: 'default', issued: 'processing', acknowledged: 'cyan', replied: 'gold', returned: 'success', cancelled: 'default' };

export function StatusTag({ status }: { status: LiaisonFormStatus }) {
  const { t } = useTranslation('liaisonForms');
  return <Tag color={COLORS[status]}>{t(`statuses.${status}`)}</Tag>;
}
