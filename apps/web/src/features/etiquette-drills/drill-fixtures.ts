import type { Me } from '../../ui/auth';
import type { DrillSettings, DrillSlot, Timetable } from './api';

/** 2026-05-09 (a Saturday) at 10:30 in Shanghai. */
export const TODAY = '2026-05-09';
export const center = { id: 'sc1', projectId: 'p1', name: '江湾壹号 销售中心' };
export const centersReply = { body: { items: [center], total: 1, page: 1, pageSize: 200 } };

export function slot(over: Partial<DrillSlot> & Pick<DrillSlot, 'start'>): DrillSlot {
  const hour = Number(over.start.slice(0, 2)) + 1;
  return { date: TODAY, end: `${String(hour).padStart(2, '0')}:00`, kind: 'guardDrill', status: 'upcoming', record: null, flaggedAt: null, allowedActions: [], ...over };
}

export function timetableFixture(over: Partial<Timetable> = {}): Timetable {
  const slots = over.slots ?? [
    slot({
      start: '08:00',
      status: 'done',
      record: {
        id: 'r1',
        performers: [
          { id: 'u-guard', name: '秩序维护员 钱勇' },
          { id: 'u-butler', name: '李管家' },
        ],
        photoUrl: '/api/files/f1',
        note: '口令整齐',
        recordedBy: { id: 'u-butler', name: '李管家' },
        recordedAt: '2026-05-09T00:10:00.000Z',
      },
    }),
    slot({ start: '09:00', kind: 'receptionEtiquette', status: 'missed', flaggedAt: '2026-05-09T02:05:00.000Z' }),
    slot({ start: '10:00', kind: 'butlerSimulation', status: 'due', allowedActions: ['record'] }),
    slot({ start: '11:00', status: 'upcoming' }),
    slot({ start: '12:00', kind: 'receptionEtiquette', status: 'upcoming' }),
  ];
  const counts = { upcoming: 0, due: 0, done: 0, missed: 0 };
  for (const s of slots) counts[s.status]++;
  return {
    salesCenter: center,
    date: TODAY,
    today: TODAY,
    now: '2026-05-09T02:30:00.000Z',
    slots,
    counts,
    performerOptions: [
      { id: 'u-butler', name: '李管家' },
      { id: 'u-guard', name: '秩序维护员 钱勇' },
    ],
    ...over,
  };
}

export function settingsFixture(over: Partial<DrillSettings> = {}): DrillSettings {
  return {
    salesCenter: center,
    today: TODAY,
    periods: [
      { id: 'pp1', salesCenterId: 'sc1', startDate: '2026-05-01', endDate: '2026-05-31', startTime: '08:00', endTime: '13:00', weekdays: [6, 7], current: true, version: 1, updatedAt: '2026-04-20T02:00:00.000Z' },
    ],
    rotation: { kinds: ['guardDrill', 'receptionEtiquette', 'butlerSimulation'], isDefault: true, version: 0 },
    allowedActions: ['edit'],
    ...over,
  };
}

export const managerMe: Me = {
  user: { id: 'u-manager', username: 'manager', name: '服务中心经理 张伟', kind: 'staff', roles: ['serviceCenterManager'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '江湾壹号' }],
};

export const salesConsultantMe: Me = {
  user: { id: 'u-sales', username: 'sales', name: '销售顾问 孙丽', kind: 'staff', roles: ['salesConsultant'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '江湾壹号' }],
};
