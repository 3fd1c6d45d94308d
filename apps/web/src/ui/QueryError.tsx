import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './form-errors';

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('messages.loadFailed', { message: errorMessage(error) })}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('messages.retry')}
          </Button>
        )
      }
    />
  );
}
