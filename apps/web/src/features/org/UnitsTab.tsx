import { useState } from 'react';
import { Button, Form, Input, InputNumber, Select } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ResourceTable } from '../../ui/ResourceTable';
import { useAuth } from '../../ui/auth';
import { useOptionsList } from '../../ui/paging';
import { nameOf, orgPaths, type Building, type Unit } from './api';
import { UnitImportModal } from './UnitImportModal';

type UnitForm = { buildingId: string; code: string; floor?: number; areaM2?: number; layout?: string };

export function UnitsTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('org');
  const { isAdmin } = useAuth();
  const [buildingId, setBuildingId] = useState<string | undefined>();
  const [importOpen, setImportOpen] = useState(false);
  const buildings = useOptionsList<Building>(['buildings'], orgPaths.buildings(projectId));
  const buildingOptions = (buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }));
  const noBuildings = buildings.isSuccess && buildings.data.length === 0;

  return (
    <>
      <ResourceTable<Unit, UnitForm>
        variant="section"
        resource="units"
        listPath={orgPaths.units(projectId)}
        params={{ buildingId }}
        title={t('tabs.units')}
        canWrite={isAdmin}
        createLabel={t('units.create')}
        createPath={orgPaths.units(projectId)}
        updatePath={(row) => `/api/units/${row.id}`}
        formTitle={(row) => (row ? t('units.edit') : t('units.create'))}
        createDefaults={{ buildingId }}
        searchPlaceholder={t('units.searchPlaceholder')}
        emptyHint={noBuildings ? t('units.noBuildingHint') : undefined}
        headerExtra={
          isAdmin && (
            <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
              {t('import.button')}
            </Button>
          )
        }
        filters={
          <Select
            aria-label={t('units.building')}
            data-testid="unit-building-filter"
            allowClear
            placeholder={t('units.allBuildings')}
            value={buildingId}
            onChange={setBuildingId}
            options={buildingOptions}
            style={{ width: 180 }}
          />
        }
        columns={[
          { title: t('units.building'), dataIndex: 'buildingId', render: (id: string) => nameOf(buildings.data, id) },
          { title: t('units.code'), dataIndex: 'code' },
          { title: t('units.floor'), dataIndex: 'floor' },
          { title: t('units.areaM2'), dataIndex: 'areaM2' },
          { title: t('units.layout'), dataIndex: 'layout' },
        ]}
        renderFields={() => (
          <>
            <Form.Item label={t('units.building')} name="buildingId" rules={[{ required: true }]}>
              <Select options={buildingOptions} loading={buildings.isPending} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
            <Form.Item label={t('units.code')} name="code" rules={[{ required: true, whitespace: true }]} extra={t('units.codeHint')}>
              <Input maxLength={30} />
            </Form.Item>
            <Form.Item label={t('units.floor')} name="floor">
              <InputNumber precision={0} min={-20} max={300} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item label={t('units.areaM2')} name="areaM2">
              <InputNumber min={0} max={100000} step={0.01} precision={2} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item label={t('units.layout')} name="layout">
              <Input maxLength={50} placeholder={t('units.layoutPlaceholder')} />
            </Form.Item>
          </>
        )}
      />
      <UnitImportModal projectId={projectId} open={importOpen} onClose={() => setImportOpen(false)} />
    </>
  );
}
