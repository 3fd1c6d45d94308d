export function LifeInfoPage() {
  return <div />;
}
