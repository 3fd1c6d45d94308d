import { Button, Card, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS, AGE_BAND_LABELS, MEMBER_RELATIONS, MEMBER_RELATION_LABELS } from '@guanjia/domain/service-profiles/profile-vocabulary';
import { useLanguage } from '../../ui/useLanguage';
import type { MemberRow } from './answer-form';

/** The members question on the desktop: one row per person living in the home, with a solar or lunar birthday. */
export function MembersInput({ value = [], onChange, label }: { value?: MemberRow[]; onChange?: (v: MemberRow[]) => void; label: string }) {
  const { t } = useTranslation('questionnaires');
  const { language } = useLanguage();
  const set = (i: number, patch: Partial<MemberRow>) => onChange?.(value.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {value.map((m, i) => (
        <Card key={i} size="small" extra={<Button size="small" type="link" danger onClick={() => onChange?.(value.filter((_, j) => j !== i))}>{t('entry.remove')}</Button>} title={`${label} ${i + 1}`}>
          <Space wrap>
            <Input aria-label={`${t('entry.memberName')} ${i + 1}`} placeholder={t('entry.memberName')} maxLength={50} value={m.name ?? ''} onChange={(e) => set(i, { name: e.target.value })} style={{ width: 140 }} />
            <Select aria-label={`${t('entry.relation')} ${i + 1}`} placeholder={t('entry.relation')} style={{ width: 120 }} value={m.relation} options={MEMBER_RELATIONS.map((r) => ({ value: r, label: MEMBER_RELATION_LABELS[r][language] }))} onChange={(relation) => set(i, { relation })} />
            <Select aria-label={`${t('entry.ageBand')} ${i + 1}`} placeholder={t('entry.ageBand')} style={{ width: 120 }} allowClear value={m.ageBand ?? undefined} options={AGE_BANDS.map((a) => ({ value: a, label: AGE_BAND_LABELS[a][language] }))} onChange={(ageBand) => set(i, { ageBand: ageBand ?? null })} />
            <Select
              aria-label={`${t('entry.birthday')} ${i + 1}`}
              style={{ width: 100 }}
              value={m.birthday?.calendar ?? 'none'}
              options={[{ value: 'none', label: t('entry.noBirthday') }, { value: 'solar', label: t('entry.solar') }, { value: 'lunar', label: t('entry.lunar') }]}
              onChange={(c: string) => set(i, { birthday: c === 'none' ? null : { month: 1, day: 1, ...m.birthday, calendar: c as 'solar' | 'lunar', leapMonth: false } })}
            />
            {m.birthday && (
              <>
                <InputNumber aria-label={`${t('entry.month')} ${i + 1}`} min={1} max={12} value={m.birthday.month} onChange={(month) => set(i, { birthday: { ...m.birthday!, month: month ?? 1 } })} suffix={t('entry.month')} />
                <InputNumber aria-label={`${t('entry.day')} ${i + 1}`} min={1} max={31} value={m.birthday.day} onChange={(day) => set(i, { birthday: { ...m.birthday!, day: day ?? 1 } })} suffix={t('entry.day')} />
              </>
            )}
          </Space>
        </Card>
      ))}
      <Button onClick={() => onChange?.([...value, { name: '' }])}>{t('entry.addMember')}</Button>
    </Space>
  );
}
