import { useState } from 'react';
import { App, Button, Space, Switch, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { OWNER_DOCUMENT_KINDS } from '@guanjia/domain/owner-documents/owner-document-kinds';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { downloadSignaturePdf, exportSigningStatus, useSigningStatus, type DocumentCell, type StatusRow } from './api';

const CELL_COLORS = { signed: 'green', signedEarlierVersion: 'gold', notSigned: 'red', noTemplate: 'default' } as const;

/** 签署情况: who has not signed what, one row per owner; missing documents in red. */
export function StatusTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('ownerDocuments');
  const { message } = App.useApp();
  const [missingOnly, setMissingOnly] = useState(false);
  const status = useSigningStatus(projectId, missingOnly);

  const attempt = (work: Promise<void>) => work.catch((error: unknown) => message.error(errorMessage(error)));
  const cell = (d: DocumentCell | undefined) => {
    if (!d) return null;
    const label = t(`cell.${d.state}`, { n: d.signedVersionNo, current: d.publishedVersionNo });
    return (
      <Space direction="vertical" size={0}>
        <Tag color={CELL_COLORS[d.state]}>{label}</Tag>
        {d.signedAt && <Typography.Text type="secondary">{formatDateTime(d.signedAt)}</Typography.Text>}
        {d.signatureId && (
          <Button size="small" type="link" icon={<FilePdfOutlined />} style={{ padding: 0 }} onClick={() => void attempt(downloadSignaturePdf(d.signatureId!))}>
            {t('downloadPdf')}
          </Button>
        )}
      </Space>
    );
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Space>
          <Switch aria-label={t('missingOnly')} checked={missingOnly} onChange={setMissingOnly} />
          <Typography.Text>{t('missingOnly')}</Typography.Text>
        </Space>
        <Button icon={<DownloadOutlined />} onClick={() => void attempt(exportSigningStatus(projectId, missingOnly))}>
          {t('exportCsv')}
        </Button>
        {status.data?.summary.map((s) => (
          <Tag key={s.kind} color={s.missing > 0 ? 'red' : 'green'}>
            {t('summary', { kind: t(`kinds.${s.kind}`), signed: s.signed, missing: s.missing })}
          </Tag>
        ))}
      </Space>
      {status.isError && <QueryError error={status.error} onRetry={() => void status.refetch()} />}
      <Table<StatusRow>
        rowKey={(r) => `${r.ownerId}:${r.householdId}`}
        loading={status.isFetching}
        dataSource={status.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, showTotal: (total) => t('common:pagination.total', { total }) }}
        locale={{ emptyText: <EmptyState hint={missingOnly ? t('emptyMissing') : t('emptyStatus')} /> }}
        onRow={(r) => ({ style: r.missing.length > 0 ? { background: 'rgba(255, 77, 79, 0.04)' } : undefined })}
        columns={[
          { title: t('owner'), dataIndex: 'ownerName', fixed: 'left' },
          { title: t('unit'), dataIndex: 'unitLabel' },
          { title: t('phone'), key: 'phone', render: (_, r) => r.phone ?? '—' },
          ...OWNER_DOCUMENT_KINDS.map((kind) => ({ title: t(`kinds.${kind}`), key: kind, render: (_: unknown, r: StatusRow) => cell(r.documents.find((d) => d.kind === kind)) })),
        ]}
      />
    </>
  );
}
