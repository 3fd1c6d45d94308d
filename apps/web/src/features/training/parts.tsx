import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Attendance, SessionStatus } from './api';

const STATUS_COLOURS: Record<SessionStatus, string> = { scheduled: 'blue', held: 'gold', recorded: 'green', cancelled: 'default' };
const ATTENDANCE_COLOURS: Record<Attendance, string> = { present: 'green', late: 'orange', absent: 'red' };

export function StatusTag({ status }: { status: SessionStatus }) {
  const { t } = useTranslation('training');
  return <Tag color={STATUS_COLOURS[status]}>{t(`status.${status}`)}</Tag>;
}

export function AttendanceTag({ value }: { value: Attendance | null }) {
  const { t } = useTranslation('training');
  return value ? <Tag color={ATTENDANCE_COLOURS[value]} data-attendance={value}>{t(`attendance.${value}`)}</Tag> : <Tag>{t('attendance.none')}</Tag>;
}
