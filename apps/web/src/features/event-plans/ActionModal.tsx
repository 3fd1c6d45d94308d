import { useTranslation } from 'react-i18next';
import { CommandModal, type CommandModalProps } from '../../ui/CommandModal';

/** An event-plan command's form: the shared command modal, saying on a 409 that the plan was changed. */
export function ActionModal<V extends object>(props: Omit<CommandModalProps<V>, 'conflictMessage'>) {
  const { t } = useTranslation('eventPlans');
  return <CommandModal<V> {...props} conflictMessage={t('conflict')} />;
}
