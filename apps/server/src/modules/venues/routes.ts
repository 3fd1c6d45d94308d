import { z } from 'zod';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import './messages.js';
import { bookVenueSlot } from './book-venue-slot.js';
import { cancelVenueBooking } from './cancel-venue-booking.js';
import { createVenue } from './create-venue.js';
import { getVenueSlots } from './get-venue-slots.js';
import { listVenues } from './list-venues.js';
import { presentVenue } from './present-venue.js';
import { presentVenueBooking } from './present-venue-booking.js';
import {
  bookingResultSchema,
  bookingSchema,
  bookVenueBody,
  cancelBookingBody,
  createVenueBody,
  listVenuesQuery,
  slotsQuery,
  slotsSchema,
  updateVenueBody,
  venueParams,
  venueSchema,
} from './schemas.js';
import { updateVenue } from './update-venue.js';
import { VENUE_ADMIN_ROLES, VENUE_BOOKER_ROLES } from './venue-access.js';

const tags = ['venues'];
const venueAdminsOnly = rolesOnly(...VENUE_ADMIN_ROLES);
const bookersOnly = rolesOnly(...VENUE_BOOKER_ROLES);

export async function venueRoutes(app: App, ctx: AppContext) {
  app.get('/api/venues', { schema: { tags, querystring: listVenuesQuery, response: { 200: z.object({ items: z.array(venueSchema) }) } } }, async (req) => ({
    items: (await listVenues(ctx.db, actorOf(req), req.query.projectId)).map(presentVenue),
  }));

  app.post('/api/venues', { preValidation: venueAdminsOnly, schema: { tags, body: createVenueBody, response: { 201: venueSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const venue = await inTransaction(ctx.db, (trx) => createVenue(trx, actor, req.body));
    return reply.status(201).send(presentVenue(venue));
  });

  app.patch(
    '/api/venues/:id',
    { preValidation: venueAdminsOnly, schema: { tags, params: venueParams, body: updateVenueBody, response: { 200: venueSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return presentVenue(await inTransaction(ctx.db, (trx) => updateVenue(trx, actor, req.params.id, req.body)));
    },
  );

  app.get('/api/venues/:id/slots', { schema: { tags, params: venueParams, querystring: slotsQuery, response: { 200: slotsSchema } } }, async (req) =>
    getVenueSlots(ctx.db, actorOf(req), req.params.id, req.query.date),
  );

  app.post(
    '/api/venues/:id/bookings',
    { preValidation: bookersOnly, schema: { tags, params: venueParams, body: bookVenueBody, response: { 201: bookingResultSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const result = await inTransaction(ctx.db, (trx) => bookVenueSlot(trx, actor, req.params.id, req.body));
      publishNotifications(ctx.notifier, result.notifications);
      return reply.status(201).send({ booking: presentVenueBooking(result.booking), workOrder: result.workOrder });
    },
  );

  app.post(
    '/api/venue-bookings/:id/cancel',
    { preValidation: bookersOnly, schema: { tags, params: venueParams, body: cancelBookingBody, response: { 200: bookingSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return presentVenueBooking(await inTransaction(ctx.db, (trx) => cancelVenueBooking(trx, actor, req.params.id, req.body)));
    },
  );
}
