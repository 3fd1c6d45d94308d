import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import type { AuthValue } from '../../ui/auth';
import { adminMe, butlerMe, mockFetch, renderStaffPage, type RecordedRequest } from '../../testing/utils';
import { canDraftServicePlans, canEditPreAgreement, canSeeSalesPreparation, canWorkChecklists } from './access';
import { SalesPreparationPage } from './SalesPreparationPage';
import { approvedPlan, draftPlan, emptyAgreement, generated, managerMe, noPlans, notGenerated, recordedAgreement, regionalMe, withDraft } from './sales-preparation-fixtures';

afterEach(() => vi.unstubAllGlobals());

const render = (me: Me, tab = 'preAgreement') => renderStaffPage(<SalesPreparationPage />, me, `/sales-preparation?tab=${tab}`);
const sent = (requests: RecordedRequest[], method: string, path: string) => requests.filter((r) => r.method === method && r.path === path);
const P = '/api/sales-preparation';

describe('sales preparation page', () => {
  it('butler: a project with nothing yet shows what to do on each tab', async () => {
    mockFetch({
      [`GET ${P}/projects/p1/pre-agreement`]: { body: emptyAgreement },
      [`GET ${P}/projects/p1/service-plans`]: { body: noPlans },
      [`GET ${P}/projects/p1/checklists`]: { body: notGenerated },
    });
    render(butlerMe);
    expect(await screen.findByText('尚未登记前期协议。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '登记前期协议' })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: '服务方案' }));
    expect(await screen.findByText('点击“起草服务方案”，按模板逐项填写后报地区公司负责人审批。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '起草服务方案' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: '筹备清单' }));
    expect(await screen.findByRole('button', { name: '生成筹备清单' })).toBeTruthy();
  });

  it('manager: the recorded pre-agreement shows its contract, key terms and files, and saves with the version read', async () => {
    const { requests } = mockFetch({
      [`GET ${P}/projects/p1/pre-agreement`]: { body: recordedAgreement },
      [`PUT ${P}/projects/p1/pre-agreement`]: { body: recordedAgreement },
    });
    render(managerMe);
    expect(await screen.findByText('JH-WT-2026-018')).toBeTruthy();
    expect(screen.getByText('重大活动须提前 7 天书面通知物业')).toBeTruthy();
    expect(screen.getByRole('link', { name: '委托合同.pdf' }).getAttribute('href')).toBe('/api/files/f1');
    fireEvent.click(screen.getByRole('button', { name: /编辑前期协议/ }));
    fireEvent.change(await screen.findByLabelText('服务要求'), { target: { value: '白金级酒店标准' } });
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(sent(requests, 'PUT', `${P}/projects/p1/pre-agreement`)).toHaveLength(1));
    expect(sent(requests, 'PUT', `${P}/projects/p1/pre-agreement`)[0]!.body).toMatchObject({
      serviceRequirements: '白金级酒店标准',
      contractNumber: 'JH-WT-2026-018',
      termEnd: '2027-07-31',
      keyTerms: recordedAgreement.preAgreement!.keyTerms,
      fileIds: ['f1'],
      version: 3,
    });
  });

  it('butler: a refused submission lists each missing section', async () => {
    const { requests } = mockFetch({
      [`GET ${P}/projects/p1/service-plans`]: { body: withDraft },
      [`PATCH ${P}/service-plans/sp1`]: { body: { ...draftPlan, version: 3 } },
      [`POST ${P}/service-plans/sp1/submit`]: {
        status: 422,
        body: {
          error: {
            code: 'SERVICE_PLAN_INCOMPLETE',
            message: '服务方案报批前须填写全部内容，尚缺 2 项',
            fields: { rules: '请填写管理制度', trainingPlan: '请填写培训计划' },
            details: { missing: ['rules', 'trainingPlan'] },
          },
        },
      },
    });
    render(butlerMe, 'servicePlan');
    expect(await screen.findByText('第 1 版')).toBeTruthy();
    // The other services the developer asked for are kept apart from the reference list.
    expect(screen.getByText('夜间看房接待')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: /19\. 贵宾\(VIP\)接待服务/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(screen.getByLabelText('接受服务群体特征'), { target: { value: '改善型家庭' } });
    fireEvent.click(screen.getByRole('button', { name: /报\s*批/ }));
    fireEvent.click(await screen.findByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(sent(requests, 'POST', `${P}/service-plans/sp1/submit`)).toHaveLength(1));
    expect(sent(requests, 'PATCH', `${P}/service-plans/sp1`)[0]!.body).toMatchObject({ version: 2, targetGroup: '改善型家庭', siteServices: ['vipReception', '夜间看房接待'] });
    expect(sent(requests, 'POST', `${P}/service-plans/sp1/submit`)[0]!.body).toEqual({ version: 3 });
    const alert = (await screen.findByText('报批前还需补充以下内容：')).closest('.ant-alert') as HTMLElement;
    expect(within(alert).getByText('管理制度：请填写管理制度')).toBeTruthy();
    expect(within(alert).getByText('培训计划：请填写培训计划')).toBeTruthy();
    const rules = screen.getByLabelText('管理制度').closest('.ant-form-item') as HTMLElement;
    expect(await within(rules).findByText('请填写管理制度')).toBeTruthy();
  });

  it('regional: an approved plan is read-only and shows who approved it', async () => {
    mockFetch({ [`GET ${P}/projects/p1/service-plans`]: { body: { ...withDraft, versions: [{ ...withDraft.versions[0]!, status: 'approved' }], current: approvedPlan } } });
    render(regionalMe, 'servicePlan');
    expect(await screen.findByText('当前状态下方案不能修改。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /报\s*批/ })).toBeNull();
    expect(screen.getByText('同意，按方案执行')).toBeTruthy();
    expect(screen.getByText('李强')).toBeTruthy();
  });

  it('butler: the checklists show progress and the overdue item; assigning sends the assignee and due date', async () => {
    const { requests } = mockFetch({
      [`GET ${P}/projects/p1/checklists`]: { body: generated },
      [`POST ${P}/checklist-items/i2/assign`]: { body: generated },
    });
    render(butlerMe, 'checklists');
    expect(await screen.findByText('完成 1/2')).toBeTruthy();
    expect(screen.getByText('逾期 1')).toBeTruthy();
    const row = screen.getByText('确定销售配合现场的具体服务接待运行方案').closest('tr') as HTMLElement;
    expect(within(row).getByText('已逾期')).toBeTruthy();
    expect(screen.getByText(/到岗人员：刘芳/)).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: '指派' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(sent(requests, 'POST', `${P}/checklist-items/i2/assign`)).toHaveLength(1));
    expect(sent(requests, 'POST', `${P}/checklist-items/i2/assign`)[0]!.body).toEqual({ version: 4, assigneeId: 'u-butler', dueDate: '2026-08-31' });
  });

  it('butler: marking an item not applicable asks for the reason first', async () => {
    const { requests } = mockFetch({
      [`GET ${P}/projects/p1/checklists`]: { body: generated },
      [`POST ${P}/checklist-items/i2/status`]: { body: generated },
    });
    render(butlerMe, 'checklists');
    const row = (await screen.findByText('确定销售配合现场的具体服务接待运行方案')).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: '不适用' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('请说明不适用的原因')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('不适用原因'), { target: { value: '开发商自行安排' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(sent(requests, 'POST', `${P}/checklist-items/i2/status`)).toHaveLength(1));
    expect(sent(requests, 'POST', `${P}/checklist-items/i2/status`)[0]!.body).toEqual({ version: 4, action: 'markNotApplicable', reason: '开发商自行安排' });
  });
});

describe('sales preparation access', () => {
  const auth = (roles: string[]) => ({ hasRole: (...r: string[]) => r.some((x) => roles.includes(x)), isAdmin: roles.includes('companyAdmin') }) as unknown as AuthValue;
  it.each([
    ['companyAdmin', true, true, false, false],
    ['regionalHead', true, true, false, false],
    ['serviceCenterManager', true, true, true, true],
    ['butler', true, false, true, true],
    ['marketingLead', false, false, false, false],
    ['salesConsultant', false, false, false, false],
  ])('%s: sees %s, edits the agreement %s, drafts plans %s, works checklists %s', (role, see, agreement, draft, work) => {
    const a = auth([role]);
    expect([canSeeSalesPreparation(a), canEditPreAgreement(a), canDraftServicePlans(a), canWorkChecklists(a)]).toEqual([see, agreement, draft, work]);
  });
  it('admin fixture sees the page', () => {
    expect(canSeeSalesPreparation(auth(adminMe.user.roles))).toBe(true);
  });
});
