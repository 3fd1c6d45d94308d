import { registerMessages } from '../../platform/http/i18n.js';

registerMessages({
  'zh-CN': {
    'salesDashboard.field.rangeReversed': '结束日期不能早于开始日期',
    'salesDashboard.field.rangeTooLong': '一次最多查看 {max} 天，请缩短日期范围',
  },
  en: {
    'salesDashboard.field.rangeReversed': 'The end date cannot be before the start date',
    'salesDashboard.field.rangeTooLong': 'At most {max} days at a time; choose a shorter range',
  },
});
