import { registerMessages } from '../../platform/http/i18n.js';

registerMessages({
  'zh-CN': {
    'workOrders.returnVisit.ownWork': '不能回访评价自己处理的工单，请由其他管家回访',
    'workOrders.returnVisit.commentRequired': '不满意时请填写原因',
  },
  en: {
    'workOrders.returnVisit.ownWork': 'You cannot rate your own work; ask another butler to make the return visit',
    'workOrders.returnVisit.commentRequired': 'Please say what is wrong when rejecting the result',
  },
});
