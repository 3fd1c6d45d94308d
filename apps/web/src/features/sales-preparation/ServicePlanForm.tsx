import { Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, type FormInstance } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { REFERENCE_SITE_SERVICE_KEYS, REFERENCE_SITE_SERVICES } from '@guanjia/domain/sales-preparation/service-plan-template';
import type { ServicePlan, ServicePlanSections } from './api';

/** The form's shape: the reference services ticked, and the services the developer asked for besides. */
export interface PlanFormValues extends Omit<ServicePlanSections, 'siteServices'> {
  siteServices: string[];
  otherServices: string[];
}

export function formValuesOf(plan: ServicePlan): PlanFormValues {
  return {
    serviceModel: plan.serviceModel,
    targetGroup: plan.targetGroup,
    staffing: plan.staffing,
    siteServices: plan.siteServices.filter((s) => REFERENCE_SITE_SERVICE_KEYS.includes(s)),
    otherServices: plan.siteServices.filter((s) => !REFERENCE_SITE_SERVICE_KEYS.includes(s)),
    materials: plan.materials,
    rules: plan.rules,
    trainingPlan: plan.trainingPlan,
  };
}

export function sectionsOf(v: PlanFormValues): ServicePlanSections {
  return {
    serviceModel: v.serviceModel ?? '',
    targetGroup: v.targetGroup ?? '',
    staffing: (v.staffing ?? []).filter((p) => p && (p.post || p.headcount)).map((p) => ({ post: p.post ?? '', headcount: p.headcount ?? 0 })),
    siteServices: [...(v.siteServices ?? []), ...(v.otherServices ?? [])],
    materials: v.materials ?? '',
    rules: v.rules ?? '',
    trainingPlan: v.trainingPlan ?? '',
  };
}

/** The template's sections; read-only unless the plan is a draft the caller may edit. */
export function ServicePlanForm({ form, plan, disabled }: { form: FormInstance<PlanFormValues>; plan: ServicePlan; disabled: boolean }) {
  const { t, i18n } = useTranslation('salesPreparation');
  const en = i18n.language === 'en';
  const text = (name: 'serviceModel' | 'targetGroup' | 'materials' | 'rules' | 'trainingPlan') => (
    <Form.Item name={name} label={t(`servicePlan.section.${name}`)}>
      <Input.TextArea rows={3} maxLength={8000} placeholder={t(`servicePlan.placeholder.${name}`)} />
    </Form.Item>
  );
  return (
    <Form<PlanFormValues> form={form} layout="vertical" disabled={disabled} initialValues={formValuesOf(plan)}>
      {text('serviceModel')}
      {text('targetGroup')}
      <Form.Item label={t('servicePlan.section.staffing')} required>
        <Form.List name="staffing">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'post']} noStyle>
                    <Input placeholder={t('servicePlan.post')} aria-label={t('servicePlan.post')} maxLength={50} style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'headcount']} noStyle>
                    <InputNumber min={0} max={500} placeholder={t('servicePlan.headcount')} aria-label={t('servicePlan.headcount')} />
                  </Form.Item>
                  {!disabled && <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t('common:actions.cancel')} />}
                </Space>
              ))}
              {!disabled && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ post: '', headcount: 1 })}>
                  {t('servicePlan.addPost')}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item name="siteServices" label={t('servicePlan.section.siteServices')}>
        <Checkbox.Group style={{ width: '100%' }}>
          <Row gutter={[8, 4]}>
            {REFERENCE_SITE_SERVICES.map((s) => (
              <Col key={s.key} xs={24} md={12}>
                <Checkbox value={s.key}>
                  {s.no}. {en ? s.titleEn : s.title}
                </Checkbox>
              </Col>
            ))}
          </Row>
        </Checkbox.Group>
      </Form.Item>
      <Form.Item name="otherServices" label={t('servicePlan.otherService')}>
        <Select mode="tags" open={false} />
      </Form.Item>
      {text('materials')}
      {text('rules')}
      {text('trainingPlan')}
    </Form>
  );
}
