import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { canOrganiseTraining, canReadTraining } from './access';
import { CoursesTab } from './CoursesTab';
import { MyTraining } from './MyTraining';
import { PlansTab } from './PlansTab';
import { QuizTaker } from './QuizTaker';
import { QuizzesTab } from './QuizzesTab';
import { RecordsTab } from './RecordsTab';
import { SessionsTab } from './SessionsTab';
import './i18n';

/**
 * 培训管理: organisers and readers work the project's tabs; every trainee has 我的培训. A quiz being
 * taken is named in the address (`?quizId=`), as the quiz notice links.
 */
export function TrainingPage() {
  const { t } = useTranslation('training');
  const auth = useAuth();
  const { project } = useCurrentProject();
  const [params, setParams] = useSearchParams();
  const quizId = params.get('quizId');
  const reader = canReadTraining(auth);
  const organiser = canOrganiseTraining(auth);

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  if (quizId) return <QuizTaker quizId={quizId} onBack={() => setParam('quizId', null)} />;
  const my = { key: 'my', label: t('tabs.my'), children: <MyTraining onTake={(id) => setParam('quizId', id)} /> };
  const items =
    reader && project
      ? [
          { key: 'courses', label: t('tabs.courses'), children: <CoursesTab projectId={project.id} organiser={organiser} /> },
          { key: 'sessions', label: t('tabs.sessions'), children: <SessionsTab projectId={project.id} organiser={organiser} openId={params.get('sessionId')} onOpen={(id) => setParam('sessionId', id)} /> },
          { key: 'quizzes', label: t('tabs.quizzes'), children: <QuizzesTab projectId={project.id} organiser={organiser} onTake={(id) => setParam('quizId', id)} /> },
          { key: 'records', label: t('tabs.records'), children: <RecordsTab projectId={project.id} /> },
          { key: 'plans', label: t('tabs.plans'), children: <PlansTab projectId={project.id} organiser={organiser} /> },
          ...(organiser ? [my] : []),
        ]
      : [my];
  return (
    <>
      <PageHeader title={t('title')} subTitle={t('subtitle')} />
      {reader && !project ? <EmptyState hint={t('noProject')} /> : <Tabs activeKey={params.get('tab') ?? items[0]!.key} onChange={(k) => setParam('tab', k)} items={items} destroyOnHidden />}
    </>
  );
}
