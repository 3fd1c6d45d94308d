import { App, Badge, Button, Card, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../staff/StatusPages';
import { useAuth } from '../../ui/auth';
import { errorMessage } from '../../ui/form-errors';
import { QueryError } from '../../ui/QueryError';
import { useNotificationStream } from '../notifications/api';
import { isSalesConsultant } from './access';
import { useMyVisits, useReceive, type Visit } from './api';
import './i18n';
import { useBoardStream, useServerClock } from './live';
import { formatTime, StatusTag, TypeTag, VisitorPhone, WaitTimer } from './parts';
import { useSalesCenterChoice } from './sales-center';

/**
 * 我的接待: the consultant's phone page (390 px wide). A hand-off arrives live over the
 * notification stream (and the board stream refreshes the list when the desk acts); the waiting
 * visitor is on top with a big "我已出迎" button. Only the consultant's own visitors are listed.
 */
export function ConsultantPage() {
  const auth = useAuth();
  const { t } = useTranslation('reception');
  if (!isSalesConsultant(auth)) return <Forbidden />;
  return <MyVisitsView title={t('consultant.title')} />;
}

function MyVisitsView({ title }: { title: string }) {
  const { t } = useTranslation('reception');
  const { notification } = App.useApp();
  const choice = useSalesCenterChoice();
  const boardLive = useBoardStream(choice.center?.id);
  const notificationsLive = useNotificationStream((item) => {
    notification.info({ title: item.title, description: item.body, placement: 'bottom', duration: 4 });
  });
  const live = boardLive || notificationsLive;
  const mine = useMyVisits(live);
  const nowMs = useServerClock(mine.data?.now);
  const items = mine.data?.items ?? [];
  const waiting = items.filter((v) => v.status === 'waiting');
  const others = items.filter((v) => v.status !== 'waiting');
  const threshold = mine.data?.alertThresholdSeconds ?? 60;

  return (
    <div style={{ maxWidth: 480, margin: '0 auto', padding: 12, minHeight: '100vh', background: '#f5f5f5', boxSizing: 'border-box' }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Badge status={live ? 'success' : 'error'} text={live ? t('board.live') : t('board.offline')} />
      </Flex>
      {mine.isError && <QueryError error={mine.error} onRetry={() => void mine.refetch()} />}
      {mine.isPending && <Spin style={{ display: 'block', margin: '20vh auto' }} />}

      <Typography.Title level={5}>{t('consultant.handOffs')}</Typography.Title>
      {mine.isSuccess && waiting.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('consultant.noHandOffs')} />}
      <Flex vertical gap={12}>
        {waiting.map((v) => (
          <WaitingCard key={v.id} visit={v} nowMs={nowMs} threshold={threshold} />
        ))}
      </Flex>

      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {t('consultant.today')}
      </Typography.Title>
      {mine.isSuccess && others.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('consultant.noVisits')} />}
      <Flex vertical gap={8}>
        {others.map((v) => (
          <Card key={v.id} size="small">
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text strong>{v.visitorName}</Typography.Text>
              <StatusTag status={v.status} />
            </Flex>
            <Flex gap={8} align="center" wrap>
              <TypeTag type={v.type} />
              <Typography.Text type="secondary">
                {v.appointmentAt ? formatTime(v.appointmentAt) : formatTime(v.checkedInAt)} · {t('visit.party', { count: v.partySize })}
              </Typography.Text>
              {v.visitorPhone && <VisitorPhone visit={v} />}
            </Flex>
          </Card>
        ))}
      </Flex>
    </div>
  );
}

function WaitingCard({ visit, nowMs, threshold }: { visit: Visit; nowMs: number; threshold: number }) {
  const { t } = useTranslation('reception');
  const { message } = App.useApp();
  const receive = useReceive();
  async function comeOut() {
    try {
      await receive.mutateAsync(visit.id);
      message.success(t('consultant.comingOut'));
    } catch (error) {
      message.error(errorMessage(error));
    }
  }
  return (
    <Card size="small" style={{ borderColor: '#fa8c16' }} data-testid={`handoff-${visit.id}`}>
      <Flex justify="space-between" align="center" gap={8}>
        <div>
          <Typography.Text strong style={{ fontSize: 18 }}>
            {t('consultant.waitingFor', { visitor: visit.visitorName })}
          </Typography.Text>
          <div>
            <TypeTag type={visit.type} /> {t('visit.party', { count: visit.partySize })}
          </div>
        </div>
        <WaitTimer visit={visit} nowMs={nowMs} thresholdSeconds={threshold} />
      </Flex>
      <Button type="primary" size="large" block style={{ height: 64, fontSize: 22, marginTop: 12 }} loading={receive.isPending} onClick={() => void comeOut()}>
        {t('consultant.comeOut')}
      </Button>
    </Card>
  );
}
