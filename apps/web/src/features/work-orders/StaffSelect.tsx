import type { CSSProperties } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWorkOrderAssignees, type WorkOrderAssignees } from './api';

interface StaffSelectProps {
  projectId: string;
  /** Workers to dispatch to or filter by (the default), or the desk to hand accountability to. */
  people?: 'workers' | 'deskStaff';
  /** Left out of the options: the person who already holds the role being handed on. */
  exclude?: string | null;
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
}

/** A worker reads with where they belong, so two people of the same name can be told apart. */
export function staffOptions(data: Partial<WorkOrderAssignees> | undefined, people: 'workers' | 'deskStaff') {
  if (people === 'deskStaff') return (data?.deskStaff ?? []).map((s) => ({ value: s.id, label: s.name }));
  const vendorNames = new Map((data?.vendors ?? []).map((v) => [v.id, v.name]));
  return (data?.workers ?? []).map((w) => {
    const where = w.departmentName ?? (w.vendorId ? vendorNames.get(w.vendorId) : undefined);
    return { value: w.id, label: where ? `${w.name}（${where}）` : w.name };
  });
}

/** Picks a person of the project from GET /api/work-orders/assignees, searched by name in the browser. */
export function StaffSelect({ projectId, people = 'workers', exclude, value, onChange, id, placeholder, allowClear, style }: StaffSelectProps) {
  const { t } = useTranslation('workOrders');
  const assignees = useWorkOrderAssignees(projectId);
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      allowClear={allowClear}
      style={style}
      placeholder={placeholder ?? t('dispatch.userSearch')}
      aria-label={placeholder ?? t('dispatch.userSearch')}
      loading={assignees.isPending}
      disabled={assignees.isError}
      showSearch={{ optionFilterProp: 'label' }}
      options={staffOptions(assignees.data, people).filter((o) => o.value !== exclude)}
    />
  );
}
