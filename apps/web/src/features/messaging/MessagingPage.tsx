import { PageHeader } from '../../ui/PageHeader';

export function MessagingPage() {
  return <PageHeader title="Messaging" />;
}
