import { PageHeader } from '../../ui/PageHeader';

export function LifeInfoPage() {
  return <PageHeader title="LifeInfo" />;
}
