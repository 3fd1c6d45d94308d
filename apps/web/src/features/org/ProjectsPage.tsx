import { Button, Form, Input, Select } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ResourceTable } from '../../ui/ResourceTable';
import { useAuth } from '../../ui/auth';
import { useOptionsList } from '../../ui/paging';
import { nameOf, type Developer, type Project, type Region } from './api';

type ProjectForm = Pick<Project, 'name' | 'code' | 'regionId'> & { developerId?: string; city?: string; address?: string };

export function ProjectsPage() {
  const { t } = useTranslation('org');
  const { isAdmin } = useAuth();
  const navigate = useNavigate();
  const regions = useOptionsList<Region>(['regions'], '/api/regions');
  const developers = useOptionsList<Developer>(['developers'], '/api/developers');

  return (
    <ResourceTable<Project, ProjectForm>
      resource="projects"
      listPath="/api/projects"
      title={t('projects.title')}
      canWrite={isAdmin}
      createLabel={t('projects.create')}
      createPath="/api/projects"
      updatePath={(row) => `/api/projects/${row.id}`}
      formTitle={(row) => (row ? t('projects.edit') : t('projects.create'))}
      searchPlaceholder={t('projects.searchPlaceholder')}
      emptyHint={isAdmin ? t('projects.emptyHint') : undefined}
      alsoInvalidate={['me']}
      columns={[
        {
          title: t('common:fields.name'),
          dataIndex: 'name',
          render: (name: string, row) => <Link to={`/org/projects/${row.id}`}>{name}</Link>,
        },
        { title: t('common:fields.code'), dataIndex: 'code' },
        { title: t('projects.region'), dataIndex: 'regionId', render: (id: string) => nameOf(regions.data, id) },
        { title: t('projects.developer'), dataIndex: 'developerId', render: (id: string | null) => nameOf(developers.data, id) },
        { title: t('projects.city'), dataIndex: 'city' },
        { title: t('common:fields.address'), dataIndex: 'address' },
      ]}
      rowActions={(row) => (
        <Button type="link" onClick={() => navigate(`/org/projects/${row.id}`)}>
          {t('projects.open')}
        </Button>
      )}
      renderFields={() => (
        <>
          <Form.Item label={t('common:fields.name')} name="name" rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label={t('common:fields.code')} name="code" rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label={t('projects.region')} name="regionId" rules={[{ required: true }]}>
            <Select
              loading={regions.isPending}
              options={(regions.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
          <Form.Item label={t('projects.developer')} name="developerId">
            <Select
              allowClear
              loading={developers.isPending}
              options={(developers.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
          <Form.Item label={t('projects.city')} name="city">
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label={t('common:fields.address')} name="address">
            <Input maxLength={200} />
          </Form.Item>
        </>
      )}
    />
  );
}
