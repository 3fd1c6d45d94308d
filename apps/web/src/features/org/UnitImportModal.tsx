import { Alert, App, Modal, Space, Table, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { useXlsxImport } from '../../ui/useXlsxImport';
import { XlsxPicker } from '../../ui/XlsxPicker';
import { orgPaths } from './api';

interface ImportResult {
  created: number;
  updated: number;
  unchanged?: number;
}

const TEMPLATE_PATH = '/api/units/import-template';

const counts = (r: ImportResult) => ({ created: r.created, updated: r.updated, unchanged: r.unchanged ?? 0 });

interface RowError {
  key: string;
  location: string;
  problem: string;
}


export function UnitImportModal({ projectId, open, onClose }: { projectId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('org');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { file, choose, uploading, outcome, upload, close } = useXlsxImport<ImportResult, RowError>({
    url: `${orgPaths.units(projectId)}/import`,
    chooseFile: t('import.chooseFile'),
    onDone: async (result) => {
      message.success(t('import.success', counts(result)));
      await queryClient.invalidateQueries({ queryKey: ['units'] });
    },
    // The units import names each bad cell as a field ("第 3 行 房号").
    invalidRows: (error) => (isApiError(error, 400) && error.fields ? Object.entries(error.fields).map(([location, problem]) => ({ key: location, location, problem })) : undefined),
    onClose,
  });

  return (
    <Modal
      open={open}
      title={t('import.title')}
      okText={t('import.start')}
      cancelText={t('common:actions.cancel')}
      onOk={() => void upload()}
      onCancel={close}
      confirmLoading={uploading}
      width={640}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('import.intro')}</Typography.Paragraph>
        <XlsxPicker
          templatePath={TEMPLATE_PATH}
          templateName="units-template.xlsx"
          file={file}
          onFile={choose}
          labels={{ template: t('import.template'), onlyXlsx: t('import.onlyXlsx'), dragHint: t('import.dragHint') }}
        />
        {outcome?.kind === 'done' && <Alert type="success" showIcon title={t('import.success', counts(outcome.result))} />}
        {outcome?.kind === 'failed' && <Alert type="error" showIcon title={outcome.message} />}
        {outcome?.kind === 'invalid' && (
          <>
            <Alert type="error" showIcon title={t('import.invalid')} />
            <Table<RowError>
              size="small"
              dataSource={outcome.rows}
              pagination={outcome.rows.length > 10 ? { pageSize: 10 } : false}
              columns={[
                { title: t('import.location'), dataIndex: 'location', width: 200 },
                { title: t('import.problem'), dataIndex: 'problem' },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
