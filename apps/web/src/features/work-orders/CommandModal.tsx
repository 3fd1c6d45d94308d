import { useTranslation } from 'react-i18next';
import { CommandModal as RecordCommandModal, type CommandModalProps } from '../../ui/CommandModal';

/** A work-order command's form: the shared command modal, saying on a 409 that the order was changed. */
export function CommandModal<V extends object>(props: Omit<CommandModalProps<V>, 'conflictMessage'>) {
  const { t } = useTranslation('workOrders');
  return <RecordCommandModal<V> {...props} conflictMessage={t('conflict')} />;
}
