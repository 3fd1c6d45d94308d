import { useState } from 'react';
import { Alert, App, Button, Descriptions, Drawer, Flex, Input, Modal, Popconfirm, Radio, Select, Space, Tag, Timeline, Typography } from 'antd';
import { CopyOutlined, LinkOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../ui/auth';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { RevealPersonalData } from '../../ui/RevealPersonalData';
import { canOnboard } from './access';
import { DEAL_CANCEL_REASONS, type DealCancelReason } from '@guanjia/domain/deals/index';
import { EnterQuestionnaireButton } from '../questionnaires/EnterQuestionnaireDrawer';
import { useDeal, useDealButlers, useDealCommands, type ChecklistItem, type DealDetail } from './api';
import { EditDealDrawer } from './EditDealDrawer';

const STATUS_COLOR = { todo: 'default', done: 'green', notApplicable: 'orange' } as const;

/** One deal: its people, the butler's onboarding checklist, the signing link, the profile, cancelling and the history. */
export function DealDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('deals');
  const { message } = App.useApp();
  const onboarder = canOnboard(useAuth());
  const deal = useDeal(id);
  const d = deal.data;
  const commands = useDealCommands();
  const butlers = useDealButlers(onboarder ? d?.projectId : undefined);
  const [skipping, setSkipping] = useState<ChecklistItem | null>(null);
  const [reason, setReason] = useState('');
  const [cancelling, setCancelling] = useState(false);
  const [cancelReason, setCancelReason] = useState<DealCancelReason | undefined>();
  const [cancelNote, setCancelNote] = useState('');
  const [editing, setEditing] = useState(false);
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const can = (action: string) => Boolean(d?.allowedActions.includes(action));

  const run = async (p: Promise<unknown>, done?: string) => {
    try {
      await p;
      if (done) message.success(done);
      return true;
    } catch (error) {
      message.error(errorMessage(error));
      return false;
    }
  };
  const tick = (item: ChecklistItem, status: ChecklistItem['status'], why?: string) => run(commands.tick.mutateAsync({ dealId: d!.id, item, status, reason: why }));
  async function invite(deal: DealDetail) {
    try {
      const issued = await commands.invite.mutateAsync(deal.buyer.ownerId!);
      setLink({ url: `${window.location.origin}${issued.path}`, expiresAt: issued.expiresAt });
    } catch (error) {
      message.error(errorMessage(error));
    }
  }
  return (
    <Drawer open={Boolean(id)} onClose={onClose} size="large" title={d ? `${d.unit.buildingName} ${d.unit.code} · ${d.buyer.name}` : t('detail')} destroyOnHidden>
      {deal.isError && <QueryError error={deal.error} onRetry={() => void deal.refetch()} />}
      {d && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {d.status === 'cancelled' && <Alert type="warning" showIcon title={`${t('statuses.cancelled')}：${[d.cancelKind ? t(`cancelReasons.${d.cancelKind}`) : null, d.cancelReason].filter(Boolean).join(' · ')}`} />}
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('buyer')}>
              <Space size={4}>
                {d.buyer.name}
                {d.buyer.phone && <RevealPersonalData value={d.buyer.phone} field="phone" subject={{ subjectType: 'deal', dealId: d.id, ownerId: d.buyer.ownerId ?? '' }} canReveal={d.personalDataRevealable && Boolean(d.buyer.ownerId)} />}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('idNumber')}>
              <RevealPersonalData value={d.buyer.idNumber} field="idNumber" subject={{ subjectType: 'deal', dealId: d.id, ownerId: d.buyer.ownerId ?? '' }} canReveal={d.personalDataRevealable && Boolean(d.buyer.ownerId)} />
            </Descriptions.Item>
            <Descriptions.Item label={t('coBuyers')} span={2}>
              {d.coBuyers.length ? (
                <Space size={12} wrap>
                  {d.coBuyers.map((c, i) => (
                    <Space key={c.ownerId ?? i} size={4}>
                      {c.name}
                      {c.phone && <RevealPersonalData value={c.phone} field="phone" subject={{ subjectType: 'deal', dealId: d.id, ownerId: c.ownerId ?? '' }} canReveal={d.personalDataRevealable && Boolean(c.ownerId)} />}
                    </Space>
                  ))}
                </Space>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('signingDate')}>{d.signingDate}</Descriptions.Item>
            <Descriptions.Item label={t('contractNumber')}>{d.contractNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('salesConsultant')}>{d.salesConsultantName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('source')}>{t(`sources.${d.source}`)}</Descriptions.Item>
            <Descriptions.Item label={t('butler')} span={2}>
              {can('assignButler') ? (
                <Select
                  aria-label={t('butler')}
                  style={{ minWidth: 200 }}
                  placeholder={t('chooseButler')}
                  value={d.butler?.id}
                  options={(butlers.data?.items ?? (d.butler ? [d.butler] : [])).map((b) => ({ value: b.id, label: b.name }))}
                  onChange={(butlerId: string) => void run(commands.assignButler.mutateAsync({ deal: d, butlerId }), t('common:messages.saved'))}
                />
              ) : (
                (d.butler?.name ?? t('noButler'))
              )}
            </Descriptions.Item>
          </Descriptions>
          <Space wrap>
            {onboarder && d.status === 'recorded' && d.buyer.ownerId && (
              <Button icon={<LinkOutlined />} loading={commands.invite.isPending} onClick={() => void invite(d)}>
                {t('invite')}
              </Button>
            )}
            <Link to={`/households/${d.householdId}/profile`}>{t('profile')}</Link>
            {can('edit') && <Button onClick={() => setEditing(true)}>{t('edit')}</Button>}
            {can('cancel') && (
              <Button
                danger
                onClick={() => {
                  setCancelReason(undefined);
                  setCancelNote('');
                  setCancelling(true);
                }}
              >
                {t('cancel')}
              </Button>
            )}
          </Space>
          {link && (
            <Alert
              type="info"
              title={t('inviteTitle')}
              description={
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Typography.Text type="secondary">{t('inviteHint')}</Typography.Text>
                  <Space.Compact block>
                    <Input aria-label={t('inviteTitle')} readOnly value={link.url} />
                    <Button icon={<CopyOutlined />} onClick={() => void navigator.clipboard?.writeText(link.url).then(() => message.success(t('copied')))}>
                      {t('copy')}
                    </Button>
                  </Space.Compact>
                  <Typography.Text type="secondary">{t('expiresAt', { at: formatDateTime(link.expiresAt) })}</Typography.Text>
                </Space>
              }
            />
          )}
          <div>
            <Typography.Title level={5}>
              {t('checklist')} <Tag color={d.onboarding.complete ? 'green' : 'blue'}>{`${d.onboarding.done + d.onboarding.notApplicable}/${d.onboarding.total}`}</Tag>
            </Typography.Title>
            {can('tickOnboarding') && (
              <EnterQuestionnaireButton
                size="small"
                projectId={d.projectId}
                householdId={d.householdId}
                owners={[d.buyer, ...d.coBuyers].flatMap((p) => (p.ownerId ? [{ ownerId: p.ownerId, name: p.name }] : []))}
              />
            )}
            {d.checklist.map((item) => (
              <Flex key={item.id} component="section" aria-label={item.label} justify="space-between" align="center" gap={8} style={{ padding: '8px 0', borderBottom: '1px solid rgba(5,5,5,0.06)' }}>
                <div>
                  <Space>
                    {item.label}
                    <Tag color={STATUS_COLOR[item.status]}>{t(`itemStatus.${item.status}`)}</Tag>
                  </Space>
                  {item.status !== 'todo' && (
                    <div>
                      <Typography.Text type="secondary">
                        {[item.reason, item.doneBy ? t('doneBy', { name: item.doneBy.name, at: formatDateTime(item.doneAt) }) : t('doneAutomatically', { at: formatDateTime(item.doneAt) })].filter(Boolean).join(' · ')}
                      </Typography.Text>
                    </div>
                  )}
                </div>
                {can('tickOnboarding') &&
                  (item.status === 'todo' ? (
                    <Space>
                      <Button size="small" type="primary" onClick={() => void tick(item, 'done')}>
                        {t('markDone')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() => {
                          setReason('');
                          setSkipping(item);
                        }}
                      >
                        {t('markNotApplicable')}
                      </Button>
                    </Space>
                  ) : (
                    <Popconfirm title={t('undoConfirm', { label: item.label })} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={() => tick(item, 'todo')}>
                      <Button size="small">{t('undo')}</Button>
                    </Popconfirm>
                  ))}
              </Flex>
            ))}
          </div>
          <div>
            <Typography.Title level={5}>{t('history')}</Typography.Title>
            <Timeline
              items={d.history.map((h) => ({
                key: h.id,
                content: `${formatDateTime(h.at)} ${h.actor?.name ?? 'CRM'} ${t(`historyActions.${h.action}`)}${historyReason(h.data, t)}`,
              }))}
            />
          </div>
        </Space>
      )}
      <Modal
        open={cancelling}
        title={t('cancelTitle')}
        okText={t('cancel')}
        okButtonProps={{ danger: true, disabled: !cancelReason }}
        cancelText={t('common:actions.cancel')}
        onCancel={() => setCancelling(false)}
        onOk={async () => {
          if (d && cancelReason && (await run(commands.cancel.mutateAsync({ deal: d, reason: cancelReason, note: cancelNote.trim() || undefined }), t('cancelled')))) setCancelling(false);
        }}
        destroyOnHidden
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('cancelHint')}</Typography.Text>
          <Radio.Group aria-label={t('cancelReason')} value={cancelReason} onChange={(e) => setCancelReason(e.target.value as DealCancelReason)} options={DEAL_CANCEL_REASONS.map((r) => ({ value: r, label: t(`cancelReasons.${r}`) }))} />
          <Input.TextArea aria-label={t('cancelNote')} placeholder={t('cancelNote')} maxLength={500} value={cancelNote} onChange={(e) => setCancelNote(e.target.value)} />
        </Space>
      </Modal>
      <Modal
        open={Boolean(skipping)}
        title={skipping ? t('notApplicableTitle', { label: skipping.label }) : ''}
        okText={t('common:actions.save')}
        cancelText={t('common:actions.cancel')}
        okButtonProps={{ disabled: !reason.trim() }}
        onCancel={() => setSkipping(null)}
        onOk={async () => {
          if (skipping && (await tick(skipping, 'notApplicable', reason.trim()))) setSkipping(null);
        }}
        destroyOnHidden
      >
        <Input.TextArea aria-label={t('reason')} placeholder={t('reason')} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
      {d && editing && <EditDealDrawer deal={d} open={editing} onClose={() => setEditing(false)} />}
    </Drawer>
  );
}

/** The reason a history row carries: a cancel's reason key shown as its label, an item's free text as is. */
function historyReason(data: Record<string, unknown> | null, t: (key: string) => string): string {
  if (!data?.reason) return '';
  const reason = String(data.reason);
  const label = (DEAL_CANCEL_REASONS as readonly string[]).includes(reason) ? t(`cancelReasons.${reason}`) : reason;
  return `：${[label, data.note ? String(data.note) : null].filter(Boolean).join(' · ')}`;
}
