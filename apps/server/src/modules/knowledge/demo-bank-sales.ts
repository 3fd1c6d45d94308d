import type { DemoKnowledgeEntry } from './demo-bank.js';

/**
 * 销售配合应知应会 (统一销售口径): the sales questions a visitor asks the desk, worded as agreed with
 * the developer's marketing department. Prices, dates and planning figures are the developer's
 * own and are never invented here: the answers point to the contract, the price list on display
 * and the planning documents, and send the visitor to their sales consultant for figures.
 */
export const SALES_BANK: readonly DemoKnowledgeEntry[] = [
  {
    key: 'developer',
    category: 'project',
    question: '项目的开发商是哪家',
    keywords: ['开发商', '建设单位', '品牌'],
    answer: '{project}由{developer}开发建设，物业服务由{company}提供。开发商的资质和项目证照在销售中心公示，欢迎查阅。',
  },
  {
    key: 'project-overview',
    category: 'project',
    question: '项目的占地面积、容积率和绿化率是多少',
    keywords: ['容积率', '绿化率', '占地面积', '规划'],
    answer: '{project}的占地面积、容积率、绿化率等规划指标以政府批准的规划文件为准，已在销售中心公示；您的销售顾问可以为您逐项讲解。',
  },
  {
    key: 'layouts',
    category: 'product',
    question: '有哪些户型',
    keywords: ['户型', '面积', '两室', '三室'],
    answer: '本期主力户型为建筑面积约 96 平方米的两室两厅和约 128 平方米的三室两厅，具体面积以预售许可和合同约定为准。户型图和样板房可请销售顾问带您参观。',
  },
  {
    key: 'show-flat',
    category: 'product',
    question: '样板房可以参观吗',
    keywords: ['样板间', '参观', '看房'],
    answer: '可以。样板房开放时间与销售中心相同，由物业管家陪同参观并为您介绍房间。样板房的装修和陈设仅供参考，交付标准以合同附件为准。',
  },
  {
    key: 'delivery-date',
    category: 'delivery',
    question: '什么时候交房',
    keywords: ['交付时间', '交楼', '入住时间'],
    answer: '交付日期以您签署的《商品房买卖合同》约定为准。交付前我们会寄送《交付通知书》，告知具体的交付时间和办理流程。',
  },
  {
    key: 'delivery-standard',
    category: 'delivery',
    question: '交付标准是精装修还是毛坯',
    keywords: ['精装修', '毛坯', '装修标准', '交付标准'],
    answer: '交付标准以《商品房买卖合同》附件中的交付标准为准，包括装修材料、品牌和设备配置。样板房展示的部分家具和软装不在交付范围内，请以合同附件为准。',
  },
  {
    key: 'price',
    category: 'pricing',
    question: '房子的价格是多少',
    keywords: ['房价', '单价', '总价', '一房一价', '多少钱一平'],
    answer: '{project}实行明码标价、一房一价，价格以销售中心当期公示的价格表为准。不同楼栋、楼层和户型价格不同，请您的销售顾问为您查询具体房源。',
  },
  {
    key: 'payment',
    category: 'pricing',
    question: '有哪些付款方式，可以贷款吗',
    keywords: ['首付', '公积金贷款', '商业贷款', '一次性付款', '按揭'],
    answer: '可选择一次性付款、商业贷款、公积金贷款或组合贷款。首付比例和贷款条件以本市现行政策和银行审批为准，您的销售顾问可以为您测算。',
  },
  {
    key: 'parking-purchase',
    category: 'pricing',
    question: '车位卖吗，价格多少',
    keywords: ['买车位', '车位价格', '车位销售', '车位配比'],
    answer: '车位的销售或出租方案和价格以开发商届时公布的为准，车位配比以规划文件为准。如需登记购买意向，请联系您的销售顾问。',
  },
  {
    key: 'property-rights',
    category: 'purchase',
    question: '产权年限是多少年',
    keywords: ['产权', '土地使用年限', '70年'],
    answer: '住宅的土地使用权年限以土地出让合同和不动产权证记载为准，住宅用地一般为 70 年，自土地出让合同约定的起始日起算。',
  },
  {
    key: 'purchase-documents',
    category: 'purchase',
    question: '购房需要准备哪些材料',
    keywords: ['购房资格', '身份证', '户口簿', '认购'],
    answer: '一般需要购房人身份证、户口簿、婚姻状况证明以及本市购房资格证明；贷款购房还需收入证明和银行流水。具体要求以本市现行政策为准，请向销售顾问确认。',
  },
  {
    key: 'schools',
    category: 'surroundings',
    question: '周边有什么学校，学区怎么划分',
    keywords: ['学校', '学区', '幼儿园', '教育'],
    answer: '周边学校分布请参阅销售中心的区位图。学区划分以教育主管部门每年公布的为准，销售人员不对学区作任何承诺。',
  },
  {
    key: 'transport',
    category: 'surroundings',
    question: '离地铁站远吗，交通方便吗',
    keywords: ['地铁', '公交', '交通', '出行'],
    answer: '周边的地铁、公交线路和距离请参阅销售中心的区位图，规划中的线路以政府公布的为准。',
  },
];
