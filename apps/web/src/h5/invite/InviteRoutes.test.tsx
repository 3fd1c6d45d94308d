import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { mockFetch, renderWithApp } from '../../testing/utils';
import '../H5App';
import type { InviteDocument, InviteDocumentDetail } from './api';
import { InkSurfaceContext, type InkSurface } from './ink-surface';
import { InviteRoutes } from './InviteRoutes';

afterEach(() => vi.unstubAllGlobals());

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd';
const API = `/api/public/invitations/${TOKEN}`;
const invitation = { ownerName: '吴**', projectName: '锦华·江湾壹号', unitLabel: '1号楼 1-101', expiresAt: '2026-03-16T02:00:00.000Z' };
const doc = (patch: Partial<InviteDocument> = {}): InviteDocument => ({
  templateId: 't-rules',
  kind: 'interimManagementRules',
  title: '临时管理规约',
  version: 1,
  publishedAt: '2026-02-01T02:00:00.000Z',
  state: 'notSigned',
  signed: null,
  ...patch,
});
const detail = (patch: Partial<InviteDocumentDetail> = {}): InviteDocumentDetail => ({ ...doc(), body: '第一条　业主应按照规划设计用途使用物业。', acknowledgesReceipt: false, ...patch });

/** The pad's ink goes to a recorder: jsdom has no canvas context. */
function fakeSurface() {
  const strokes: string[] = [];
  const surface: InkSurface = {
    begin: (x, y) => strokes.push(`begin ${x},${y}`),
    lineTo: (x, y) => strokes.push(`line ${x},${y}`),
    clear: () => strokes.splice(0),
    toPngDataUrl: () => 'data:image/png;base64,SIGNED',
  };
  return { strokes, factory: () => surface };
}

function render(path: string, factory = fakeSurface().factory) {
  return renderWithApp(
    <InkSurfaceContext.Provider value={factory}>
      <Routes>
        <Route path="/h5/invite/:token/*" element={<InviteRoutes />} />
      </Routes>
    </InkSurfaceContext.Provider>,
    path,
  );
}

function draw(canvas: HTMLElement) {
  fireEvent.pointerDown(canvas, { clientX: 10, clientY: 20, pointerId: 1 });
  fireEvent.pointerMove(canvas, { clientX: 60, clientY: 40, pointerId: 1 });
  fireEvent.pointerUp(canvas, { clientX: 60, clientY: 40, pointerId: 1 });
}

describe('invitation link: the welcome page', () => {
  it('owner: sees the masked name, the unit, each document with its standing, and the questionnaire card', async () => {
    const { requests } = mockFetch({
      [`GET ${API}`]: { body: invitation },
      [`GET ${API}/documents`]: { body: { items: [doc({ templateId: 't-agreement', kind: 'preliminaryServiceAgreement', title: '前期物业服务协议', version: 2 }), doc({ state: 'signed', signed: { signatureId: 's1', version: 1, signedAt: '2026-03-02T02:00:00.000Z' } })] } },
      [`GET ${API}/questionnaire`]: { body: { status: 'notStarted' } },
    });
    render(`/h5/invite/${TOKEN}`);
    expect(await screen.findByText('吴**，您好')).toBeTruthy();
    expect(screen.getByText('房号：1号楼 1-101')).toBeTruthy();
    expect(await screen.findByText('前期物业服务协议')).toBeTruthy();
    expect(screen.getByText('待签署')).toBeTruthy();
    expect(screen.getByText('已签署')).toBeTruthy();
    expect(await screen.findByText('未填写')).toBeTruthy();
    expect(requests.some((r) => r.path === '/api/auth/me')).toBe(false);
  });

  it('owner: no questionnaire offered (404) hides its card', async () => {
    mockFetch({ [`GET ${API}`]: { body: invitation }, [`GET ${API}/documents`]: { body: { items: [doc()] } } });
    render(`/h5/invite/${TOKEN}`);
    expect(await screen.findByText('临时管理规约')).toBeTruthy();
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText('调查问卷')).toBeNull();
  });

  it('anyone: an expired or revoked link says so clearly', async () => {
    mockFetch({});
    render(`/h5/invite/${TOKEN}`);
    expect(await screen.findByText('链接已失效')).toBeTruthy();
    expect(screen.getByText(/请联系您的物业管家获取新的链接/)).toBeTruthy();
  });
});

describe('invitation link: signing a document', () => {
  it('owner: must tick and sign; then the drawn PNG is sent with the version read, and the PDF is offered', async () => {
    const pad = fakeSurface();
    const { requests } = mockFetch({
      [`GET ${API}/documents/t-rules`]: { body: detail() },
      [`POST ${API}/documents/t-rules/signatures`]: {
        status: 201,
        body: { id: 's9', templateId: 't-rules', kind: 'interimManagementRules', version: 1, signedAt: '2026-03-02T02:00:00.000Z', textSha256: 'ab', pdfPath: `${API}/signatures/s9/pdf` },
      },
    });
    render(`/h5/invite/${TOKEN}/documents/t-rules`, pad.factory);
    expect(await screen.findByText(/业主应按照规划设计用途使用物业/)).toBeTruthy();
    fireEvent.click(screen.getByText('提交签署'));
    expect(await screen.findByText('请先勾选“我已阅读并同意”')).toBeTruthy();
    expect(screen.getByText('请先在签名框内签名')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.click(screen.getByText('我已阅读并同意'));
    draw(screen.getByLabelText('签名框'));
    expect(pad.strokes[0]).toMatch(/^begin/);
    expect(pad.strokes).toContainEqual(expect.stringMatching(/^line/));
    fireEvent.click(screen.getByText('提交签署'));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ version: 1, agreed: true, signature: 'data:image/png;base64,SIGNED' }));
    expect(await screen.findByText('签署成功')).toBeTruthy();
    expect(screen.getByText('下载已签署的 PDF').closest('a')!.getAttribute('href')).toBe(`${API}/signatures/s9/pdf`);
  });

  it('owner: the clear button empties the pad; a server field error shows under it', async () => {
    const pad = fakeSurface();
    mockFetch({
      [`GET ${API}/documents/t-rules`]: { body: detail() },
      [`POST ${API}/documents/t-rules/signatures`]: { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '输入有误', fields: { signature: '请先在签名框内签名' } } } },
    });
    render(`/h5/invite/${TOKEN}/documents/t-rules`, pad.factory);
    draw(await screen.findByLabelText('签名框'));
    fireEvent.click(screen.getByText('清除'));
    expect(pad.strokes).toEqual([]);
    expect(screen.getByText('请在此处手写签名')).toBeTruthy();
    draw(screen.getByLabelText('签名框'));
    fireEvent.click(screen.getByText('我已阅读并同意'));
    fireEvent.click(screen.getByText('提交签署'));
    expect(await screen.findByText('请先在签名框内签名')).toBeTruthy();
  });

  it('owner: a version published meanwhile says so and opens the new version to read again', async () => {
    const { requests } = mockFetch({
      [`GET ${API}/documents/t-rules`]: { body: detail() },
      [`GET ${API}/documents/t-rules-2`]: { body: detail({ templateId: 't-rules-2', version: 2, body: '第一条　修订后的条款。' }) },
      [`POST ${API}/documents/t-rules/signatures`]: { status: 409, body: { error: { code: 'DOCUMENT_UPDATED', message: '文件已更新，请重新阅读后再签署', details: { templateId: 't-rules-2', version: 2 } } } },
    });
    render(`/h5/invite/${TOKEN}/documents/t-rules`);
    draw(await screen.findByLabelText('签名框'));
    fireEvent.click(screen.getByText('我已阅读并同意'));
    fireEvent.click(screen.getByText('提交签署'));
    expect(await screen.findByText('文件已更新，请重新阅读后再签署')).toBeTruthy();
    fireEvent.click(screen.getByText('重新阅读'));
    expect(await screen.findByText(/修订后的条款/)).toBeTruthy();
    expect(requests.some((r) => r.path === `${API}/documents/t-rules-2`)).toBe(true);
  });

  it('owner: a version already signed shows its PDF instead of the pad', async () => {
    mockFetch({ [`GET ${API}/documents/t-rules`]: { body: detail({ state: 'signed', signed: { signatureId: 's1', version: 1, signedAt: '2026-03-02T02:00:00.000Z' } }) } });
    render(`/h5/invite/${TOKEN}/documents/t-rules`);
    expect(await screen.findByText('您已签署该版本')).toBeTruthy();
    expect(screen.getByText('下载已签署的 PDF').closest('a')!.getAttribute('href')).toBe(`${API}/signatures/s1/pdf`);
    expect(screen.queryByLabelText('签名框')).toBeNull();
  });
});
