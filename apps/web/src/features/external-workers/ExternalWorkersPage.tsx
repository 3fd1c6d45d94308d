import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { FormModal } from '../../ui/FormModal';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { QueryError } from '../../ui/QueryError';
import { RevealPersonalData } from '../../ui/RevealPersonalData';
import { canRegisterExternalWorkers } from './access';
import { useExternalWorkerCommands, useExternalWorkers, type ExternalWorker, type RegisterFilters, type RegisterInput } from './api';
import './i18n';

const DATE_FORMAT = 'YYYY-MM-DD';

/** 外来工作人员问询登记: today's register (or a date range, or those on site now), registering and signing out. */
export function ExternalWorkersPage() {
  const { t } = useTranslation('externalWorkers');
  const { message } = App.useApp();
  const canRegister = canRegisterExternalWorkers(useAuth());
  const { project } = useCurrentProject();
  const [filters, setFilters] = useState<RegisterFilters>({});
  const [page, setPage] = useState(1);
  const [registering, setRegistering] = useState(false);
  const list = useExternalWorkers(project?.id, filters, page);
  const commands = useExternalWorkerCommands(project?.id);

  function filter(next: RegisterFilters) {
    setFilters((f) => ({ ...f, ...next }));
    setPage(1);
  }
  async function signOut(w: ExternalWorker) {
    try {
      await commands.signOut.mutateAsync(w);
      message.success(t('signedOut'));
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  const filtered = Boolean(filters.onSite || filters.from || filters.q);
  const contact = (w: ExternalWorker, field: 'phone' | 'idNumber') => (
    <RevealPersonalData value={w[field]} field={field} subject={{ subjectType: 'externalWorker', externalWorkerId: w.id }} canReveal={w.contactRevealable} />
  );
  return (
    <>
      <PageHeader
        title={t('title')}
        subTitle={t('subtitle')}
        extra={
          canRegister && (
            <Button type="primary" icon={<PlusOutlined />} disabled={!project} onClick={() => setRegistering(true)}>
              {t('register')}
            </Button>
          )
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Space>
          <Switch aria-label={t('onSiteOnly')} checked={Boolean(filters.onSite)} onChange={(on) => filter({ onSite: on })} />
          <Typography.Text>{t('onSiteOnly')}</Typography.Text>
        </Space>
        <DatePicker.RangePicker
          aria-label={t('dates')}
          format={DATE_FORMAT}
          onChange={(range) => filter({ from: range?.[0]?.format(DATE_FORMAT), to: range?.[1]?.format(DATE_FORMAT) })}
        />
        <Input.Search allowClear placeholder={t('search')} style={{ width: 220 }} onSearch={(q) => filter({ q: q.trim() || undefined })} />
        {list.data && <Tag color="blue">{t('onSiteCount', { count: list.data.onSiteCount })}</Tag>}
      </Space>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<ExternalWorker>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showTotal: (total) => t('common:pagination.total', { total }) }}
        locale={{ emptyText: <EmptyState hint={filtered ? t('emptyFiltered') : canRegister ? t('emptyHint') : t('empty')} /> }}
        columns={[
          { title: t('name'), dataIndex: 'name' },
          { title: t('phone'), key: 'phone', render: (_, w) => contact(w, 'phone') },
          { title: t('idNumber'), key: 'idNumber', render: (_, w) => contact(w, 'idNumber') },
          { title: t('company'), dataIndex: 'company' },
          { title: t('purpose'), dataIndex: 'purpose' },
          { title: t('visiting'), dataIndex: 'visiting' },
          { title: t('timeIn'), key: 'in', render: (_, w) => formatDateTime(w.timeIn) },
          { title: t('timeOut'), key: 'out', render: (_, w) => (w.onSite ? <Tag color="green">{t('onSite')}</Tag> : formatDateTime(w.timeOut)) },
          { title: t('registeredBy'), key: 'by', render: (_, w) => w.registeredBy.name },
          ...(canRegister
            ? [
                {
                  title: t('common:fields.actions'),
                  key: 'actions',
                  render: (_: unknown, w: ExternalWorker) =>
                    w.onSite && (
                      <Popconfirm title={t('signOutConfirm', { name: w.name })} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={() => signOut(w)}>
                        <Button size="small">{t('signOut')}</Button>
                      </Popconfirm>
                    ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<RegisterInput> open={registering} title={t('register')} onClose={() => setRegistering(false)} successMessage={t('registered')} onSubmit={(values) => commands.register.mutateAsync({ ...values, idNumber: values.idNumber?.trim() || undefined, note: values.note?.trim() || undefined })}>
        <Form.Item label={t('name')} name="name" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label={t('phone')} name="phone" rules={[{ required: true }, { pattern: /^\+?[0-9][0-9 -]{4,19}$/, message: t('phoneFormat') }]}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item label={t('idNumber')} name="idNumber" extra={t('idNumberHint')}>
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item label={t('company')} name="company" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('purpose')} name="purpose" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('visiting')} name="visiting" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('note')} name="note">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
    </>
  );
}
