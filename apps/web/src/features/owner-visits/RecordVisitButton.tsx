import { useState } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { canRecordOwnerVisits } from './access';
import { RecordVisitDrawer } from './RecordVisitDrawer';
import './i18n';

/** 记录定期回访 from a household's profile page; the server still refuses another butler's household. */
export function RecordVisitButton({ householdId, label }: { householdId: string; label: string }) {
  const { t } = useTranslation('ownerVisits');
  const auth = useAuth();
  const [open, setOpen] = useState(false);
  if (!canRecordOwnerVisits(auth)) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)} style={{ marginBottom: 12 }}>
        {t('recordFromProfile')}
      </Button>
      <RecordVisitDrawer household={open ? { id: householdId, label } : null} onClose={() => setOpen(false)} />
    </>
  );
}
