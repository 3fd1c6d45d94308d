import { PageHeader } from '../../ui/PageHeader';

export function OwnerDocumentsPage() {
  return <PageHeader title="OwnerDocuments" />;
}
