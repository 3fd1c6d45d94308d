import type { CSSProperties } from 'react';
import { Button, Card, Checkbox, Selector } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { LUNAR_MONTH_NAMES, lunarDayName } from '@guanjia/domain/greetings/lunar-names';
import type { Birthday } from '@guanjia/domain/service-profiles/birthday';
import { AGE_BANDS, AGE_BAND_LABELS, MEMBER_RELATIONS, MEMBER_RELATION_LABELS, type AgeBand, type MemberRelation } from '@guanjia/domain/service-profiles/profile-vocabulary';
import { useLanguage } from '../../ui/useLanguage';

export interface MemberDraft {
  name: string;
  relation?: MemberRelation;
  ageBand?: AgeBand | null;
  birthday?: Birthday | null;
  notes?: string;
}

const select: CSSProperties = { width: '100%', fontSize: 16, padding: '6px 4px', border: '1px solid #ddd', borderRadius: 4, background: '#fff' };
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** The repeating group of household members: who lives there and the birthday they celebrate, solar or lunar. */
export function MembersField({ value = [], onChange }: { value?: MemberDraft[]; onChange?: (v: MemberDraft[]) => void }) {
  const { t } = useTranslation('h5questionnaire');
  const { language } = useLanguage();
  const set = (i: number, patch: Partial<MemberDraft>) => onChange?.(value.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const setBirthday = (i: number, patch: Partial<Birthday> | null) => {
    const current = value[i]?.birthday;
    if (patch === null) return set(i, { birthday: null });
    const next = { calendar: 'solar', month: 1, day: 1, ...current, ...patch } as Birthday;
    if (next.calendar === 'solar') next.leapMonth = false;
    set(i, { birthday: next });
  };
  return (
    <div>
      {value.map((m, i) => {
        const b = m.birthday;
        const days = b?.calendar === 'lunar' ? 30 : 31;
        return (
          <Card key={i} title={t('members.member', { n: i + 1 })} extra={<Button size="mini" color="danger" fill="none" onClick={() => onChange?.(value.filter((_, j) => j !== i))}>{t('members.remove')}</Button>} style={{ marginBottom: 8, border: '1px solid #eee' }}>
            <div style={{ marginBottom: 8 }}>
              {t('members.name')}
              <input aria-label={t('members.name')} style={select} placeholder={t('members.namePlaceholder')} value={m.name} maxLength={50} onChange={(e) => set(i, { name: e.target.value })} />
            </div>
            <div style={{ marginBottom: 8 }}>
              {t('members.relation')}
              <select aria-label={t('members.relation')} style={select} value={m.relation ?? ''} onChange={(e) => set(i, { relation: e.target.value as MemberRelation })}>
                <option value="">{t('members.choose')}</option>
                {MEMBER_RELATIONS.map((r) => (
                  <option key={r} value={r}>
                    {MEMBER_RELATION_LABELS[r][language]}
                  </option>
                ))}
              </select>
            </div>
            <div style={{ marginBottom: 8 }}>
              {t('members.ageBand')}
              <select aria-label={t('members.ageBand')} style={select} value={m.ageBand ?? ''} onChange={(e) => set(i, { ageBand: (e.target.value || null) as AgeBand | null })}>
                <option value="">{t('members.choose')}</option>
                {AGE_BANDS.map((a) => (
                  <option key={a} value={a}>
                    {AGE_BAND_LABELS[a][language]}
                  </option>
                ))}
              </select>
            </div>
            <div style={{ marginBottom: 8 }}>
              <div>{t('members.birthday')}</div>
              <Selector
                aria-label={t('members.birthday')}
                columns={3}
                value={[b?.calendar ?? 'none']}
                onChange={(v) => setBirthday(i, v[0] === 'none' || !v[0] ? null : { calendar: v[0] as Birthday['calendar'] })}
                options={[
                  { label: t('members.none'), value: 'none' },
                  { label: t('members.solar'), value: 'solar' },
                  { label: t('members.lunar'), value: 'lunar' },
                ]}
              />
              {b && (
                <div style={{ display: 'flex', gap: 6, marginTop: 6, alignItems: 'center', flexWrap: 'wrap' }}>
                  <input
                    aria-label={t('members.year')}
                    placeholder={t('members.year')}
                    inputMode="numeric"
                    style={{ ...select, width: 140 }}
                    value={b.year ?? ''}
                    onChange={(e) => setBirthday(i, { year: e.target.value ? Number(e.target.value) : null })}
                  />
                  <select aria-label={t('members.month')} style={{ ...select, width: 'auto' }} value={b.month} onChange={(e) => setBirthday(i, { month: Number(e.target.value) })}>
                    {range(12).map((n) => (
                      <option key={n} value={n}>
                        {b.calendar === 'lunar' && language === 'zh-CN' ? LUNAR_MONTH_NAMES[n - 1] : `${n}${language === 'zh-CN' ? '月' : ''}`}
                      </option>
                    ))}
                  </select>
                  <select aria-label={t('members.day')} style={{ ...select, width: 'auto' }} value={b.day} onChange={(e) => setBirthday(i, { day: Number(e.target.value) })}>
                    {range(days).map((n) => (
                      <option key={n} value={n}>
                        {b.calendar === 'lunar' && language === 'zh-CN' ? lunarDayName(n) : `${n}${language === 'zh-CN' ? '日' : ''}`}
                      </option>
                    ))}
                  </select>
                  {b.calendar === 'lunar' && (
                    <Checkbox checked={Boolean(b.leapMonth)} onChange={(leapMonth) => setBirthday(i, { leapMonth })}>
                      {t('members.leap')}
                    </Checkbox>
                  )}
                </div>
              )}
            </div>
            <div>
              {t('members.notes')}
              <input aria-label={t('members.notes')} style={select} value={m.notes ?? ''} maxLength={200} onChange={(e) => set(i, { notes: e.target.value })} />
            </div>
          </Card>
        );
      })}
      <Button block fill="outline" color="primary" onClick={() => onChange?.([...value, { name: '' }])}>
        {t('members.add')}
      </Button>
    </div>
  );
}
