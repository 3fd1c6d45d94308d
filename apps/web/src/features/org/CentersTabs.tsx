import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResourceTable } from '../../ui/ResourceTable';
import { useAuth } from '../../ui/auth';
import { orgPaths, type SalesCenter, type ServiceCenter } from './api';

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

type SalesCenterForm = Omit<SalesCenter, 'id' | 'version'>;
type ServiceCenterForm = Omit<ServiceCenter, 'id' | 'version'>;

function NameAddressPhone() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item label={t('fields.name')} name="name" rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label={t('fields.address')} name="address">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={t('fields.phone')} name="phone">
        <Input maxLength={30} inputMode="tel" />
      </Form.Item>
    </>
  );
}

function OpeningHours({ ns, extra }: { ns: 'salesCenters' | 'serviceCenters'; extra?: string }) {
  const { t } = useTranslation('org');
  const timeRule = { pattern: TIME_PATTERN, message: t('salesCenters.timeInvalid') };
  return (
    <>
      <Form.Item label={t(`${ns}.openTime`)} name="openTime" rules={[timeRule]} extra={extra ?? t('salesCenters.timeHint')}>
        <Input placeholder={ns === 'serviceCenters' ? '08:30' : '09:00'} maxLength={5} />
      </Form.Item>
      <Form.Item label={t(`${ns}.closeTime`)} name="closeTime" rules={[timeRule]} extra={t('salesCenters.timeHint')}>
        <Input placeholder={ns === 'serviceCenters' ? '17:30' : '18:00'} maxLength={5} />
      </Form.Item>
    </>
  );
}

export function SalesCentersTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('org');
  const { isAdmin } = useAuth();
  return (
    <ResourceTable<SalesCenter, SalesCenterForm>
      variant="section"
      resource="sales-centers"
      listPath={orgPaths.salesCenters(projectId)}
      title={t('tabs.salesCenters')}
      canWrite={isAdmin}
      createLabel={t('salesCenters.create')}
      createPath={orgPaths.salesCenters(projectId)}
      updatePath={(row) => `/api/sales-centers/${row.id}`}
      formTitle={(row) => (row ? t('salesCenters.edit') : t('salesCenters.create'))}
      columns={[
        { title: t('common:fields.name'), dataIndex: 'name' },
        { title: t('common:fields.address'), dataIndex: 'address' },
        { title: t('common:fields.phone'), dataIndex: 'phone' },
        { title: t('salesCenters.openTime'), dataIndex: 'openTime' },
        { title: t('salesCenters.closeTime'), dataIndex: 'closeTime' },
      ]}
      renderFields={() => (
        <>
          <NameAddressPhone />
          <OpeningHours ns="salesCenters" />
        </>
      )}
    />
  );
}

export function ServiceCentersTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('org');
  const { isAdmin } = useAuth();
  return (
    <ResourceTable<ServiceCenter, ServiceCenterForm>
      variant="section"
      resource="service-centers"
      listPath={orgPaths.serviceCenters(projectId)}
      title={t('tabs.serviceCenters')}
      canWrite={isAdmin}
      createLabel={t('serviceCenters.create')}
      createPath={orgPaths.serviceCenters(projectId)}
      updatePath={(row) => `/api/service-centers/${row.id}`}
      formTitle={(row) => (row ? t('serviceCenters.edit') : t('serviceCenters.create'))}
      columns={[
        { title: t('common:fields.name'), dataIndex: 'name' },
        { title: t('common:fields.address'), dataIndex: 'address' },
        { title: t('common:fields.phone'), dataIndex: 'phone' },
        { title: t('serviceCenters.openTime'), dataIndex: 'openTime' },
        { title: t('serviceCenters.closeTime'), dataIndex: 'closeTime' },
      ]}
      renderFields={() => (
        <>
          <NameAddressPhone />
          <OpeningHours ns="serviceCenters" extra={t('serviceCenters.officeHint')} />
        </>
      )}
    />
  );
}
