import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { i18n } from '../../ui/i18n';
import type { VisitEvent } from './api';
import './i18n';
import { ago, boardFixture, centersReply, FakeEventSource, visit } from './reception-fixtures';
import { ReceptionBoardPage } from './ReceptionBoardPage';
import { chronological, describeVisitEvent } from './VisitHistory';

beforeEach(() => FakeEventSource.install());
afterEach(() => vi.unstubAllGlobals());

const butler = { id: 'u-butler', name: '李管家' };
const consultant = { id: 'u-sales', name: '销售顾问 孙丽' };
const event = (id: string, action: string, at: string, over: Partial<VisitEvent> = {}): VisitEvent => ({
  id,
  action,
  step: null,
  outcome: null,
  fromStatus: null,
  toStatus: null,
  actor: butler,
  data: null,
  ...over,
  at,
});

// A whole visit, as the server could send it; given out of order so the drawer must put it in time order.
const events: VisitEvent[] = [
  event('e8', 'depart', ago(10), { step: 'farewell', outcome: 'done', data: { closingQuestionAsked: true } }),
  event('e3', 'alert', ago(240), { actor: null, data: { alertId: 'al1', consultantId: 'u-sales', thresholdSeconds: 60 } }),
  event('e1', 'checkIn', ago(300), { toStatus: 'waiting', data: { via: 'rotation', rotationTurn: 2 } }),
  event('e6', 'recordStep', ago(120), { step: 'waterBarDrink', outcome: 'done' }),
  event('e2', 'handOff', ago(300), { data: { consultantId: 'u-sales', via: 'rotation', kind: 'checkIn' } }),
  event('e5', 'receive', ago(180), { actor: consultant, fromStatus: 'waiting', toStatus: 'received' }),
  event('e7', 'recordService', ago(100), { data: { serviceId: 's4', number: 4, name: '交流洽谈中饮品、糕点服务' } }),
  event('e4', 'alertHandled', ago(200), { data: { alertId: 'al1', how: 'engaged', note: '请客户在洽谈区稍候' } }),
];

describe('visit history on the board', () => {
  it('butler: the drawer shows check-in, hand-off, the alert and its handling, the reception, steps, services and farewell in time order, in words', async () => {
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/reception/board': { body: boardFixture() },
      'GET /api/reception/service-records': { body: { items: [] } },
      'GET /api/reception/visits/v1': { body: { ...visit({ id: 'v1', visitorName: '王先生' }), events, alerts: [] } },
    });
    renderStaffPage(<ReceptionBoardPage />, butlerMe);
    fireEvent.click(await screen.findByTestId('onsite-v1'));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('09:55 登记到访（轮序） · 李管家')).toBeTruthy();
    const lines = [...drawer.querySelectorAll<HTMLElement>('[data-testid^="event-"]')];
    expect(lines.map((l) => l.dataset.testid)).toEqual(['event-e1', 'event-e2', 'event-e3', 'event-e4', 'event-e5', 'event-e6', 'event-e7', 'event-e8']);
    expect(lines.map((l) => l.textContent)).toEqual([
      '09:55 登记到访（轮序） · 李管家',
      '09:55 通知销售：销售顾问 孙丽 · 李管家',
      '09:56 超时提醒：销售顾问 孙丽 超过 60 秒未出迎 · 系统',
      '09:56 提醒已处理：管家已与客户沟通 · 请客户在洽谈区稍候 · 李管家',
      '09:57 销售出迎 · 销售顾问 孙丽',
      '09:58 服务环节：水吧饮品 · 李管家',
      '09:58 参考服务：4. 交流洽谈中饮品、糕点服务 · 李管家',
      '09:59 送别（已询问结束语） · 李管家',
    ]);
    expect(requests.some((r) => r.path === '/api/reception/visits/v1')).toBe(true);
  });

  it('the history’s error shows in the drawer with a retry', async () => {
    mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/reception/board': { body: boardFixture() },
      'GET /api/reception/service-records': { body: { items: [] } },
      'GET /api/reception/visits/v1': { status: 404, body: { error: { code: 'NOT_FOUND', message: '来访记录不存在' } } },
    });
    renderStaffPage(<ReceptionBoardPage />, butlerMe);
    fireEvent.click(await screen.findByTestId('onsite-v1'));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText(/来访记录不存在/)).toBeTruthy();
    expect(within(drawer).getByRole('button', { name: /重\s*试/ })).toBeTruthy();
  });
});

describe('describing a visit event', () => {
  const names = new Map([
    ['u-sales', '销售顾问 孙丽'],
    ['u-sales2', '销售顾问 何静'],
  ]);

  it('names the consultants of a reassignment and the reason; the alert settled by the system; a declined step', () => {
    const zh = i18n.getFixedT('zh-CN');
    expect(describeVisitEvent(zh, event('x', 'reassign', ago(0), { data: { from: 'u-sales', to: 'u-sales2', reason: '客户要求' } }), names)).toBe('改派销售：销售顾问 孙丽 → 销售顾问 何静 · 客户要求');
    expect(describeVisitEvent(zh, event('x', 'alertHandled', ago(0), { actor: null, data: { how: 'consultantArrived' } }), names)).toBe('提醒已处理：销售已出迎');
    expect(describeVisitEvent(zh, event('x', 'recordStep', ago(0), { step: 'umbrella', outcome: 'declined' }), names)).toBe('服务环节：雨伞（客户婉拒）');
    expect(describeVisitEvent(zh, event('x', 'handOff', ago(0), { data: { consultantId: 'u-sales2', kind: 'reassign' } }), names)).toBe('改派后通知销售：销售顾问 何静');
    expect(describeVisitEvent(zh, event('x', 'markNoShow', ago(0), { actor: null, data: { automatic: true } }), names)).toBe('未到访（系统自动）');
    expect(describeVisitEvent(zh, event('x', 'depart', ago(0), { data: { closingQuestionAsked: false } }), names)).toBe('送别（未询问结束语）');
  });

  it('reads in English too', () => {
    const en = i18n.getFixedT('en');
    expect(describeVisitEvent(en, event('x', 'alert', ago(0), { data: { consultantId: 'u-sales', thresholdSeconds: 60 } }), names)).toBe('Alert raised: 销售顾问 孙丽 not out after 60 s');
    expect(describeVisitEvent(en, event('x', 'alertHandled', ago(0), { data: { how: 'engaged' } }), names)).toBe('Alert handled: the butler engaged the visitor');
    expect(describeVisitEvent(en, event('x', 'checkIn', ago(0), { data: { via: 'requested' } }), names)).toBe('Checked in (Asked for)');
  });

  it('orders by time, then by the order written', () => {
    expect(chronological(events).map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8']);
  });
});
