import { Select } from 'antd';

interface StatusFilterProps<S extends string> {
  /** The accessible name, e.g. 状态. */
  label: string;
  /** Shown when cleared, e.g. 全部状态. */
  placeholder: string;
  statuses: readonly S[];
  labelOf: (status: S) => string;
  value: S | undefined;
  /** Called with the new status (undefined when cleared); lists go back to their first page here. */
  onChange: (status: S | undefined) => void;
  width?: number;
}

/** The status filter above a list: one select of the list's statuses, clearable to show all. */
export function StatusFilter<S extends string>({ label, placeholder, statuses, labelOf, value, onChange, width = 140 }: StatusFilterProps<S>) {
  return (
    <Select<S>
      aria-label={label}
      allowClear
      placeholder={placeholder}
      style={{ width }}
      value={value}
      onChange={(v?: S) => onChange(v)}
      options={statuses.map((s) => ({ value: s, label: labelOf(s) }))}
    />
  );
}
