import { Button, Form, Input } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ResourceTable } from '../../ui/ResourceTable';
import { useAuth } from '../../ui/auth';
import { orgPaths, unitLabel, type Household } from './api';
import { UnitSelect } from './UnitSelect';

type HouseholdForm = { unitId: string; name?: string };

export function HouseholdsTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('org');
  const { isAdmin } = useAuth();
  const navigate = useNavigate();
  const detailPath = (row: Household) => `/org/projects/${projectId}/households/${row.id}`;

  return (
    <ResourceTable<Household, HouseholdForm>
      variant="section"
      resource="households"
      listPath={orgPaths.households(projectId)}
      title={t('tabs.households')}
      canWrite={isAdmin}
      createLabel={t('households.create')}
      createPath={orgPaths.households(projectId)}
      formTitle={() => t('households.create')}
      searchPlaceholder={t('households.searchPlaceholder')}
      emptyHint={isAdmin ? t('households.emptyHint') : undefined}
      columns={[
        { title: t('households.unit'), key: 'unit', render: (_, row) => <Link to={detailPath(row)}>{unitLabel(row.unit)}</Link> },
        { title: t('households.name'), dataIndex: 'name' },
        {
          title: t('households.members'),
          key: 'members',
          render: (_, row) => row.members.map((m) => m.name).join(t('common:listSeparator')),
        },
      ]}
      rowActions={(row) => (
        <Button type="link" onClick={() => navigate(detailPath(row))}>
          {t('common:actions.view')}
        </Button>
      )}
      renderFields={() => (
        <>
          <Form.Item label={t('households.unit')} name="unitId" rules={[{ required: true }]}>
            <UnitSelect projectId={projectId} />
          </Form.Item>
          <Form.Item label={t('households.name')} name="name" extra={t('households.nameHint')}>
            <Input maxLength={100} />
          </Form.Item>
        </>
      )}
    />
  );
}
