import { Alert, Button, Card, Col, Descriptions, Row, Space, Statistic, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../ui/auth';
import { useCurrentProject } from '../ui/project';
import { roleLabel } from '../ui/roles';
import { useLanguage } from '../ui/useLanguage';
import { PageHeader } from '../ui/PageHeader';
import { useUnreadCount } from '../features/notifications/api';
import { useInboxCount } from '../features/approvals/api';
import { VisitCoverageCard } from '../features/owner-visits/VisitCoverageCard';
import { isGroup, NAVIGATION } from './nav';

export function HomePage() {
  const { t } = useTranslation('shell');
  const auth = useAuth();
  const { language } = useLanguage();
  const { project, projects } = useCurrentProject();
  const navigate = useNavigate();
  // The shell's live stream keeps this count current.
  const unread = useUnreadCount(true);
  const pending = useInboxCount();
  const shortcuts = NAVIGATION.flatMap((e) => (isGroup(e) ? e.children : [])).filter((item) => item.visible(auth));

  return (
    <>
      <PageHeader title={t('home.greeting', { name: auth.me.user.name })} />
      {projects.length === 0 && <Alert type="info" showIcon title={t('home.noProjectHint')} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('home.company')}>{auth.me.company.name}</Descriptions.Item>
              <Descriptions.Item label={t('home.currentProject')}>{project?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('home.roles')}>
                <Space size={4} wrap>
                  {auth.me.user.roles.map((role) => (
                    <Tag key={role}>{roleLabel(role, language)}</Tag>
                  ))}
                </Space>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card>
            <Statistic title={t('home.unread')} value={unread.data?.count ?? 0} loading={unread.isPending} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card>
            <Statistic title={t('home.pendingApprovals')} value={pending.data ?? 0} loading={pending.isPending} />
            <Button type="link" style={{ paddingInline: 0 }} onClick={() => navigate('/approvals')}>
              {t('home.goApprovals')}
            </Button>
          </Card>
        </Col>
        <VisitCoverageCard />
        {shortcuts.length > 0 && (
          <Col span={24}>
            <Card title={t('home.quickLinks')}>
              <Space wrap>
                {shortcuts.map((item) => (
                  <Button key={item.key} icon={item.icon} onClick={() => navigate(item.path)}>
                    {t(`nav.${item.key}`)}
                  </Button>
                ))}
              </Space>
            </Card>
          </Col>
        )}
      </Row>
    </>
  );
}
