import { useState, type ReactNode } from 'react';
import { App, Form, Modal, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { reportFormError } from './form-errors';

interface FormModalProps<V> {
  open: boolean;
  title: ReactNode;
  initialValues?: Partial<V>;
  onClose: () => void;
  /** Resolves when saved; a rejected ApiError's fields land on the matching items. */
  onSubmit: (values: V) => Promise<unknown>;
  successMessage?: string;
  okText?: string;
  width?: number;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
}

/** A modal form that shows server field errors beside the fields and closes on success. */
export function FormModal<V extends object>(props: FormModalProps<V>) {
  const { open, title, initialValues, onClose, onSubmit, successMessage, okText, width, children } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [saving, setSaving] = useState(false);

  async function handleFinish(values: V) {
    setSaving(true);
    try {
      await onSubmit(values);
      message.success(successMessage ?? t('messages.saved'));
      onClose();
    } catch (error) {
      reportFormError(form, error, message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('actions.save')}
      cancelText={t('actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      width={width}
    >
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={handleFinish} preserve={false}>
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}
