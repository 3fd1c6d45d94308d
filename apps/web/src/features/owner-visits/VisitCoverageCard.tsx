import { Button, Card, Col, Progress, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { useCurrentProject } from '../../ui/project';
import { canSeeOwnerVisit } from './access';
import { useVisitCoverage } from './api';
import './i18n';

/**
 * The home page's card: this quarter's routine-visit coverage in the current project — the signed-in
 * butler's own households, or the whole project for a manager — with the overdue count.
 */
export function VisitCoverageCard() {
  const auth = useAuth();
  const { project } = useCurrentProject();
  const visible = canSeeOwnerVisit(auth) && project !== null;
  return visible ? <CoverageCard projectId={project.id} /> : null;
}

function CoverageCard({ projectId }: { projectId: string }) {
  const { t } = useTranslation('ownerVisits');
  const navigate = useNavigate();
  const coverage = useVisitCoverage(projectId);
  const c = coverage.data;
  return (
    <Col xs={24} lg={12}>
      <Card title={t('coverage.title')} loading={coverage.isPending}>
        {coverage.isError ? (
          <Typography.Text type="danger">{t('common:messages.loadFailed', { message: (coverage.error as Error).message })}</Typography.Text>
        ) : c && c.totals.assigned === 0 ? (
          <Typography.Text type="secondary">{t('coverage.noAssigned')}</Typography.Text>
        ) : c ? (
          <Space size="large" align="center" wrap>
            <Progress type="circle" size={72} percent={c.totals.percent ?? 0} />
            <Space orientation="vertical" size={0}>
              <Typography.Text>{c.quarter.label}</Typography.Text>
              <Typography.Text strong>{t('coverage.card', { visited: c.totals.visited, assigned: c.totals.assigned })}</Typography.Text>
              <Typography.Text type={c.totals.overdue ? 'danger' : 'secondary'}>{t('coverage.overdueCount', { count: c.totals.overdue })}</Typography.Text>
            </Space>
          </Space>
        ) : null}
        <div>
          <Button type="link" style={{ paddingInline: 0 }} onClick={() => navigate('/owner-visits')}>
            {t('coverage.open')}
          </Button>
        </div>
      </Card>
    </Col>
  );
}
