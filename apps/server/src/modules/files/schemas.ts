import { z } from 'zod';

export const uploadQuery = z.object({ projectId: z.string().min(1).max(64).optional() });
export const fileIdParams = z.object({ id: z.string().min(1).max(64) });

export const fileSchema = z.object({
  id: z.string(),
  projectId: z.string().nullable(),
  originalName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
  url: z.string(),
});
