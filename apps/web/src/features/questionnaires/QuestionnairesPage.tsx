import { PageHeader } from '../../ui/PageHeader';

export function QuestionnairesPage() {
  return <PageHeader title="Questionnaires" />;
}
