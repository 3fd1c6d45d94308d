import type { ProfileTag } from '../service-profiles/profile-vocabulary.js';
import type { QuestionnaireContent, QuestionOption } from './questionnaire-content.js';

const opts = (labels: string[], tag?: ProfileTag): QuestionOption[] => labels.map((label, i) => ({ value: `o${i + 1}`, label, tag: tag ?? null }));
const yesNo = (yesTag: ProfileTag): QuestionOption[] => [
  { value: 'yes', label: '是', tag: yesTag },
  { value: 'no', label: '否', tag: null },
];

export const DEFAULT_QUESTIONNAIRE_TITLE = '业主个性化服务需求调查问卷';
export const DEFAULT_QUESTIONNAIRE_INTRO = '感谢您选择我们的管家式服务。以下问题帮助管家了解您和家人的个性、喜好、消费习惯和服务需求，以便在您入住后提供贴心的服务。';

/**
 * The seed's 菜单式问卷 at signing: household members and their ages, personalities, preferences,
 * consumption habits and service needs, with the questions the four care examples need (elderly
 * members, a holiday home, sports and their usual times, a busy owner). Mostly choices, as a menu.
 */
export const DEFAULT_QUESTIONNAIRE: QuestionnaireContent = {
  sections: [
    {
      key: 'household',
      title: '家庭成员',
      questions: [
        { key: 'members', type: 'members', title: '常住家庭成员（姓名、关系、生日或年龄段）', help: '生日可填公历或农历，方便管家送上生日祝贺', required: true, profileField: 'members' },
        { key: 'elderlyCare', type: 'single', title: '家中是否有需要特别关照的老人？', required: true, options: yesNo('elderly'), profileField: null },
        { key: 'pets', type: 'single', title: '家中是否饲养宠物？', required: false, options: yesNo('pets'), profileField: null },
      ],
    },
    {
      key: 'living',
      title: '居住方式',
      questions: [
        {
          key: 'holidayHome',
          type: 'single',
          title: '这套房子是日常居住还是度假式居住？',
          required: true,
          options: [
            { value: 'daily', label: '日常居住', tag: null },
            { value: 'holiday', label: '度假式居住（不常住）', tag: 'holidayHome' },
            { value: 'undecided', label: '暂未确定', tag: null },
          ],
          profileField: null,
        },
        { key: 'holidayStay', type: 'text', title: '度假居住时，通常哪些月份或时段来住？', required: false, profileField: 'usualTimes' },
        {
          key: 'awayServices',
          type: 'multi',
          title: '不在家期间，希望管家定期安排哪些服务？',
          required: false,
          options: opts(['房间通风', '房屋设备维护', '家居清洁', '绿化打理', '机票预订', '出行车辆安排']),
          profileField: 'needs',
        },
      ],
    },
    {
      key: 'personality',
      title: '个性与喜好',
      questions: [
        { key: 'personality', type: 'multi', title: '您和家人的性格特点', required: false, options: opts(['喜欢安静', '热情好客', '注重隐私', '乐于交流', '讲究细节']), profileField: 'personality' },
        { key: 'preferences', type: 'multi', title: '您和家人的兴趣喜好', required: false, options: opts(['鲜花绿植', '茶艺', '阅读', '音乐', '旅行', '美食', '摄影', '书画']), profileField: 'preferences' },
        { key: 'preferenceNotes', type: 'text', title: '其他喜好或需要注意的忌讳', required: false, profileField: 'preferences' },
      ],
    },
    {
      key: 'routine',
      title: '运动与作息',
      questions: [
        { key: 'sports', type: 'multi', title: '喜欢的运动', required: false, options: opts(['跑步', '游泳', '网球', '羽毛球', '健身', '瑜伽', '高尔夫'], 'sporty'), profileField: 'habits' },
        { key: 'sportsTimes', type: 'text', title: '通常什么时间运动？（如：工作日早上 7 点、周末下午）', help: '管家会在征询您的意见后为您预订合适的运动场地', required: false, profileField: 'usualTimes' },
        {
          key: 'workload',
          type: 'single',
          title: '您的工作繁忙程度',
          required: false,
          options: [
            { value: 'light', label: '比较轻松', tag: null },
            { value: 'normal', label: '一般', tag: null },
            { value: 'busy', label: '工作繁忙', tag: 'busy' },
          ],
          profileField: 'habits',
        },
        { key: 'busyHelp', type: 'multi', title: '工作繁忙时，希望管家协助哪些事？', required: false, options: opts(['住宅清洁整理', '洗涤衣物', '代购生活用品', '按喜好摆放鲜花']), profileField: 'needs' },
      ],
    },
    {
      key: 'consumption',
      title: '消费习惯',
      questions: [
        { key: 'shopping', type: 'multi', title: '日常购物方式', required: false, options: opts(['网购为主', '超市商场', '社区便利店', '希望管家代购']), profileField: 'habits' },
        { key: 'paidServices', type: 'multi', title: '愿意使用的付费生活服务', required: false, options: opts(['家政保洁', '洗衣干洗', '送餐', '车辆清洗', '宠物照看']), profileField: 'habits' },
      ],
    },
    {
      key: 'needs',
      title: '物业服务需求',
      questions: [
        {
          key: 'serviceNeeds',
          type: 'multi',
          title: '入住后希望管家重点提供的服务',
          required: true,
          options: opts(['定时叫醒', '留言转达', '会所场地预定', '家政服务预约', '维修服务预约', '节日问候', '生日祝贺', '老人健康关怀与定时问候', '物品代购']),
          profileField: 'needs',
        },
        {
          key: 'contactTime',
          type: 'single',
          title: '方便联系您的时段',
          required: false,
          options: opts(['上午方便联系', '下午方便联系', '晚上方便联系', '随时可以联系']),
          profileField: 'usualTimes',
        },
        { key: 'otherNeeds', type: 'text', title: '其他需求或建议', required: false, profileField: 'notes' },
      ],
    },
  ],
};
