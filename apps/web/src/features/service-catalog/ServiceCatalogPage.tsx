import { useState } from 'react';
import { App, Button, Collapse, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { EmptyState } from '../../ui/EmptyState';
import { useCurrentProject } from '../../ui/project';
import { errorMessage } from '../../ui/form-errors';
import {
  useCreateServiceItem,
  useHandlerOptions,
  useServiceCatalogAdmin,
  useUpdateServiceItem,
  type CatalogServiceItem,
  type HandlerOption,
} from './api';
import { categoryLabel, leadLabel, priceLabel, slaLabel } from './labels';
import { ServiceItemModal, type ServiceItemFormValues } from './ServiceItemModal';

type Editing = { mode: 'edit'; item: CatalogServiceItem } | { mode: 'create' } | null;

/** Blank text and cleared selects go to the server as null; a price only travels with a fixed price. */
function toBody(values: ServiceItemFormValues) {
  const { categoryNumber: _category, ...rest } = values;
  return {
    ...rest,
    note: values.note?.trim() ? values.note : null,
    unit: values.unit?.trim() ? values.unit : null,
    priceFen: values.priceMode === 'fixed' ? (values.priceFen ?? null) : null,
    handlerDepartmentId: values.handlerDepartmentId ?? null,
    handlerVendorId: values.handlerVendorId ?? null,
  };
}

/** 服务项目: the project's copy of the 管家式服务内容一览表, grouped by category in the seed's order. */
export function ServiceCatalogPage() {
  const { t, i18n } = useTranslation('serviceCatalog');
  const { message } = App.useApp();
  const { project } = useCurrentProject();
  const projectId = project?.id ?? null;
  const catalog = useServiceCatalogAdmin(projectId);
  const handlers = useHandlerOptions(projectId);
  const update = useUpdateServiceItem();
  const create = useCreateServiceItem();
  const [editing, setEditing] = useState<Editing>(null);

  if (!project) return <EmptyState hint={t('noProject')} />;

  const handlerName = (item: CatalogServiceItem) => {
    const find = (list: HandlerOption[], id: string | null) => (id ? (list.find((h) => h.id === id)?.name ?? id) : null);
    const names = [find(handlers.departments, item.handlerDepartmentId), find(handlers.vendors, item.handlerVendorId)].filter(Boolean);
    return names.length ? names.join(t('common:listSeparator')) : <Typography.Text type="secondary">{t('noHandler')}</Typography.Text>;
  };

  async function toggle(item: CatalogServiceItem, enabled: boolean) {
    try {
      await update.mutateAsync({ id: item.id, body: { enabled, version: item.version } });
      message.success(t('toggled', { name: item.name }));
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  async function save(values: ServiceItemFormValues) {
    if (editing?.mode === 'edit') {
      const { name, ...body } = toBody(values);
      // The seed's wording is fixed; only an added item's name travels.
      const named = editing.item.origin === 'custom' ? { name } : {};
      await update.mutateAsync({ id: editing.item.id, body: { ...body, ...named, version: editing.item.version } });
    } else {
      await create.mutateAsync({ ...toBody(values), projectId: projectId!, categoryNumber: values.categoryNumber! });
    }
  }

  const columns: TableColumnsType<CatalogServiceItem> = [
    { title: t('columns.number'), dataIndex: 'number', width: 64 },
    {
      title: t('columns.name'),
      dataIndex: 'name',
      render: (name: string, item) => (
        <>
          <div>
            {name} {item.origin === 'custom' && <Tag color="blue">{t('custom')}</Tag>}
          </div>
          {item.note && <Typography.Text type="secondary">{item.note}</Typography.Text>}
        </>
      ),
    },
    { title: t('columns.lead'), dataIndex: 'leadWorkingDays', width: 140, render: (days: number) => leadLabel(t, days) },
    {
      title: t('columns.enabled'),
      dataIndex: 'enabled',
      width: 80,
      render: (enabled: boolean, item) => (
        <Switch
          size="small"
          checked={enabled}
          aria-label={`${item.name} ${enabled ? t('enabledOn') : t('enabledOff')}`}
          loading={update.isPending && update.variables?.id === item.id}
          onChange={(next) => void toggle(item, next)}
        />
      ),
    },
    { title: t('columns.price'), key: 'price', width: 140, render: (_, item) => priceLabel(t, item) },
    { title: t('columns.handler'), key: 'handler', width: 140, render: (_, item) => handlerName(item) },
    { title: t('columns.sla'), key: 'sla', width: 240, render: (_, item) => slaLabel(t, item) },
    {
      title: t('common:fields.actions'),
      key: 'actions',
      width: 80,
      render: (_, item) => (
        <Button type="link" size="small" onClick={() => setEditing({ mode: 'edit', item })}>
          {t('common:actions.edit')}
        </Button>
      ),
    },
  ];

  const categories = catalog.data?.categories ?? [];
  return (
    <>
      <PageHeader
        title={t('title')}
        subTitle={t('subtitle', { project: project.name })}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
            {t('create')}
          </Button>
        }
      />
      {catalog.isError ? (
        <QueryError error={catalog.error} onRetry={() => void catalog.refetch()} />
      ) : (
        <Collapse
          defaultActiveKey={['1']}
          items={categories.map((c) => ({
            key: String(c.number),
            label: categoryLabel(t, i18n.language, c.number, c.name),
            extra: <Typography.Text type="secondary">{t('itemCount', { count: c.items.length })}</Typography.Text>,
            children: <Table<CatalogServiceItem> rowKey="id" size="small" pagination={false} columns={columns} dataSource={c.items} />,
          }))}
        />
      )}
      {editing && (
        <ServiceItemModal
          open
          item={editing.mode === 'edit' ? editing.item : undefined}
          departments={handlers.departments}
          vendors={handlers.vendors}
          onClose={() => setEditing(null)}
          onSubmit={save}
        />
      )}
    </>
  );
}
