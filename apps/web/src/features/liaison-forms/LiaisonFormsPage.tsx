import { useState } from 'react';
import { App, Button, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { LIAISON_FORM_STATUSES } from '@guanjia/domain/sales-site/liaison-form-flow';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { FormModal } from '../../ui/FormModal';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { QueryError } from '../../ui/QueryError';
import { canWriteLiaisonForms } from './access';
import { useDeveloperDepartments, useLiaisonCommands, useLiaisonForms, type LiaisonFormStatus, type LiaisonFormSummary, type ListFilters } from './api';
import './i18n';
import { LiaisonFormDrawer } from './LiaisonFormDrawer';
import { LiaisonFormFields, toInput, type FormValues } from './LiaisonFormFields';
import { StatusTag } from './StatusTag';

/** 工作联系单: the project's forms with their status and overdue marks, a new form, and one form in a drawer. */
export function LiaisonFormsPage() {
  const { t } = useTranslation('liaisonForms');
  const { message } = App.useApp();
  const canWrite = canWriteLiaisonForms(useAuth());
  const { project } = useCurrentProject();
  const [searchParams, setSearchParams] = useSearchParams();
  // ?id= opens a form: notifications link here.
  const openId = searchParams.get('id');
  const [filters, setFilters] = useState<ListFilters>({});
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useLiaisonForms(project?.id, filters, page);
  const departments = useDeveloperDepartments(project?.id, creating);
  const commands = useLiaisonCommands();

  function open(id: string | null) {
    const params = new URLSearchParams(searchParams);
    if (id) params.set('id', id);
    else params.delete('id');
    setSearchParams(params, { replace: true });
  }
  function filter(next: ListFilters) {
    setFilters((f) => ({ ...f, ...next }));
    setPage(1);
  }

  async function create(values: FormValues) {
    if (!project) return;
    const form = await commands.create({ projectId: project.id, ...toInput(values) });
    if (values.issueNow) {
      await commands.act(form, 'issue');
      message.success(t('createdIssued'));
    }
    open(form.id);
  }

  const filtered = Boolean(filters.status || filters.overdue || filters.q);
  return (
    <>
      <PageHeader
        title={t('title')}
        subTitle={t('subtitle')}
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} disabled={!project} onClick={() => setCreating(true)}>
              {t('create')}
            </Button>
          )
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<LiaisonFormStatus | ''>
          aria-label={t('status')}
          style={{ width: 140 }}
          value={filters.status ?? ''}
          options={[{ value: '', label: t('allStatuses') }, ...LIAISON_FORM_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))]}
          onChange={(v) => filter({ status: v || undefined })}
        />
        <Space>
          <Switch aria-label={t('overdueOnly')} checked={Boolean(filters.overdue)} onChange={(on) => filter({ overdue: on })} />
          <Typography.Text>{t('overdueOnly')}</Typography.Text>
        </Space>
        <Input.Search allowClear placeholder={t('search')} onSearch={(q) => filter({ q: q.trim() || undefined })} style={{ width: 220 }} />
      </Space>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<LiaisonFormSummary>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showTotal: (total) => t('common:pagination.total', { total }) }}
        locale={{ emptyText: <EmptyState hint={filtered ? t('emptyFiltered') : canWrite ? t('emptyHint') : t('empty')} /> }}
        onRow={(row) => ({ onClick: () => open(row.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('number'), dataIndex: 'number' },
          { title: t('subject'), dataIndex: 'subject' },
          { title: t('toDepartment'), key: 'to', render: (_, r) => r.toDepartment.name },
          {
            title: t('dueDate'),
            key: 'due',
            render: (_, r) => (
              <Space>
                {r.dueDate}
                {r.overdue && <Tag color="red">{t('overdue')}</Tag>}
              </Space>
            ),
          },
          { title: t('status'), key: 'status', render: (_, r) => <StatusTag status={r.status} /> },
          { title: t('issuedBy'), key: 'issuedBy', render: (_, r) => r.issuedBy?.name ?? '—' },
        ]}
      />
      {project && (
        <FormModal<FormValues> open={creating} title={t('create')} initialValues={{ issueNow: true }} onClose={() => setCreating(false)} successMessage={t('created')} onSubmit={create} width={640}>
          <LiaisonFormFields projectId={project.id} departments={departments.data ?? []} creating />
        </FormModal>
      )}
      <LiaisonFormDrawer id={openId} onClose={() => open(null)} />
    </>
  );
}
