/**
 * The editable word lists of the consultation desk's search (物业管理咨询台): words that carry no
 * meaning in a visitor's question, and groups of words that mean the same thing here. Adding a
 * synonym is a one-line change; entries are re-indexed when they are next published.
 */

/**
 * Words dropped from questions and answers before matching: question words, pronouns, particles
 * and polite phrases ("请问物业费是多少" asks about 物业费). Compared after normalisation (lower case).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // particles and function words
  '的', '了', '着', '过', '吗', '呢', '吧', '啊', '呀', '么', '嘛', '哦', '哈', '啦', '嘞', '之', '其',
  '和', '与', '及', '或', '或者', '以及', '还', '还是', '也', '都', '就', '才', '又', '再', '很', '太', '更', '最',
  '在', '是', '有', '没', '没有', '不', '不是', '要', '想', '会', '能', '可', '可以', '能否', '能不能', '是否', '是不是',
  '需', '需要', '得', '应该', '应', '该', '请', '请问', '问', '问一下', '问问', '一下', '麻烦', '咨询', '了解', '知道', '告诉',
  '给', '让', '被', '把', '对', '从', '到', '向', '跟', '等', '以', '为', '于', '由', '按', '按照', '如果', '因为', '所以',
  '但', '但是', '而', '并', '并且', '就是', '那么', '这样', '那样', '一般', '大概', '大约', '具体', '一些', '有些', '其他', '还有',
  // pronouns
  '我', '我们', '我想', '我家', '你', '你们', '您', '您好', '你好', '他', '她', '它', '他们', '大家', '自己', '咱们',
  '这', '那', '这个', '那个', '这些', '那些', '这里', '那里', '这边', '那边',
  // question words
  '哪', '哪里', '哪儿', '哪些', '哪个', '哪家', '什么', '什么样', '什么时候', '啥', '怎么', '怎么样', '怎样', '怎么办', '如何',
  '多少', '多少钱', '多久', '多长', '几', '几个', '几点', '几天', '几号', '为什么', '为何', '样', '时候',
  // measure words and fillers
  '一', '个', '一个', '些', '下', '上', '里', '中', '事', '事情', '方面', '情况', '问题', '谢谢',
]);

/**
 * Groups of words a visitor and the bank use for the same thing. The first member names the group.
 * A member of two or more characters matches wherever it appears in the text; a one-character member
 * (收, 修, 租) only where the segmenter cut it out as a word of its own, so 收 in "怎么收" counts and
 * 收 inside 收房 does not.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['物业费', '物业管理费', '物业服务费', '管理费'],
  ['收费', '收取', '计收', '缴纳', '缴费', '交费', '付费', '收'],
  ['价格', '多少钱', '价钱', '单价', '收费标准', '标准', '费用', '几块钱'],
  ['车位', '停车位', '停车场', '停车', '泊车', '车库', '地库'],
  ['交房', '交付', '交楼', '收房', '入伙', '入住', '交钥匙'],
  ['前期物业服务协议', '物业服务协议', '前期物业服务合同', '物业服务合同', '物业合同'],
  ['临时管理规约', '管理规约', '业主公约', '公约'],
  ['装修', '装潢', '装饰施工', '二次装修'],
  ['押金', '保证金'],
  ['会所', '会馆', '俱乐部', '业主会所'],
  ['开放', '开门', '营业', '开业', '启用'],
  ['时间', '几点', '什么时候', '时段'],
  ['安保', '保安', '安防', '治安', '秩序维护', '巡逻', '门岗'],
  ['班车', '巴士', '接驳车', '通勤车', '穿梭巴士'],
  ['家政', '保洁', '清洁', '打扫', '钟点工'],
  ['维修', '报修', '修理', '检修', '修'],
  ['预约', '预定', '预订', '约'],
  ['宠物', '养狗', '养猫', '狗', '猫'],
  ['快递', '包裹', '信件', '代收'],
  ['出租', '租赁', '租用', '租'],
  ['水电费', '水费', '电费', '燃气费', '水电'],
  ['垃圾', '垃圾分类', '建筑垃圾', '装修垃圾'],
  ['管家', '客服', '专属管家'],
  ['物业公司', '物业企业', '公司简介', '资质'],
  ['绿化', '园林', '景观', '植物'],
  ['门禁', '门禁卡', '出入证', '刷卡'],
];
