import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { ShowcaseScreenPage } from './ShowcaseScreenPage';
import { center, item } from './showcase-fixtures';

afterEach(() => vi.unstubAllGlobals());

describe('showcase screen', () => {
  it('butler: the screen shows the first published notice and records its play', async () => {
    const { requests } = mockFetch({
      'GET /api/showcase/screen': { body: { salesCenter: center, items: [item(), item({ id: 'v1', kind: 'video', title: '宣传片', body: null, mediaUrl: 'https://v.example.com/a.mp4' })] } },
      'POST /api/showcase/publicity/n1/plays': { status: 201, body: { itemId: 'n1', counter: 'played', quantity: 1 } },
    });
    renderStaffPage(<ShowcaseScreenPage />, butlerMe, '/showcase/screen?salesCenterId=sc1');
    expect(await screen.findByText('《物业管理条例》要点')).toBeTruthy();
    expect(screen.getByText('业主依法享有物业服务合同约定的服务。')).toBeTruthy();
    await waitFor(() => expect(requests.find((r) => r.path === '/api/showcase/publicity/n1/plays')?.body).toEqual({ salesCenterId: 'sc1' }));
  });

  it('butler: a video item whose file is an uploaded MP4 plays that file', async () => {
    const film = item({ id: 'v2', kind: 'video', title: '管家服务宣传片', body: null, mediaUrl: null, file: { id: 'f9', name: '宣传片.mp4', contentType: 'video/mp4', url: '/api/files/f9' } });
    mockFetch({
      'GET /api/showcase/screen': { body: { salesCenter: center, items: [film] } },
      'POST /api/showcase/publicity/v2/plays': { status: 201, body: { itemId: 'v2', counter: 'played', quantity: 1 } },
    });
    renderStaffPage(<ShowcaseScreenPage />, butlerMe, '/showcase/screen?salesCenterId=sc1');
    const video = await screen.findByTestId('screen-video');
    expect(video.getAttribute('src')).toBe('/api/files/f9');
  });

  it('butler: with nothing published the screen says how to fill it', async () => {
    mockFetch({ 'GET /api/showcase/screen': { body: { salesCenter: center, items: [] } } });
    renderStaffPage(<ShowcaseScreenPage />, butlerMe, '/showcase/screen?salesCenterId=sc1');
    expect(await screen.findByText('暂无已发布的宣传视频或公告')).toBeTruthy();
  });
});
