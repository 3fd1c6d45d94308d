import { useState } from 'react';
import { Alert, App, Modal, Space, Table, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../ui/api';
import { XlsxPicker } from '../../ui/XlsxPicker';
import { errorMessage } from '../../ui/form-errors';
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

type Outcome = { kind: 'done'; result: ImportResult } | { kind: 'invalid'; rows: RowError[] } | { kind: 'failed'; message: string };

export function UnitImportModal({ projectId, open, onClose }: { projectId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('org');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
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
      message.warning(t('import.chooseFile'));
      return;
    }
    setUploading(true);
    setOutcome(null);
    try {
      const form = new FormData();
      form.append('file', file, file.name);
      const result = await api.upload<ImportResult>(`${orgPaths.units(projectId)}/import`, form);
      setOutcome({ kind: 'done', result });
      message.success(t('import.success', counts(result)));
      await queryClient.invalidateQueries({ queryKey: ['units'] });
    } catch (error) {
      if (isApiError(error, 400) && error.fields) {
        const rows = Object.entries(error.fields).map(([location, problem]) => ({ key: location, location, problem }));
        setOutcome({ kind: 'invalid', rows });
      } else {
        setOutcome({ kind: 'failed', message: errorMessage(error) });
      }
    } finally {
      setUploading(false);
    }
  }


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
          onFile={(selected) => {
            setFile(selected);
            setOutcome(null);
          }}
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
