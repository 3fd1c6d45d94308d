import { useState } from 'react';
import { Alert, App, Button, DatePicker, Descriptions, Drawer, Form, Input, Popconfirm, Select, Space, Spin, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { CommandModal } from '../../ui/CommandModal';
import { errorMessage } from '../../ui/form-errors';
import { HistoryTimeline } from '../../ui/HistoryTimeline';
import { QueryError } from '../../ui/QueryError';
import { useChannelCommands, useChannelPeople, useJointMeeting, type ActionItem, type ActionItemAction } from './api';
import { ActionItemTable } from './ActionItemTable';
import { DATE_FORMAT } from './parts';

/** One joint meeting: details, the minutes editor until final, its action items and those carried in from earlier meetings. */
export function MeetingDrawer({ id, projectId, onClose }: { id: string | null; projectId: string; onClose: () => void }) {
  const { t } = useTranslation('salesChannel');
  const { message } = App.useApp();
  const detail = useJointMeeting(id);
  const commands = useChannelCommands();
  const [modal, setModal] = useState<'cancel' | 'addItem' | null>(null);
  const [itemStep, setItemStep] = useState<{ item: ActionItem; action: ActionItemAction } | null>(null);
  const [minutes, setMinutes] = useState<string | null>(null);
  const people = useChannelPeople(projectId, modal === 'addItem');
  const m = detail.data;

  async function run(fn: () => Promise<unknown>, done: string) {
    try {
      await fn();
      message.success(done);
      return true;
    } catch (error) {
      message.error(isApiError(error, 409) ? t('meetings.conflict') : errorMessage(error));
      if (isApiError(error, 409)) void detail.refetch();
      return false;
    }
  }

  return (
    <Drawer open={id !== null} onClose={onClose} title={m ? `${t('meetings.detail')} ${m.meetingDate}` : t('meetings.detail')} size={760} destroyOnHidden>
      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.isPending && id && <Spin />}
      {m && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('meetings.mTitle')}>
              {m.title} <Tag>{t(`meetingStatus.${m.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('meetings.meetingDate')}>{`${m.meetingDate}${m.startTime ? ` ${m.startTime}` : ''}${m.location ? ` · ${m.location}` : ''}`}</Descriptions.Item>
            <Descriptions.Item label={t('meetings.attendees')}>
              {[...m.attendees.map((a) => `${a.name}${a.side ? `（${t(`sides.${a.side}`)}）` : ''}`), ...m.guestNames].join('、')}
            </Descriptions.Item>
            {m.agenda && (
              <Descriptions.Item label={t('meetings.agenda')}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{m.agenda}</Typography.Paragraph>
              </Descriptions.Item>
            )}
            {m.cancelReason && <Descriptions.Item label={t('meetings.cancelReason')}>{m.cancelReason}</Descriptions.Item>}
          </Descriptions>
          <Typography.Title level={5}>{t('meetings.minutes')}</Typography.Title>
          {m.canEdit ? (
            <>
              <Input.TextArea aria-label={t('meetings.minutes')} rows={8} maxLength={20000} value={minutes ?? m.minutes ?? ''} onChange={(e) => setMinutes(e.target.value)} />
              <Space wrap>
                <Button disabled={minutes === null} onClick={() => run(() => commands.updateMeeting(m, { minutes: minutes ?? '' }), t('meetings.minutesSaved')).then((ok) => ok && setMinutes(null))}>
                  {t('meetings.saveMinutes')}
                </Button>
                {m.allowedActions.includes('finalise') && (
                  <Popconfirm title={t('meetings.finaliseConfirm')} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={() => run(() => commands.actOnMeeting(m, 'finalise'), t('meetings.finalised'))}>
                    <Button type="primary" disabled={minutes !== null}>
                      {t('meetings.finalise')}
                    </Button>
                  </Popconfirm>
                )}
                {m.allowedActions.includes('cancel') && (
                  <Button danger onClick={() => setModal('cancel')}>
                    {t('meetings.cancel')}
                  </Button>
                )}
              </Space>
            </>
          ) : (
            <>
              {m.status === 'finalised' && <Alert type="success" showIcon title={t('meetings.minutesLocked')} />}
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{m.minutes ?? '—'}</Typography.Paragraph>
            </>
          )}
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('meetings.actionItems')}
            </Typography.Title>
            {m.canEdit && <Button onClick={() => setModal('addItem')}>{t('meetings.addItem')}</Button>}
          </Space>
          <ActionItemTable items={m.actionItems} onStep={(item, action) => setItemStep({ item, action })} />
          {m.carriedItems.length > 0 && (
            <>
              <Typography.Title level={5}>{t('meetings.carried')}</Typography.Title>
              <ActionItemTable items={m.carriedItems} onStep={(item, action) => setItemStep({ item, action })} />
            </>
          )}
          <Typography.Title level={5}>{t('meetings.history')}</Typography.Title>
          <HistoryTimeline
            namespace="salesChannel"
            emptyText={t('meetings.history')}
            colors={{ finalise: 'green', cancel: 'gray', complete: 'green' }}
            hideNoteOf={['edit', 'editMinutes']}
            history={m.history.map((h) => ({ action: h.action, actor: h.actor, from: h.fromStatus, to: h.toStatus, note: h.note, at: h.at }))}
          />
          {modal === 'cancel' && (
            <CommandModal<{ reason: string }>
              title={t('meetings.cancel')}
              okText={t('meetings.cancel')}
              danger
              onClose={() => setModal(null)}
              successMessage={t('meetings.cancelled')}
              onConflict={() => void detail.refetch()}
              conflictMessage={t('meetings.conflict')}
              onSubmit={(v) => commands.actOnMeeting(m, 'cancel', v.reason)}
            >
              <Form.Item label={t('meetings.cancelReason')} name="reason" rules={[{ required: true, whitespace: true }]}>
                <Input.TextArea rows={3} maxLength={500} />
              </Form.Item>
            </CommandModal>
          )}
          {modal === 'addItem' && (
            <CommandModal<{ description: string; ownerId: string; dueDate: Dayjs }>
              title={t('meetings.addItem')}
              okText={t('common:actions.save')}
              onClose={() => setModal(null)}
              successMessage={t('meetings.addItem')}
              onConflict={() => void detail.refetch()}
              conflictMessage={t('meetings.conflict')}
              onSubmit={(v) => commands.addActionItem(m.id, { description: v.description, ownerId: v.ownerId, dueDate: v.dueDate.format(DATE_FORMAT) })}
            >
              <Form.Item label={t('meetings.description')} name="description" rules={[{ required: true, whitespace: true }]}>
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
              <Form.Item label={t('meetings.owner')} name="ownerId" rules={[{ required: true }]}>
                <Select showSearch optionFilterProp="label" options={(people.data ?? []).map((p) => ({ value: p.id, label: `${p.name}（${t(`sides.${p.side}`)}）` }))} />
              </Form.Item>
              <Form.Item label={t('meetings.dueDate')} name="dueDate" rules={[{ required: true }]}>
                <DatePicker style={{ width: '100%' }} format={DATE_FORMAT} disabledDate={(d: Dayjs) => d.format(DATE_FORMAT) < m.meetingDate} />
              </Form.Item>
            </CommandModal>
          )}
          {itemStep && (
            <CommandModal<{ note: string }>
              title={t(`meetings.${itemStep.action}`)}
              okText={t(`meetings.${itemStep.action}`)}
              onClose={() => setItemStep(null)}
              successMessage={t(`meetings.${itemStep.action}`)}
              onConflict={() => void detail.refetch()}
              conflictMessage={t('meetings.conflict')}
              onSubmit={(v) => commands.actOnItem(itemStep.item, itemStep.action, v.note)}
            >
              <Typography.Paragraph>{itemStep.item.description}</Typography.Paragraph>
              <Form.Item label={t(itemStep.action === 'complete' ? 'meetings.doneNote' : 'meetings.reopenReason')} name="note" rules={[{ required: true, whitespace: true, message: t('meetings.noteRequired') }]}>
                <Input.TextArea rows={3} maxLength={1000} />
              </Form.Item>
            </CommandModal>
          )}
        </Space>
      )}
    </Drawer>
  );
}
