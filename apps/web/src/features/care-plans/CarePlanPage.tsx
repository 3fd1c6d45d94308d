import { PageHeader } from '../../ui/PageHeader';

export function CarePlanPage() {
  return <PageHeader title="关怀计划" />;
}
