import { useAuth } from '../../ui/auth';
import { useMyHouseholds, type Household } from '../../features/org/api';

export interface OwnerHouseholds {
  households: Household[];
  /** The project whose catalog the owner sees: their (first) home's. */
  projectId: string | undefined;
  isPending: boolean;
  label: (h: Household) => string;
}

export function useOwnerHouseholds(): OwnerHouseholds {
  const { me } = useAuth();
  const mine = useMyHouseholds();
  const households = mine.data?.items ?? [];
  const label = (h: Household) =>
    [me.projects.find((p) => p.id === h.projectId)?.name, h.unit.buildingName, h.unit.code].filter(Boolean).join(' · ');
  return { households, projectId: households[0]?.projectId, isPending: mine.isPending, label };
}
