import { uuidv7 } from '@guanjia/domain';
import { emptyProfile, type ProfileTag } from '@guanjia/domain/service-profiles/index';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newRowStamp } from '../../platform/db/transaction.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { expandBroadcast } from './expand-broadcast.js';
import { generateHouseholds } from './messaging-test-kit.js';

// Monday 2026-03-02, 14:00 in Shanghai.
const NOW = new Date('2026-03-02T06:00:00Z');

let t: TestApp;
let p1: string;
let ownerIds: string[];
let householdOf: Map<string, string>;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
  ({ ownerIds } = await generateHouseholds(t.ctx.db, t.demo, { buildings: 1, perBuilding: 40, withPhone: (i) => i !== 3 }));
  const members = await t.ctx.db.selectFrom('household_members').select(['owner_id', 'household_id']).where('owner_id', 'in', ownerIds).execute();
  householdOf = new Map(members.map((m) => [m.owner_id, m.household_id]));
  // Owners 0–9: elderly households (the butler's record); 10–14: holiday homes; 15–17: holiday homes only by
  // a questionnaire whose respondent never consented, so staff may not use it; owner 3 has no phone, owner 5 opted out.
  const rows = ownerIds.slice(0, 18).map((ownerId, i) => {
    const tags: ProfileTag[] = i < 10 ? ['elderly'] : ['holidayHome'];
    const hidden = i >= 15;
    return {
      id: uuidv7(),
      company_id: t.demo.companyId,
      project_id: p1,
      household_id: householdOf.get(ownerId)!,
      recorded: JSON.stringify({ ...emptyProfile(), tags: hidden ? [] : tags }),
      answered: hidden ? JSON.stringify({ ...emptyProfile(), tags }) : null,
      answered_response_id: null,
      answered_owner_id: hidden ? ownerId : null,
      answered_at: null,
      ...newRowStamp(),
    };
  });
  await t.ctx.db.insertInto('service_profiles').values(rows).execute();
  // The demo household counts as elderly by its questionnaire's members; take it out of these sums.
  await t.ctx.db.updateTable('service_profiles').set({ recorded: JSON.stringify(emptyProfile()), answered: null }).where('household_id', '=', t.demo.ownerHouseholdId).execute();
  await t.ctx.db.insertInto('message_opt_outs').values({ id: uuidv7(), company_id: t.demo.companyId, project_id: p1, owner_id: ownerIds[5]!, topic: 'weather', channel: 'sms', created_by: null, created_at: NOW.toISOString() }).execute();
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const audience = (tags: string, extra = '') => t.as('butler').get(`/api/messaging/audience?projectId=${p1}&topic=weather&channel=sms&tags=${tags}${extra}`);

describe('broadcast audience by profile care tags', () => {
  it('butler: counts before sending — only elderly households, only holiday homes, either; hidden answers do not count', async () => {
    const elderly = await audience('elderly');
    expect(elderly.statusCode, elderly.body).toBe(200);
    expect(elderly.json()).toEqual({ audience: 10, optedOut: 1, unreachable: 1, reachable: 8 });
    expect((await audience('holidayHome')).json()).toEqual({ audience: 5, optedOut: 0, unreachable: 0, reachable: 5 });
    expect((await audience('elderly,holidayHome')).json().audience).toBe(15);
    expect((await audience('pets')).json()).toEqual({ audience: 0, optedOut: 0, unreachable: 0, reachable: 0 });
    expect((await audience('dragons')).statusCode).toBe(400);
    // Combined with a building: the generated building holds every tagged household.
    const building = (await t.ctx.db.selectFrom('units').select('building_id').innerJoin('households', 'households.unit_id', 'units.id').where('households.id', '=', householdOf.get(ownerIds[10]!)!).executeTakeFirstOrThrow()).building_id;
    expect((await audience('holidayHome', `&buildingIds=${building}`)).json().audience).toBe(5);
  });

  it('butler: a holiday-home broadcast reaches exactly the counted households, expanded in chunks of two', async () => {
    const before = (await audience('holidayHome')).json();
    const res = await t.as('butler').post('/api/messaging/broadcasts', { projectId: p1, tags: ['holidayHome'], topic: 'weather', channel: 'sms', text: '台风来临，请检查空置房屋门窗。', idempotencyKey: 'tags-holiday-1' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ tags: ['holidayHome'], status: 'expanding' });
    const run = await expandBroadcast(t.ctx.db, res.json().id, { chunkSize: 2 });
    expect(run).toEqual({ chunks: 3, finished: true });
    const b = (await t.as('butler').get(`/api/messaging/broadcasts/${res.json().id}`)).json();
    expect(b).toMatchObject({ status: 'queued', audienceCount: before.audience, queuedCount: before.reachable, expansion: { done: 5, total: 5 } });
    const reached = await t.ctx.db.selectFrom('messages').select('owner_id').where('broadcast_id', '=', res.json().id).execute();
    expect(reached.map((m) => m.owner_id).sort()).toEqual(ownerIds.slice(10, 15).sort());
    // A repost with the same key adds nothing.
    expect((await t.as('butler').post('/api/messaging/broadcasts', { projectId: p1, tags: ['holidayHome'], topic: 'weather', channel: 'sms', text: '台风来临，请检查空置房屋门窗。', idempotencyKey: 'tags-holiday-1' })).statusCode).toBe(200);
    expect(await t.ctx.db.selectFrom('broadcast_households').select('household_id').where('broadcast_id', '=', res.json().id).execute()).toHaveLength(5);
  });

  it('visibility: another project’s butler 404, the technician 403', async () => {
    expect((await t.as('butler2').get(`/api/messaging/audience?projectId=${p1}&topic=weather&channel=sms&tags=elderly`)).statusCode).toBe(404);
    expect((await t.as('technician').get(`/api/messaging/audience?projectId=${p1}&topic=weather&channel=sms&tags=elderly`)).statusCode).toBe(403);
  });
});
