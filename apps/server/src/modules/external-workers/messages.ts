import { registerMessages } from '../../platform/http/i18n.js';

registerMessages({
  'zh-CN': {
    'entity.externalWorker': '外来人员登记',
    'externalWorker.field.timeInFuture': '进场时间不能晚于现在',
    'externalWorker.field.timeOutBeforeIn': '离场时间不能早于进场时间（{timeIn}）',
    'externalWorker.field.timeOutFuture': '离场时间不能晚于现在',
    'externalWorker.field.salesCenterNotInProject': '该销售中心不属于本项目',
    'externalWorker.field.dateRange': '结束日期不能早于开始日期',
    'externalWorker.error.alreadySignedOut': '该人员已于 {timeOut} 离场',
  },
  en: {
    'entity.externalWorker': 'Outside worker registration',
    'externalWorker.field.timeInFuture': 'The time in cannot be later than now',
    'externalWorker.field.timeOutBeforeIn': 'The time out cannot be before the time in ({timeIn})',
    'externalWorker.field.timeOutFuture': 'The time out cannot be later than now',
    'externalWorker.field.salesCenterNotInProject': 'This sales center does not belong to the project',
    'externalWorker.field.dateRange': 'The end date cannot be before the start date',
    'externalWorker.error.alreadySignedOut': 'This person already left at {timeOut}',
  },
});
