import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { SEED_CATEGORY_HEADINGS } from '../../testing/catalog';
import { mockFetch } from '../../testing/utils';
import { catalog, myHouseholds, ownerMe, renderH5 } from './test-fixtures';

afterEach(() => vi.unstubAllGlobals());

describe('owner H5: butler-service catalog', () => {
  it('owner: sees the eleven categories in the seed\'s order, and an item\'s note and price', async () => {
    const { requests } = mockFetch({
      'GET /api/me': { body: ownerMe },
      'GET /api/households/mine': { body: myHouseholds },
      'GET /api/service-catalog': { body: catalog },
    });
    renderH5('/h5/services');
    await waitFor(() => expect(screen.getAllByTestId('service-category')).toHaveLength(11));
    expect(screen.getAllByTestId('service-category').map((c) => c.textContent)).toEqual(SEED_CATEGORY_HEADINGS);
    expect(requests.find((r) => r.path === '/api/service-catalog')?.search.get('projectId')).toBe('p1');

    // The first category is open; its booking item shows the note as printed.
    expect(await screen.findByText('提前1个工作日预约')).toBeTruthy();
    fireEvent.click(screen.getByText('三、家政服务'));
    expect(await screen.findByText('地毯清洗')).toBeTruthy();
    expect(screen.getByText('¥15.00/平方米')).toBeTruthy();
    expect(screen.getByText('按报价收费')).toBeTruthy();
    // Where the seed prints no note, the inherited lead time still shows.
    expect(screen.getAllByText('提前1个工作日预约')).toHaveLength(2);

    // 维修 items may also be reported as a fault now.
    fireEvent.click(screen.getByText('八、维修服务'));
    expect(await screen.findByRole('button', { name: '报修' })).toBeTruthy();
  });

  it('owner: without a linked home is told to contact the butler instead of an empty list', async () => {
    mockFetch({
      'GET /api/me': { body: ownerMe },
      'GET /api/households/mine': { body: { items: [] } },
    });
    renderH5('/h5/services');
    expect(await screen.findByText(/尚未关联房屋/)).toBeTruthy();
  });
});
