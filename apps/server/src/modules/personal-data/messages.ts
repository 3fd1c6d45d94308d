import { registerMessages } from '../../platform/http/i18n.js';

registerMessages({
  'zh-CN': {
    'entity.personalDataRequest': '个人信息申请',
    'personalData.error.erasureBlocked': '暂不能注销个人信息：{reasons}',
    'personalData.error.alreadyRequested': '您已提交注销申请，正在等待物业处理',
    'personalData.subject.owner': '业主档案',
    'personalData.subject.deal': '成交信息',
    'personalData.subject.workOrder': '工单',
    'personalData.subject.visit': '来访登记',
    'personalData.subject.externalWorker': '外来工作人员登记',
  },
  en: {
    'entity.personalDataRequest': 'Personal-data request',
    'personalData.error.erasureBlocked': 'The personal data cannot be erased yet: {reasons}',
    'personalData.error.alreadyRequested': 'Your erasure request is already waiting for the property office',
    'personalData.subject.owner': 'Owner record',
    'personalData.subject.deal': 'Deal',
    'personalData.subject.workOrder': 'Work order',
    'personalData.subject.visit': 'Sales-center visit',
    'personalData.subject.externalWorker': 'Outside worker',
  },
});
