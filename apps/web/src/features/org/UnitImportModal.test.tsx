import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { mockFetch, renderStaffPage } from '../../testing/utils';
import { UnitImportModal } from './UnitImportModal';

afterEach(() => vi.unstubAllGlobals());

async function chooseAndImport() {
  renderStaffPage(<UnitImportModal projectId="p1" open onClose={() => {}} />);
  const input = (await screen.findByText('点击或拖拽 .xlsx 文件到此处')).closest('.ant-upload')!.querySelector('input[type=file]')!;
  const file = new File(['xlsx'], 'units.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  fireEvent.change(input, { target: { files: [file] } });
  expect(await screen.findByText('units.xlsx')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '开始导入' }));
}

describe('unit import', () => {
  it('admin: sees every bad row when the file is rejected, and nothing is imported', async () => {
    mockFetch({
      'POST /api/projects/p1/units/import': {
        status: 400,
        body: {
          error: {
            code: 'IMPORT_INVALID',
            message: '导入文件有误',
            fields: { 'row 3 房号': '必填', 'row 5 楼栋编码': '楼栋 9 不存在' },
          },
        },
      },
    });
    await chooseAndImport();
    expect(await screen.findByText('文件中有错误，未导入任何数据，请修改后重新上传。')).toBeTruthy();
    expect(screen.getByText('row 3 房号')).toBeTruthy();
    expect(screen.getByText('楼栋 9 不存在')).toBeTruthy();
  });

  it('admin: sees how many units were created and updated', async () => {
    const { requests } = mockFetch({ 'POST /api/projects/p1/units/import': { body: { created: 12, updated: 3, unchanged: 1 } } });
    await chooseAndImport();
    expect((await screen.findAllByText('导入完成：新增 12 条，更新 3 条，未变 1 条')).length).toBeGreaterThan(0);
    const sent = requests.find((r) => r.path === '/api/projects/p1/units/import')?.body;
    expect(sent).toBeInstanceOf(FormData);
    expect((sent as FormData).get('file')).toBeInstanceOf(File);
  });

  it('admin: offers the template download', async () => {
    mockFetch({});
    renderStaffPage(<UnitImportModal projectId="p1" open onClose={() => {}} />);
    expect((await screen.findByText('下载导入模板')).closest('a')?.getAttribute('href')).toBe('/api/units/import-template');
  });
});
