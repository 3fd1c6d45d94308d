import { App, Button, Descriptions, Drawer, Form, Input, Modal, Radio, Space, Table, Timeline } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { trainingApi, trainingKeys, useSession, type Attendance, type SessionDetail } from './api';
import { AttendanceTag, StatusTag } from './parts';

/** One session: its trainees' attendance, history and the buttons the server allows the caller. */
export function SessionDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('training');
  const { message, modal } = App.useApp();
  const session = useSession(id);
  const client = useQueryClient();
  const [recording, setRecording] = useState(false);
  const s = session.data;

  async function run(action: 'hold' | 'cancel', body: Record<string, unknown> = {}) {
    try {
      await trainingApi.transition(s!, action, body);
      message.success(t('session.done'));
      await client.invalidateQueries({ queryKey: trainingKeys.all });
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  function cancel() {
    let reason = '';
    modal.confirm({
      title: t('session.cancelConfirm'),
      content: <Input.TextArea aria-label={t('session.reason')} placeholder={t('session.reason')} onChange={(e) => (reason = e.target.value)} />,
      onOk: async () => {
        if (!reason.trim()) {
          message.error(t('session.reasonRequired'));
          throw new Error('reason');
        }
        await run('cancel', { reason });
      },
    });
  }

  return (
    <Drawer open={Boolean(id)} onClose={onClose} size="large" title={s?.course?.title ?? ''} destroyOnHidden>
      {session.error && <QueryError error={session.error} onRetry={() => session.refetch()} />}
      {s && (
        <Space direction="vertical" style={{ width: '100%' }} size="large">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('session.date')}>{`${s.sessionDate} ${s.startTime}`}</Descriptions.Item>
            <Descriptions.Item label={t('session.place')}>{s.place}</Descriptions.Item>
            <Descriptions.Item label={t('session.trainer')}>{s.trainer?.name}</Descriptions.Item>
            <Descriptions.Item label={t('session.status')}>
              <StatusTag status={s.status} />
              {s.cancelReason}
            </Descriptions.Item>
          </Descriptions>
          <Space>
            {s.allowedActions.includes('hold') && <Button type="primary" onClick={() => run('hold')}>{t('action.hold')}</Button>}
            {s.allowedActions.includes('record') && <Button type="primary" onClick={() => setRecording(true)}>{t('action.record')}</Button>}
            {s.allowedActions.includes('cancel') && <Button danger onClick={cancel}>{t('action.cancel')}</Button>}
          </Space>
          <Table
            rowKey={(r) => r.trainee.id}
            size="small"
            pagination={false}
            dataSource={s.trainees}
            columns={[
              { title: t('session.trainees'), dataIndex: ['trainee', 'name'] },
              { title: t('attendance.present'), dataIndex: 'attendance', render: (v: Attendance | null) => <AttendanceTag value={v} /> },
              { title: t('session.note'), dataIndex: 'note' },
            ]}
          />
          <Timeline
            items={s.history.map((h) => ({ children: `${formatDateTime(h.at)} ${h.actor?.name ?? ''} ${h.toStatus ? t(`status.${h.toStatus}`) : h.action}${h.action === 'cancel' && h.note ? `：${h.note}` : ''}` }))}
          />
          {recording && <AttendanceModal session={s} onClose={() => setRecording(false)} />}
        </Space>
      )}
    </Drawer>
  );
}

function AttendanceModal({ session, onClose }: { session: SessionDetail; onClose: () => void }) {
  const { t } = useTranslation('training');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ rows: { userId: string; status: Attendance; note?: string }[] }>();
  const [saving, setSaving] = useState(false);
  const rows = Form.useWatch('rows', form) ?? [];

  async function save() {
    const { rows: values } = await form.validateFields();
    setSaving(true);
    try {
      await trainingApi.transition(session, 'record', { attendance: values.map((r) => ({ userId: r.userId, status: r.status, note: r.note || null })) });
      message.success(t('session.done'));
      await client.invalidateQueries({ queryKey: trainingKeys.all });
      onClose();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal open title={t('session.recordTitle')} onCancel={onClose} onOk={save} confirmLoading={saving} okText={t('save')} width={640}>
      <Form form={form} initialValues={{ rows: session.trainees.map((x) => ({ userId: x.trainee.id, status: 'present' as const })) }}>
        <Form.List name="rows">
          {(fields) =>
            fields.map((field, i) => (
              <Space key={field.key} align="baseline" wrap>
                <span style={{ minWidth: 120, display: 'inline-block' }}>{session.trainees[i]?.trainee.name}</span>
                <Form.Item name={[field.name, 'status']}>
                  <Radio.Group aria-label={session.trainees[i]?.trainee.name} options={(['present', 'late', 'absent'] as const).map((v) => ({ value: v, label: t(`attendance.${v}`) }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'note']} rules={[{ required: rows[i]?.status === 'absent', message: t('session.noteAbsent') }]}>
                  <Input placeholder={t('session.note')} maxLength={500} />
                </Form.Item>
              </Space>
            ))
          }
        </Form.List>
      </Form>
    </Modal>
  );
}
