import { Space, Table, Tag, Typography, type TableColumnsType, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { formatDateTime } from '../../ui/format';
import { RevealPersonalData } from '../../ui/RevealPersonalData';
import type { CursorPage, WorkOrderSummary } from './api';
import { STATUS_COLORS, statusLabel, type WorkOrderStatus } from './labels';

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation('workOrders');
  return <Tag color={STATUS_COLORS[status as WorkOrderStatus] ?? 'default'}>{statusLabel(t, status)}</Tag>;
}

/** "2026-03-02 09:00–11:00" for an appointment. */
export function serviceTimeText(order: { serviceDate: string | null; serviceStart: string | null; serviceEnd?: string | null }): string {
  if (!order.serviceDate) return '';
  const window = order.serviceStart ? ` ${order.serviceStart}${order.serviceEnd ? `–${order.serviceEnd}` : ''}` : '';
  return `${order.serviceDate}${window}`;
}

function DueLine({ label, at, overdue }: { label: string; at: string; overdue: boolean }) {
  const { t } = useTranslation('workOrders');
  return (
    <div>
      <Typography.Text type={overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
        {label}{' '}
      </Typography.Text>
      <Typography.Text type={overdue ? 'danger' : undefined}>{formatDateTime(at)}</Typography.Text>
      {overdue && (
        <Tag color="red" style={{ marginInlineStart: 4 }}>
          {t('overdue')}
        </Tag>
      )}
    </div>
  );
}

/**
 * The promised service time and the SLA clocks still running; a clock past due is red. Accepting
 * matters only until the order is accepted, so a met acceptance clock is not repeated.
 */
export function DueCell({ order }: { order: WorkOrderSummary }) {
  const { t } = useTranslation('workOrders');
  const promised = serviceTimeText(order);
  const finished = order.status === 'closed' || order.status === 'cancelled' || order.status === 'completed';
  // The list says only whether the order is overdue; the clock still open is the one that ran out.
  const accepting = order.status === 'submitted';
  return (
    <Space orientation="vertical" size={0}>
      {promised && <Typography.Text>{promised}</Typography.Text>}
      {!finished && accepting && order.acceptDueAt && <DueLine label={t('dueAccept')} at={order.acceptDueAt} overdue={order.overdue} />}
      {!finished && !accepting && order.completeDueAt && <DueLine label={t('dueComplete')} at={order.completeDueAt} overdue={order.overdue} />}
      {!finished && order.overdue && !(accepting ? order.acceptDueAt : order.completeDueAt) && <Tag color="red">{t('overdue')}</Tag>}
    </Space>
  );
}

/** Who asked: name, then the masked phone (with the logged reveal when `canReveal`) and the unit when known. */
export function RequesterCell({ name, phone, unit, workOrderId, canReveal }: { name: string; phone: string | null; unit: string | null; workOrderId: string; canReveal: boolean }) {
  return (
    <Space orientation="vertical" size={0}>
      <span>{name}</span>
      {phone && (
        <Typography.Text type="secondary">
          <RevealPersonalData value={phone} field="phone" subject={{ subjectType: 'workOrder', workOrderId }} canReveal={canReveal} />
        </Typography.Text>
      )}
      {unit && <Typography.Text type="secondary">{unit}</Typography.Text>}
    </Space>
  );
}

interface KeysetTableProps<T> {
  /** A keyset-paged query: every page loaded so far is shown, in order. */
  list: { data?: { pages: CursorPage<T>[] }; isFetching: boolean; isFetchingNextPage: boolean };
  columns: TableColumnsType<T>;
  emptyHint: string;
  onRow?: TableProps<T>['onRow'];
}

/** The rows of a keyset-paged list in one table; "load more" below it adds rows without the table spinning. */
export function KeysetTable<T extends { id: string }>({ list, columns, emptyHint, onRow }: KeysetTableProps<T>) {
  return (
    <Table<T>
      rowKey="id"
      columns={columns}
      dataSource={list.data?.pages.flatMap((page) => page.items) ?? []}
      loading={list.isFetching && !list.isFetchingNextPage}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <EmptyState hint={emptyHint} /> }}
      onRow={onRow}
    />
  );
}
