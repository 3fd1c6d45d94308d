import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResourceTable } from '../../ui/ResourceTable';
import { useAuth } from '../../ui/auth';
import type { Developer } from './api';

export function DevelopersPage() {
  const { t } = useTranslation('org');
  const { isAdmin } = useAuth();
  return (
    <ResourceTable<Developer, { name: string; code?: string }>
      resource="developers"
      listPath="/api/developers"
      title={t('developers.title')}
      subTitle={t('developers.subtitle')}
      canWrite={isAdmin}
      createLabel={t('developers.create')}
      createPath="/api/developers"
      updatePath={(row) => `/api/developers/${row.id}`}
      formTitle={(row) => (row ? t('developers.edit') : t('developers.create'))}
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
