import { Form, Input, Rate, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResolveBody } from './api';
import { CommandModal } from './CommandModal';
import { actionLabel } from './labels';
import { FileUpload } from '../../ui/FileUpload';

interface ResolveModalProps {
  projectId: string;
  onSubmit: (body: ResolveBody) => Promise<unknown>;
  onClose: () => void;
  onConflict: () => void;
}

interface Values {
  note: string;
  photoIds?: string[];
  satisfaction?: number;
}

/** 现场解决: how it was settled with the requester present (also their answer), photos and their satisfaction if asked. */
export function ResolveModal({ projectId, onSubmit, onClose, onConflict }: ResolveModalProps) {
  const { t } = useTranslation('workOrders');
  return (
    <CommandModal<Values>
      title={actionLabel(t, 'resolve')}
      okText={actionLabel(t, 'resolve')}
      successMessage={t('done.resolve')}
      onSubmit={({ note, photoIds, satisfaction }) =>
        onSubmit({ note: note.trim(), photoIds: photoIds?.length ? photoIds : undefined, satisfaction: satisfaction || undefined })
      }
      onClose={onClose}
      onConflict={onConflict}
    >
      <Typography.Paragraph type="secondary">{t('resolve.hint')}</Typography.Paragraph>
      <Form.Item label={t('resolve.note')} name="note" rules={[{ required: true, whitespace: true, message: t('resolve.noteRequired') }]}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
      <Form.Item label={t('resolve.photos')} name="photoIds">
        <FileUpload projectId={projectId} />
      </Form.Item>
      <Form.Item label={t('resolve.satisfaction')} name="satisfaction">
        <Rate />
      </Form.Item>
    </CommandModal>
  );
}
