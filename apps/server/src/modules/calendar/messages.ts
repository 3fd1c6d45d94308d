import { registerMessages } from '../../platform/http/i18n.js';
import { YEAR_MAX, YEAR_MIN } from './schemas.js';

registerMessages({
  'zh-CN': {
    'entity.calendarDay': '日历日期',
    'entity.calendarYear': '日历年度的完整标记',
    'calendar.field.notADate': '不是有效的日期',
    'calendar.field.yearOutOfRange': `年份须在 ${YEAR_MIN}–${YEAR_MAX} 之间`,
    'calendar.field.yearMismatch': '文件中的年份与所选年份不一致',
    'calendar.field.outsideYear': '日期不在所导入的年份内',
    'calendar.field.duplicateDate': '该日期重复出现',
    'calendar.field.workdayOnWeekday': '调休上班日必须是周六或周日',
    'calendar.field.notHolidayJson': '请上传 holiday-cn 格式的 .json 文件',
  },
  en: {
    'entity.calendarDay': 'Calendar day',
    'entity.calendarYear': 'Completeness mark of the calendar year',
    'calendar.field.notADate': 'Not a valid date',
    'calendar.field.yearOutOfRange': `The year must be between ${YEAR_MIN} and ${YEAR_MAX}`,
    'calendar.field.yearMismatch': 'The year in the file differs from the chosen year',
    'calendar.field.outsideYear': 'The date lies outside the imported year',
    'calendar.field.duplicateDate': 'This date appears more than once',
    'calendar.field.workdayOnWeekday': 'A make-up workday must fall on a Saturday or Sunday',
    'calendar.field.notHolidayJson': 'Please upload a .json file in holiday-cn format',
  },
});
