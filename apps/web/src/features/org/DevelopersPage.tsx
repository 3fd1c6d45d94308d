import { NamedCodePage } from './NamedCodePage';

export function DevelopersPage() {
  return <NamedCodePage resource="developers" />;
}
