import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOptionsList } from '../../ui/paging';
import { orgPaths, type Unit } from './api';

interface UnitSelectProps {
  projectId: string;
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
}

/** Searches the project's units on the server, since a project can hold thousands. */
export function UnitSelect({ projectId, value, onChange, id }: UnitSelectProps) {
  const { t } = useTranslation('org');
  const [search, setSearch] = useState('');
  const units = useOptionsList<Unit>(['units'], orgPaths.units(projectId), { q: search });
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      placeholder={t('households.unitSearch')}
      loading={units.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={(units.data ?? []).map((u) => ({ value: u.id, label: u.code }))}
    />
  );
}
