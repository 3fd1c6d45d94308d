import type { ReactNode } from 'react';
import { Button, Descriptions, Spin, Tabs } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { useOptionsList } from '../../ui/paging';
import { nameOf, useProject, type Developer, type Region } from './api';
import { SalesCentersTab, ServiceCentersTab } from './CentersTabs';
import { BuildingsTab } from './BuildingsTab';
import { UnitsTab } from './UnitsTab';
import { DepartmentsTab } from './DepartmentsTab';
import { HouseholdsTab } from './HouseholdsTab';

const TABS = ['salesCenters', 'serviceCenters', 'buildings', 'units', 'departments', 'households'] as const;
type TabKey = (typeof TABS)[number];

export function ProjectDetailPage() {
  const { t } = useTranslation('org');
  const navigate = useNavigate();
  const { projectId = '', tab } = useParams();
  const project = useProject(projectId);
  const regions = useOptionsList<Region>(['regions'], '/api/regions');
  const developers = useOptionsList<Developer>(['developers'], '/api/developers');
  const active: TabKey = TABS.includes(tab as TabKey) ? (tab as TabKey) : 'salesCenters';

  const panes: Record<TabKey, ReactNode> = {
    salesCenters: <SalesCentersTab projectId={projectId} />,
    serviceCenters: <ServiceCentersTab projectId={projectId} />,
    buildings: <BuildingsTab projectId={projectId} />,
    units: <UnitsTab projectId={projectId} />,
    departments: <DepartmentsTab projectId={projectId} />,
    households: <HouseholdsTab projectId={projectId} />,
  };

  return (
    <>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }} onClick={() => navigate('/org/projects')}>
        {t('projects.back')}
      </Button>
      {project.isPending && <Spin />}
      {project.isError && <QueryError error={project.error} onRetry={() => void project.refetch()} />}
      {project.data && (
        <>
          <PageHeader title={project.data.name} subTitle={project.data.code} />
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('projects.region')}>{nameOf(regions.data, project.data.regionId)}</Descriptions.Item>
            <Descriptions.Item label={t('projects.developer')}>
              {nameOf(developers.data, project.data.developerId) || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('common:fields.address')}>
              {[project.data.city, project.data.address].filter(Boolean).join(' ') || '—'}
            </Descriptions.Item>
          </Descriptions>
          <Tabs
            activeKey={active}
            onChange={(key) => navigate(`/org/projects/${projectId}/${key}`)}
            destroyOnHidden
            items={TABS.map((key) => ({ key, label: t(`tabs.${key}`), children: panes[key] }))}
          />
        </>
      )}
    </>
  );
}
