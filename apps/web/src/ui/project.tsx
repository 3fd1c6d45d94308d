import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useAuth } from './auth';

export const PROJECT_STORAGE_KEY = 'gj.project';

interface ProjectValue {
  project: { id: string; name: string } | null;
  projects: { id: string; name: string }[];
  selectProject: (id: string) => void;
}

const ProjectContext = createContext<ProjectValue | null>(null);

function readStored(): string | null {
  try {
    return window.localStorage.getItem(PROJECT_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The project the staff member is working in; remembered across visits. */
export function ProjectProvider({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const [selectedId, setSelectedId] = useState<string | null>(readStored);
  const selectProject = useCallback((id: string) => {
    setSelectedId(id);
    try {
      window.localStorage.setItem(PROJECT_STORAGE_KEY, id);
    } catch {
      /* storage unavailable: remembered for this page only */
    }
  }, []);
  const value = useMemo<ProjectValue>(() => {
    // A remembered project the user lost access to falls back to the first one.
    const project = me.projects.find((p) => p.id === selectedId) ?? me.projects[0] ?? null;
    return { project, projects: me.projects, selectProject };
  }, [me.projects, selectedId, selectProject]);
  return <ProjectContext.Provider value={value}>{children}</ProjectContext.Provider>;
}

export function useCurrentProject(): ProjectValue {
  const value = useContext(ProjectContext);
  if (!value) throw new Error('useCurrentProject outside ProjectProvider');
  return value;
}
