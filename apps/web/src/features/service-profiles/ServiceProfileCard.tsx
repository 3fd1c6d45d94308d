import { Card, Descriptions, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatBirthday } from '@guanjia/domain/service-profiles/birthday';
import { MEMBER_RELATION_LABELS } from '@guanjia/domain/service-profiles/profile-vocabulary';
import { useLanguage } from '../../ui/useLanguage';
import { useServiceProfile } from './api';
import { ProfileTags } from './profile-parts';
import './i18n';

/**
 * The household's profile in brief, for whoever handles its work order: traits, who lives there, needs
 * and preferences. Shows nothing when the caller may not see it or there is nothing to show.
 */
export function ServiceProfileCard({ householdId }: { householdId: string }) {
  const { t } = useTranslation('serviceProfiles');
  const { language } = useLanguage();
  const profile = useServiceProfile(householdId);
  // Nothing to show when the caller may not read it (an error) or the answer carries no summary.
  if (!profile.data?.summary) return null;
  const p = profile.data;
  const { summary } = p;
  if (summary.tags.length === 0 && summary.members.length === 0 && summary.needs.length === 0 && summary.preferences.length === 0) return null;
  const birthdays = new Map((p.detail?.combined.members ?? []).filter((m) => m.birthday).map((m) => [`${m.name}|${m.relation}`, formatBirthday(m.birthday!, language)]));
  return (
    <Card size="small" title={t('cardTitle')} extra={p.access === 'full' && <Link to={`/households/${householdId}/profile`}>{t('viewFull')}</Link>}>
      <ProfileTags tags={summary.tags} />
      <Descriptions column={1} size="small" style={{ marginTop: 8 }}>
        <Descriptions.Item label={t('members')}>
          {summary.members.length
            ? summary.members
                .map((m) => {
                  const b = birthdays.get(`${m.name}|${m.relation}`);
                  return `${m.name}（${MEMBER_RELATION_LABELS[m.relation]?.[language] ?? m.relation}${b ? `，${b}` : ''}）`;
                })
                .join('；')
            : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.needs')}>{summary.needs.join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('fields.preferences')}>{summary.preferences.join('、') || '—'}</Descriptions.Item>
      </Descriptions>
      {p.access === 'summary' && <Typography.Text type="secondary">{t('summaryOnly')}</Typography.Text>}
    </Card>
  );
}
