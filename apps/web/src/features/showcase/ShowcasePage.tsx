import { useState } from 'react';
import { Card, Select, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { useCurrentProject } from '../../ui/project';
import { useShowcase, useShowcases } from './api';
import './i18n';
import { InstructionTab } from './InstructionTab';
import { PlanTab } from './PlanTab';
import { PostTab } from './PostTab';
import { PublicityTab } from './PublicityTab';
import { StatsTab } from './StatsTab';

/** 物业形象展示区 of the current project: one sales center at a time, five tabs. */
export function ShowcasePage() {
  const { t } = useTranslation('showcase');
  const { project } = useCurrentProject();
  const list = useShowcases(project?.id);
  const [picked, setPicked] = useState<string>();
  const centers = list.data?.items ?? [];
  const current = centers.find((c) => c.salesCenter.id === picked) ?? centers[0];
  const detail = useShowcase(current?.showcase?.id);

  let body;
  if (!project) body = <EmptyState />;
  else if (list.isPending) body = <Spin />;
  else if (list.isError) body = <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  else if (!current) body = <EmptyState hint={t('noSalesCenters') + ' ' + t('noSalesCentersHint')} />;
  else {
    const showcase = detail.data;
    const needsShowcase = (content: React.ReactNode) =>
      current.showcase ? detail.isError ? <QueryError error={detail.error} onRetry={() => void detail.refetch()} /> : showcase ? content : <Spin /> : <EmptyState hint={t('plan.none')} />;
    body = (
      <Tabs
        items={[
          { key: 'plan', label: t('tabs.plan'), children: <PlanTab salesCenter={current.salesCenter} showcase={current.showcase ? showcase : null} loading={!!current.showcase && detail.isPending} projectId={project.id} /> },
          { key: 'post', label: t('tabs.post'), children: needsShowcase(showcase && <PostTab showcase={showcase} projectId={project.id} />) },
          { key: 'instruction', label: t('tabs.instruction'), children: needsShowcase(showcase && <InstructionTab showcase={showcase} projectId={project.id} />) },
          { key: 'publicity', label: t('tabs.publicity'), children: <PublicityTab projectId={project.id} salesCenterId={current.salesCenter.id} /> },
          { key: 'stats', label: t('tabs.stats'), children: <StatsTab projectId={project.id} /> },
        ]}
      />
    );
  }

  return (
    <Card>
      <PageHeader
        title={project ? `${t('title')} · ${project.name}` : t('title')}
        subTitle={t('subtitle')}
        extra={
          centers.length > 0 && (
            <Space>
              <Typography.Text>{t('salesCenter')}</Typography.Text>
              <Select
                aria-label={t('salesCenter')}
                style={{ minWidth: 220 }}
                value={current?.salesCenter.id}
                onChange={setPicked}
                options={centers.map((c) => ({ value: c.salesCenter.id, label: c.salesCenter.name }))}
              />
              {current?.showcase && (
                <Tag color={current.showcase.approvalLate ? 'red' : current.showcase.status === 'approved' ? 'green' : 'default'}>{t(`status.${current.showcase.status}`)}</Tag>
              )}
            </Space>
          )
        }
      />
      {body}
    </Card>
  );
}
