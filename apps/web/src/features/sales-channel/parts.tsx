import { Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ChannelSide, DutyAssignee } from './api';

export const DATE_FORMAT = 'YYYY-MM-DD';
/** Today in Shanghai, whatever the device's zone (Shanghai is UTC+8 all year). */
export const shanghaiToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
export const dateOf = (d: Dayjs | null | undefined) => (d ? d.format(DATE_FORMAT) : null);
export const dayOf = (s: string | null | undefined) => (s ? dayjs(s) : undefined);
export const notBeforeToday = (d: Dayjs) => d.format(DATE_FORMAT) < shanghaiToday();

const SIDE_COLORS: Record<DutyAssignee, string> = { property: 'blue', sales: 'purple', joint: 'gold' };

/** 物业方 / 销售方 / 双方共同, one colour each across the page. */
export function SideTag({ side }: { side: ChannelSide | DutyAssignee | null }) {
  const { t } = useTranslation('salesChannel');
  if (!side) return null;
  return <Tag color={SIDE_COLORS[side]}>{t(`sides.${side}`)}</Tag>;
}

export function OverdueTag({ overdue, label }: { overdue: boolean; label: string }) {
  return overdue ? <Tag color="red">{label}</Tag> : null;
}
