import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResourceTable } from '../../ui/ResourceTable';
import { useAuth } from '../../ui/auth';
import type { Region } from './api';

export function RegionsPage() {
  const { t } = useTranslation('org');
  const { isAdmin } = useAuth();
  return (
    <ResourceTable<Region, { name: string; code?: string }>
      resource="regions"
      listPath="/api/regions"
      title={t('regions.title')}
      subTitle={t('regions.subtitle')}
      canWrite={isAdmin}
      createLabel={t('regions.create')}
      createPath="/api/regions"
      updatePath={(row) => `/api/regions/${row.id}`}
      formTitle={(row) => (row ? t('regions.edit') : t('regions.create'))}
      emptyHint={isAdmin ? t('regions.emptyHint') : undefined}
      columns={[
        { title: t('common:fields.name'), dataIndex: 'name' },
        { title: t('common:fields.code'), dataIndex: 'code' },
      ]}
      renderFields={() => (
        <>
          <Form.Item label={t('common:fields.name')} name="name" rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label={t('common:fields.code')} name="code">
            <Input maxLength={50} />
          </Form.Item>
        </>
      )}
    />
  );
}
