/**
 * 三、销售配合期间的参考性服务内容: the seed's 20 reference services of the sales phase, with the
 * printed numbers and wording. The printed list ends each line with ":" or "。" (the explanations
 * that followed were never written); that punctuation is not part of a service's name. A project's
 * service center starts from this list and edits its own copy.
 */
export const REFERENCE_SERVICES_HEADING = '三、销售配合期间的参考性服务内容';

export interface ReferenceService {
  number: number;
  name: string;
}

export const REFERENCE_SERVICES: readonly ReferenceService[] = [
  { number: 1, name: '售楼现场交通引导与秩序维护服务' },
  { number: 2, name: '24小时安全保卫服务' },
  { number: 3, name: '礼宾接待和行李服务' },
  { number: 4, name: '交流洽谈中饮品、糕点服务' },
  { number: 5, name: '电瓶车接送服务' },
  { number: 6, name: '样板房迎送、展示与房间介绍服务' },
  { number: 7, name: '项目整体参观游览服务' },
  { number: 8, name: '销售宣传推广活动协办' },
  { number: 9, name: '销售联谊活动协办' },
  { number: 10, name: '销售现场部分售房问题解答' },
  { number: 11, name: '物业服务相关知识问询服务' },
  { number: 12, name: '前期物业服务协议、临时管理规约解释及签订服务' },
  { number: 13, name: '销售现场布置与设施使用维护' },
  { number: 14, name: '销售大厅与样板区及样板房保洁及绿化服务' },
  { number: 15, name: '服务现场布置与品质检查服务' },
  { number: 16, name: '重大节假日期间服务现场的装饰及布置' },
  { number: 17, name: '往返巴士接待服务' },
  { number: 18, name: '看房团接待服务' },
  { number: 19, name: '贵宾(VIP)接待服务' },
  { number: 20, name: '其他销售配合服务' },
];
