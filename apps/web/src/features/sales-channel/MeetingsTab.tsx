import { useState } from 'react';
import { Alert, Button, DatePicker, Flex, Form, Input, InputNumber, Select, Space, Table, Tag, TimePicker } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { FormModal } from '../../ui/FormModal';
import { QueryError } from '../../ui/QueryError';
import { canOrganiseJointMeetings } from './access';
import { useCadence, useChannelCommands, useChannelPeople, useJointMeetings, type JointMeeting } from './api';
import { MeetingDrawer } from './MeetingDrawer';
import { DATE_FORMAT, shanghaiToday } from './parts';

interface ScheduleValues {
  meetingDate: Dayjs;
  startTime?: Dayjs | null;
  title?: string;
  location?: string;
  attendeeIds: string[];
  guestNames?: string[];
  agenda?: string;
}

/** 联席会议: the rhythm and the next meeting it asks for, the meetings with their open and overdue items. */
export function MeetingsTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('salesChannel');
  const canOrganise = canOrganiseJointMeetings(useAuth());
  const [params, setParams] = useSearchParams();
  const openId = params.get('meeting');
  const [page, setPage] = useState(1);
  const [modal, setModal] = useState<'schedule' | 'cadence' | null>(null);
  const meetings = useJointMeetings(projectId, page);
  const cadence = useCadence(projectId);
  const people = useChannelPeople(projectId, modal === 'schedule');
  const commands = useChannelCommands();

  function open(id: string | null) {
    const next = new URLSearchParams(params);
    if (id) next.set('meeting', id);
    else next.delete('meeting');
    setParams(next, { replace: true });
  }

  async function schedule(v: ScheduleValues) {
    const m = await commands.schedule(projectId, {
      meetingDate: v.meetingDate.format(DATE_FORMAT),
      startTime: v.startTime ? v.startTime.format('HH:mm') : null,
      title: v.title?.trim() || undefined,
      location: v.location?.trim() || null,
      attendeeIds: v.attendeeIds ?? [],
      guestNames: v.guestNames ?? [],
      agenda: v.agenda?.trim() || null,
    });
    open(m.id);
  }

  const c = cadence.data;
  return (
    <>
      {c && (
        <Alert
          style={{ marginBottom: 12 }}
          type={c.overdue ? 'warning' : 'info'}
          showIcon
          title={
            <Space wrap>
              <span>{t('meetings.cadence')}：</span>
              <span>{c.cadence ? t('meetings.cadenceEvery', { days: c.cadence.everyDays, start: c.cadence.startsOn }) : t('meetings.cadenceNone')}</span>
              {c.nextDueOn && <span>{t('meetings.nextDue', { date: c.nextDueOn })}</span>}
              {c.overdue && <Tag color="red">{t('meetings.overdue')}</Tag>}
            </Space>
          }
          action={
            c.canEdit && (
              <Button size="small" onClick={() => setModal('cadence')}>
                {t('meetings.setCadence')}
              </Button>
            )
          }
        />
      )}
      {canOrganise && (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal('schedule')}>
            {t('meetings.schedule')}
          </Button>
        </Flex>
      )}
      {meetings.isError && <QueryError error={meetings.error} onRetry={() => void meetings.refetch()} />}
      <Table<JointMeeting>
        rowKey="id"
        loading={meetings.isFetching}
        dataSource={meetings.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: 20, total: meetings.data?.total ?? 0, onChange: setPage }}
        locale={{ emptyText: <EmptyState hint={t('meetings.emptyHint')} /> }}
        onRow={(m) => ({ onClick: () => open(m.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('meetings.meetingDate'), key: 'date', render: (_, m) => `${m.meetingDate}${m.startTime ? ` ${m.startTime}` : ''}` },
          { title: t('meetings.mTitle'), dataIndex: 'title' },
          { title: t('meetings.attendees'), key: 'attendees', render: (_, m) => [...m.attendees.map((a) => a.name), ...m.guestNames].join('、') },
          { title: t('meetings.status'), key: 'status', render: (_, m) => <Tag color={m.status === 'finalised' ? 'green' : m.status === 'cancelled' ? 'default' : 'blue'}>{t(`meetingStatus.${m.status}`)}</Tag> },
          { title: t('meetings.openItems'), dataIndex: 'openActionItems' },
          { title: t('meetings.overdueItems'), dataIndex: 'overdueActionItems', render: (n: number) => (n ? <Tag color="red">{n}</Tag> : 0) },
        ]}
      />
      <FormModal<ScheduleValues>
        open={modal === 'schedule'}
        title={t('meetings.schedule')}
        width={640}
        initialValues={{ meetingDate: dayjs(c?.nextDueOn && c.nextDueOn >= shanghaiToday() ? c.nextDueOn : shanghaiToday()), attendeeIds: [] }}
        onClose={() => setModal(null)}
        successMessage={t('meetings.scheduled')}
        onSubmit={schedule}
      >
        <Space align="start" wrap>
          <Form.Item label={t('meetings.meetingDate')} name="meetingDate" rules={[{ required: true }]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item label={t('meetings.startTime')} name="startTime">
            <TimePicker format="HH:mm" minuteStep={5} />
          </Form.Item>
        </Space>
        <Form.Item label={t('meetings.mTitle')} name="title">
          <Input maxLength={200} placeholder={t('meetings.defaultTitle')} />
        </Form.Item>
        <Form.Item label={t('meetings.location')} name="location">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('meetings.attendees')} name="attendeeIds" rules={[{ required: true }]}>
          <Select
            mode="multiple"
            loading={people.isPending}
            optionFilterProp="label"
            options={(people.data ?? []).map((p) => ({ value: p.id, label: `${p.name}（${t(`sides.${p.side}`)}）` }))}
          />
        </Form.Item>
        <Form.Item label={t('meetings.guests')} name="guestNames">
          <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} />
        </Form.Item>
        <Form.Item label={t('meetings.agenda')} name="agenda">
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </FormModal>
      <FormModal<{ everyDays: number; startsOn: Dayjs }>
        open={modal === 'cadence'}
        title={t('meetings.setCadence')}
        initialValues={{ everyDays: c?.cadence?.everyDays ?? 14, startsOn: dayjs(c?.cadence?.startsOn ?? shanghaiToday()) }}
        onClose={() => setModal(null)}
        successMessage={t('meetings.cadenceSaved')}
        onSubmit={(v) => commands.setCadence(projectId, { everyDays: v.everyDays, startsOn: v.startsOn.format(DATE_FORMAT), version: c?.cadence?.version })}
      >
        <Form.Item label={t('meetings.everyDays')} name="everyDays" rules={[{ required: true }]}>
          <InputNumber min={1} max={92} />
        </Form.Item>
        <Form.Item label={t('meetings.startsOn')} name="startsOn" rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </FormModal>
      <MeetingDrawer id={openId} projectId={projectId} onClose={() => open(null)} />
    </>
  );
}
