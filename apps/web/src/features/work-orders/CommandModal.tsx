import { useState, type ReactNode } from 'react';
import { App, Form, Modal, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { reportFormError } from '../../ui/form-errors';

interface CommandModalProps<V> {
  title: ReactNode;
  okText: string;
  danger?: boolean;
  initialValues?: Partial<V>;
  onClose: () => void;
  /** Sends the command; resolves when the server took it. */
  onSubmit: (values: V) => Promise<unknown>;
  successMessage: string;
  /** Someone changed the order meanwhile (409): the caller reloads it. */
  onConflict: () => void;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
}

/**
 * The form of one work-order command. Field errors land under the fields; a 409 means the order
 * moved on under us, so the modal closes, says so and the page reloads the order.
 */
export function CommandModal<V extends object>(props: CommandModalProps<V>) {
  const { title, okText, danger, initialValues, onClose, onSubmit, successMessage, onConflict, children } = props;
  const { t } = useTranslation('workOrders');
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [saving, setSaving] = useState(false);

  async function finish(values: V) {
    setSaving(true);
    try {
      await onSubmit(values);
      message.success(successMessage);
      onClose();
    } catch (error) {
      if (isApiError(error, 409)) {
        message.error(t('conflict'));
        onConflict();
        onClose();
      } else {
        reportFormError(form, error, message);
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger }}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => void finish(values)}>
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}
