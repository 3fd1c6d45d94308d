import { App, Button, Drawer, List, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { QueryError } from '../../ui/QueryError';
import { trainingApi, usePersonRecord, useRecords, type PersonRecord, type RecordRow } from './api';
import { AttendanceTag } from './parts';

/** Every trainee's attendance counts, quiz results and required courses still owed; a row opens the person's record. */
export function RecordsTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('training');
  const { message } = App.useApp();
  const records = useRecords(projectId);
  const [personId, setPersonId] = useState<string | null>(null);
  const person = usePersonRecord(projectId, personId);
  if (records.error) return <QueryError error={records.error} onRetry={() => records.refetch()} />;
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Button icon={<DownloadOutlined />} onClick={() => trainingApi.exportRecords(projectId).catch((e) => message.error(errorMessage(e)))}>
          {t('record.export')}
        </Button>
      </Space>
      <Table<RecordRow>
        rowKey={(r) => r.person.id}
        loading={records.isLoading}
        dataSource={records.data ?? []}
        pagination={false}
        onRow={(r) => ({ onClick: () => setPersonId(r.person.id), style: { cursor: 'pointer' } })}
        locale={{ emptyText: <EmptyState hint={t('record.empty')} /> }}
        columns={[
          { title: t('record.person'), dataIndex: ['person', 'name'] },
          { title: t('record.invited'), dataIndex: 'invited' },
          { title: t('record.present'), dataIndex: 'present' },
          { title: t('record.late'), dataIndex: 'late' },
          { title: t('record.absent'), dataIndex: 'absent' },
          { title: t('record.quizzes'), dataIndex: 'quizAttempts' },
          { title: t('record.average'), dataIndex: 'averageScore', render: (v: number | null) => v ?? '—' },
          {
            title: t('record.notYetTaken'),
            dataIndex: 'notYetTaken',
            render: (v: RecordRow['notYetTaken']) => (v.length ? v.map((c) => <Tag key={c.id} color="orange">{c.title}</Tag>) : <Tag color="green">{t('record.allTaken')}</Tag>),
          },
        ]}
      />
      <Drawer open={Boolean(personId)} onClose={() => setPersonId(null)} size="large" title={person.data?.person.name}>
        {person.error && <QueryError error={person.error} />}
        {person.data && <PersonRecordView record={person.data} />}
      </Drawer>
    </>
  );
}

/** One person's record: sessions with attendance, quiz scores, required courses not yet taken. */
export function PersonRecordView({ record }: { record: PersonRecord }) {
  const { t } = useTranslation('training');
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <div>
        <Typography.Title level={5}>{t('record.notYetTaken')}</Typography.Title>
        {record.notYetTaken.length ? record.notYetTaken.map((c) => <Tag key={c.id} color="orange">{c.title}</Tag>) : <Tag color="green">{t('record.allTaken')}</Tag>}
      </div>
      <List
        header={<Typography.Text strong>{t('record.sessions')}</Typography.Text>}
        locale={{ emptyText: t('record.noSessions') }}
        dataSource={record.sessions}
        renderItem={(s) => (
          <List.Item extra={<AttendanceTag value={s.attendance} />}>
            {s.sessionDate} {s.courseTitle} {s.note && <Typography.Text type="secondary">（{s.note}）</Typography.Text>}
          </List.Item>
        )}
      />
      <List
        header={<Typography.Text strong>{t('record.attempts')}</Typography.Text>}
        locale={{ emptyText: t('record.noAttempts') }}
        dataSource={record.attempts}
        renderItem={(a) => (
          <List.Item extra={<Tag color={a.passed ? 'green' : 'red'}>{a.score}</Tag>}>
            {a.quizTitle}
          </List.Item>
        )}
      />
    </Space>
  );
}
