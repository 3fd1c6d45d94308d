import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from './api';
import { meKey } from './query-client';
import { ADMIN_ROLES, AUDIT_ROLES, type Role } from './roles';

export interface MeUser {
  id: string;
  username: string;
  name: string;
  kind: 'staff' | 'owner';
  roles: string[];
  phone?: string;
}

export interface Me {
  user: MeUser;
  company: { id: string; name: string };
  projects: { id: string; name: string }[];
}

export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/me', undefined, signal);
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: ({ signal }) => fetchMe(signal), staleTime: 5 * 60_000 });
}

export interface AuthValue {
  me: Me;
  hasRole: (...roles: Role[]) => boolean;
  isAdmin: boolean;
  canAudit: boolean;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ me, children }: { me: Me; children: ReactNode }) {
  const value = useMemo<AuthValue>(() => {
    const hasRole = (...roles: Role[]) => roles.some((r) => me.user.roles.includes(r));
    return { me, hasRole, isAdmin: hasRole(...ADMIN_ROLES), canAudit: hasRole(...AUDIT_ROLES) };
  }, [me]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside RequireAuth');
  return value;
}

interface RequireAuthProps {
  kind: MeUser['kind'];
  loginPath: string;
  /** Where a signed-in user of the other kind belongs. */
  otherHome: string;
  loading: ReactNode;
  renderError: (error: unknown, retry: () => void) => ReactNode;
  children: ReactNode;
}

export function RequireAuth({ kind, loginPath, otherHome, loading, renderError, children }: RequireAuthProps) {
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <>{loading}</>;
  if (me.isError) return <>{renderError(me.error, () => void me.refetch())}</>;
  if (!me.data) return <Navigate to={loginPath} replace state={{ from: location.pathname + location.search }} />;
  if (me.data.user.kind !== kind) return <Navigate to={otherHome} replace />;
  return <AuthProvider me={me.data}>{children}</AuthProvider>;
}

export interface Credentials {
  username: string;
  password: string;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: Credentials) => {
      await api.post('/api/auth/login', credentials);
      // The login response lacks company and projects; /api/me has them.
      queryClient.removeQueries();
      const me = await fetchMe();
      queryClient.setQueryData(meKey, me);
      return me;
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await api.post('/api/auth/logout');
      } finally {
        queryClient.clear();
        queryClient.setQueryData(meKey, null);
      }
    },
  });
}
