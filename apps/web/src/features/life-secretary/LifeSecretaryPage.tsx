import { PageHeader } from '../../ui/PageHeader';

export function LifeSecretaryPage() {
  return <PageHeader title="生活秘书" />;
}
