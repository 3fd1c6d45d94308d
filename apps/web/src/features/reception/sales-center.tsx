import { useCallback, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentProject } from '../../ui/project';
import { useSalesCenters, type SalesCenter } from './api';

const STORAGE_KEY = 'gj.reception.center';

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The sales center the reception pages work on: the remembered one of the current project, else its first. */
export function useSalesCenterChoice() {
  const { project } = useCurrentProject();
  const centers = useSalesCenters(project?.id);
  const [chosen, setChosen] = useState<string | null>(readStored);
  const choose = useCallback((id: string) => {
    setChosen(id);
    try {
      window.localStorage.setItem(STORAGE_KEY, id);
    } catch {
      /* storage unavailable: remembered for this page only */
    }
  }, []);
  const list = centers.data ?? [];
  const center: SalesCenter | undefined = list.find((c) => c.id === chosen) ?? list[0];
  return { project, centers, list, center, choose };
}

export function SalesCenterPicker({ list, value, onChange }: { list: SalesCenter[]; value: string | undefined; onChange: (id: string) => void }) {
  const { t } = useTranslation('reception');
  if (list.length < 2) return null;
  return <Select aria-label={t('board.pickCenter')} value={value} onChange={onChange} style={{ minWidth: 200 }} options={list.map((c) => ({ value: c.id, label: c.name }))} />;
}
