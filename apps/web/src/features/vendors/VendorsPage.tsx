import { AutoComplete, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResourceTable } from '../../ui/ResourceTable';
import { useAuth } from '../../ui/auth';
import { useOptionsList } from '../../ui/paging';
import { SERVICE_TYPE_SUGGESTIONS, type Vendor } from './api';

type VendorForm = Omit<Vendor, 'id' | 'version'>;

export function VendorsPage() {
  const { t } = useTranslation('vendors');
  const { me, isAdmin } = useAuth();
  const projects = useOptionsList<{ id: string; name: string }>(['projects'], '/api/projects');
  const projectList = projects.data ?? me.projects;
  const typeLabel = (type: string) => t(`serviceTypes.${type}`, { defaultValue: type });

  return (
    <ResourceTable<Vendor, VendorForm>
      resource="vendors"
      listPath="/api/vendors"
      title={t('title')}
      subTitle={t('subtitle')}
      canWrite={isAdmin}
      createLabel={t('create')}
      createPath="/api/vendors"
      updatePath={(row) => `/api/vendors/${row.id}`}
      formTitle={(row) => (row ? t('edit') : t('create'))}
      createDefaults={{ projectIds: [] }}
      searchPlaceholder={t('searchPlaceholder')}
      emptyHint={isAdmin ? t('emptyHint') : undefined}
      columns={[
        { title: t('name'), dataIndex: 'name' },
        { title: t('serviceType'), dataIndex: 'serviceType', render: typeLabel },
        { title: t('contactName'), dataIndex: 'contactName' },
        { title: t('contactPhone'), dataIndex: 'contactPhone' },
        {
          title: t('projects'),
          dataIndex: 'projectIds',
          render: (ids: string[] = []) => ids.map((id) => projectList.find((p) => p.id === id)?.name ?? id).join(t('common:listSeparator')),
        },
      ]}
      renderFields={() => (
        <>
          <Form.Item label={t('name')} name="name" rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label={t('serviceType')} name="serviceType" rules={[{ required: true, whitespace: true }]}>
            <AutoComplete
              options={SERVICE_TYPE_SUGGESTIONS.map((type) => ({ value: typeLabel(type) }))}
              showSearch={{ filterOption: (input, option) => String(option?.value ?? '').includes(input) }}
            />
          </Form.Item>
          <Form.Item label={t('contactName')} name="contactName">
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label={t('contactPhone')} name="contactPhone">
            <Input maxLength={20} inputMode="tel" />
          </Form.Item>
          <Form.Item label={t('projects')} name="projectIds">
            <Select
              mode="multiple"
              options={projectList.map((p) => ({ value: p.id, label: p.name }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </>
      )}
    />
  );
}
