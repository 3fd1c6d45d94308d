import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import type { ServiceRecord } from './api';
import { ago, boardFixture, centersReply, FakeEventSource, salesManagerMe, serviceRecord, servicesReply, visit } from './reception-fixtures';
import { ReceptionBoardPage } from './ReceptionBoardPage';

beforeEach(() => FakeEventSource.install());
afterEach(() => vi.unstubAllGlobals());

const detailOf = (id: string, visitorName: string) => ({ body: { ...visit({ id, visitorName }), events: [], alerts: [] } });

async function pick(scope: HTMLElement, label: string, option: string) {
  fireEvent.mouseDown(within(scope).getByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByText(option, { selector: '.ant-select-item-option-content' }));
}

function optionTexts(): string[] {
  return [...document.querySelectorAll<HTMLElement>('.ant-select-item-option-content')].map((el) => el.textContent ?? '');
}

describe('reference services at the reception', () => {
  it('butler: records a service against a waiting visitor; only enabled services are offered, in order; the server’s field error shows on the field; the visitor’s records of today are listed', async () => {
    const records: ServiceRecord[] = [
      serviceRecord({ id: 'r1', visitId: 'v2', visitorName: '散客甲', recordedAt: ago(120) }),
      serviceRecord({ id: 'r0', visitId: 'v1', visitorName: '王先生', service: { id: 's11', number: 11, name: '物业服务相关知识问询服务' } }),
    ];
    let attempt = 0;
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/reception/board': { body: boardFixture() },
      'GET /api/reception/visits/v2': detailOf('v2', '散客甲'),
      'GET /api/reception/services': servicesReply,
      'GET /api/reception/service-records': () => ({ body: { items: records } }),
      'POST /api/reception/service-records': () => {
        if (++attempt === 1) return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '输入有误，请检查标出的字段', fields: { serviceId: '该服务项目已停用' } } } };
        const saved = serviceRecord({ id: 'r2', visitId: 'v2', visitorName: '散客甲', service: { id: 's3', number: 3, name: '礼宾接待和行李服务' }, note: '帮提行李箱', recordedAt: ago(0) });
        records.unshift(saved);
        return { status: 201, body: saved };
      },
    });
    renderStaffPage(<ReceptionBoardPage />, butlerMe);
    fireEvent.click(await screen.findByTestId('onsite-v2'));
    const section = await screen.findByTestId('visit-services');
    expect(within(section).getByText('参考服务')).toBeTruthy();
    expect(await within(section).findByText('09:58 1. 售楼现场交通引导与秩序维护服务 · 李管家')).toBeTruthy();
    expect(within(section).queryByText(/物业服务相关知识问询服务/)).toBeNull();
    const listed = requests.find((r) => r.path === '/api/reception/service-records')!;
    expect(listed.search.get('salesCenterId')).toBe('sc1');

    fireEvent.click(within(section).getByRole('button', { name: '记录' }));
    expect(await within(section).findByText('选择服务项目')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.mouseDown(within(section).getByRole('combobox', { name: '服务项目' }));
    await screen.findByText('3. 礼宾接待和行李服务', { selector: '.ant-select-item-option-content' });
    expect(optionTexts()).toEqual(['1. 售楼现场交通引导与秩序维护服务', '3. 礼宾接待和行李服务', '11. 物业服务相关知识问询服务']);
    fireEvent.click(screen.getByText('3. 礼宾接待和行李服务', { selector: '.ant-select-item-option-content' }));
    fireEvent.change(within(section).getByLabelText('备注'), { target: { value: ' 帮提行李箱 ' } });
    fireEvent.click(within(section).getByRole('button', { name: '记录' }));
    expect(await within(section).findByText('该服务项目已停用')).toBeTruthy();

    fireEvent.click(within(section).getByRole('button', { name: '记录' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(2));
    expect(requests.filter((r) => r.method === 'POST')[1]!.body).toEqual({ salesCenterId: 'sc1', serviceId: 's3', visitId: 'v2', note: '帮提行李箱' });
    expect(await screen.findByText('已记录：礼宾接待和行李服务')).toBeTruthy();
    expect(await within(section).findByText('10:00 3. 礼宾接待和行李服务 · 李管家')).toBeTruthy();
    expect(within(section).getByText(/帮提行李箱/)).toBeTruthy();
  });

  it('butler: an appointment not yet arrived has no service form', async () => {
    mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/reception/board': { body: boardFixture() },
      'GET /api/reception/visits/a1': detailOf('a1', '李女士'),
      'GET /api/reception/service-records': { body: { items: [] } },
    });
    renderStaffPage(<ReceptionBoardPage />, butlerMe);
    fireEvent.click(await screen.findByTestId('appointment-a1'));
    const drawer = await screen.findByRole('dialog');
    await within(drawer).findByText('完整记录');
    expect(within(drawer).queryByTestId('visit-services')).toBeNull();
    expect(within(drawer).queryByRole('combobox', { name: '服务项目' })).toBeNull();
  });

  it('butler: records a standalone service from the board header, without a visit', async () => {
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/reception/board': { body: boardFixture() },
      'GET /api/reception/services': servicesReply,
      'POST /api/reception/service-records': { status: 201, body: serviceRecord({ id: 'r9', service: { id: 's11', number: 11, name: '物业服务相关知识问询服务' } }) },
    });
    renderStaffPage(<ReceptionBoardPage />, butlerMe);
    fireEvent.click(await screen.findByRole('button', { name: /记录服务/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('记录参考服务')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '记录' }));
    expect(await within(dialog).findByText('选择服务项目')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await pick(dialog, '服务项目', '11. 物业服务相关知识问询服务');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '解答物业费标准' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '记录' }));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ salesCenterId: 'sc1', serviceId: 's11', note: '解答物业费标准' }));
    expect(await screen.findByText('服务已记录')).toBeTruthy();
  });

  it('sales manager: no 记录服务 button and no form in the drawer, but the services a visitor was given are shown', async () => {
    mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/reception/board': { body: boardFixture() },
      'GET /api/reception/visits/v2': detailOf('v2', '散客甲'),
      'GET /api/reception/service-records': { body: { items: [serviceRecord({ id: 'r1', visitId: 'v2', visitorName: '散客甲' })] } },
    });
    renderStaffPage(<ReceptionBoardPage />, salesManagerMe);
    fireEvent.click(await screen.findByTestId('onsite-v2'));
    const section = await screen.findByTestId('visit-services');
    expect(await within(section).findByText(/1\. 售楼现场交通引导与秩序维护服务 · 李管家/)).toBeTruthy();
    expect(within(section).queryByRole('combobox', { name: '服务项目' })).toBeNull();
    expect(within(section).queryByRole('button', { name: '记录' })).toBeNull();
    expect(screen.queryByRole('button', { name: /记录服务/ })).toBeNull();
  });
});
