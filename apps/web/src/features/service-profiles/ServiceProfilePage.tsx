import { useState } from 'react';
import { Alert, Button, Card, Col, Collapse, Descriptions, Empty, Row, Space, Spin, Timeline, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { EmptyState } from '../../ui/EmptyState';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { useHouseholdAnswers, useHouseholdMembers, useProfileCommands, useProfileHistory, useServiceProfile, type ProfileHistoryItem } from './api';
import { CareSuggestionsCard } from '../care-plans/CareSuggestionsCard';
import { ConsentPanel } from './ConsentPanel';
import { MembersTable, ProfileDescriptions, ProfileTags } from './profile-parts';
import { ProfileEditModal } from './ProfileEditModal';
import { RecordVisitButton } from '../owner-visits/RecordVisitButton';
import { EnterQuestionnaireButton } from '../questionnaires/EnterQuestionnaireDrawer';
import './i18n';

/** 个性化服务需求档案 of one household: the profile, the consents behind it, the questionnaire answers and the changes. */
export function ServiceProfilePage() {
  const { t } = useTranslation('serviceProfiles');
  const { householdId = '' } = useParams();
  const profile = useServiceProfile(householdId);
  const full = profile.data?.access === 'full';
  const canEdit = Boolean(profile.data?.allowedActions.includes('edit'));
  const members = useHouseholdMembers(householdId, full);
  const answers = useHouseholdAnswers(householdId, full);
  const history = useProfileHistory(householdId, canEdit);
  const commands = useProfileCommands(householdId);
  const [editing, setEditing] = useState(false);

  if (profile.isPending) return <Spin />;
  if (profile.isError) {
    return isApiError(profile.error, 404) ? <Empty description={t('notFound')} /> : <QueryError error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  const p = profile.data;
  const detail = p.detail;
  const historyLine = (h: ProfileHistoryItem) => {
    const fields = h.fields.length ? h.fields.map((f) => t(`fields.${f}`)).join('、') : t('nothingChanged');
    if (h.action === 'record') return t('historyRecord', { name: h.actor?.name ?? '', fields });
    return h.actor ? t('historyAnswersBy', { name: h.actor.name, fields }) : t('historyAnswers', { fields });
  };
  return (
    <>
      <PageHeader
        title={`${t('title')} · ${p.householdLabel}`}
        subTitle={p.updatedAt ? t('updatedAt', { time: formatDateTime(p.updatedAt) }) : t('subtitle')}
        extra={
          canEdit && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('edit')}
            </Button>
          )
        }
      />
      {detail?.answersHidden && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('answersHidden')} />}
      {!detail ? (
        <Card>
          <Typography.Text type="secondary">{t('summaryOnly')}</Typography.Text>
          <Descriptions column={1} size="small" style={{ marginTop: 8 }}>
            <Descriptions.Item label={t('tags')}>
              <ProfileTags tags={p.summary.tags} />
            </Descriptions.Item>
            <Descriptions.Item label={t('members')}>{p.summary.members.map((m) => m.name).join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('fields.needs')}>{p.summary.needs.join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('fields.preferences')}>{p.summary.preferences.join('、') || '—'}</Descriptions.Item>
          </Descriptions>
        </Card>
      ) : (
        <Row gutter={16}>
          <Col xs={24} xl={15}>
            {p.version === 0 && <EmptyState hint={`${t('empty')} ${t('emptyHint')}`} />}
            <Card size="small" title={t('tags')} style={{ marginBottom: 12 }}>
              <ProfileTags tags={detail.combined.tags} />
              {detail.answeredAt && (
                <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                  {t('answeredAt', { time: formatDateTime(detail.answeredAt) })}
                </Typography.Paragraph>
              )}
            </Card>
            <Card size="small" title={t('members')} style={{ marginBottom: 12 }}>
              <MembersTable members={detail.combined.members} fromAnswers={detail.fromAnswers?.members} />
            </Card>
            <Card size="small" style={{ marginBottom: 12 }}>
              <ProfileDescriptions profile={detail.combined} fromAnswers={detail.fromAnswers} />
            </Card>
            <Card size="small" title={t('answers')} style={{ marginBottom: 12 }}>
              {answers.data?.hiddenCount ? <Alert type="info" style={{ marginBottom: 8 }} message={t('hiddenAnswers', { count: answers.data.hiddenCount })} /> : null}
              {answers.data && answers.data.items.length === 0 ? (
                <Typography.Text type="secondary">{t('noAnswers')}</Typography.Text>
              ) : (
                <Collapse
                  items={(answers.data?.items ?? []).map((r) => ({
                    key: r.id,
                    label: `${formatDateTime(r.submittedAt)} · ${t('answeredBy', { owner: r.owner.name, version: r.versionNo, method: t(`methods.${r.method}`) })}`,
                    children: (
                      <Descriptions column={1} size="small">
                        {r.answers.map((a) => (
                          <Descriptions.Item key={a.key} label={a.title}>
                            {a.display}
                          </Descriptions.Item>
                        ))}
                      </Descriptions>
                    ),
                  }))}
                />
              )}
            </Card>
          </Col>
          <Col xs={24} xl={9}>
            <RecordVisitButton householdId={householdId} label={p.householdLabel} />
            {canEdit && <EnterQuestionnaireButton projectId={p.projectId} householdId={householdId} owners={members.data?.members ?? []} />}
            <CareSuggestionsCard householdId={householdId} />
            <Typography.Title level={5}>{t('consents')}</Typography.Title>
            {(members.data?.members ?? []).map((m) => (
              <ConsentPanel key={m.ownerId} householdId={householdId} ownerId={m.ownerId} ownerName={m.name} canRecord={canEdit} />
            ))}
            {canEdit && (
              <Card size="small" title={t('history')}>
                <Timeline items={(history.data?.items ?? []).map((h) => ({ key: h.id, children: <Space direction="vertical" size={0}><span>{historyLine(h)}</span><Typography.Text type="secondary">{formatDateTime(h.at)}</Typography.Text></Space> }))} />
              </Card>
            )}
          </Col>
        </Row>
      )}
      {detail && canEdit && (
        <ProfileEditModal open={editing} recorded={detail.recorded} onClose={() => setEditing(false)} onSave={(profileContent) => commands.save.mutateAsync({ version: p.version, profile: profileContent })} />
      )}
    </>
  );
}
