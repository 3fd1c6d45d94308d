import { z } from 'zod';
import { ROLES } from '@guanjia/domain';

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    name: z.string(),
    kind: z.enum(['staff', 'owner']),
    roles: z.array(z.enum(ROLES)),
    phone: z.string().nullable(),
  }),
  company: z.object({ id: z.string(), name: z.string() }),
  projects: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});
