import { Button, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LUNAR_MONTH_NAMES, lunarDayName } from '@guanjia/domain/greetings/lunar-names';
import { AGE_BANDS, AGE_BAND_LABELS, MEMBER_RELATIONS, MEMBER_RELATION_LABELS, PROFILE_TAGS, PROFILE_TAG_LABELS } from '@guanjia/domain/service-profiles/profile-vocabulary';
import type { ProfileContent, ProfileMember } from '@guanjia/domain/service-profiles/service-profile';
import { FormModal } from '../../ui/FormModal';
import { useLanguage } from '../../ui/useLanguage';
import './i18n';

type MemberForm = Omit<ProfileMember, 'birthday'> & { calendar?: 'none' | 'solar' | 'lunar'; year?: number | null; month?: number; day?: number; leapMonth?: boolean };
interface Values extends Omit<ProfileContent, 'members'> {
  members: MemberForm[];
}

const LIST_FIELDS = ['needs', 'preferences', 'personality', 'habits', 'usualTimes'] as const;
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

export function toFormValues(p: ProfileContent): Values {
  return {
    ...p,
    members: p.members.map(({ birthday, ...m }) => ({ ...m, calendar: birthday?.calendar ?? 'none', year: birthday?.year ?? null, month: birthday?.month, day: birthday?.day, leapMonth: Boolean(birthday?.leapMonth) })),
  };
}

export function fromFormValues(v: Values): ProfileContent {
  return {
    members: (v.members ?? []).map(({ calendar, year, month, day, leapMonth, ...m }) => ({
      name: m.name.trim(),
      relation: m.relation,
      ageBand: m.ageBand ?? null,
      notes: m.notes?.trim() || null,
      birthday: calendar && calendar !== 'none' && month && day ? { calendar, year: year ?? null, month, day, leapMonth: calendar === 'lunar' ? Boolean(leapMonth) : false } : null,
    })),
    tags: v.tags ?? [],
    needs: v.needs ?? [],
    preferences: v.preferences ?? [],
    personality: v.personality ?? [],
    habits: v.habits ?? [],
    usualTimes: v.usualTimes ?? [],
    notes: v.notes?.trim() || null,
  };
}

/** The butler's own layer of the profile; what the questionnaire answered stays as answered. */
export function ProfileEditModal({ open, recorded, onClose, onSave }: { open: boolean; recorded: ProfileContent; onClose: () => void; onSave: (p: ProfileContent) => Promise<unknown> }) {
  const { t } = useTranslation('serviceProfiles');
  const { language } = useLanguage();
  return (
    <FormModal<Values> open={open} title={t('edit')} width={880} initialValues={toFormValues(recorded)} onClose={onClose} successMessage={t('saved')} onSubmit={(v) => onSave(fromFormValues(v))}>
      {(form) => (
        <>
          <Form.Item label={t('fields.tags')} name="tags">
            <Checkbox.Group options={PROFILE_TAGS.map((tag) => ({ value: tag, label: PROFILE_TAG_LABELS[tag][language] }))} />
          </Form.Item>
          <Form.List name="members">
            {(fields, { add, remove }) => (
              <Form.Item label={t('members')}>
                {fields.map((field) => {
                  return (
                    <Space key={field.key} align="baseline" wrap style={{ display: 'flex', marginBottom: 8 }}>
                      <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true }]} noStyle>
                        <Input placeholder={t('name')} aria-label={t('name')} style={{ width: 110 }} maxLength={50} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'relation']} rules={[{ required: true }]} noStyle>
                        <Select placeholder={t('relation')} aria-label={t('relation')} style={{ width: 130 }} options={MEMBER_RELATIONS.map((r) => ({ value: r, label: MEMBER_RELATION_LABELS[r][language] }))} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'calendar']} noStyle>
                        <Select aria-label={t('birthday')} style={{ width: 90 }} options={(['none', 'solar', 'lunar'] as const).map((c) => ({ value: c, label: t(`calendar.${c}`) }))} />
                      </Form.Item>
                      <Form.Item shouldUpdate noStyle>
                        {() => {
                          const calendar = form.getFieldValue(['members', field.name, 'calendar']) as string | undefined;
                          return calendar && calendar !== 'none' ? (
                            <Space>
                              <Form.Item name={[field.name, 'year']} noStyle>
                                <InputNumber placeholder={t('year')} aria-label={t('year')} min={1900} max={2100} style={{ width: 90 }} />
                              </Form.Item>
                              <Form.Item name={[field.name, 'month']} rules={[{ required: true }]} noStyle>
                                <Select placeholder={t('month')} aria-label={t('month')} style={{ width: 90 }} options={range(12).map((n) => ({ value: n, label: calendar === 'lunar' && language === 'zh-CN' ? LUNAR_MONTH_NAMES[n - 1] : `${n}` }))} />
                              </Form.Item>
                              <Form.Item name={[field.name, 'day']} rules={[{ required: true }]} noStyle>
                                <Select placeholder={t('day')} aria-label={t('day')} style={{ width: 90 }} options={range(calendar === 'lunar' ? 30 : 31).map((n) => ({ value: n, label: calendar === 'lunar' && language === 'zh-CN' ? lunarDayName(n) : `${n}` }))} />
                              </Form.Item>
                              {calendar === 'lunar' && (
                                <Form.Item name={[field.name, 'leapMonth']} valuePropName="checked" noStyle>
                                  <Checkbox>{t('leap')}</Checkbox>
                                </Form.Item>
                              )}
                            </Space>
                          ) : null;
                        }}
                      </Form.Item>
                      <Form.Item name={[field.name, 'ageBand']} noStyle>
                        <Select allowClear placeholder={t('ageBand')} aria-label={t('ageBand')} style={{ width: 120 }} options={AGE_BANDS.map((a) => ({ value: a, label: AGE_BAND_LABELS[a][language] }))} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'notes']} noStyle>
                        <Input placeholder={t('notes')} aria-label={t('notes')} style={{ width: 160 }} maxLength={500} />
                      </Form.Item>
                      <MinusCircleOutlined aria-label={t('remove')} onClick={() => remove(field.name)} />
                    </Space>
                  );
                })}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', calendar: 'none' })}>
                  {t('addMember')}
                </Button>
              </Form.Item>
            )}
          </Form.List>
          {LIST_FIELDS.map((f) => (
            <Form.Item key={f} label={t(`fields.${f}`)} name={f} extra={f === 'needs' ? t('listHint') : undefined}>
              <Select mode="tags" aria-label={t(`fields.${f}`)} open={false} tokenSeparators={['，', ',', '、']} />
            </Form.Item>
          ))}
          <Form.Item label={t('fields.notes')} name="notes">
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
