import { useState } from 'react';
import { Button, Form, Input, InputNumber, Space, Switch, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { hhmmToMinutes } from '@guanjia/domain/venues/venue-slots';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { FormModal } from '../../ui/FormModal';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { QueryError } from '../../ui/QueryError';
import { saveVenue, useVenues, venueKeys, type Venue } from './api';
import { VenueDayView } from './VenueDayView';

type VenueForm = Pick<Venue, 'name' | 'openTime' | 'closeTime' | 'slotMinutes' | 'capacity' | 'enabled'>;

const CREATE_DEFAULTS: Partial<VenueForm> = { openTime: '09:00', closeTime: '20:00', slotMinutes: 60, capacity: 10, enabled: true };

/** 会所场地: the project's venues, and a day of one venue's slots with their bookings. */
export function VenuesPage() {
  const { t } = useTranslation('venues');
  const { hasRole } = useAuth();
  const { project } = useCurrentProject();
  const queryClient = useQueryClient();
  const venues = useVenues(project?.id);
  const [editing, setEditing] = useState<Venue | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const canManage = hasRole('systemAdmin', 'companyAdmin', 'serviceCenterManager');
  const list = venues.data ?? [];
  const selected = list.find((v) => v.id === selectedId) ?? list[0];

  function openForm(venue: Venue | null) {
    setEditing(venue);
    setFormOpen(true);
  }

  async function submit(values: VenueForm) {
    const body = editing ? values : { ...values, projectId: project?.id };
    const saved = await saveVenue(editing, body);
    setSelectedId(saved.id);
    await queryClient.invalidateQueries({ queryKey: venueKeys.all });
  }

  const timeRule = { pattern: /^([01]\d|2[0-4]):[0-5]\d$/, message: t('timeFormat') };

  return (
    <>
      <PageHeader
        title={t('title')}
        subTitle={t('subtitle')}
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openForm(null)} disabled={!project}>
              {t('create')}
            </Button>
          )
        }
      />
      {venues.isError && <QueryError error={venues.error} onRetry={() => void venues.refetch()} />}
      <Table<Venue>
        rowKey="id"
        dataSource={list}
        loading={venues.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState hint={canManage ? t('noVenuesHint') : t('noVenues')} /> }}
        rowClassName={(v) => (v.id === selected?.id ? 'ant-table-row-selected' : '')}
        onRow={(v) => ({ onClick: () => setSelectedId(v.id) })}
        columns={[
          { title: t('name'), dataIndex: 'name' },
          { title: t('hours'), key: 'hours', render: (_, v) => `${v.openTime}–${v.closeTime}` },
          { title: t('slotMinutes'), dataIndex: 'slotMinutes' },
          { title: t('capacity'), dataIndex: 'capacity' },
          {
            title: t('enabled'),
            dataIndex: 'enabled',
            render: (on: boolean) => <Tag color={on ? 'green' : 'default'}>{on ? t('enabledOn') : t('enabledOff')}</Tag>,
          },
          ...(canManage
            ? [
                {
                  title: t('actions'),
                  key: 'actions',
                  render: (_: unknown, v: Venue) => (
                    <Button type="link" onClick={() => openForm(v)}>
                      {t('common:actions.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {selected && project && (
        <div style={{ marginTop: 24 }}>
          <VenueDayView venues={list} venue={selected} projectId={project.id} onVenueChange={setSelectedId} />
        </div>
      )}
      <FormModal<VenueForm>
        open={formOpen}
        title={editing ? t('edit') : t('create')}
        initialValues={editing ?? CREATE_DEFAULTS}
        successMessage={editing ? t('common:messages.updated') : t('common:messages.created')}
        onClose={() => setFormOpen(false)}
        onSubmit={submit}
      >
        <Form.Item label={t('name')} name="name" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item label={t('openTime')} name="openTime" rules={[{ required: true }, timeRule]}>
            <Input placeholder="09:00" style={{ width: 120 }} />
          </Form.Item>
          <Form.Item
            label={t('closeTime')}
            name="closeTime"
            dependencies={['openTime']}
            rules={[
              { required: true },
              timeRule,
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  value && hhmmToMinutes(value) <= hhmmToMinutes(getFieldValue('openTime') ?? '')
                    ? Promise.reject(new Error(t('closeAfterOpen')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input placeholder="21:00" style={{ width: 120 }} />
          </Form.Item>
        </Space>
        <Space size="large" wrap>
          <Form.Item label={t('slotMinutes')} name="slotMinutes" rules={[{ required: true }]}>
            <InputNumber min={15} max={480} step={15} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label={t('capacity')} name="capacity" rules={[{ required: true }]}>
            <InputNumber min={1} max={10000} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label={t('enabled')} name="enabled" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
      </FormModal>
    </>
  );
}
