import { PageHeader } from '../../ui/PageHeader';

export function DealsPage() {
  return <PageHeader title="Deals" />;
}
