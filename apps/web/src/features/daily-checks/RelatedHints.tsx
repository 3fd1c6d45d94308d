import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';

/**
 * What the butler looks at for two lines of the checklist: the liaison forms overdue (工作要点 (3))
 * and the outside workers on site (工作要点 (7)), each linking to its page.
 */
export function useRelatedHints(projectId: string): Record<string, ReactNode> {
  const { t } = useTranslation('dailyChecks');
  const forms = useQuery({
    queryKey: ['liaisonForms', 'overdueCount', projectId],
    queryFn: ({ signal }) => api.get<{ total: number }>('/api/liaison-forms', { projectId, overdue: 'true', pageSize: 1 }, signal),
    retry: false,
  });
  const workers = useQuery({
    queryKey: ['externalWorkers', 'onSiteCount', projectId],
    queryFn: ({ signal }) => api.get<{ onSiteCount: number }>(`/api/projects/${projectId}/external-workers`, { onSite: 'true', pageSize: 1 }, signal),
    retry: false,
  });
  const hints: Record<string, ReactNode> = {};
  if (forms.data) hints.liaisonForms = <Link to="/liaison-forms">{t('hints.liaisonForms', { count: forms.data.total })}</Link>;
  if (workers.data) hints.externalWorkers = <Link to="/external-workers">{t('hints.externalWorkers', { count: workers.data.onSiteCount })}</Link>;
  return hints;
}
