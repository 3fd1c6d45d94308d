import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { coverage } from './owner-visit-fixtures';
import { VisitCoverageCard } from './VisitCoverageCard';

afterEach(() => vi.unstubAllGlobals());

const technicianMe: Me = {
  user: { id: 'u-tech', username: 'technician', name: '赵师傅', kind: 'staff', roles: ['technician'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

describe('the home page coverage card', () => {
  it('butler: this quarter’s coverage of their households, the overdue count and the way to the page', async () => {
    mockFetch({ 'GET /api/projects/p1/owner-visit-coverage': { body: coverage({ totals: { visited: 1, assigned: 4, percent: 25, overdue: 3 } }) } });
    renderStaffPage(<VisitCoverageCard />, butlerMe);
    expect(await screen.findByText('1 / 4 户')).toBeTruthy();
    expect(screen.getByText('逾期 3 户')).toBeTruthy();
    expect(screen.getByText('25%')).toBeTruthy();
    expect(screen.getByRole('button', { name: '查看定期回访' })).toBeTruthy();
  });

  it('butler: with nothing assigned it says so', async () => {
    mockFetch({ 'GET /api/projects/p1/owner-visit-coverage': { body: coverage({ totals: { visited: 0, assigned: 0, percent: null, overdue: 0 }, butlers: [] }) } });
    renderStaffPage(<VisitCoverageCard />, butlerMe);
    expect(await screen.findByText('您还没有分管的住户')).toBeTruthy();
  });

  it('technician: no card and no request', () => {
    const { requests } = mockFetch({});
    renderStaffPage(<VisitCoverageCard />, technicianMe);
    expect(screen.queryByText('本季度回访覆盖率')).toBeNull();
    expect(requests).toHaveLength(0);
  });
});
