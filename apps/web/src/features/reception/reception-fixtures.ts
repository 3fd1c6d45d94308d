import { vi } from 'vitest';
import type { Me } from '../../ui/auth';
import type { Board, ReferenceService, ServiceRecord, Visit } from './api';

export const NOW = '2026-03-02T02:00:00.000Z';
export const ago = (seconds: number) => new Date(Date.parse(NOW) - seconds * 1000).toISOString();

export const center = { id: 'sc1', projectId: 'p1', name: '江湾壹号 销售中心' };
export const centersReply = { body: { items: [center], total: 1, page: 1, pageSize: 200 } };

export function visit(over: Partial<Visit> & Pick<Visit, 'id' | 'visitorName'>): Visit {
  return {
    projectId: 'p1',
    salesCenterId: 'sc1',
    visitDate: '2026-03-02',
    type: 'walkIn',
    status: 'waiting',
    visitorPhone: null,
    visitorPhoneRevealable: false,
    partySize: 1,
    consentRecorded: true,
    consultant: { id: 'u-sales', name: '销售顾问 孙丽' },
    assignedVia: 'rotation',
    rotationTurn: 1,
    skippedConsultant: null,
    overrideReason: null,
    appointmentAt: null,
    shuttleBus: false,
    vipChecklist: null,
    note: null,
    checkedInAt: ago(20),
    notifiedAt: ago(20),
    receivedAt: null,
    departedAt: null,
    closingQuestionAsked: false,
    cancelledAt: null,
    cancelReason: null,
    secondsWaited: 20,
    journey: [],
    accompaniment: { applicable: true, complete: false, required: ['businessCard', 'waterBarDrink', 'farewell'], missing: ['businessCard', 'waterBarDrink', 'farewell'] },
    allowedActions: ['receive', 'recordStep', 'cancel'],
    version: 2,
    ...over,
  };
}

export function boardFixture(over: Partial<Board> = {}): Board {
  return {
    salesCenter: { id: 'sc1', name: '江湾壹号 销售中心', projectId: 'p1' },
    date: '2026-03-02',
    now: NOW,
    alertThresholdSeconds: 60,
    appointments: [
      visit({ id: 'a1', visitorName: '李女士', type: 'appointment', status: 'expected', assignedVia: 'appointment', appointmentAt: '2026-03-02T06:00:00.000Z', checkedInAt: null, notifiedAt: null, secondsWaited: null, consultant: { id: 'u-sales2', name: '销售顾问 何静' }, allowedActions: ['checkIn', 'reschedule', 'cancel', 'markNoShow'], accompaniment: { applicable: false, complete: false, required: [], missing: [] } }),
    ],
    onSite: [
      visit({ id: 'v1', visitorName: '王先生', type: 'appointment', checkedInAt: ago(75), notifiedAt: ago(75), secondsWaited: 75 }),
      visit({ id: 'v2', visitorName: '散客甲', consultant: { id: 'u-sales3', name: '销售顾问 马超' } }),
    ],
    vips: [visit({ id: 'vip1', visitorName: '陈总', type: 'vip', status: 'expected', checkedInAt: null, notifiedAt: null, appointmentAt: '2026-03-02T07:30:00.000Z', accompaniment: { applicable: false, complete: false, required: [], missing: [] } })],
    alerts: [
      { id: 'al1', visitId: 'v1', salesCenterId: 'sc1', visitorName: '王先生', consultant: { id: 'u-sales', name: '销售顾问 孙丽' }, notifiedAt: ago(75), raisedAt: ago(15), handledAt: null, handledBy: null, handledHow: null, note: null, version: 1 },
    ],
    departedCount: 3,
    rotation: { next: { id: 'u-sales2', name: '销售顾问 何静' }, reason: null, standings: [] },
    ...over,
  };
}

const refService = (id: string, number: number, name: string, enabled = true): ReferenceService => ({ id, projectId: 'p1', number, name, enabled, origin: 'seed', version: 1 });

/** Part of the project's list, out of order, one switched off. */
export const servicesReply = {
  body: {
    items: [
      refService('s3', 3, '礼宾接待和行李服务'),
      refService('s1', 1, '售楼现场交通引导与秩序维护服务'),
      refService('s8', 8, '销售宣传推广活动协办', false),
      refService('s11', 11, '物业服务相关知识问询服务'),
    ],
  },
};

export function serviceRecord(over: Partial<ServiceRecord> & Pick<ServiceRecord, 'id'>): ServiceRecord {
  return {
    salesCenterId: 'sc1',
    service: { id: 's1', number: 1, name: '售楼现场交通引导与秩序维护服务' },
    visitId: null,
    visitorName: null,
    note: null,
    recordedBy: { id: 'u-butler', name: '李管家' },
    recordedAt: ago(120),
    ...over,
  };
}

export const salesMe: Me = {
  user: { id: 'u-sales', username: 'sales', name: '销售顾问 孙丽', kind: 'staff', roles: ['salesConsultant'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '江湾壹号' }],
};

export const technicianMe: Me = {
  user: { id: 'u-tech', username: 'technician', name: '赵磊', kind: 'staff', roles: ['technician'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '江湾壹号' }],
};

export const salesManagerMe: Me = {
  user: { id: 'u-sm', username: 'salesmgr', name: '销售经理 郑华', kind: 'staff', roles: ['salesManager'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '江湾壹号' }],
};

/** A stand-in for the browser's EventSource: tests push server events into the streams a page opened. */
export class FakeEventSource {
  static readonly OPEN = 1;
  static instances: FakeEventSource[] = [];
  readonly url: string;
  readyState = 1;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private readonly listeners = new Map<string, ((e: MessageEvent) => void)[]>();

  constructor(url: string) {
    this.url = url;
    FakeEventSource.instances.push(this);
    setTimeout(() => this.onopen?.(), 0);
  }

  addEventListener(type: string, fn: (e: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }

  emit(type: string, data: unknown) {
    for (const fn of this.listeners.get(type) ?? []) fn(new MessageEvent(type, { data: JSON.stringify(data) }));
  }

  close() {
    this.readyState = 2;
  }

  static install() {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  }

  static find(path: string): FakeEventSource | undefined {
    return FakeEventSource.instances.find((s) => s.url.startsWith(path) && s.readyState !== 2);
  }
}
