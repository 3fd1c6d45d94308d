import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { pdfFont, SYSTEM_NOTO_CJK } from '../../platform/pdf/pdf-font.js';
import { pdfText } from '../../testing/pdf-text.js';
import { renderSignaturePdf, shanghaiDateTime } from './render-signature-pdf.js';
import { testSignaturePng } from './signature-test-png.js';


const input = {
  title: '临时管理规约',
  versionNo: 3,
  body: '第一条　业主应按照规划设计用途使用物业。\n第二条　不得在楼道堆放物品。'.repeat(40),
  projectName: '锦华·江湾壹号',
  unitLabel: '1号楼 1-101',
  ownerName: '吴先生',
  signedAt: '2026-03-02T02:00:00.000Z',
  device: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)',
  textSha256: 'a'.repeat(64),
  signaturePng: testSignaturePng(),
  acknowledgesReceipt: false,
};

describe('the CJK font of signed PDFs', () => {
  it('uses the system Noto CJK collection when it is installed', () => {
    expect(pdfFont(() => true)).toEqual({ path: SYSTEM_NOTO_CJK, family: 'NotoSansCJKsc-Regular', source: 'system' });
  });

  it('falls back to the font shipped by npm (@embedpdf/fonts-sc) on a clean machine', () => {
    const font = pdfFont(() => false);
    expect(font.source).toBe('npm');
    expect(font.path).toMatch(/@embedpdf[/\\]fonts-sc[/\\]fonts[/\\]NotoSansHans-Regular\.otf$/);
    expect(fs.existsSync(font.path)).toBe(true);
  });
});

describe('signed PDF', () => {
  it('holds the Chinese title, owner, project, unit, version, Shanghai time, hash and page numbers', async () => {
    const text = pdfText(await renderSignaturePdf(input));
    for (const s of ['临时管理规约', '吴先生', '锦华·江湾壹号', '1号楼1-101', '版本v3', '2026-03-0210:00:00', 'a'.repeat(64), '本人已阅读并同意', '第1页']) expect(text).toContain(s);
    expect(text).toMatch(/共[2-9]页/);
  });

  it('renders with the npm font too (no system font)', async () => {
    vi.resetModules();
    vi.doMock('../../platform/pdf/pdf-font.js', async (load) => {
      const real = await load<typeof import('../../platform/pdf/pdf-font.js')>();
      return { ...real, pdfFont: () => real.pdfFont(() => false) };
    });
    try {
      const { renderSignaturePdf: render } = await import('./render-signature-pdf.js');
      const text = pdfText(await render({ ...input, title: '物业管家服务手册签收确认', acknowledgesReceipt: true }));
      expect(text).toContain('物业管家服务手册签收确认');
      expect(text).toContain('吴先生');
      expect(text).toContain('本人确认已收到上述文件');
    } finally {
      vi.doUnmock('../../platform/pdf/pdf-font.js');
      vi.resetModules();
    }
  });

  it('formats instants in Shanghai time', () => {
    expect(shanghaiDateTime('2026-02-13T17:30:00Z')).toBe('2026-02-14 01:30:00');
  });
});
