/**
 * 贵宾(VIP)接待服务程序: what is ready before a VIP arrives. The desk ticks the items at check-in
 * (or beforehand, on the VIP's appointment) and names who greets at the door; a VIP visit's
 * accompaniment is complete only with every required item done.
 */
export interface VipProtocolItem {
  code: string;
  label: { 'zh-CN': string; en: string };
  required: boolean;
}

export const VIP_PROTOCOL_ITEMS = [
  { code: 'vipAreaReserved', label: { 'zh-CN': '贵宾区已预留并整理', en: 'VIP lounge reserved and tidied' }, required: true },
  { code: 'showFlatPrepared', label: { 'zh-CN': '样板房已准备（清洁、摆设、资料到位）', en: 'Show flat prepared (clean, staged, brochures in place)' }, required: true },
  { code: 'lightsOn', label: { 'zh-CN': '样板房及参观路线灯光已开启', en: 'Lights on in the show flat and along the tour route' }, required: true },
  { code: 'airConditioningOn', label: { 'zh-CN': '空调已开启、温度适宜', en: 'Air-conditioning on at a comfortable temperature' }, required: true },
  { code: 'greeterAtDoor', label: { 'zh-CN': '门口迎接人员已到位', en: 'Greeter in place at the door' }, required: true },
  { code: 'waterBarReady', label: { 'zh-CN': '水吧饮品、糕点已准备', en: 'Water bar drinks and pastries ready' }, required: true },
  { code: 'consultantBriefed', label: { 'zh-CN': '接待的销售人员已知会并做好准备', en: 'Hosting sales consultant briefed and ready' }, required: true },
  { code: 'trafficGuidance', label: { 'zh-CN': '停车及交通引导已安排', en: 'Parking and traffic guidance arranged' }, required: false },
  { code: 'electricCartReady', label: { 'zh-CN': '电瓶车已待命', en: 'Electric cart standing by' }, required: false },
  { code: 'umbrellasReady', label: { 'zh-CN': '雨伞已备好（雨天）', en: 'Umbrellas ready (rainy day)' }, required: false },
] as const satisfies readonly VipProtocolItem[];

export type VipProtocolCode = (typeof VIP_PROTOCOL_ITEMS)[number]['code'];
export const VIP_PROTOCOL_CODES = VIP_PROTOCOL_ITEMS.map((i) => i.code) as VipProtocolCode[];

/** The checklist as recorded: each item done or not, and who greets at the door. */
export interface VipChecklist {
  items: Partial<Record<VipProtocolCode, boolean>>;
  greeterName: string | null;
}

export function emptyVipChecklist(): VipChecklist {
  return { items: {}, greeterName: null };
}

/**
 * The required items not yet done. "Greeter in place" needs the greeter's name as well: the
 * protocol is about a named person at the door, not a tick.
 */
export function vipChecklistMissing(checklist: VipChecklist | null): VipProtocolCode[] {
  const c = checklist ?? emptyVipChecklist();
  return VIP_PROTOCOL_ITEMS.filter((item) => {
    if (!item.required) return false;
    if (c.items[item.code] !== true) return true;
    return item.code === 'greeterAtDoor' && !c.greeterName?.trim();
  }).map((i) => i.code);
}

export function isVipChecklistComplete(checklist: VipChecklist | null): boolean {
  return vipChecklistMissing(checklist).length === 0;
}
