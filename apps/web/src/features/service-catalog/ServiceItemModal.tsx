import { Checkbox, Col, Form, Input, InputNumber, Row, Select, Switch, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { SERVICE_CATEGORIES, serviceCategoryDefaults } from '@guanjia/domain/service-catalog/catalog';
import { FormModal } from '../../ui/FormModal';
import type { CatalogServiceItem, HandlerOption, ServiceItemFields } from './api';
import { categoryLabel } from './labels';

export type ServiceItemFormValues = ServiceItemFields & { categoryNumber?: number };

interface ServiceItemModalProps {
  open: boolean;
  /** The item being edited; absent when adding one. */
  item?: CatalogServiceItem;
  departments: HandlerOption[];
  vendors: HandlerOption[];
  onClose: () => void;
  onSubmit: (values: ServiceItemFormValues) => Promise<unknown>;
}

const HHMM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** An added item starts from its category's defaults (a repair item is repairable, booked a day ahead …). */
export function defaultsFor(categoryNumber: number): ServiceItemFormValues {
  const d = serviceCategoryDefaults(categoryNumber);
  return {
    categoryNumber,
    name: '',
    note: null,
    enabled: true,
    priceMode: d.priceMode,
    priceFen: null,
    unit: null,
    handlerDepartmentId: null,
    handlerVendorId: null,
    leadWorkingDays: d.leadWorkingDays,
    serviceHours: d.serviceHours,
    slaAcceptMinutes: d.slaAcceptMinutes,
    slaCompleteMinutes: d.slaCompleteMinutes,
    slaBasis: d.slaBasis,
    returnVisitRequired: d.returnVisitRequired,
    bookable: d.bookable,
    repairable: d.repairable,
  };
}

/** Edits every field of an item, or adds one; the price is typed in yuan and kept in fen. */
export function ServiceItemModal({ open, item, departments, vendors, onClose, onSubmit }: ServiceItemModalProps) {
  const { t, i18n } = useTranslation('serviceCatalog');
  const seeded = item?.origin === 'seed';
  const initialValues: ServiceItemFormValues = item ? { ...item } : defaultsFor(1);
  const weekdayOptions = WEEKDAYS.map((d) => ({ value: d, label: t(`common:weekdays.${d}`) }));
  const fields = (form: FormInstance<ServiceItemFormValues>) => (
    <>
      {!item && (
        <Form.Item label={t('fields.category')} name="categoryNumber" rules={[{ required: true }]}>
          <Select
            options={SERVICE_CATEGORIES.map((c) => ({ value: c.number, label: categoryLabel(t, i18n.language, c.number, c.name) }))}
            onChange={(n: number) => form.setFieldsValue({ ...defaultsFor(n), name: form.getFieldValue('name') })}
          />
        </Form.Item>
      )}
      <Form.Item label={t('fields.name')} name="name" rules={[{ required: true, whitespace: true }]} extra={seeded ? t('fields.nameFixed') : undefined}>
        <Input maxLength={100} disabled={seeded} />
      </Form.Item>
      <Form.Item label={t('fields.note')} name="note">
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label={t('fields.priceMode')} name="priceMode">
            <Select options={(['free', 'fixed', 'quoted'] as const).map((m) => ({ value: m, label: t(`priceModes.${m}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item noStyle shouldUpdate={(a, b) => a.priceMode !== b.priceMode}>
            {({ getFieldValue }) => (
              <Form.Item
                label={t('fields.priceYuan')}
                name="priceFen"
                // On screen in yuan, on the wire in integer fen.
                getValueProps={(fen: number | null) => ({ value: fen == null ? null : fen / 100 })}
                normalize={(yuan: number | null) => (yuan == null ? null : Math.round(yuan * 100))}
              >
                <InputNumber min={0.01} precision={2} style={{ width: '100%' }} disabled={getFieldValue('priceMode') !== 'fixed'} />
              </Form.Item>
            )}
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={t('fields.unit')} name="unit">
            <Input maxLength={20} placeholder={t('fields.unitPlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={t('fields.handlerDepartment')} name="handlerDepartmentId">
            <Select allowClear options={departments.map((d) => ({ value: d.id, label: d.name }))} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('fields.handlerVendor')} name="handlerVendorId">
            <Select allowClear options={vendors.map((v) => ({ value: v.id, label: v.name }))} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label={t('fields.leadWorkingDays')} name="leadWorkingDays" rules={[{ required: true }]}>
            <InputNumber min={0} max={30} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={t('fields.serviceStart')} name={['serviceHours', 'start']} rules={[{ required: true, pattern: HHMM, message: t('hhmm') }]}>
            <Input placeholder="08:00" maxLength={5} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={t('fields.serviceEnd')} name={['serviceHours', 'end']} rules={[{ required: true, pattern: HHMM, message: t('hhmm') }]}>
            <Input placeholder="20:00" maxLength={5} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('fields.serviceDays')} name={['serviceHours', 'days']} rules={[{ required: true, type: 'array', min: 1 }]}>
        <Checkbox.Group options={weekdayOptions} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label={t('fields.slaAcceptMinutes')} name="slaAcceptMinutes" rules={[{ required: true }]}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={t('fields.slaCompleteMinutes')} name="slaCompleteMinutes" rules={[{ required: true }]}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={t('fields.slaBasis')} name="slaBasis">
            <Select options={(['clock', 'working'] as const).map((b) => ({ value: b, label: t(`slaBases.${b}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        {(['enabled', 'returnVisitRequired', 'bookable', 'repairable'] as const).map((name) => (
          <Col span={12} key={name}>
            <Form.Item label={t(`fields.${name}`)} name={name} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </>
  );
  return (
    <FormModal<ServiceItemFormValues>
      open={open}
      title={item ? t('edit') : t('create')}
      initialValues={initialValues}
      onClose={onClose}
      onSubmit={onSubmit}
      width={760}
    >
      {fields}
    </FormModal>
  );
}
