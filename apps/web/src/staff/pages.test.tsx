import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { adminMe, mockFetch, renderWithApp } from '../testing/utils';
import { StaffApp } from './StaffApp';

const emptyPage = { items: [], total: 0, page: 1, pageSize: 20 };
const project = { id: 'p1', name: '滨江花园', code: 'BJ', regionId: 'r1', developerId: null, city: '杭州', address: null, version: 1 };
const household = {
  id: 'h1',
  projectId: 'p1',
  name: null,
  unit: { id: 'u1', code: '1-0101', floor: 1, buildingId: 'b1', buildingCode: '1', buildingName: '1号楼' },
  members: [{ id: 'm1', ownerId: 'o1', name: '张先生', phone: '138****0000', idNumber: null, relation: 'owner', hasAccount: false }],
  version: 1,
};

const pages: [string, string][] = [
  ['/approvals', '待我处理的审批事项'],
  ['/org/regions', '物业公司下属的地区公司'],
  ['/org/developers', '新建开发商'],
  ['/org/projects', '新建项目'],
  ['/org/projects/p1/salesCenters', '新建销售中心'],
  ['/org/projects/p1/serviceCenters', '新建服务中心'],
  ['/org/projects/p1/buildings', '新建楼栋'],
  ['/org/projects/p1/units', 'Excel 导入'],
  ['/org/projects/p1/departments', '新建部门/岗位'],
  ['/org/projects/p1/households', '新建住户'],
  ['/org/projects/p1/households/h1', '张先生'],
  ['/staff', '新建账号'],
  ['/vendors', '新建外包单位'],
  ['/org/approval-chains', '尚未设置，当前使用默认流程'],
  ['/audit', '谁在何时修改了什么（仅公司管理员和地区公司负责人可见）'],
  ['/service-catalog', '滨江花园 · 管家式服务内容一览表'],
];

let consoleError: MockInstance;

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});

afterEach(() => {
  vi.unstubAllGlobals();
  consoleError.mockRestore();
});

const forms: [string, string][] = [
  ['/org/regions', '新建地区公司'],
  ['/org/developers', '新建开发商'],
  ['/org/projects', '新建项目'],
  ['/org/projects/p1/salesCenters', '新建销售中心'],
  ['/org/projects/p1/buildings', '新建楼栋'],
  ['/org/projects/p1/units', '新建房屋'],
  ['/org/projects/p1/units', 'Excel 导入'],
  ['/org/projects/p1/departments', '新建部门/岗位'],
  ['/org/projects/p1/households', '新建住户'],
  ['/org/projects/p1/households/h1', '添加成员'],
  ['/staff', '新建账号'],
  ['/vendors', '新建外包单位'],
  ['/service-catalog', '新增服务项目'],
];

function mockAdminApi() {
  mockFetch(
    {
      'GET /api/me': { body: adminMe },
      'GET /api/notifications/unread-count': { body: { count: 0 } },
      'GET /api/projects/p1': { body: project },
      'GET /api/households/h1': { body: household },
      'GET /api/approval-chains/generic': { body: { documentType: 'generic', steps: [{ role: 'regionalHead' }], isDefault: true, version: null } },
    },
    { body: emptyPage },
  );
}

describe('staff pages', () => {
  it.each(pages)('admin: %s renders without errors', async (path, text) => {
    mockAdminApi();
    renderWithApp(<StaffApp />, path);
    expect((await screen.findAllByText(text)).length).toBeGreaterThan(0);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it.each(forms)('admin: %s opens the "%s" dialog without errors', async (path, button) => {
    mockAdminApi();
    renderWithApp(<StaffApp />, path);
    fireEvent.click(await screen.findByRole('button', { name: new RegExp(button) }));
    expect(await screen.findByRole('dialog')).toBeTruthy();
    expect(consoleError).not.toHaveBeenCalled();
  });
});
