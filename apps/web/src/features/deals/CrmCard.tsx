import { useState } from 'react';
import { Alert, App, Button, Card, Input, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEAL_WEBHOOK_HEADERS } from '@guanjia/domain/deals/index';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { useDealCommands, useWebhookStatus } from './api';

/** What the CRM's developers need to sign a delivery the way the server checks it. */
function signingSample(url: string): string {
  return [
    "const crypto = require('node:crypto');",
    'const body = JSON.stringify({ externalRef: "CRM-1001", buildingCode: "1", unitCode: "1-201", signingDate: "2026-03-01",',
    '  buyer: { name: "张三", phone: "13800001111" }, coBuyers: [{ name: "李四", phone: "13800002222" }] });',
    'const timestamp = String(Math.floor(Date.now() / 1000));',
    "const signature = crypto.createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex');",
    `await fetch('${url}', { method: 'POST', body, headers: {`,
    "  'Content-Type': 'application/json',",
    `  '${DEAL_WEBHOOK_HEADERS.timestamp}': timestamp,`,
    `  '${DEAL_WEBHOOK_HEADERS.delivery}': crypto.randomUUID(),`,
    `  '${DEAL_WEBHOOK_HEADERS.signature}': \`sha256=\${signature}\` } });`,
  ].join('\n');
}

/** CRM 对接: the endpoint, whether a secret is set, rotating it (shown once) and a signing sample. */
export function CrmCard({ projectId }: { projectId: string }) {
  const { t } = useTranslation('deals');
  const { message } = App.useApp();
  const status = useWebhookStatus(projectId, true);
  const { rotateSecret } = useDealCommands();
  const [secret, setSecret] = useState<string | null>(null);
  const url = `${window.location.origin}${status.data?.endpointPath ?? `/api/public/deals/webhook/${projectId}`}`;

  async function rotate() {
    try {
      setSecret((await rotateSecret.mutateAsync(projectId)).secret);
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  return (
    <Card title={t('crm')} size="small" style={{ marginTop: 24 }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('crmIntro')}</Typography.Text>
        <Typography.Text>
          {t('endpoint')}：<Typography.Text code copyable>{url}</Typography.Text>
        </Typography.Text>
        {status.data && (
          <Typography.Text type={status.data.configured ? undefined : 'warning'}>
            {status.data.configured ? t('secretSet', { at: formatDateTime(status.data.rotatedAt), name: status.data.rotatedBy?.name ?? '' }) : t('secretUnset')}
          </Typography.Text>
        )}
        <Popconfirm title={t('rotateConfirm')} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={() => rotate()}>
          <Button loading={rotateSecret.isPending}>{t('rotate')}</Button>
        </Popconfirm>
        {secret && (
          <Alert
            type="warning"
            showIcon
            title={t('secretOnce')}
            description={
              <Typography.Text code copyable>
                {secret}
              </Typography.Text>
            }
          />
        )}
        <Typography.Text strong>{t('sample')}</Typography.Text>
        <Input.TextArea aria-label={t('sample')} readOnly autoSize value={signingSample(url)} style={{ fontFamily: 'monospace' }} />
      </Space>
    </Card>
  );
}
