import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import type { DocumentTemplate, SigningStatus } from './api';
import { OwnerDocumentsPage } from './OwnerDocumentsPage';

afterEach(() => vi.unstubAllGlobals());

const managerMe: Me = {
  user: { id: 'u-manager', username: 'manager', name: '张伟', kind: 'staff', roles: ['serviceCenterManager'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

const template = (patch: Partial<DocumentTemplate> = {}): DocumentTemplate => ({
  id: 't1',
  projectId: 'p1',
  kind: 'interimManagementRules',
  versionNo: 1,
  title: '临时管理规约',
  body: '第一条　业主应按照规划设计用途使用物业。',
  status: 'published',
  createdBy: { id: 'u-manager', name: '张伟' },
  createdAt: '2026-02-01T02:00:00.000Z',
  publishedBy: { id: 'u-manager', name: '张伟' },
  publishedAt: '2026-02-02T02:00:00.000Z',
  retiredAt: null,
  signatureCount: 3,
  allowedActions: [],
  version: 1,
  ...patch,
});

const status: SigningStatus = {
  items: [
    {
      ownerId: 'o1',
      ownerName: '吴先生',
      phone: '138****5678',
      householdId: 'h1',
      unitLabel: '1号楼 1-101',
      documents: [
        { kind: 'preliminaryServiceAgreement', state: 'notSigned', publishedVersionNo: 2, signedVersionNo: null, signedAt: null, signatureId: null },
        { kind: 'interimManagementRules', state: 'signed', publishedVersionNo: 1, signedVersionNo: 1, signedAt: '2026-03-02T02:00:00.000Z', signatureId: 's1' },
        { kind: 'renovationRules', state: 'signedEarlierVersion', publishedVersionNo: 2, signedVersionNo: 1, signedAt: '2026-03-01T02:00:00.000Z', signatureId: 's2' },
        { kind: 'butlerServiceHandbook', state: 'noTemplate', publishedVersionNo: null, signedVersionNo: null, signedAt: null, signatureId: null },
      ],
      missing: ['preliminaryServiceAgreement'],
    },
  ],
  summary: [{ kind: 'preliminaryServiceAgreement', publishedVersionNo: 2, signed: 0, missing: 1 }],
};

describe('owner documents page', () => {
  it('manager: drafts the next version from the current text, then publishes it after confirming', async () => {
    let items = [template()];
    const { requests } = mockFetch({
      'GET /api/owner-documents/templates': () => ({ body: { items } }),
      'POST /api/owner-documents/templates': (req) => {
        items = [template({ ...(req.body as object), id: 't2', versionNo: 2, status: 'draft', publishedBy: null, publishedAt: null, allowedActions: ['edit', 'publish'] }), ...items];
        return { status: 201, body: items[0] };
      },
      'POST /api/owner-documents/templates/t2/publish': { body: template({ id: 't2', versionNo: 2 }) },
    });
    renderStaffPage(<OwnerDocumentsPage />, managerMe);
    const card = (await screen.findByText('3 人已签')).closest('.ant-card') as HTMLElement;
    expect(within(card).getByText('临时管理规约', { selector: '.ant-card-head-title' })).toBeTruthy();
    expect(within(card).getByText('现行版本')).toBeTruthy();
    fireEvent.click(within(card).getByText(/新建版本/));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByLabelText('正文') as HTMLTextAreaElement).value).toContain('第一条');
    fireEvent.change(within(dialog).getByLabelText('正文'), { target: { value: '第一条　修订后的条款。' } });
    fireEvent.click(within(dialog).getByText(/保\s?存/));
    await waitFor(() =>
      expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ projectId: 'p1', kind: 'interimManagementRules', title: '临时管理规约', body: '第一条　修订后的条款。' }),
    );
    expect(await within(card).findByText('草稿')).toBeTruthy();
    fireEvent.click(within(card).getByText(/^发\s?布$/));
    expect(await screen.findByText(/发布第 2 版后/)).toBeTruthy();
    fireEvent.click(screen.getByText(/^确\s?定$/));
    await waitFor(() => expect(requests.find((r) => r.path === '/api/owner-documents/templates/t2/publish')?.body).toEqual({ version: 1 }));
  });

  it('butler: reads the versions without buttons to draft or publish', async () => {
    mockFetch({ 'GET /api/owner-documents/templates': { body: { items: [template(), template({ id: 't0', versionNo: 0, status: 'retired' })] } } });
    renderStaffPage(<OwnerDocumentsPage />, butlerMe);
    expect(await screen.findByText('已停用')).toBeTruthy();
    expect(screen.getAllByText('查看全文')).toHaveLength(2);
    expect(screen.queryByText(/新建版本/)).toBeNull();
    expect(screen.queryByText('发布')).toBeNull();
  });

  it('butler: sees who has not signed what, missing in red, asks for unsigned only, and downloads a PDF', async () => {
    const { requests } = mockFetch({
      'GET /api/owner-documents/templates': { body: { items: [] } },
      'GET /api/owner-documents/status': { body: status },
      'GET /api/owner-documents/signatures/s1/pdf': { body: {} },
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }));
    renderStaffPage(<OwnerDocumentsPage />, butlerMe, '/?tab=status');
    const row = (await screen.findByText('吴先生')).closest('tr')!;
    expect(within(row).getByText('未签').closest('.ant-tag')!.className).toContain('red');
    expect(within(row).getByText('已签 v1')).toBeTruthy();
    expect(within(row).getByText('已签 v1（现行 v2）')).toBeTruthy();
    expect(within(row).getByText('未发布')).toBeTruthy();
    fireEvent.click(within(row).getAllByText('下载 PDF')[0]!);
    await waitFor(() => expect(requests.some((r) => r.path === '/api/owner-documents/signatures/s1/pdf')).toBe(true));
    fireEvent.click(screen.getByLabelText('只看未签'));
    await waitFor(() => expect(requests.some((r) => r.path === '/api/owner-documents/status' && r.search.get('missingOnly') === 'true')).toBe(true));
  });
});
