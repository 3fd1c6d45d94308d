import { useState, type ReactNode } from 'react';
import { Alert, App, Form, Modal, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from './api';
import { applyFieldErrors, reportFormError } from './form-errors';

export interface CommandModalProps<V> {
  title: ReactNode;
  okText: string;
  danger?: boolean;
  initialValues?: Partial<V>;
  onClose: () => void;
  /** Sends the command; resolves when the server took it. */
  onSubmit: (values: V) => Promise<unknown>;
  successMessage: string;
  /** Someone changed the record meanwhile (409): the caller reloads it. */
  onConflict: () => void;
  /** What the 409 tells the user, in the feature's words ("the order was changed by someone else"). */
  conflictMessage: string;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
}

/**
 * The form of one command on a versioned record (a work order, an event plan). Field errors land
 * under the fields; a 409 means the record moved on under us, so the modal closes, says so and the
 * page reloads it. A business rule's refusal without a field (422) stays in the modal, in full.
 */
export function CommandModal<V extends object>(props: CommandModalProps<V>) {
  const { title, okText, danger, initialValues, onClose, onSubmit, successMessage, onConflict, conflictMessage, children } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  async function finish(values: V) {
    setSaving(true);
    setRefusal(null);
    try {
      await onSubmit(values);
      message.success(successMessage);
      onClose();
    } catch (error) {
      if (isApiError(error, 409)) {
        message.error(conflictMessage);
        onConflict();
        onClose();
      } else if (isApiError(error, 422)) {
        // Named on a field of this form, the refusal shows under it; otherwise its message says what to do first.
        if (applyFieldErrors(form, error).applied.length === 0) setRefusal(error.message);
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
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} />}
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => void finish(values)}>
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}
