import { Alert, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../ui/FormModal';
import { useCurrentProject } from '../../ui/project';
import { useSubmitApproval, type ApprovalDetail } from './api';

interface SubmitValues {
  title: string;
  projectId: string;
  description?: string;
}

/** 发起审批: a free-form (generic) request in one of the user's projects. */
export function SubmitApprovalModal({ open, onClose, onSubmitted }: { open: boolean; onClose: () => void; onSubmitted: (request: ApprovalDetail) => void }) {
  const { t } = useTranslation('approvals');
  const { project, projects } = useCurrentProject();
  const submit = useSubmitApproval();

  return (
    <FormModal<SubmitValues>
      open={open}
      title={t('submit.title')}
      okText={t('submit.ok')}
      successMessage={t('submit.done')}
      initialValues={{ projectId: project?.id }}
      onClose={onClose}
      onSubmit={async ({ title, projectId, description }) => {
        const request = await submit.mutateAsync({
          documentType: 'generic',
          title: title.trim(),
          projectId,
          description: description?.trim() || undefined,
        });
        onSubmitted(request);
      }}
    >
      {projects.length === 0 && <Alert type="info" showIcon title={t('submit.noProjects')} style={{ marginBottom: 16 }} />}
      <Form.Item label={t('columns.title')} name="title" rules={[{ required: true, whitespace: true, message: t('titleRequired') }]}>
        <Input maxLength={200} placeholder={t('submit.titlePlaceholder')} />
      </Form.Item>
      <Form.Item label={t('submit.project')} name="projectId" rules={[{ required: true, message: t('submit.projectRequired') }]}>
        <Select options={projects.map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
      <Form.Item label={t('description')} name="description">
        <Input.TextArea rows={5} maxLength={4000} placeholder={t('submit.descriptionPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
