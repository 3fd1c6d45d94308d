import { Button, DatePicker, Form, Input, Select, Space, Table, Tag, TimePicker } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { FormModal } from '../../ui/FormModal';
import { QueryError } from '../../ui/QueryError';
import { trainingApi, trainingKeys, useCourses, useSessions, useTrainees, type Session } from './api';
import { SessionDrawer } from './SessionDrawer';
import { StatusTag } from './parts';

interface SessionForm {
  courseId: string;
  date: Dayjs;
  time: Dayjs;
  place: string;
  trainerId: string;
  traineeIds: string[];
}

/** The project's sessions, latest first; organisers schedule new ones; a row opens its drawer. */
export function SessionsTab({ projectId, organiser, openId, onOpen }: { projectId: string; organiser: boolean; openId: string | null; onOpen: (id: string | null) => void }) {
  const { t } = useTranslation('training');
  const sessions = useSessions(projectId);
  const courses = useCourses(projectId);
  const trainees = useTrainees(projectId, organiser);
  const client = useQueryClient();
  const [adding, setAdding] = useState(false);
  if (sessions.error) return <QueryError error={sessions.error} onRetry={() => sessions.refetch()} />;
  const people = (trainees.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  return (
    <>
      {organiser && (
        <Space style={{ marginBottom: 16 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('session.add')}
          </Button>
        </Space>
      )}
      <Table<Session>
        rowKey="id"
        loading={sessions.isLoading}
        dataSource={sessions.data ?? []}
        pagination={false}
        onRow={(s) => ({ onClick: () => onOpen(s.id), style: { cursor: 'pointer' } })}
        locale={{ emptyText: <EmptyState hint={t('session.emptyHint')} /> }}
        columns={[
          { title: t('session.date'), dataIndex: 'sessionDate', render: (v: string, s) => `${v} ${s.startTime}` },
          { title: t('session.course'), dataIndex: ['course', 'title'], render: (v: string, s) => <Space>{v}{s.planId && <Tag>{t('session.fromPlan')}</Tag>}</Space> },
          { title: t('session.place'), dataIndex: 'place' },
          { title: t('session.trainer'), dataIndex: ['trainer', 'name'] },
          { title: t('session.trainees'), dataIndex: 'traineeCount', render: (v: number) => t('session.traineeCount', { count: v }) },
          { title: t('session.status'), dataIndex: 'status', render: (v: Session['status']) => <StatusTag status={v} /> },
        ]}
      />
      <SessionDrawer id={openId} onClose={() => onOpen(null)} />
      <FormModal<SessionForm>
        open={adding}
        title={t('session.add')}
        onClose={() => setAdding(false)}
        onSubmit={async (v) => {
          await trainingApi.createSession({
            courseId: v.courseId,
            sessionDate: v.date.format('YYYY-MM-DD'),
            startTime: v.time.format('HH:mm'),
            place: v.place,
            trainerId: v.trainerId,
            traineeIds: v.traineeIds,
          });
          await client.invalidateQueries({ queryKey: trainingKeys.all });
        }}
      >
        <Form.Item name="courseId" label={t('session.course')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={(courses.data ?? []).filter((c) => c.active).map((c) => ({ value: c.id, label: c.title }))} />
        </Form.Item>
        <Space>
          <Form.Item name="date" label={t('session.date')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="time" label={t('session.time')} rules={[{ required: true }]}>
            <TimePicker format="HH:mm" minuteStep={5} />
          </Form.Item>
        </Space>
        <Form.Item name="place" label={t('session.place')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="trainerId" label={t('session.trainer')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={people} />
        </Form.Item>
        <Form.Item name="traineeIds" label={t('session.trainees')} rules={[{ required: true }]}>
          <Select mode="multiple" optionFilterProp="label" options={people} />
        </Form.Item>
      </FormModal>
    </>
  );
}
