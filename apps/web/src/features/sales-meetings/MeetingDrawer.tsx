import { useState } from 'react';
import { Button, Descriptions, Drawer, Space, Spin, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../ui/FormModal';
import { QueryError } from '../../ui/QueryError';
import { useMeeting, useMeetingCommands, useOwnerCandidates } from './api';
import { IssueFields, issueInputOf, type IssueValues } from './IssueFields';
import { IssueTable } from './IssueTable';

/** One meeting: attendees and minutes, the issues raised there, and those carried over from earlier meetings. */
export function MeetingDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('salesMeetings');
  const meeting = useMeeting(id);
  const commands = useMeetingCommands();
  const [adding, setAdding] = useState(false);
  const m = meeting.data;
  const owners = useOwnerCandidates(m?.projectId, adding);
  return (
    <Drawer open={id !== null} onClose={onClose} size={820} title={m ? `${m.title} ${m.meetingDate}` : t('detail')} destroyOnHidden>
      {meeting.isError && <QueryError error={meeting.error} onRetry={() => void meeting.refetch()} />}
      {meeting.isPending && id && <Spin />}
      {m && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('meetingDate')}>{m.meetingDate}</Descriptions.Item>
            <Descriptions.Item label={t('attendees')}>{m.attendees.join(t('common:listSeparator'))}</Descriptions.Item>
            <Descriptions.Item label={t('recordedBy')}>{m.recordedBy.name}</Descriptions.Item>
            {m.notes && (
              <Descriptions.Item label={t('notes')}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{m.notes}</Typography.Paragraph>
              </Descriptions.Item>
            )}
          </Descriptions>
          <Space style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('raisedHere')}
            </Typography.Title>
            {m.canEdit && (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {t('addIssue')}
              </Button>
            )}
          </Space>
          <IssueTable issues={m.issues} empty={t('noIssues')} />
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('carried')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('carriedHint')}</Typography.Text>
          <IssueTable issues={m.carriedIssues} empty={t('noCarried')} />
          <FormModal<IssueValues> open={adding} title={t('addIssue')} onClose={() => setAdding(false)} successMessage={t('raised')} onSubmit={(values) => commands.raise(m.id, issueInputOf(values))}>
            <IssueFields owners={owners.data ?? []} />
          </FormModal>
        </Space>
      )}
    </Drawer>
  );
}
