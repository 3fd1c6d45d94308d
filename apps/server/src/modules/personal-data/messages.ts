import { registerMessages } from '../../platform/http/i18n.js';

registerMessages({
  'zh-CN': {
    'entity.personalDataRequest': '个人信息申请',
    'personalData.error.erasureBlocked': '暂不能注销个人信息：{reasons}',
    'personalData.error.alreadyRequested': '您已提交注销申请，正在等待物业处理',
  },
  en: {
    'entity.personalDataRequest': 'Personal-data request',
    'personalData.error.erasureBlocked': 'The personal data cannot be erased yet: {reasons}',
    'personalData.error.alreadyRequested': 'Your erasure request is already waiting for the property office',
  },
});
