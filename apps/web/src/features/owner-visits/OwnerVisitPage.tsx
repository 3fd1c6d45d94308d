import { PageHeader } from '../../ui/PageHeader';

export function OwnerVisitPage() {
  return <PageHeader title="定期回访" />;
}
