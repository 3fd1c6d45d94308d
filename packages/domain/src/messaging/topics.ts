/**
 * What a message is about. The seed's 生活秘书服务 lists 定时叫醒, 留言转达, 手机短消息温馨提示 (恶劣天气 /
 * 紧急事件 / 社区信息), 节日问候 and 生日祝贺; the rest are the platform's own notices to owners.
 */
export const MESSAGE_CHANNELS = ['inApp', 'sms', 'email'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

export const MESSAGE_CHANNEL_LABELS: Record<MessageChannel, { 'zh-CN': string; en: string }> = {
  inApp: { 'zh-CN': '站内消息', en: 'In-app' },
  sms: { 'zh-CN': '短信', en: 'SMS' },
  email: { 'zh-CN': '电子邮件', en: 'E-mail' },
};

export interface MessageTopic {
  code: string;
  label: { 'zh-CN': string; en: string };
  /** False where the owner must always be reached (emergencies). */
  optOutAllowed: boolean;
  defaultChannel: MessageChannel;
  /** Sent at once even in quiet hours. */
  urgent: boolean;
  /** Sent at the time the owner asked for, even in quiet hours (a wake-up call at 06:00). */
  requestedTime: boolean;
  /** May be sent to many households at once from the broadcast page. */
  broadcast: boolean;
  /** The default wording for in-app and e-mail, ${name} variables; a company's template overrides it. */
  defaultTitle: string;
  defaultText: string;
}

const topic = (t: Omit<MessageTopic, 'urgent' | 'requestedTime' | 'broadcast'> & Partial<Pick<MessageTopic, 'urgent' | 'requestedTime' | 'broadcast'>>): MessageTopic => ({
  urgent: false,
  requestedTime: false,
  broadcast: false,
  ...t,
});

export const MESSAGE_TOPICS: readonly MessageTopic[] = [
  topic({ code: 'weather', label: { 'zh-CN': '恶劣天气提醒', en: 'Severe weather' }, optOutAllowed: true, defaultChannel: 'sms', broadcast: true, defaultTitle: '天气提醒', defaultText: '${content}' }),
  topic({ code: 'emergency', label: { 'zh-CN': '紧急通知', en: 'Emergency' }, optOutAllowed: false, defaultChannel: 'sms', urgent: true, broadcast: true, defaultTitle: '紧急通知', defaultText: '${content}' }),
  topic({ code: 'communityNews', label: { 'zh-CN': '社区信息', en: 'Community news' }, optOutAllowed: true, defaultChannel: 'sms', broadcast: true, defaultTitle: '社区信息', defaultText: '${content}' }),
  topic({ code: 'festivalGreeting', label: { 'zh-CN': '节日问候', en: 'Festival greeting' }, optOutAllowed: true, defaultChannel: 'sms', broadcast: true, defaultTitle: '节日问候', defaultText: '${name}您好，${festival}快乐！${content}' }),
  topic({ code: 'birthdayGreeting', label: { 'zh-CN': '生日祝贺', en: 'Birthday greeting' }, optOutAllowed: true, defaultChannel: 'sms', defaultTitle: '生日祝贺', defaultText: '${name}您好，祝您生日快乐！' }),
  topic({ code: 'wakeUpCall', label: { 'zh-CN': '定时叫醒', en: 'Wake-up call' }, optOutAllowed: true, defaultChannel: 'sms', requestedTime: true, defaultTitle: '叫醒提醒', defaultText: '${name}您好，现在是${time}，这是您预约的叫醒提醒。' }),
  topic({ code: 'messageRelay', label: { 'zh-CN': '留言转达', en: 'Message relay' }, optOutAllowed: true, defaultChannel: 'inApp', defaultTitle: '留言转达', defaultText: '${from}给您留言：${content}' }),
  topic({ code: 'workOrderUpdate', label: { 'zh-CN': '工单进度', en: 'Work-order update' }, optOutAllowed: true, defaultChannel: 'inApp', defaultTitle: '工单进度', defaultText: '您的工单${number}：${content}' }),
  topic({ code: 'documentSigning', label: { 'zh-CN': '文件签署', en: 'Document signing' }, optOutAllowed: true, defaultChannel: 'inApp', defaultTitle: '待签署文件', defaultText: '请签署：${content}' }),
  topic({ code: 'lifeInfo', label: { 'zh-CN': '生活信息', en: 'Local services' }, optOutAllowed: true, defaultChannel: 'inApp', broadcast: true, defaultTitle: '生活信息', defaultText: '${content}' }),
];

export type MessageTopicCode = string;

const byCode = new Map(MESSAGE_TOPICS.map((t) => [t.code, t]));

export function messageTopic(code: string): MessageTopic | undefined {
  return byCode.get(code);
}

export const MESSAGE_TOPIC_CODES: readonly string[] = MESSAGE_TOPICS.map((t) => t.code);

/** An owner may turn a topic off on a channel unless the topic must always reach them. */
export function canOptOut(code: string): boolean {
  return byCode.get(code)?.optOutAllowed ?? false;
}
