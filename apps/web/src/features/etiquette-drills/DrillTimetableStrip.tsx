import { Card, Flex, Tag, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { canReadDrillTimetable } from './access';
import { useDrillTimetable, type DrillSlot } from './api';
import './i18n';

/**
 * The day's etiquette drills on the reception board, compact: time, drill and a done / missed /
 * now / next marker. Hidden when there are no drills today (or the timetable cannot be read).
 */
export function DrillTimetableStrip({ salesCenterId }: { salesCenterId: string }) {
  const auth = useAuth();
  const allowed = canReadDrillTimetable(auth);
  const timetable = useDrillTimetable(allowed ? salesCenterId : undefined);
  const slots = timetable.data?.slots ?? [];
  if (!allowed || slots.length === 0) return null;
  // The next drill: the first one still upcoming, unless one is going on now.
  const next = slots.some((s) => s.status === 'due') ? undefined : slots.find((s) => s.status === 'upcoming');
  return <Strip slots={slots} next={next} />;
}

function Strip({ slots, next }: { slots: DrillSlot[]; next: DrillSlot | undefined }) {
  const { t } = useTranslation('etiquetteDrills');
  return (
    <Card size="small" style={{ marginBottom: 12 }} styles={{ body: { padding: '6px 12px' } }} data-testid="drill-strip">
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{t('strip.title')}</Typography.Text>
        {slots.map((s) => (
          <Tag key={s.start} data-testid={`drill-${s.start}`} data-status={s.status} color={marker(s, next).color} icon={marker(s, next).icon} style={{ marginInlineEnd: 0 }}>
            {s.start} {t(`kind.${s.kind}`)}
            {marker(s, next).label && ` · ${t(marker(s, next).label!)}`}
          </Tag>
        ))}
      </Flex>
    </Card>
  );
}

function marker(s: DrillSlot, next: DrillSlot | undefined) {
  if (s.status === 'done') return { color: 'success', icon: <CheckOutlined />, label: 'strip.done' };
  if (s.status === 'missed') return { color: 'error', icon: <CloseOutlined />, label: 'strip.missed' };
  if (s.status === 'due') return { color: 'processing', icon: <RightOutlined />, label: 'strip.due' };
  if (s === next) return { color: 'blue', icon: <RightOutlined />, label: 'strip.next' };
  return { color: 'default', icon: undefined, label: undefined };
}
