import { Button, Space, Table, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import type { DrillSlot } from './api';
import { StatusTag } from './parts';

/** The slots of one day: time, drill, status, the record that made it done, and 记录完成 where allowed. */
export function SlotTable({ slots, onRecord }: { slots: DrillSlot[]; onRecord?: (slot: DrillSlot) => void }) {
  const { t } = useTranslation('etiquetteDrills');
  return (
    <Table<DrillSlot>
      size="small"
      pagination={false}
      rowKey={(s) => `${s.date} ${s.start}`}
      dataSource={slots}
      columns={[
        { title: t('timetable.time'), key: 'time', width: 120, render: (_, s) => `${s.start}–${s.end}` },
        { title: t('timetable.kind'), key: 'kind', render: (_, s) => t(`kind.${s.kind}`) },
        { title: t('timetable.status'), key: 'status', width: 100, render: (_, s) => <StatusTag status={s.status} /> },
        {
          title: t('timetable.record'),
          key: 'record',
          render: (_, s) =>
            s.record ? (
              <Space orientation="vertical" size={0}>
                <span>{t('timetable.performedBy', { names: s.record.performers.map((p) => p.name).join('、') })}</span>
                {s.record.note && <Typography.Text type="secondary">{s.record.note}</Typography.Text>}
                <Typography.Text type="secondary">
                  {t('timetable.recordedBy', { name: s.record.recordedBy?.name ?? '', at: formatDateTime(s.record.recordedAt) })}
                  {s.record.photoUrl && (
                    <>
                      {' · '}
                      <a href={s.record.photoUrl} target="_blank" rel="noreferrer">
                        {t('timetable.photo')}
                      </a>
                    </>
                  )}
                </Typography.Text>
              </Space>
            ) : s.flaggedAt ? (
              <Typography.Text type="danger">{t('timetable.flagged', { at: formatDateTime(s.flaggedAt) })}</Typography.Text>
            ) : null,
        },
        ...(onRecord
          ? [
              {
                title: t('timetable.actions'),
                key: 'actions',
                width: 120,
                render: (_: unknown, s: DrillSlot) =>
                  s.allowedActions.includes('record') && (
                    <Button type="primary" size="small" icon={<CheckCircleOutlined />} onClick={() => onRecord(s)}>
                      {t('timetable.recordAction')}
                    </Button>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
