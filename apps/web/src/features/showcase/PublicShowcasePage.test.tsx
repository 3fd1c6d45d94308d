import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { mockFetch, renderWithApp } from '../../testing/utils';
import { PublicShowcasePage } from './PublicShowcasePage';
import { publicShowcase } from './showcase-fixtures';

afterEach(() => vi.unstubAllGlobals());

const CODE = 'AbCdEfGhIjKlMnOpQrStUvWx';
const render = () =>
  renderWithApp(
    <Routes>
      <Route path="/h5/showcase/:code" element={<PublicShowcasePage />} />
    </Routes>,
    `/h5/showcase/${CODE}`,
  );

describe('public showcase page', () => {
  it('visitor: lists the published material without signing in, opens an item and counts the view', async () => {
    const { requests } = mockFetch({
      [`GET /api/public/showcase/${CODE}`]: { body: publicShowcase },
      [`POST /api/public/showcase/${CODE}/items/n1/views`]: { status: 201, body: { itemId: 'n1', counter: 'viewed', quantity: 1 } },
    });
    render();
    fireEvent.click(await screen.findByText('《物业管理条例》要点'));
    expect(await screen.findByText('业主依法享有物业服务合同约定的服务。')).toBeTruthy();
    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.path.endsWith('/items/n1/views'))).toBe(true));
    expect(requests.some((r) => r.path === '/api/auth/me')).toBe(false);
  });

  it('visitor: a retired or wrong code says the code is no longer valid', async () => {
    mockFetch({});
    render();
    expect(await screen.findByText('二维码已失效')).toBeTruthy();
  });
});
