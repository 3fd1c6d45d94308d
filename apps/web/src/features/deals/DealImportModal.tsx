import { useState } from 'react';
import { Alert, App, Modal, Space, Table, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../ui/api';
import { XlsxPicker } from '../../ui/XlsxPicker';
import { errorMessage } from '../../ui/form-errors';
import { DEAL_TEMPLATE_PATH, dealPaths } from './api';

interface RowError {
  row: number;
  columnLabel: string;
  reason: string;
}
type Outcome = { kind: 'done'; created: number; updated: number } | { kind: 'invalid'; rows: RowError[] } | { kind: 'failed'; message: string };

/** Excel import of deals: the template, the upload, and every bad cell listed when the file is refused. */
export function DealImportModal({ projectId, open, onClose }: { projectId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('deals');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  function close() {
    setFile(null);
    setOutcome(null);
    onClose();
  }

  async function upload() {
    if (!file) {
      message.warning(t('chooseFile'));
      return;
    }
    setUploading(true);
    setOutcome(null);
    try {
      const form = new FormData();
      form.append('file', file, file.name);
      const result = await api.upload<{ created: number; updated: number }>(dealPaths.import(projectId), form);
      setOutcome({ kind: 'done', ...result });
      message.success(t('importDone', result));
      await client.invalidateQueries({ queryKey: ['deals'] });
    } catch (error) {
      const rows = isApiError(error, 422) ? (error.details?.rows as RowError[] | undefined) : undefined;
      if (rows) setOutcome({ kind: 'invalid', rows });
      else if (isApiError(error, 400) && error.fields) setOutcome({ kind: 'failed', message: Object.values(error.fields).join('；') });
      else setOutcome({ kind: 'failed', message: errorMessage(error) });
    } finally {
      setUploading(false);
    }
  }

  return (
    <Modal open={open} title={t('importTitle')} okText={t('importStart')} cancelText={t('common:actions.cancel')} onOk={() => void upload()} onCancel={close} confirmLoading={uploading} width={680} destroyOnHidden>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('importIntro')}</Typography.Paragraph>
        <XlsxPicker
          templatePath={DEAL_TEMPLATE_PATH}
          templateName="deals-template.xlsx"
          file={file}
          onFile={(selected) => {
            setFile(selected);
            setOutcome(null);
          }}
          labels={{ template: t('template'), onlyXlsx: t('onlyXlsx'), dragHint: t('dragHint') }}
        />
        {outcome?.kind === 'done' && <Alert type="success" showIcon title={t('importDone', outcome)} />}
        {outcome?.kind === 'failed' && <Alert type="error" showIcon title={outcome.message} />}
        {outcome?.kind === 'invalid' && (
          <>
            <Alert type="error" showIcon title={t('importInvalid')} />
            <Table<RowError>
              size="small"
              rowKey={(r) => `${r.row}-${r.columnLabel}`}
              dataSource={outcome.rows}
              pagination={outcome.rows.length > 10 ? { pageSize: 10 } : false}
              columns={[
                { title: t('row'), dataIndex: 'row', width: 70 },
                { title: t('column'), dataIndex: 'columnLabel', width: 180 },
                { title: t('problem'), dataIndex: 'reason' },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
