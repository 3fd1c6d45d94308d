import { SERVICE_CATEGORIES } from '@guanjia/domain/service-catalog/catalog';
import { CATEGORY_NAMES_EN } from '../service-catalog/i18n';

/** How an order's status, kind, channel and category are named; the owner pages start from these too. */
export const workOrderLabels = {
  'zh-CN': {
    statuses: {
      submitted: '待受理',
      accepted: '已受理',
      dispatched: '已派单',
      inProgress: '处理中',
      paused: '已暂停',
      completed: '已完成',
      closed: '已关闭',
      cancelled: '已取消',
    },
    kinds: {
      booking: '预约服务',
      repair: '报修',
      request: '服务请求',
      complaint: '投诉',
      inquiry: '咨询',
      suggestion: '建议',
    },
    channels: { h5: '业主端', phone: '电话', visit: '来访', web: '网页' },
    dispatchModes: { assign: '指派', grab: '抢单' },
    // The seed's own names, by printed number.
    categories: Object.fromEntries(SERVICE_CATEGORIES.map((c) => [String(c.number), c.name])) as Record<string, string>,
  },
  en: {
    statuses: {
      submitted: 'Submitted',
      accepted: 'Accepted',
      dispatched: 'Dispatched',
      inProgress: 'In progress',
      paused: 'Paused',
      completed: 'Completed',
      closed: 'Closed',
      cancelled: 'Cancelled',
    },
    kinds: {
      booking: 'Booking',
      repair: 'Repair',
      request: 'Request',
      complaint: 'Complaint',
      inquiry: 'Inquiry',
      suggestion: 'Suggestion',
    },
    channels: { h5: 'Owner app', phone: 'Phone', visit: 'Visit', web: 'Web' },
    dispatchModes: { assign: 'Assign', grab: 'Grab' },
    categories: CATEGORY_NAMES_EN as Record<string, string>,
  },
};
