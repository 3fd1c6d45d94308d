import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { FormModal } from '../../ui/FormModal';
import type { StaffUser } from './api';

interface ResetForm {
  password: string;
  confirm: string;
}

export function ResetPasswordModal({ user, onClose }: { user: StaffUser | null; onClose: () => void }) {
  const { t } = useTranslation('staff');
  return (
    <FormModal<ResetForm>
      open={user !== null}
      title={t('resetPasswordTitle', { name: user?.name ?? '' })}
      okText={t('resetPassword')}
      successMessage={t('passwordReset')}
      onClose={onClose}
      onSubmit={({ password }) => api.post(`/api/users/${user!.id}/reset-password`, { password })}
    >
      <Alert type="warning" showIcon title={t('resetWarning')} style={{ marginBottom: 16 }} />
      <Form.Item label={t('newPassword')} name="password" rules={[{ required: true }, { min: 8, message: t('passwordMin') }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('confirmPassword')}
        name="confirm"
        dependencies={['password']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue('password') === value ? Promise.resolve() : Promise.reject(new Error(t('passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
