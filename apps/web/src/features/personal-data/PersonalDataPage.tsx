import { PageHeader } from '../../ui/PageHeader';

export function PersonalDataPage() {
  return <PageHeader title="个人信息保护" />;
}
