import { Button, Empty, List, Tag, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useMyCommands, useMyRelays, type Relay } from '../../features/life-secretary/api';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { PageError, PageLoading } from '../services/ServicePage';

/** 留言转达: what was left for the owner's household; 已收到 confirms it. */
export function RelaySection() {
  const { t } = useTranslation('h5lifeSecretary');
  const relays = useMyRelays();
  const { confirmRelay } = useMyCommands();

  async function confirm(r: Relay) {
    try {
      await confirmRelay.mutateAsync(r);
      Toast.show({ content: t('confirmDone'), icon: 'success' });
    } catch (error) {
      Toast.show({ content: errorMessage(error), icon: 'fail' });
    }
  }

  let body;
  if (relays.isPending) body = <PageLoading />;
  else if (relays.isError) body = <PageError error={relays.error} retry={() => void relays.refetch()} />;
  else if (relays.data.items.length === 0) body = <Empty description={t('relaysEmpty')} />;
  else
    body = relays.data.items.map((r) => (
      <List.Item
        key={r.id}
        data-testid="my-relay"
        description={`${t('from', { name: r.fromName })} · ${formatDateTime(r.createdAt)}`}
        extra={
          r.allowedActions.includes('confirm') ? (
            <Button size="small" color="primary" loading={confirmRelay.isPending && confirmRelay.variables?.id === r.id} onClick={() => void confirm(r)}>
              {t('confirm')}
            </Button>
          ) : (
            <Tag color={r.status === 'confirmed' ? 'success' : 'default'}>{t(`relayStatuses.${r.status}`)}</Tag>
          )
        }
      >
        {r.urgent && (
          <Tag color="danger" style={{ marginRight: 6 }}>
            {t('urgent')}
          </Tag>
        )}
        {r.text}
      </List.Item>
    ));
  return <List header={t('relays')}>{body}</List>;
}
