import { useState } from 'react';
import { App, Button, DatePicker, Select, Space, Table } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { useCurrentProject } from '../../ui/project';
import { QueryError } from '../../ui/QueryError';
import { downloadReadsCsv, useOwnerSearch, useReads, useStaffOptions, type PersonalDataRead, type ReadFilters } from './api';

const DATE_FORMAT = 'YYYY-MM-DD';

/** 查看记录: every full number a staff member revealed, filtered by staff member, owner and date, exported as CSV. */
export function ReadsTab() {
  const { t } = useTranslation('personalData');
  const { message } = App.useApp();
  const { project } = useCurrentProject();
  const [filters, setFilters] = useState<ReadFilters>({});
  const [ownerQ, setOwnerQ] = useState('');
  const { query, items, pagination } = useReads(filters);
  const staff = useStaffOptions(true);
  const owners = useOwnerSearch(project?.id, ownerQ);
  const set = (next: ReadFilters) => setFilters((f) => ({ ...f, ...next }));

  async function exportCsv() {
    try {
      await downloadReadsCsv(filters);
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('staff')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('allStaff')}
          style={{ width: 180 }}
          options={(staff.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          onChange={(staffUserId?: string) => set({ staffUserId })}
        />
        <Select
          aria-label={t('ownerFilter')}
          allowClear
          showSearch={{ filterOption: false, onSearch: setOwnerQ }}
          placeholder={t('ownerFilter')}
          style={{ width: 200 }}
          options={owners.items.map((o) => ({ value: o.id, label: o.name }))}
          onChange={(ownerId?: string) => set({ ownerId })}
        />
        <DatePicker.RangePicker aria-label={t('dates')} format={DATE_FORMAT} onChange={(r) => set({ from: r?.[0]?.format(DATE_FORMAT), to: r?.[1]?.format(DATE_FORMAT) })} />
        <Button icon={<DownloadOutlined />} onClick={() => void exportCsv()}>
          {t('exportCsv')}
        </Button>
      </Space>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<PersonalDataRead>
        rowKey="id"
        loading={query.isFetching}
        dataSource={items}
        pagination={pagination}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState hint={t('emptyReadsHint')} /> }}
        columns={[
          { title: t('readAt'), key: 'at', render: (_, r) => formatDateTime(r.readAt) },
          { title: t('staff'), key: 'staff', render: (_, r) => r.staff.name },
          { title: t('person'), key: 'person', render: (_, r) => r.personName || '—' },
          { title: t('subject'), key: 'subject', render: (_, r) => t(`subjects.${r.subjectType}`) },
          { title: t('field'), key: 'field', render: (_, r) => t(`fields.${r.field}`) },
          { title: t('purpose'), key: 'purpose', render: (_, r) => r.purpose ?? '—' },
          { title: t('page'), key: 'page', render: (_, r) => r.page ?? '—' },
          { title: t('project'), dataIndex: 'projectName' },
          { title: 'IP', key: 'ip', render: (_, r) => r.ip ?? '—' },
        ]}
      />
    </>
  );
}
