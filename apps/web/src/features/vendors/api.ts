export interface Vendor {
  id: string;
  name: string;
  serviceType: string;
  contactName?: string | null;
  contactPhone?: string | null;
  projectIds: string[];
  version?: number;
}

/** Suggestions only: the contract defines serviceType as free text, so the label itself is stored. */
export const SERVICE_TYPE_SUGGESTIONS = ['cleaning', 'security', 'greening', 'maintenance', 'pestControl', 'elevator'] as const;
