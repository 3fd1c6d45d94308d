import { useState } from 'react';
import { Button, Card, Form, Input, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { FileUpload } from '../../ui/FileUpload';
import { FormModal } from '../../ui/FormModal';
import { formatDateTime } from '../../ui/format';
import { useAddInstruction, type InstructionVersion, type ShowcaseDetail } from './api';

/** 物业服务中心展示作业指导书 (4.5.5): the current version first, the earlier ones kept below it. */
export function InstructionTab({ showcase, projectId }: { showcase: ShowcaseDetail; projectId: string }) {
  const { t } = useTranslation('showcase');
  const [open, setOpen] = useState(false);
  const add = useAddInstruction(showcase.id);
  const [current, ...older] = showcase.instructions;
  const line = (v: InstructionVersion) => (
    <Space direction="vertical" size={0}>
      <Space>
        <Typography.Text strong>{t('instruction.version', { n: v.versionNo })}</Typography.Text>
        {v.file && (
          <a href={v.file.url} target="_blank" rel="noreferrer">
            {v.file.name}
          </a>
        )}
      </Space>
      {v.note && <Typography.Text>{v.note}</Typography.Text>}
      <Typography.Text type="secondary">{t('instruction.uploadedBy', { name: v.uploadedBy?.name ?? '', at: formatDateTime(v.createdAt) })}</Typography.Text>
    </Space>
  );
  return (
    <Card
      size="small"
      title={t('instruction.title')}
      extra={
        showcase.canManage && (
          <Button type="primary" onClick={() => setOpen(true)}>
            {t('instruction.upload')}
          </Button>
        )
      }
    >
      {!current ? (
        <EmptyState hint={`${t('instruction.empty')}。${t('instruction.emptyHint')}`} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Title level={5}>{t('instruction.current')}</Typography.Title>
          <div data-testid="instruction-current">{line(current)}</div>
          {older.length > 0 && (
            <>
              <Typography.Title level={5}>{t('instruction.history')}</Typography.Title>
              <List size="small" dataSource={older} renderItem={(v) => <List.Item>{line(v)}</List.Item>} />
            </>
          )}
        </Space>
      )}
      {open && (
        <FormModal<{ fileIds: string[]; note?: string }>
          open
          title={t('instruction.uploadTitle')}
          onClose={() => setOpen(false)}
          successMessage={t('instruction.uploaded')}
          onSubmit={(v) => add.mutateAsync({ fileId: v.fileIds[0], note: v.note || undefined })}
        >
          <Form.Item name="fileIds" label={t('instruction.file')} rules={[{ required: true, type: 'array', min: 1 }]}>
            <FileUpload projectId={projectId} kind="attachments" />
          </Form.Item>
          <Form.Item name="note" label={t('instruction.note')}>
            <Input maxLength={500} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
