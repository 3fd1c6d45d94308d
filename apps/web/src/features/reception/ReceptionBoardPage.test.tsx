import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { boardFixture, centersReply, FakeEventSource, salesManagerMe, technicianMe, visit } from './reception-fixtures';
import { ReceptionBoardPage } from './ReceptionBoardPage';

beforeEach(() => FakeEventSource.install());
afterEach(() => vi.unstubAllGlobals());

const hosts = { body: { items: [{ id: 'u-sales', name: '销售顾问 孙丽', roles: ['salesConsultant'] }, { id: 'u-sales2', name: '销售顾问 何静', roles: ['salesConsultant'] }] } };

describe('reception board', () => {
  it('butler: sees appointments, visitors on site with their consultant and wait, VIPs and alerts; a wait past the threshold is red', async () => {
    mockFetch({ 'GET /api/projects/p1/sales-centers': centersReply, 'GET /api/reception/board': { body: boardFixture() } });
    renderStaffPage(<ReceptionBoardPage />, butlerMe);
    expect(await screen.findByText('接待看板 · 江湾壹号 销售中心')).toBeTruthy();
    expect(await screen.findByText('14:00 李女士')).toBeTruthy();
    const late = screen.getByTestId('onsite-v1');
    expect(within(late).getByText('王先生')).toBeTruthy();
    expect(within(late).getByText(/销售顾问 孙丽/)).toBeTruthy();
    expect(screen.getByTestId('wait-v1').getAttribute('data-overdue')).toBe('true');
    expect(screen.getByTestId('wait-v1').textContent).toMatch(/1 分 1[5-9] 秒/);
    expect(screen.getByTestId('wait-v2').getAttribute('data-overdue')).toBe('false');
    expect(screen.getByText('陈总')).toBeTruthy();
    expect(within(screen.getByTestId('alert-al1')).getByText('销售顾问 孙丽 已超过 60 秒未出迎 王先生')).toBeTruthy();
    expect(screen.getByText(/下一位接待：销售顾问 何静/)).toBeTruthy();
    for (const label of ['预约到访', '自然到访', '看房团', 'VIP']) expect(screen.getByRole('button', { name: new RegExp(label) })).toBeTruthy();
  });

  it('butler: handles an alert with 已与客户沟通', async () => {
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/reception/board': { body: boardFixture() },
      'POST /api/reception/alerts/al1/handle': { body: { ...boardFixture().alerts[0], handledHow: 'engaged' } },
    });
    renderStaffPage(<ReceptionBoardPage />, butlerMe);
    fireEvent.click(await within(await screen.findByTestId('alert-al1')).findByRole('button', { name: '已与客户沟通' }));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ how: 'engaged' }));
  });

  it('butler: checks in a walk-in, the rotation choosing; no phone is sent without consent; the server’s field error shows on the field', async () => {
    let attempt = 0;
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/reception/board': { body: boardFixture() },
      'GET /api/reception/hosts': hosts,
      'POST /api/reception/check-in': () =>
        ++attempt === 1
          ? { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '输入有误，请检查标出的字段', fields: { visitorName: '最多 50 个字符' } } } }
          : { status: 201, body: visit({ id: 'v9', visitorName: '张先生', consultant: { id: 'u-sales2', name: '销售顾问 何静' } }) },
    });
    renderStaffPage(<ReceptionBoardPage />, butlerMe);
    fireEvent.click(await screen.findByRole('button', { name: /自然到访/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('按轮序安排（销售顾问 何静）')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('客户称呼'), { target: { value: '张先生' } });
    expect((within(dialog).getByLabelText('手机号') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: '登记并通知销售' }));
    expect(await within(dialog).findByText('最多 50 个字符')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '登记并通知销售' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(2));
    expect(requests.filter((r) => r.method === 'POST')[1]!.body).toEqual({ type: 'walkIn', salesCenterId: 'sc1', visitorName: '张先生', partySize: 1, consentRecorded: false });
    expect(await screen.findByText('已通知 销售顾问 何静')).toBeTruthy();
  });

  it('butler: opens a waiting visitor and records the business card; the consultant’s coming out is one tap', async () => {
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/reception/board': { body: boardFixture() },
      'GET /api/reception/visits/v2': { body: { ...visit({ id: 'v2', visitorName: '散客甲' }), events: [], alerts: [] } },
      'GET /api/reception/service-records': { body: { items: [] } },
      'GET /api/reception/services': { body: { items: [] } },
      'POST /api/reception/visits/v2/steps': { body: visit({ id: 'v2', visitorName: '散客甲' }) },
      'POST /api/reception/visits/v2/receive': { body: { ...visit({ id: 'v2', visitorName: '散客甲', status: 'received' }), alreadyReceived: false } },
    });
    renderStaffPage(<ReceptionBoardPage />, butlerMe);
    fireEvent.click(await screen.findByTestId('onsite-v2'));
    const drawer = await screen.findByRole('dialog');
    fireEvent.click(within(drawer).getByRole('button', { name: '递送名片' }));
    await waitFor(() => expect(requests.find((r) => r.path === '/api/reception/visits/v2/steps')?.body).toEqual({ step: 'businessCard', outcome: 'done' }));
    fireEvent.click(within(drawer).getByRole('button', { name: '销售已出迎' }));
    await waitFor(() => expect(requests.some((r) => r.path === '/api/reception/visits/v2/receive')).toBe(true));
  });

  it('butler: the visitor’s phone is masked; revealed (the read logged), it fills the complaint form', async () => {
    const masked = visit({ id: 'v2', visitorName: '散客甲', visitorPhone: '139****5678', visitorPhoneRevealable: true });
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/reception/board': { body: boardFixture({ onSite: [masked] }) },
      'GET /api/reception/service-records': { body: { items: [] } },
      'GET /api/reception/services': { body: { items: [] } },
      'POST /api/personal-data/reveal': { body: { field: 'phone', value: '13912345678', loggedAt: '2026-03-02T02:00:00.000Z' } },
    });
    function ComplaintForm() {
      return <p data-testid="complaint-form">{useLocation().search}</p>;
    }
    renderStaffPage(
      <Routes>
        <Route path="/" element={<ReceptionBoardPage />} />
        <Route path="/work-orders/new" element={<ComplaintForm />} />
      </Routes>,
      butlerMe,
    );
    fireEvent.click(await screen.findByTestId('onsite-v2'));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('139****5678')).toBeTruthy();
    fireEvent.click(within(drawer).getByRole('button', { name: '查看完整手机号' }));
    expect((await within(drawer).findByRole('link', { name: '13912345678' })).getAttribute('href')).toBe('tel:13912345678');
    expect(requests.find((r) => r.path === '/api/personal-data/reveal')?.body).toEqual({ subjectType: 'visit', visitId: 'v2', field: 'phone', page: '/' });
    fireEvent.click(within(drawer).getByRole('button', { name: /登记投诉/ }));
    const search = new URLSearchParams((await screen.findByTestId('complaint-form')).textContent ?? '');
    expect([search.get('requesterName'), search.get('requesterPhone')]).toEqual(['散客甲', '13912345678']);
  });

  it('live: a board event from the stream reads the board again', async () => {
    let reads = 0;
    mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/reception/board': () => {
        reads++;
        return { body: reads === 1 ? boardFixture() : boardFixture({ onSite: [...boardFixture().onSite, visit({ id: 'v3', visitorName: '新到访客户' })] }) };
      },
    });
    renderStaffPage(<ReceptionBoardPage />, butlerMe);
    await screen.findByTestId('onsite-v1');
    const stream = FakeEventSource.find('/api/reception/board/stream?salesCenterId=sc1');
    expect(stream).toBeTruthy();
    act(() => stream!.emit('board', { salesCenterId: 'sc1', reason: 'checkIn' }));
    expect(await screen.findByText('新到访客户')).toBeTruthy();
  });

  it('sales manager: reads the board without check-in buttons or alert handling', async () => {
    mockFetch({ 'GET /api/projects/p1/sales-centers': centersReply, 'GET /api/reception/board': { body: boardFixture() } });
    renderStaffPage(<ReceptionBoardPage />, salesManagerMe);
    await screen.findByTestId('alert-al1');
    expect(screen.queryByRole('button', { name: /自然到访/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '已与客户沟通' })).toBeNull();
  });

  it('technician: the page is forbidden', async () => {
    mockFetch({});
    renderStaffPage(<ReceptionBoardPage />, technicianMe);
    expect(await screen.findByText('无权访问')).toBeTruthy();
  });
});
