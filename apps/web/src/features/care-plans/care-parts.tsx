import { Checkbox, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CARE_RECURRENCE_KINDS, recurrenceLabel, type CareRecurrence, type CareRecurrenceKind } from '@guanjia/domain/care-plans/care-recurrence';
import { SERVICE_CATEGORIES } from '@guanjia/domain/service-catalog/catalog';
import { useLanguage } from '../../ui/useLanguage';
import './i18n';

/** "每周二、五 10:00" in the interface language. */
export function RecurrenceText({ recurrence, time }: { recurrence: CareRecurrence; time: string | null }) {
  const { language } = useLanguage();
  return (
    <span>
      {recurrenceLabel(recurrence, language)}
      {time ? ` ${time}` : ''}
    </span>
  );
}

/** A catalog item as the form holds it: "category-item" by printed numbers. */
export const itemValue = (categoryNumber: number, itemNumber: number) => `${categoryNumber}-${itemNumber}`;
export function parseItemValue(value: string): { categoryNumber: number; itemNumber: number } {
  const [c, n] = value.split('-').map(Number);
  return { categoryNumber: c ?? 0, itemNumber: n ?? 0 };
}

const ITEM_OPTIONS = SERVICE_CATEGORIES.map((c) => ({
  label: `${c.number}. ${c.name}`,
  title: c.name,
  options: c.items.map((i) => ({ value: itemValue(c.number, i.number), label: `${c.number}-${i.number} ${i.name}` })),
}));

/** The catalog's 110 items grouped by category, searchable by name or number. */
export function ItemSelect(props: { value?: string; onChange?: (v: string) => void; 'aria-label'?: string }) {
  return <Select showSearch optionFilterProp="label" options={ITEM_OPTIONS} style={{ minWidth: 240 }} {...props} />;
}

/** The form's shape of a recurrence: kind plus the number its kind needs. */
export interface RecurrenceForm {
  kind: CareRecurrenceKind;
  weekdays?: number[];
  dayOfMonth?: number;
  days?: number;
}

export function toRecurrenceForm(r: CareRecurrence): RecurrenceForm {
  return { ...r } as RecurrenceForm;
}

export function fromRecurrenceForm(r: RecurrenceForm): CareRecurrence {
  switch (r.kind) {
    case 'weekly':
      return { kind: 'weekly', weekdays: r.weekdays ?? [] };
    case 'monthly':
      return { kind: 'monthly', dayOfMonth: r.dayOfMonth ?? 0 };
    case 'everyDays':
      return { kind: 'everyDays', days: r.days ?? 0 };
    default:
      return { kind: 'once' };
  }
}

/**
 * Recurrence and time fields under `name`, named as the server names its errors. Inside a Form.List
 * `name` is relative to the list item ([0]) while `absolute` is the whole path (['actions', 0]).
 */
export function RecurrenceFields({ name, absolute = name }: { name: (string | number)[]; absolute?: (string | number)[] }) {
  const { t } = useTranslation('carePlans');
  const at = (...rest: string[]) => [...name, ...rest];
  const abs = (...rest: string[]) => [...absolute, ...rest];
  return (
    <Space wrap align="start">
      <Form.Item label={t('fields.recurrenceKind')} name={at('recurrence', 'kind')} rules={[{ required: true }]}>
        <Select style={{ width: 140 }} aria-label={t('fields.recurrenceKind')} options={CARE_RECURRENCE_KINDS.map((k) => ({ value: k, label: t(`recurrenceKinds.${k}`) }))} />
      </Form.Item>
      <Form.Item noStyle dependencies={[abs('recurrence', 'kind')]}>
        {(form) => {
          const kind = form.getFieldValue(abs('recurrence', 'kind')) as CareRecurrenceKind | undefined;
          if (kind === 'weekly')
            return (
              <Form.Item label={t('fields.weekdays')} name={at('recurrence', 'weekdays')}>
                <Checkbox.Group options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: t(`common:weekdays.${d}`) }))} />
              </Form.Item>
            );
          if (kind === 'monthly')
            return (
              <Form.Item label={t('fields.dayOfMonth')} name={at('recurrence', 'dayOfMonth')}>
                <InputNumber min={1} max={31} aria-label={t('fields.dayOfMonth')} />
              </Form.Item>
            );
          if (kind === 'everyDays')
            return (
              <Form.Item label={t('fields.days')} name={at('recurrence', 'days')}>
                <InputNumber min={1} max={366} aria-label={t('fields.days')} />
              </Form.Item>
            );
          return null;
        }}
      </Form.Item>
      <Form.Item label={t('fields.timeOfDay')} name={at('timeOfDay')} rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: t('fields.timeOfDay') + ' HH:MM' }]}>
        <Input style={{ width: 100 }} placeholder="10:00" allowClear aria-label={t('fields.timeOfDay')} />
      </Form.Item>
    </Space>
  );
}

/** The item and the rule behind a suggestion, in one secondary line. */
export function ProposalLine({ categoryNumber, itemNumber, itemName, note }: { categoryNumber: number; itemNumber: number; itemName: string | null; note?: string | null }) {
  const { t } = useTranslation('carePlans');
  return (
    <Typography.Text type="secondary">
      {`${categoryNumber}-${itemNumber} ${itemName ?? ''}`}
      {note ? ` · ${t('note')}：${note}` : ''}
    </Typography.Text>
  );
}
