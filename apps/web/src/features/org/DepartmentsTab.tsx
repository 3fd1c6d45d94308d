import { Form, Input, Radio, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResourceTable } from '../../ui/ResourceTable';
import { toRequestBody } from '../../ui/body';
import { useAuth } from '../../ui/auth';
import { useOptionsList } from '../../ui/paging';
import { nameOf, POST_TYPES, type Department } from './api';

type DepartmentForm = { name: string; kind: Department['kind']; parentId?: string; postType?: string };

export function DepartmentsTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('org');
  const { isAdmin } = useAuth();
  const all = useOptionsList<Department>(['departments'], '/api/departments', { projectId });
  const parents = (all.data ?? []).filter((d) => d.kind === 'department');

  return (
    <ResourceTable<Department, DepartmentForm>
      variant="section"
      resource="departments"
      // The project scopes the list; it is not a user filter, so it lives in the path.
      listPath={`/api/departments?projectId=${encodeURIComponent(projectId)}`}
      title={t('tabs.departments')}
      canWrite={isAdmin}
      createLabel={t('departments.create')}
      createPath="/api/departments"
      updatePath={(row) => `/api/departments/${row.id}`}
      formTitle={(row) => (row ? t('departments.edit') : t('departments.create'))}
      createDefaults={{ kind: 'department' }}
      toBody={(values, row) => {
        const body = toRequestBody(values, row ? (row as unknown as Record<string, unknown>) : undefined);
        // A department has no post type; clear one left over from when it was a post.
        if (values.kind !== 'post') {
          delete body.postType;
          if (row?.postType) body.postType = null;
        }
        return row ? body : { ...body, projectId };
      }}
      columns={[
        { title: t('common:fields.name'), dataIndex: 'name' },
        {
          title: t('departments.kind'),
          dataIndex: 'kind',
          render: (kind: Department['kind']) => (
            <Tag color={kind === 'post' ? 'purple' : 'blue'}>{t(`departments.kinds.${kind}`)}</Tag>
          ),
        },
        {
          title: t('departments.postType'),
          dataIndex: 'postType',
          render: (type: string | null) => (type ? t(`departments.postTypes.${type}`, { defaultValue: type }) : ''),
        },
        { title: t('departments.parent'), dataIndex: 'parentId', render: (id: string | null) => nameOf(all.data, id) },
      ]}
      renderFields={(_mode, _form, row) => (
        <>
          <Form.Item label={t('common:fields.name')} name="name" rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label={t('departments.kind')} name="kind" rules={[{ required: true }]}>
            <Radio.Group
              options={(['department', 'post'] as const).map((k) => ({ value: k, label: t(`departments.kinds.${k}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('departments.parent')} name="parentId">
            <Select
              allowClear
              options={parents
                .filter((d) => d.id !== row?.id)
                .map((d) => ({ value: d.id, label: d.name }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['kind']}>
            {({ getFieldValue }) =>
              getFieldValue('kind') === 'post' && (
                <Form.Item label={t('departments.postType')} name="postType" rules={[{ required: true }]}>
                  <Select options={POST_TYPES.map((p) => ({ value: p, label: t(`departments.postTypes.${p}`) }))} />
                </Form.Item>
              )
            }
          </Form.Item>
        </>
      )}
    />
  );
}
