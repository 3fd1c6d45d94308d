import { useState } from 'react';
import { Alert, App, Button, Input, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { useCurrentProject } from '../../ui/project';
import { QueryError } from '../../ui/QueryError';
import { downloadOwnerExport, useOwnerSearch, type OwnerHit } from './api';

/** 导出个人数据: find the owner who asked and download their copy (JSON or PDF); the server audits each export. */
export function ExportTab() {
  const { t } = useTranslation('personalData');
  const { message } = App.useApp();
  const { project } = useCurrentProject();
  const [q, setQ] = useState('');
  const { query, items, pagination } = useOwnerSearch(project?.id, q);

  async function download(owner: OwnerHit, format: 'json' | 'pdf') {
    try {
      await downloadOwnerExport(owner.id, format);
      message.success(t('exported'));
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  return (
    <>
      <Alert type="info" showIcon title={t('exportHint')} style={{ marginBottom: 16 }} />
      <Input.Search allowClear placeholder={t('searchOwner')} aria-label={t('searchOwner')} style={{ width: 280, marginBottom: 16 }} onSearch={(v) => setQ(v.trim())} />
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<OwnerHit>
        rowKey="id"
        loading={query.isFetching}
        dataSource={items}
        pagination={pagination}
        locale={{ emptyText: <EmptyState hint={project ? undefined : t('emptyOwnersHint')} /> }}
        columns={[
          { title: t('owner'), key: 'name', render: (_, o) => (o.erased ? <Tag>{`${o.name} · ${t('erased')}`}</Tag> : o.name) },
          { title: t('units'), key: 'units', render: (_, o) => o.units.join('、') || '—' },
          { title: t('phone'), key: 'phone', render: (_, o) => o.phone ?? '—' },
          {
            title: t('tabs.export'),
            key: 'actions',
            render: (_, o) => (
              <Space>
                <Button size="small" onClick={() => void download(o, 'json')}>
                  {t('exportJson')}
                </Button>
                <Button size="small" onClick={() => void download(o, 'pdf')}>
                  {t('exportPdf')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
