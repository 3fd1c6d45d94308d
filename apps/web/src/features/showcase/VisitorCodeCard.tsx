import { App, Button, Card, QRCode, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { publicShowcasePath, useRegenerateCode, type ShowcaseDetail } from './api';

/** The QR and link of the visitors' H5 page; the manager can change the code when a link leaked. */
export function VisitorCodeCard({ showcase }: { showcase: ShowcaseDetail }) {
  const { t } = useTranslation('showcase');
  const { message, modal } = App.useApp();
  const regenerate = useRegenerateCode(showcase.id);
  const link = `${window.location.origin}${publicShowcasePath(showcase.publicCode)}`;
  return (
    <Card size="small" title={t('plan.visitorCode')}>
      <Space align="start" wrap>
        <QRCode value={link} size={140} />
        <Space direction="vertical">
          <Typography.Text type="secondary">{t('plan.visitorHint')}</Typography.Text>
          <Typography.Link href={publicShowcasePath(showcase.publicCode)} target="_blank" data-testid="visitor-link">
            {link}
          </Typography.Link>
          <Space>
            <Button size="small" onClick={() => void navigator.clipboard?.writeText(link).then(() => message.success(t('plan.copied')))}>
              {t('plan.copyLink')}
            </Button>
            {showcase.canManage && (
              <Button
                size="small"
                danger
                loading={regenerate.isPending}
                onClick={() =>
                  modal.confirm({
                    title: t('plan.regenerateConfirm'),
                    onOk: () => regenerate.mutateAsync().then(() => message.success(t('plan.regenerated'))),
                  })
                }
              >
                {t('plan.regenerate')}
              </Button>
            )}
          </Space>
        </Space>
      </Space>
    </Card>
  );
}
