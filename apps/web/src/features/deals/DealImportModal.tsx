import { Alert, App, Modal, Space, Table, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { useXlsxImport } from '../../ui/useXlsxImport';
import { XlsxPicker } from '../../ui/XlsxPicker';
import { DEAL_TEMPLATE_PATH, dealPaths } from './api';

interface RowError {
  row: number;
  columnLabel: string;
  reason: string;
}

/** Excel import of deals: the template, the upload, and every bad cell listed when the file is refused. */
export function DealImportModal({ projectId, open, onClose }: { projectId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('deals');
  const { message } = App.useApp();
  const client = useQueryClient();
  const { file, choose, uploading, outcome, upload, close } = useXlsxImport<{ created: number; updated: number }, RowError>({
    url: dealPaths.import(projectId),
    chooseFile: t('chooseFile'),
    onDone: async (result) => {
      message.success(t('importDone', result));
      await client.invalidateQueries({ queryKey: ['deals'] });
    },
    invalidRows: (error) => (isApiError(error, 422) ? (error.details?.rows as RowError[] | undefined) : undefined),
    onClose,
  });

  return (
    <Modal open={open} title={t('importTitle')} okText={t('importStart')} cancelText={t('common:actions.cancel')} onOk={() => void upload()} onCancel={close} confirmLoading={uploading} width={680} destroyOnHidden>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('importIntro')}</Typography.Paragraph>
        <XlsxPicker
          templatePath={DEAL_TEMPLATE_PATH}
          templateName="deals-template.xlsx"
          file={file}
          onFile={choose}
          labels={{ template: t('template'), onlyXlsx: t('onlyXlsx'), dragHint: t('dragHint') }}
        />
        {outcome?.kind === 'done' && <Alert type="success" showIcon title={t('importDone', outcome.result)} />}
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
