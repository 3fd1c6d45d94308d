import type { ChangeEvent } from 'react';

interface DateInputProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  /** Dates before it are greyed out in the phone's own date picker; the server still decides. */
  min?: string;
  'aria-describedby'?: string;
}

/** The phone's native date picker: familiar on every device, and a date can still be typed. */
export function DateInput({ id, value, onChange, min, ...aria }: DateInputProps) {
  return (
    <input
      id={id}
      type="date"
      className="adm-input-element"
      data-testid="service-date"
      value={value ?? ''}
      min={min}
      onChange={(e: ChangeEvent<HTMLInputElement>) => onChange?.(e.target.value)}
      style={{ width: '100%', fontSize: 17, minHeight: 32, border: 'none', background: 'transparent', padding: 0 }}
      {...aria}
    />
  );
}
