import { z } from 'zod';
import { pageQuery } from '../../platform/http/paging.js';

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  projectId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const listNotificationsQuery = pageQuery.extend({
  unreadOnly: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
});

export const notificationIdParams = z.object({ id: z.string().min(1).max(64) });

export const unreadCountSchema = z.object({ count: z.number().int() });
