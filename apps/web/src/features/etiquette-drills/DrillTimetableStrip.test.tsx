import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { boardFixture, FakeEventSource, salesManagerMe } from '../reception/reception-fixtures';
import { ReceptionBoardPage } from '../reception/ReceptionBoardPage';
import { centersReply, salesConsultantMe, slot, timetableFixture } from './drill-fixtures';
import { DrillTimetableStrip } from './DrillTimetableStrip';

afterEach(() => vi.unstubAllGlobals());

describe('drill timetable strip', () => {
  it('butler: shows each drill with its time and a done, missed or now marker', async () => {
    mockFetch({ 'GET /api/etiquette-drills/timetable': { body: timetableFixture() } });
    renderStaffPage(<DrillTimetableStrip salesCenterId="sc1" />, butlerMe);
    expect((await screen.findByTestId('drill-08:00')).textContent).toBe('08:00 保安会操表演 · 已完成');
    expect(screen.getByTestId('drill-09:00').textContent).toBe('09:00 接待礼仪演示 · 未完成');
    expect(screen.getByTestId('drill-10:00').textContent).toBe('10:00 管家服务模拟 · 进行中');
    expect(screen.getByTestId('drill-11:00').textContent).toBe('11:00 保安会操表演');
  });

  it('sales manager: between drills the next one is marked', async () => {
    mockFetch({ 'GET /api/etiquette-drills/timetable': { body: timetableFixture({ slots: [slot({ start: '10:00', status: 'done' }), slot({ start: '11:00' }), slot({ start: '12:00' })] }) } });
    renderStaffPage(<DrillTimetableStrip salesCenterId="sc1" />, salesManagerMe);
    expect((await screen.findByTestId('drill-11:00')).textContent).toBe('11:00 保安会操表演 · 下一场');
    expect(screen.getByTestId('drill-12:00').textContent).toBe('12:00 保安会操表演');
  });

  it('butler: hidden on a day without drills', async () => {
    const { requests } = mockFetch({ 'GET /api/etiquette-drills/timetable': { body: timetableFixture({ slots: [] }) } });
    renderStaffPage(<DrillTimetableStrip salesCenterId="sc1" />, butlerMe);
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(screen.queryByTestId('drill-strip')).toBeNull();
  });

  it('sales consultant: asks nothing and shows nothing', async () => {
    const { requests } = mockFetch({ 'GET /api/etiquette-drills/timetable': { body: timetableFixture() } });
    renderStaffPage(<DrillTimetableStrip salesCenterId="sc1" />, salesConsultantMe);
    await new Promise((r) => setTimeout(r, 50));
    expect(requests).toHaveLength(0);
    expect(screen.queryByTestId('drill-strip')).toBeNull();
  });
});

describe('reception board', () => {
  beforeEach(() => FakeEventSource.install());

  it('butler: the board shows the day’s drills of its sales center', async () => {
    const { requests } = mockFetch({ 'GET /api/projects/p1/sales-centers': centersReply, 'GET /api/reception/board': { body: boardFixture() }, 'GET /api/etiquette-drills/timetable': { body: timetableFixture() } });
    renderStaffPage(<ReceptionBoardPage />, butlerMe);
    expect(await screen.findByTestId('drill-strip')).toBeTruthy();
    expect(requests.find((r) => r.path === '/api/etiquette-drills/timetable')?.search.get('salesCenterId')).toBe('sc1');
  });
});
