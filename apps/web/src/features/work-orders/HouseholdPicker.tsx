import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOptionsList } from '../../ui/paging';
import { orgPaths, unitLabel, type Household } from '../org/api';

interface HouseholdPickerProps {
  projectId: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** The whole household, so the form can offer its members as the requester. */
  onPick: (household: Household | null) => void;
  id?: string;
}

export function householdLabel(h: Household): string {
  const names = h.members.map((m) => m.name).join('、');
  return names ? `${unitLabel(h.unit)}（${names}）` : unitLabel(h.unit);
}

/** Searches the project's households by unit or member name on the server (a project holds thousands). */
export function HouseholdPicker({ projectId, value, onChange, onPick, id }: HouseholdPickerProps) {
  const { t } = useTranslation('workOrders');
  const [search, setSearch] = useState('');
  const households = useOptionsList<Household>(['households'], orgPaths.households(projectId), { q: search });
  const list = households.data ?? [];
  return (
    <Select
      id={id}
      value={value}
      allowClear
      placeholder={t('form.householdSearch')}
      loading={households.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onChange={(next: string | undefined) => {
        onChange?.(next);
        onPick(list.find((h) => h.id === next) ?? null);
      }}
      options={list.map((h) => ({ value: h.id, label: householdLabel(h) }))}
    />
  );
}
