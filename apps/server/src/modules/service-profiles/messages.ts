import { registerMessages } from '../../platform/http/i18n.js';

registerMessages({
  'zh-CN': {
    'entity.serviceProfile': '服务需求档案',
    'serviceProfile.birthday.month': '生日月份不正确',
    'serviceProfile.birthday.day': '生日日期不存在',
    'serviceProfile.birthday.year': '出生年份不正确',
    'serviceProfile.birthday.leapOnSolar': '只有农历生日才有闰月',
  },
  en: {
    'entity.serviceProfile': 'Service profile',
    'serviceProfile.birthday.month': 'The birthday month is not valid',
    'serviceProfile.birthday.day': 'That birthday date does not exist',
    'serviceProfile.birthday.year': 'The birth year is not valid',
    'serviceProfile.birthday.leapOnSolar': 'Only a lunar birthday can be in a leap month',
  },
});
