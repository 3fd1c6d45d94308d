import { useState, type ReactNode } from 'react';
import { App, Badge, Button, Card, Col, Drawer, Flex, Result, Row, Space, Spin, Tag, Typography } from 'antd';
import { AlertOutlined, CrownOutlined, FormOutlined, HomeOutlined, QuestionCircleOutlined, ScheduleOutlined, SettingOutlined, TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../staff/StatusPages';
import { KnowledgeSearchBox } from '../knowledge/KnowledgeSearchBox';
import { DrillTimetableStrip } from '../etiquette-drills/DrillTimetableStrip';
import { useAuth } from '../../ui/auth';
import { errorMessage } from '../../ui/form-errors';
import { QueryError } from '../../ui/QueryError';
import { canRecordServices, canUseReception, isReceptionDesk } from './access';
import { useBoard, useHandleAlert, useMarkNoShow, type Board, type HandoffAlert, type Visit } from './api';
import { CheckInModal, type CheckInKind } from './CheckInModal';
import './i18n';
import { useBoardStream, useServerClock } from './live';
import { AccompanimentTag, formatTime, StatusTag, TypeTag, WaitTimer } from './parts';
import { SalesCenterPicker, useSalesCenterChoice } from './sales-center';
import { RecordServiceModal } from './ServiceRecords';
import { VisitDrawer } from './VisitDrawer';

const CHECK_IN_BUTTONS: { kind: CheckInKind; icon: ReactNode; color?: string }[] = [
  { kind: 'appointment', icon: <ScheduleOutlined /> },
  { kind: 'walkIn', icon: <UserAddOutlined /> },
  { kind: 'viewingGroup', icon: <TeamOutlined /> },
  { kind: 'vip', icon: <CrownOutlined />, color: '#d48806' },
];

/**
 * 接待看板: the sales center's tablet (1024×768 or 1280×800), full screen. Today's appointments,
 * visitors on site with a live wait timer that turns red past the alert threshold, VIPs, and the
 * alerts the butler handles; big check-in buttons; live over the board stream.
 */
export function ReceptionBoardPage() {
  const auth = useAuth();
  if (!canUseReception(auth)) return <Forbidden />;
  return <Board />;
}

function Board() {
  const { t } = useTranslation('reception');
  const auth = useAuth();
  const navigate = useNavigate();
  const choice = useSalesCenterChoice();
  const live = useBoardStream(choice.center?.id);
  const board = useBoard(choice.center?.id, live);
  const nowMs = useServerClock(board.data?.now);
  const [checkIn, setCheckIn] = useState<CheckInKind | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [recording, setRecording] = useState(false);
  const desk = isReceptionDesk(auth);
  const recorder = canRecordServices(auth);
  const data = board.data;
  const all = data ? [...data.appointments, ...data.onSite, ...data.vips] : [];
  const open = all.find((v) => v.id === openId) ?? null;

  if (choice.centers.isPending) return <Spin style={{ display: 'block', margin: '30vh auto' }} />;
  if (choice.centers.isError) return <QueryError error={choice.centers.error} onRetry={() => void choice.centers.refetch()} />;
  if (!choice.center) return <Result status="info" title={t('board.noCenter')} extra={<Button onClick={() => navigate('/')}>{t('board.exit')}</Button>} />;

  return (
    <div style={{ minHeight: '100vh', background: '#f0f2f5', padding: 12, boxSizing: 'border-box' }}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap size="middle">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('board.title')} · {data?.salesCenter.name ?? choice.center.name}
          </Typography.Title>
          <SalesCenterPicker list={choice.list} value={choice.center.id} onChange={choice.choose} />
          <Badge status={live ? 'success' : 'error'} text={live ? t('board.live') : t('board.offline')} />
        </Space>
        <Space wrap>
          {data && (
            <Typography.Text type="secondary">
              {data.rotation.next ? t('board.next', { name: data.rotation.next.name }) : t('board.nobodyNext')} · {t('board.departed', { count: data.departedCount })} ·{' '}
              {t('board.threshold', { seconds: data.alertThresholdSeconds })}
            </Typography.Text>
          )}
          <Button icon={<QuestionCircleOutlined />} onClick={() => setAsking(true)}>
            {t('board.ask')}
          </Button>
          {desk && (
            <Button icon={<AlertOutlined />} onClick={() => navigate(`/work-orders/new?kind=complaint&channel=visit&salesCenterId=${choice.center!.id}`)}>
              {t('board.complaint')}
            </Button>
          )}
          {recorder && (
            <Button icon={<FormOutlined />} onClick={() => setRecording(true)}>
              {t('services.recordStandalone')}
            </Button>
          )}
          <Button icon={<SettingOutlined />} onClick={() => navigate('/reception/settings')}>
            {t('board.settings')}
          </Button>
          <Button icon={<HomeOutlined />} onClick={() => navigate('/')}>
            {t('board.exit')}
          </Button>
        </Space>
      </Flex>

      {desk && (
        <Row gutter={12} style={{ marginBottom: 12 }}>
          {CHECK_IN_BUTTONS.map((b) => (
            <Col span={6} key={b.kind}>
              <Button block type="primary" size="large" icon={b.icon} style={{ height: 72, fontSize: 22, background: b.color }} onClick={() => setCheckIn(b.kind)}>
                {t(`checkIn.${b.kind}`)}
              </Button>
            </Col>
          ))}
        </Row>
      )}

      <DrillTimetableStrip salesCenterId={choice.center.id} />
      {board.isError && <QueryError error={board.error} onRetry={() => void board.refetch()} />}
      {!data && board.isPending && <Spin style={{ display: 'block', margin: '20vh auto' }} />}
      {data && <Columns data={data} nowMs={nowMs} desk={desk} onOpen={setOpenId} />}

      <CheckInModal kind={checkIn} salesCenterId={choice.center.id} projectId={choice.center.projectId} rotation={data?.rotation} onClose={() => setCheckIn(null)} />
      <Drawer open={asking} title={t('board.ask')} size="large" onClose={() => setAsking(false)} destroyOnHidden>
        <KnowledgeSearchBox projectId={choice.center.projectId} autoFocus />
      </Drawer>
      <RecordServiceModal open={recording} salesCenterId={choice.center.id} projectId={choice.center.projectId} onClose={() => setRecording(false)} />
      <VisitDrawer visit={open} nowMs={nowMs} thresholdSeconds={data?.alertThresholdSeconds ?? 60} onClose={() => setOpenId(null)} />
    </div>
  );
}

function Column({ title, count, danger, children, empty }: { title: string; count: number; danger?: boolean; children: ReactNode; empty: string }) {
  return (
    <Card
      size="small"
      title={
        <Space>
          {title}
          <Badge count={count} showZero color={danger && count > 0 ? '#cf1322' : '#8c8c8c'} />
        </Space>
      }
      styles={{ body: { maxHeight: 'calc(100vh - 230px)', overflowY: 'auto', padding: 8 } }}
      style={{ height: '100%' }}
    >
      {count === 0 ? (
        <Typography.Text type="secondary" style={{ display: 'block', padding: 16, textAlign: 'center' }}>
          {empty}
        </Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          {children}
        </Flex>
      )}
    </Card>
  );
}

function Columns({ data, nowMs, desk, onOpen }: { data: Board; nowMs: number; desk: boolean; onOpen: (id: string) => void }) {
  const { t } = useTranslation('reception');
  return (
    <Row gutter={12} wrap={false} style={{ alignItems: 'stretch' }}>
      <Col flex="6">
        <Column title={t('board.appointments')} count={data.appointments.length} empty={t('board.noAppointments')}>
          {data.appointments.map((v) => (
            <AppointmentCard key={v.id} visit={v} desk={desk} onOpen={() => onOpen(v.id)} />
          ))}
        </Column>
      </Col>
      <Col flex="8">
        <Column title={t('board.onSite')} count={data.onSite.length} empty={t('board.noOnSite')}>
          {data.onSite.map((v) => (
            <OnSiteCard key={v.id} visit={v} nowMs={nowMs} threshold={data.alertThresholdSeconds} onOpen={() => onOpen(v.id)} />
          ))}
        </Column>
      </Col>
      <Col flex="5">
        <Column title={t('board.vips')} count={data.vips.length} empty={t('board.noVips')}>
          {data.vips.map((v) => (
            <Card key={v.id} size="small" hoverable onClick={() => onOpen(v.id)}>
              <Flex justify="space-between" wrap gap={4}>
                <Typography.Text strong>{v.visitorName}</Typography.Text>
                <StatusTag status={v.status} />
              </Flex>
              <div>
                {v.appointmentAt ? `${formatTime(v.appointmentAt)} · ` : ''}
                {v.consultant.name}
              </div>
              {v.accompaniment.applicable && <AccompanimentTag visit={v} />}
            </Card>
          ))}
        </Column>
      </Col>
      <Col flex="5">
        <Column title={t('board.alerts')} count={data.alerts.length} danger empty={t('board.noAlerts')}>
          {data.alerts.map((a) => (
            <AlertCard key={a.id} alert={a} threshold={data.alertThresholdSeconds} desk={desk} />
          ))}
        </Column>
      </Col>
    </Row>
  );
}

function AppointmentCard({ visit, desk, onOpen }: { visit: Visit; desk: boolean; onOpen: () => void }) {
  const { t } = useTranslation('reception');
  const { message, modal } = App.useApp();
  const noShow = useMarkNoShow();
  return (
    <Card size="small" hoverable onClick={onOpen} data-testid={`appointment-${visit.id}`}>
      <Flex justify="space-between" align="center" gap={4} wrap>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {formatTime(visit.appointmentAt)} {visit.visitorName}
        </Typography.Text>
        {visit.status === 'noShow' ? <Tag>{t('visit.noShow')}</Tag> : <TypeTag type={visit.type} />}
      </Flex>
      <Typography.Text type="secondary">
        {visit.consultant.name} · {t('visit.party', { count: visit.partySize })}
      </Typography.Text>
      {desk && visit.allowedActions.includes('markNoShow') && (
        <div onClick={(e) => e.stopPropagation()}>
          <Button
            size="small"
            type="link"
            style={{ padding: 0 }}
            onClick={() =>
              modal.confirm({
                title: t('visit.markNoShow'),
                content: visit.visitorName,
                onOk: () => noShow.mutateAsync(visit.id).catch((error: unknown) => message.error(errorMessage(error))),
              })
            }
          >
            {t('visit.markNoShow')}
          </Button>
        </div>
      )}
    </Card>
  );
}

function OnSiteCard({ visit, nowMs, threshold, onOpen }: { visit: Visit; nowMs: number; threshold: number; onOpen: () => void }) {
  const { t } = useTranslation('reception');
  return (
    <Card size="small" hoverable onClick={onOpen} data-testid={`onsite-${visit.id}`}>
      <Flex justify="space-between" align="center" gap={8}>
        <div style={{ minWidth: 0 }}>
          <Space size={4} wrap>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {visit.visitorName}
            </Typography.Text>
            <TypeTag type={visit.type} />
            <StatusTag status={visit.status} />
          </Space>
          <div>
            {t('visit.consultant')}：{visit.consultant.name} · {t('visit.party', { count: visit.partySize })}
          </div>
          <Space size={4} wrap style={{ marginTop: 4 }}>
            {visit.journey.map((j, i) => (
              <Tag key={i} color={j.outcome === 'declined' ? 'default' : 'green'} style={{ marginInlineEnd: 0 }}>
                {t(`steps.${j.step}`)}
              </Tag>
            ))}
          </Space>
        </div>
        <WaitTimer visit={visit} nowMs={nowMs} thresholdSeconds={threshold} />
      </Flex>
    </Card>
  );
}

function AlertCard({ alert, threshold, desk }: { alert: HandoffAlert; threshold: number; desk: boolean }) {
  const { t } = useTranslation('reception');
  const { message } = App.useApp();
  const handle = useHandleAlert();
  const act = (how: 'engaged' | 'calledConsultant') =>
    handle.mutateAsync({ id: alert.id, how }).then(
      () => message.success(t(how === 'engaged' ? 'board.handled' : 'board.calledConsultant')),
      (error: unknown) => message.error(errorMessage(error)),
    );
  return (
    <Card size="small" style={{ borderColor: '#ff4d4f', background: '#fff1f0' }} data-testid={`alert-${alert.id}`}>
      <Typography.Text strong style={{ color: '#cf1322' }}>
        {t('board.alertText', { consultant: alert.consultant.name, visitor: alert.visitorName, seconds: threshold })}
      </Typography.Text>
      <div>
        <Typography.Text type="secondary">{formatTime(alert.raisedAt)}</Typography.Text>
      </div>
      {desk && (
        <Flex vertical gap={6} style={{ marginTop: 8 }}>
          <Button type="primary" danger size="large" block loading={handle.isPending && handle.variables?.how === 'engaged'} onClick={() => void act('engaged')}>
            {t('board.handled')}
          </Button>
          <Button block loading={handle.isPending && handle.variables?.how === 'calledConsultant'} onClick={() => void act('calledConsultant')}>
            {t('board.calledConsultant')}
          </Button>
        </Flex>
      )}
    </Card>
  );
}
