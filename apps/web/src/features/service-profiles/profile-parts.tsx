import { Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBirthday } from '@guanjia/domain/service-profiles/birthday';
import { AGE_BAND_LABELS, MEMBER_RELATION_LABELS, PROFILE_TAG_LABELS, type ProfileTag } from '@guanjia/domain/service-profiles/profile-vocabulary';
import type { ProfileContent, ProfileMember } from '@guanjia/domain/service-profiles/service-profile';
import { useLanguage } from '../../ui/useLanguage';
import './i18n';

const TAG_COLORS: Record<ProfileTag, string> = { elderly: 'orange', holidayHome: 'cyan', sporty: 'green', busy: 'purple', children: 'gold', pets: 'magenta' };

export function ProfileTags({ tags }: { tags: ProfileTag[] }) {
  const { t } = useTranslation('serviceProfiles');
  const { language } = useLanguage();
  if (tags.length === 0) return <Typography.Text type="secondary">{t('noTags')}</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {tags.map((tag) => (
        <Tag key={tag} color={TAG_COLORS[tag]}>
          {PROFILE_TAG_LABELS[tag][language]}
        </Tag>
      ))}
    </Space>
  );
}

/** Phrases as tags; those that came from the questionnaire are marked, so the butler knows what is theirs to edit. */
export function Phrases({ items, fromAnswers = [] }: { items: string[]; fromAnswers?: string[] }) {
  const { t } = useTranslation('serviceProfiles');
  if (items.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {items.map((p) => (
        <Tag key={p} color={fromAnswers.includes(p) ? 'blue' : undefined} title={fromAnswers.includes(p) ? t('fromAnswers') : undefined}>
          {p}
        </Tag>
      ))}
    </Space>
  );
}

export function MembersTable({ members, fromAnswers = [] }: { members: ProfileMember[]; fromAnswers?: ProfileMember[] }) {
  const { t } = useTranslation('serviceProfiles');
  const { language } = useLanguage();
  const answered = new Set(fromAnswers.map((m) => `${m.name}|${m.relation}`));
  return (
    <Table<ProfileMember>
      size="small"
      rowKey={(m) => `${m.name}|${m.relation}`}
      pagination={false}
      dataSource={members}
      locale={{ emptyText: t('noMembers') }}
      columns={[
        { title: t('name'), key: 'name', render: (_, m) => <Space>{m.name}{answered.has(`${m.name}|${m.relation}`) && <Tag color="blue">{t('fromAnswers')}</Tag>}</Space> },
        { title: t('relation'), key: 'relation', render: (_, m) => MEMBER_RELATION_LABELS[m.relation]?.[language] ?? m.relation },
        { title: t('birthday'), key: 'birthday', render: (_, m) => (m.birthday ? formatBirthday(m.birthday, language) : '—') },
        { title: t('ageBand'), key: 'ageBand', render: (_, m) => (m.ageBand ? AGE_BAND_LABELS[m.ageBand][language] : '—') },
        { title: t('notes'), key: 'notes', render: (_, m) => m.notes ?? '—' },
      ]}
    />
  );
}

export function ProfileDescriptions({ profile, fromAnswers }: { profile: ProfileContent; fromAnswers: ProfileContent | null }) {
  const { t } = useTranslation('serviceProfiles');
  const fields = ['needs', 'preferences', 'personality', 'habits', 'usualTimes'] as const;
  return (
    <Descriptions column={1} size="small" bordered>
      {fields.map((f) => (
        <Descriptions.Item key={f} label={t(`fields.${f}`)}>
          <Phrases items={profile[f]} fromAnswers={fromAnswers?.[f]} />
        </Descriptions.Item>
      ))}
      <Descriptions.Item label={t('fields.notes')}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{profile.notes ?? '—'}</span>
      </Descriptions.Item>
    </Descriptions>
  );
}
