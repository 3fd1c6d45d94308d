import { Alert, App, Button, Progress, Space, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/form-errors';
import { useRetryBroadcast, type Broadcast } from './api';

/**
 * Where one broadcast stands: its messages being written (done of total), then sent, failed and
 * not sent; or, when the server gave up writing them, the reason and 重试 for those who may send.
 */
export function BroadcastProgress({ broadcast: b }: { broadcast: Broadcast }) {
  const { t } = useTranslation('messaging');
  const { message } = App.useApp();
  const retry = useRetryBroadcast();
  if (b.status === 'failed') {
    return (
      <Space direction="vertical" size={4} style={{ minWidth: 200, maxWidth: 360 }}>
        <Alert type="error" showIcon message={t('expansionFailed', { done: b.expansion.done, total: b.expansion.total ?? '…' })} description={b.failure} />
        {b.allowedActions.includes('retry') && (
          <Button
            size="small"
            icon={<ReloadOutlined />}
            loading={retry.isPending}
            onClick={() =>
              retry.mutate(b.id, {
                onSuccess: () => message.success(t('retried')),
                onError: (error) => message.error(errorMessage(error)),
              })
            }
          >
            {t('retryBroadcast')}
          </Button>
        )}
      </Space>
    );
  }
  if (b.status === 'expanding') {
    return (
      <Space direction="vertical" size={0} style={{ minWidth: 200 }}>
        <Progress percent={b.expansion.total ? Math.round((b.expansion.done * 100) / b.expansion.total) : 0} size="small" status="active" />
        <Typography.Text type="secondary">{t('expanding', { done: b.expansion.done, total: b.expansion.total ?? '…' })}</Typography.Text>
      </Space>
    );
  }
  return (
    <Space direction="vertical" size={0} style={{ minWidth: 200 }}>
      <Progress percent={b.queuedCount ? Math.round(((b.progress.sent + b.progress.failed) * 100) / b.queuedCount) : 100} size="small" status={b.progress.failed ? 'exception' : undefined} />
      <Typography.Text type="secondary">
        {t('sentCount', { sent: b.progress.sent, total: b.queuedCount })} · {t('failedCount', { count: b.progress.failed })} · {t('suppressedCount', { count: b.progress.suppressed })}
      </Typography.Text>
    </Space>
  );
}
