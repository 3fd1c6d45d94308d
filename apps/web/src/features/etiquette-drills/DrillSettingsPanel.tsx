import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/form-errors';
import { QueryError } from '../../ui/QueryError';
import { drillApi, useDrillSettings, type PeakPeriod } from './api';
import { useRefreshDrills } from './parts';
import { PeakPeriodModal } from './PeakPeriodModal';
import { RotationEditor } from './RotationEditor';

/** 高峰期与轮换: the sales center's peak sales periods and the order of drill kinds. */
export function DrillSettingsPanel({ centerId }: { centerId: string }) {
  const { t } = useTranslation('etiquetteDrills');
  const { message } = App.useApp();
  const refresh = useRefreshDrills();
  const settings = useDrillSettings(centerId);
  const [editing, setEditing] = useState<PeakPeriod | 'new' | null>(null);
  const data = settings.data;
  const canEdit = data?.allowedActions.includes('edit') ?? false;

  async function remove(p: PeakPeriod) {
    try {
      await drillApi.removePeriod(p);
      message.success(t('settings.removed'));
    } catch (error) {
      message.error(errorMessage(error));
    }
    await refresh();
  }

  if (settings.isError) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!data) return <Spin style={{ display: 'block', margin: '24px auto' }} />;
  const weekdays = (p: PeakPeriod) => (p.weekdays.length ? p.weekdays.map((d) => t(`weekday.${d}`)).join('、') : t('settings.everyDay'));

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {!canEdit && <Alert type="info" showIcon title={t('settings.readOnly')} />}
      <Card
        size="small"
        title={t('settings.periods')}
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('settings.addPeriod')}
            </Button>
          )
        }
      >
        <Table<PeakPeriod>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={data.periods}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  <>
                    <div>{t('settings.emptyPeriods')}</div>
                    <Typography.Text type="secondary">{t('settings.emptyPeriodsHint')}</Typography.Text>
                  </>
                }
              />
            ),
          }}
          columns={[
            { title: t('settings.dates'), key: 'dates', render: (_, p) => <Space>{`${p.startDate} – ${p.endDate}`}{p.current && <Tag color="processing">{t('settings.current')}</Tag>}</Space> },
            { title: t('settings.hours'), key: 'hours', render: (_, p) => `${p.startTime}–${p.endTime}` },
            { title: t('settings.weekdays'), key: 'weekdays', render: (_, p) => weekdays(p) },
            ...(canEdit
              ? [
                  {
                    title: t('common:fields.actions'),
                    key: 'actions',
                    width: 120,
                    render: (_: unknown, p: PeakPeriod) => (
                      <Space>
                        <Button size="small" aria-label={t('settings.editPeriod')} icon={<EditOutlined />} onClick={() => setEditing(p)} />
                        <Popconfirm
                          title={t('settings.removeConfirm', { dates: `${p.startDate} – ${p.endDate}`, hours: `${p.startTime}–${p.endTime}` })}
                          okText={t('settings.remove')}
                          cancelText={t('common:actions.cancel')}
                          onConfirm={() => remove(p)}
                        >
                          <Button size="small" danger aria-label={t('settings.remove')} icon={<DeleteOutlined />} />
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <RotationEditor key={`${data.rotation.version}-${data.rotation.kinds.join()}`} settings={data} canEdit={canEdit} />
      {editing && <PeakPeriodModal centerId={centerId} period={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Space>
  );
}
