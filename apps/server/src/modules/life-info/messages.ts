import { registerMessages } from '../../platform/http/i18n.js';

registerMessages({
  'zh-CN': {
    'entity.lifeInfoEntry': '生活信息',
    'lifeInfo.field.phoneOrAddress': '电话和地址至少填写一项',
  },
  en: {
    'entity.lifeInfoEntry': 'Life information entry',
    'lifeInfo.field.phoneOrAddress': 'Enter a phone number or an address',
  },
});
