import { Button, Form, Input, InputNumber, Select, Space, Switch, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { FileUpload } from '../../ui/FileUpload';
import { FormModal } from '../../ui/FormModal';
import { QueryError } from '../../ui/QueryError';
import { AUDIENCES, TOPICS, trainingApi, trainingKeys, useCourses, type Course } from './api';

/** The project's courses, by the seed's topics; organisers add courses with their materials. */
export function CoursesTab({ projectId, organiser }: { projectId: string; organiser: boolean }) {
  const { t } = useTranslation('training');
  const courses = useCourses(projectId);
  const client = useQueryClient();
  const [adding, setAdding] = useState(false);
  if (courses.error) return <QueryError error={courses.error} onRetry={() => courses.refetch()} />;
  return (
    <>
      {organiser && (
        <Space style={{ marginBottom: 16 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('course.add')}
          </Button>
        </Space>
      )}
      <Table<Course>
        rowKey="id"
        loading={courses.isLoading}
        dataSource={courses.data ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyState hint={t('course.emptyHint')} /> }}
        columns={[
          { title: t('course.title'), dataIndex: 'title', render: (v: string, c) => <Space>{v}{!c.active && <Tag>{t('course.retired')}</Tag>}</Space> },
          { title: t('course.topic'), dataIndex: 'topic', render: (v: Course['topic']) => t(`topic.${v}`) },
          { title: t('course.audience'), dataIndex: 'audience', render: (v: Course['audience']) => t(`audience.${v}`) },
          { title: t('course.duration'), dataIndex: 'durationMinutes', render: (v: number) => t('course.minutes', { count: v }) },
          { title: t('course.required'), dataIndex: 'required', render: (v: boolean) => (v ? <Tag color="blue">{t('course.required')}</Tag> : t('course.optional')) },
          { title: '', dataIndex: 'materialFileIds', render: (v: string[]) => (v.length ? t('course.materials', { count: v.length }) : null) },
        ]}
      />
      <FormModal<Record<string, unknown>>
        open={adding}
        title={t('course.add')}
        initialValues={{ topic: 'postProcedures', audience: 'propertyStaff', durationMinutes: 60, required: false, materialFileIds: [] }}
        onClose={() => setAdding(false)}
        onSubmit={async (v) => {
          await trainingApi.createCourse({ ...v, projectId });
          await client.invalidateQueries({ queryKey: trainingKeys.all });
        }}
      >
        <Form.Item name="title" label={t('course.title')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="topic" label={t('course.topic')} rules={[{ required: true }]}>
          <Select options={TOPICS.map((k) => ({ value: k, label: t(`topic.${k}`) }))} />
        </Form.Item>
        <Form.Item name="audience" label={t('course.audience')} rules={[{ required: true }]}>
          <Select options={AUDIENCES.map((k) => ({ value: k, label: t(`audience.${k}`) }))} />
        </Form.Item>
        <Form.Item name="durationMinutes" label={t('course.duration')} rules={[{ required: true }]}>
          <InputNumber min={5} max={1440} />
        </Form.Item>
        <Form.Item name="required" label={t('course.required')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="description" label={t('course.description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="materialFileIds" label={t('course.materialsLabel')}>
          <FileUpload projectId={projectId} kind="attachments" />
        </Form.Item>
      </FormModal>
    </>
  );
}
