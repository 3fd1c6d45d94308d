import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mockFetch, renderStaffPage } from '../../testing/utils';
import { ApprovalChainsPage } from './ApprovalChainsPage';

afterEach(() => vi.unstubAllGlobals());

async function pickOption(label: string, option: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  const item = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((el) => el.textContent === option);
    if (!found) throw new Error(`no option ${option}`);
    return found;
  });
  fireEvent.click(item);
}

describe('approval chains page', () => {
  it('admin: adds a second approval step and saves the chain', async () => {
    const { requests } = mockFetch({
      'GET /api/approval-chains/generic': { body: { documentType: 'generic', steps: [{ role: 'regionalHead' }], isDefault: true, version: null } },
      'PUT /api/approval-chains/generic': ({ body }) => ({
        body: { documentType: 'generic', steps: (body as { steps: unknown[] }).steps, isDefault: false, version: 1 },
      }),
    });
    renderStaffPage(<ApprovalChainsPage />);
    expect(await screen.findByText('尚未设置，当前使用默认流程')).toBeTruthy();
    expect(screen.getByText('地区公司负责人')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /添加审批步骤/ }));
    expect(await screen.findByText('第 2 步')).toBeTruthy();
    await pickOption('审批角色 2', '服务中心经理');
    fireEvent.click(screen.getByRole('button', { name: '保存流程' }));

    expect(await screen.findByText('审批流程已保存')).toBeTruthy();
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ steps: [{ role: 'regionalHead' }, { role: 'serviceCenterManager' }] });
    expect(await screen.findByText('已设置（版本 1）')).toBeTruthy();
  });

  it('admin: a step without a role is not saved', async () => {
    const { requests } = mockFetch({
      'GET /api/approval-chains/generic': { body: { documentType: 'generic', steps: [{ role: 'regionalHead' }], isDefault: false, version: 3 } },
    });
    renderStaffPage(<ApprovalChainsPage />);
    fireEvent.click(await screen.findByRole('button', { name: /添加审批步骤/ }));
    fireEvent.click(screen.getByRole('button', { name: '保存流程' }));
    expect(await screen.findByText('请选择审批角色')).toBeTruthy();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('admin: opens a document type by its code', async () => {
    const { requests } = mockFetch({
      'GET /api/approval-chains/generic': { body: { documentType: 'generic', steps: [{ role: 'regionalHead' }], isDefault: true, version: null } },
      'GET /api/approval-chains/eventPlan': { body: { documentType: 'eventPlan', steps: [{ role: 'companyAdmin' }], isDefault: false, version: 2 } },
    });
    renderStaffPage(<ApprovalChainsPage />);
    await screen.findByText('尚未设置，当前使用默认流程');
    fireEvent.change(screen.getByLabelText('其他单据类型编码'), { target: { value: 'Bad code' } });
    expect(screen.getByText(/编码须以小写字母开头/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('其他单据类型编码'), { target: { value: 'eventPlan' } });
    fireEvent.click(screen.getByRole('button', { name: '打开' }));
    expect(await screen.findByText('已设置（版本 2）')).toBeTruthy();
    expect(requests.some((r) => r.path === '/api/approval-chains/eventPlan')).toBe(true);
  });
});
