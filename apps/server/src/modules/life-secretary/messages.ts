import { registerMessages } from '../../platform/http/i18n.js';

registerMessages({
  'zh-CN': {
    'entity.wakeUpCall': '叫醒服务',
    'entity.messageRelay': '留言',
    'entity.household': '住户',
    'lifeSecretary.field.dateRequired': '单次叫醒请选择日期',
    'lifeSecretary.field.wakeUpPast': '叫醒时间已过，请选择以后的时间',
    'lifeSecretary.field.ownerNotInHousehold': '该业主不是此住户的成员',
    'lifeSecretary.field.noHousehold': '您的账号尚未关联住户，请联系管家',
    'lifeSecretary.field.unknownFestival': '未知的节日',
    'lifeSecretary.field.unknownVariables': '问候语中有无法填写的变量（节日可用 name、festival；生日可用 name、member）',
    'lifeSecretary.error.greetingsFailed': '部分项目的问候未能发送',
  },
  en: {
    'entity.wakeUpCall': 'Wake-up call',
    'entity.messageRelay': 'Relayed message',
    'entity.household': 'Household',
    'lifeSecretary.field.dateRequired': 'Choose the date of a one-off wake-up call',
    'lifeSecretary.field.wakeUpPast': 'That wake-up time has passed; choose a later one',
    'lifeSecretary.field.ownerNotInHousehold': 'This owner is not a member of the household',
    'lifeSecretary.field.noHousehold': 'Your account is not linked to a household yet; please ask your butler',
    'lifeSecretary.field.unknownFestival': 'Unknown festival',
    'lifeSecretary.field.unknownVariables': 'The wording uses placeholders that cannot be filled (festivals: name, festival; birthdays: name, member)',
    'lifeSecretary.error.greetingsFailed': 'Some projects’ greetings could not be sent',
  },
});
