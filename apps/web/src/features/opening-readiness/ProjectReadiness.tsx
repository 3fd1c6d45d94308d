import { Button, Space, Typography } from 'antd';
import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { canSetOpeningDates, canWorkReadiness } from './access';
import { useProjectReadiness } from './api';
import { DatesCard } from './DatesCard';
import { EquipmentList } from './EquipmentList';
import { MilestonesTable } from './MilestonesTable';
import { COLOURS, ColourTag } from './parts';

/** One project's readiness: its dates, its milestones and its equipment configuration list. */
export function ProjectReadiness({ projectId, onBack }: { projectId: string; onBack: () => void }) {
  const { t } = useTranslation('openingReadiness');
  const auth = useAuth();
  const readiness = useProjectReadiness(projectId);
  const data = readiness.data;
  const canWork = canWorkReadiness(auth);

  return (
    <>
      <PageHeader
        title={data ? `${t('title')} · ${data.project.name}` : t('title')}
        subTitle={data && t('today', { date: data.today })}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
              {t('back')}
            </Button>
            <Button icon={<ReloadOutlined />} loading={readiness.isFetching} onClick={() => void readiness.refetch()}>
              {t('common:actions.refresh')}
            </Button>
          </>
        }
      />
      {readiness.isError && <QueryError error={readiness.error} onRetry={() => void readiness.refetch()} />}
      {readiness.isPending && <Typography.Text type="secondary">{t('common:messages.loading')}</Typography.Text>}
      {data && (
        <>
          {data.milestones.length > 0 && (
            <Space size={4} wrap style={{ marginBottom: 12 }} aria-label={t('overview.counts')}>
              {COLOURS.filter((c) => data.counts[c] > 0).map((c) => (
                <ColourTag key={c} colour={c} count={data.counts[c]} />
              ))}
            </Space>
          )}
          <DatesCard readiness={data} canEdit={canSetOpeningDates(auth)} />
          <MilestonesTable readiness={data} canWork={canWork} />
          <EquipmentList readiness={data} canWork={canWork} />
        </>
      )}
    </>
  );
}
