import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResourceTable } from '../../ui/ResourceTable';
import { useAuth } from '../../ui/auth';
import { orgPaths, type Building } from './api';

type BuildingForm = { name: string; code: string; floors?: number };

export function BuildingsTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('org');
  const { isAdmin } = useAuth();
  return (
    <ResourceTable<Building, BuildingForm>
      variant="section"
      resource="buildings"
      listPath={orgPaths.buildings(projectId)}
      title={t('tabs.buildings')}
      canWrite={isAdmin}
      createLabel={t('buildings.create')}
      createPath={orgPaths.buildings(projectId)}
      updatePath={(row) => `/api/buildings/${row.id}`}
      formTitle={(row) => (row ? t('buildings.edit') : t('buildings.create'))}
      columns={[
        { title: t('common:fields.name'), dataIndex: 'name' },
        { title: t('common:fields.code'), dataIndex: 'code' },
        { title: t('buildings.floors'), dataIndex: 'floors' },
      ]}
      renderFields={() => (
        <>
          <Form.Item label={t('common:fields.name')} name="name" rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item
            label={t('common:fields.code')}
            name="code"
            rules={[{ required: true, whitespace: true }]}
            extra={t('buildings.codeHint')}
          >
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item label={t('buildings.floors')} name="floors">
            <InputNumber min={1} max={200} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    />
  );
}
