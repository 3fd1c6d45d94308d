export function InviteQuestionnairePage() {
  return <div />;
}
