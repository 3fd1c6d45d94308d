import { businessDate } from '@guanjia/domain';
import type { AccessCase, MaskingCase, MatrixContext } from './access-matrix.cases.js';
import { all, created, p1, p2 } from './access-matrix.fixtures.js';

/** Far enough ahead for 提前1个工作日预约 whatever day the matrix runs on. */
const bookingDate = () => businessDate(Date.now() + 20 * 86_400_000);

/** A fresh venue, so every row books a slot of its own. */
const scratchVenue = (c: MatrixContext, project: 0 | 1 = 0) =>
  created(c.as('admin').post('/api/venues', { projectId: c.demo.projectIds[project], name: `场地 ${c.unique}`, openTime: '09:00', closeTime: '20:00', slotMinutes: 60, capacity: 10 }));

/** A booking the demo owner made on H5 for their household. */
async function ownerBooking(c: MatrixContext): Promise<string> {
  const venueId = await scratchVenue(c);
  const res = await c.as('owner').post(`/api/venues/${venueId}/bookings`, { date: bookingDate(), start: '09:00', partySize: 2 });
  if (res.statusCode !== 201) throw new Error(`fixture not booked: ${res.statusCode} ${res.body}`);
  return res.json().booking.id;
}

/** A venue of project 1 whose 09:00 slot the butler booked for the demo owner's household. */
async function bookedVenue(c: MatrixContext): Promise<string> {
  const venueId = await scratchVenue(c);
  const res = await c.as('butler').post(`/api/venues/${venueId}/bookings`, { date: bookingDate(), start: '09:00', partySize: 2, householdId: c.demo.ownerHouseholdId });
  if (res.statusCode !== 201) throw new Error(`fixture not booked: ${res.statusCode} ${res.body}`);
  return venueId;
}

/** 会所场地预定: venues, their slots, bookings and cancellations. */
export const venueCases: AccessCase[] = [
  {
    name: 'GET /api/venues?projectId= (project 1)',
    method: 'GET',
    path: (c) => `/api/venues?projectId=${p1(c)}`,
    expect: all(200, { butler2: 404 }),
  },
  {
    name: 'GET /api/venues?projectId= (project 2)',
    method: 'GET',
    path: (c) => `/api/venues?projectId=${p2(c)}`,
    expect: all(404, { admin: 200, regional: 200, butler2: 200 }),
  },
  {
    name: 'POST /api/venues (project 1)',
    method: 'POST',
    path: () => '/api/venues',
    body: (c) => ({ projectId: p1(c), name: `场地 ${c.unique}`, openTime: '09:00', closeTime: '20:00', slotMinutes: 60, capacity: 10 }),
    expect: all(403, { admin: 201, manager: 201 }),
  },
  {
    name: 'POST /api/venues (project 2)',
    method: 'POST',
    path: () => '/api/venues',
    body: (c) => ({ projectId: p2(c), name: `场地 ${c.unique}`, openTime: '09:00', closeTime: '20:00', slotMinutes: 60, capacity: 10 }),
    expect: all(403, { admin: 201, manager: 404 }),
  },
  {
    name: 'PATCH /api/venues/:id (a project-1 venue)',
    method: 'PATCH',
    path: async (c) => `/api/venues/${await scratchVenue(c)}`,
    body: () => ({ capacity: 12 }),
    expect: all(403, { admin: 200, manager: 200 }),
  },
  {
    name: 'PATCH /api/venues/:id (a project-2 venue)',
    method: 'PATCH',
    path: async (c) => `/api/venues/${await scratchVenue(c, 1)}`,
    body: () => ({ capacity: 12 }),
    expect: all(403, { admin: 200, manager: 404 }),
  },
  {
    name: 'GET /api/venues/:id/slots (a project-1 venue)',
    method: 'GET',
    path: async (c) => `/api/venues/${await scratchVenue(c)}/slots?date=${bookingDate()}`,
    expect: all(200, { butler2: 404 }),
  },
  {
    name: 'POST /api/venues/:id/bookings (a project-1 venue, the demo owner household)',
    method: 'POST',
    path: async (c) => `/api/venues/${await scratchVenue(c)}/bookings`,
    body: (c) => ({ date: bookingDate(), start: '09:00', partySize: 2, householdId: c.demo.ownerHouseholdId }),
    expect: all(201, { butler2: 404, technician: 403, sales: 403, marketing: 403 }),
  },
  {
    name: 'POST /api/venue-bookings/:id/cancel (the demo owner’s own booking)',
    method: 'POST',
    path: async (c) => `/api/venue-bookings/${await ownerBooking(c)}/cancel`,
    body: () => ({}),
    expect: all(200, { butler2: 404, technician: 403, sales: 403, marketing: 403 }),
  },
];

export const venueMaskingCases: MaskingCase[] = [
  {
    name: 'GET /api/venues/:id/slots → who holds a booked slot (staff see the household, the owner only that it is theirs)',
    path: async (c) => `/api/venues/${await bookedVenue(c)}/slots?date=${bookingDate()}`,
    pick: (b) => b.slots[0].booking?.householdLabel ?? null,
    expect: { admin: '1号楼 1-101 吴宅', manager: '1号楼 1-101 吴宅', butler: '1号楼 1-101 吴宅', technician: '1号楼 1-101 吴宅', owner: null },
  },
];
