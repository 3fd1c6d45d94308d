import { Alert, Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWorkOrderAssignees, type DispatchBody } from './api';
import { CommandModal } from './CommandModal';
import { StaffSelect } from './StaffSelect';

type Target = 'department' | 'user' | 'vendor';

interface DispatchValues {
  target: Target;
  departmentId?: string;
  userId?: string;
  vendorId?: string;
  mode: 'assign' | 'grab';
}

interface DispatchModalProps {
  projectId: string;
  onClose: () => void;
  onSubmit: (body: DispatchBody) => Promise<unknown>;
  onConflict: () => void;
}

/** The body names exactly one target; a named person is always assigned, a department or vendor may grab. */
export function toDispatchBody(values: DispatchValues): DispatchBody {
  switch (values.target) {
    case 'user':
      return { userId: values.userId, mode: 'assign' };
    case 'vendor':
      return { vendorId: values.vendorId, mode: values.mode };
    default:
      return { departmentId: values.departmentId, mode: values.mode };
  }
}

/** 派单: to a department or post, a named technician, or an outsourced vendor; assigned or put up for grabs. */
export function DispatchModal({ projectId, onClose, onSubmit, onConflict }: DispatchModalProps) {
  const { t } = useTranslation('workOrders');
  // One request for every list of the form; the user select below reads the same cached answer.
  const assignees = useWorkOrderAssignees(projectId);
  const targets: Target[] = ['department', 'user', 'vendor'];

  return (
    <CommandModal<DispatchValues>
      title={t('dispatch.title')}
      okText={t('actions.dispatch')}
      successMessage={t('done.dispatch')}
      initialValues={{ target: 'department', mode: 'assign' }}
      onClose={onClose}
      onConflict={onConflict}
      onSubmit={(values) => onSubmit(toDispatchBody(values))}
    >
      {(form) => (
        <>
          <Form.Item label={t('dispatch.target')} name="target">
            <Radio.Group optionType="button" options={targets.map((k) => ({ value: k, label: t(`dispatch.targets.${k}`) }))} />
          </Form.Item>
          <Form.Item noStyle dependencies={['target']}>
            {() => {
              const target = form.getFieldValue('target') as Target;
              const required = [{ required: true, message: t('dispatch.required') }];
              return (
                <>
                  {target === 'department' && (
                    <Form.Item label={t('dispatch.department')} name="departmentId" rules={required}>
                      <Select
                        showSearch={{ optionFilterProp: 'label' }}
                        loading={assignees.isPending}
                        options={(assignees.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
                      />
                    </Form.Item>
                  )}
                  {target === 'user' && (
                    <Form.Item label={t('dispatch.user')} name="userId" rules={required}>
                      <StaffSelect projectId={projectId} />
                    </Form.Item>
                  )}
                  {target === 'vendor' && (
                    <Form.Item label={t('dispatch.vendor')} name="vendorId" rules={required}>
                      <Select
                        showSearch={{ optionFilterProp: 'label' }}
                        loading={assignees.isPending}
                        options={(assignees.data?.vendors ?? []).map((v) => ({ value: v.id, label: v.name }))}
                      />
                    </Form.Item>
                  )}
                  {target !== 'user' && (
                    <>
                      <Form.Item label={t('dispatch.mode')} name="mode" style={{ marginBottom: 8 }}>
                        <Radio.Group options={(['assign', 'grab'] as const).map((m) => ({ value: m, label: t(`dispatchModes.${m}`) }))} />
                      </Form.Item>
                      <Alert type="info" title={t('dispatch.modeHint')} />
                    </>
                  )}
                </>
              );
            }}
          </Form.Item>
        </>
      )}
    </CommandModal>
  );
}
