import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResourceTable } from '../../ui/ResourceTable';
import { useAuth } from '../../ui/auth';

interface NamedCode {
  id: string;
  name: string;
  code?: string | null;
  version?: number;
}

/**
 * A company-level list of name + optional code (regions, developers). `resource` is both the API
 * path segment and the i18n key under org: (title, subtitle, create, edit, and optionally emptyHint).
 */
export function NamedCodePage({ resource, emptyHint }: { resource: 'regions' | 'developers'; emptyHint?: string }) {
  const { t } = useTranslation('org');
  const { isAdmin } = useAuth();
  return (
    <ResourceTable<NamedCode, { name: string; code?: string }>
      resource={resource}
      listPath={`/api/${resource}`}
      title={t(`${resource}.title`)}
      subTitle={t(`${resource}.subtitle`)}
      canWrite={isAdmin}
      createLabel={t(`${resource}.create`)}
      createPath={`/api/${resource}`}
      updatePath={(row) => `/api/${resource}/${row.id}`}
      formTitle={(row) => (row ? t(`${resource}.edit`) : t(`${resource}.create`))}
      emptyHint={isAdmin ? emptyHint : undefined}
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
