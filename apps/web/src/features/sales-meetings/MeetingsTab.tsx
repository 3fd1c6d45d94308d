import { useState } from 'react';
import { Button, DatePicker, Divider, Flex, Form, Input, Select, Table, Tag } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { FormModal } from '../../ui/FormModal';
import { QueryError } from '../../ui/QueryError';
import { useMeetingCommands, useMeetings, useOwnerCandidates, type MeetingSummary } from './api';
import { DATE_FORMAT, IssueFields, issueInputOf, type IssueValues } from './IssueFields';
import { MeetingDrawer } from './MeetingDrawer';

interface MeetingValues {
  meetingDate: Dayjs;
  title?: string;
  attendees: string[];
  notes?: string;
  issues?: IssueValues[];
}

/** Today in Shanghai, whatever the device's zone (Shanghai is UTC+8 all year). */
const shanghaiToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The meetings of the project, recording a new one with its issues, and one meeting in a drawer. */
export function MeetingsTab({ projectId, canRecord }: { projectId: string; canRecord: boolean }) {
  const { t } = useTranslation('salesMeetings');
  const [searchParams, setSearchParams] = useSearchParams();
  const openId = searchParams.get('meeting');
  const [page, setPage] = useState(1);
  const [recording, setRecording] = useState(false);
  const meetings = useMeetings(projectId, page);
  const owners = useOwnerCandidates(projectId, recording);
  const commands = useMeetingCommands();

  function open(id: string | null) {
    const params = new URLSearchParams(searchParams);
    if (id) params.set('meeting', id);
    else params.delete('meeting');
    setSearchParams(params, { replace: true });
  }

  async function record(v: MeetingValues) {
    const meeting = await commands.record(projectId, {
      meetingDate: v.meetingDate.format(DATE_FORMAT),
      title: v.title?.trim() || undefined,
      attendees: v.attendees ?? [],
      notes: v.notes?.trim() || null,
      issues: (v.issues ?? []).map(issueInputOf),
    });
    open(meeting.id);
  }

  return (
    <>
      {canRecord && (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            {t('record')}
          </Button>
        </Flex>
      )}
      {meetings.isError && <QueryError error={meetings.error} onRetry={() => void meetings.refetch()} />}
      <Table<MeetingSummary>
        rowKey="id"
        loading={meetings.isFetching}
        dataSource={meetings.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: 20, total: meetings.data?.total ?? 0, onChange: setPage }}
        locale={{ emptyText: <EmptyState hint={canRecord ? t('emptyHint') : t('empty')} /> }}
        onRow={(m) => ({ onClick: () => open(m.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('meetingDate'), dataIndex: 'meetingDate' },
          { title: t('meetingTitle'), dataIndex: 'title' },
          { title: t('attendees'), key: 'attendees', render: (_, m) => m.attendees.join(t('common:listSeparator')) },
          { title: t('issuesRaised'), dataIndex: 'issuesRaised' },
          { title: t('issuesOpen'), dataIndex: 'issuesOpen', render: (n: number) => (n ? <Tag color="orange">{n}</Tag> : 0) },
          { title: t('recordedBy'), key: 'by', render: (_, m) => m.recordedBy.name },
        ]}
      />
      <FormModal<MeetingValues>
        open={recording}
        title={t('record')}
        width={720}
        initialValues={{ meetingDate: dayjs(shanghaiToday()), attendees: [], issues: [] }}
        onClose={() => setRecording(false)}
        successMessage={t('recorded')}
        onSubmit={record}
      >
        <Form.Item label={t('meetingDate')} name="meetingDate" rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} disabledDate={(d: Dayjs) => d.format(DATE_FORMAT) > shanghaiToday()} />
        </Form.Item>
        <Form.Item label={t('meetingTitle')} name="title">
          <Input maxLength={200} placeholder={t('defaultTitle')} />
        </Form.Item>
        <Form.Item label={t('attendees')} name="attendees" extra={t('attendeesHint')}>
          <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} />
        </Form.Item>
        <Form.Item label={t('notes')} name="notes">
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.List name="issues">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <div key={field.key} data-testid="issue-row">
                  <Divider plain>
                    {t('issues')} {field.name + 1}{' '}
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('removeIssue')} onClick={() => remove(field.name)} />
                  </Divider>
                  <IssueFields list={{ name: 'issues', index: field.name }} owners={owners.data ?? []} />
                </div>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add()}>
                {t('addIssue')}
              </Button>
            </>
          )}
        </Form.List>
      </FormModal>
      <MeetingDrawer id={openId} onClose={() => open(null)} />
    </>
  );
}
