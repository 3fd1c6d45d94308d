import { PageHeader } from '../../ui/PageHeader';

export function ServiceProfilePage() {
  return <PageHeader title="ServiceProfiles" />;
}
