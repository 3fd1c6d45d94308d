import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, List, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DUTY_SHIFTS, type DutyShift } from '@guanjia/domain/showcase/showcase-post';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { FormModal } from '../../ui/FormModal';
import { canEditShowcase } from './access';
import { useAddExplainer, useAssignDuty, useProjectStaff, useRecordTraining, type Explainer, type ShowcaseDetail } from './api';

type Open = { kind: 'add' } | { kind: 'training'; explainer: Explainer } | { kind: 'duty' } | null;

/** 形象岗 (4.5.3): today's explainer, the roster with its training, and the duty roster. */
export function PostTab({ showcase, projectId }: { showcase: ShowcaseDetail; projectId: string }) {
  const { t } = useTranslation('showcase');
  const auth = useAuth();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const shift = (s: DutyShift) => t(`post.shifts.${s}`);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card size="small" title={t('post.today')} data-testid="today-on-duty">
        {showcase.todayOnDuty.length ? (
          <Space wrap>
            {showcase.todayOnDuty.map((d) => (
              <Tag key={d.id} color="blue">
                {shift(d.shift)} · {d.explainer.name}
              </Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('post.nobodyToday')}</Typography.Text>
        )}
      </Card>
      <Card
        size="small"
        title={t('post.roster')}
        extra={
          <Space>
            {canEditShowcase(auth) && showcase.explainers.length > 0 && <Button onClick={() => setOpen({ kind: 'duty' })}>{t('post.assign')}</Button>}
            {showcase.canManage && (
              <Button type="primary" onClick={() => setOpen({ kind: 'add' })}>
                {t('post.add')}
              </Button>
            )}
          </Space>
        }
      >
        {showcase.explainers.length === 0 ? (
          <EmptyState hint={`${t('post.empty')}。${t('post.emptyHint')}`} />
        ) : (
          <Table<Explainer>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={showcase.explainers}
            columns={[
              { title: t('post.name'), render: (_, e) => e.user.name },
              {
                title: t('post.training'),
                render: (_, e) => (e.trained ? t('post.trained', { date: e.trainedOn, trainer: e.trainer }) : <Typography.Text type="danger">{t('post.untrained')}</Typography.Text>),
              },
              {
                title: '',
                render: (_, e) =>
                  showcase.canManage && (
                    <Button size="small" onClick={() => setOpen({ kind: 'training', explainer: e })}>
                      {t('post.recordTraining')}
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </Card>
      <Card size="small" title={t('post.duties')}>
        <List
          size="small"
          locale={{ emptyText: t('post.noDuties') }}
          dataSource={showcase.duties}
          renderItem={(d) => (
            <List.Item>
              {d.dutyDate} · {shift(d.shift)} · {d.explainer.name}
            </List.Item>
          )}
        />
      </Card>
      {open?.kind === 'add' && <AddExplainerModal showcase={showcase} projectId={projectId} onClose={close} />}
      {open?.kind === 'training' && <TrainingModal showcase={showcase} explainer={open.explainer} onClose={close} />}
      {open?.kind === 'duty' && <DutyModal showcase={showcase} onClose={close} />}
    </Space>
  );
}

function AddExplainerModal({ showcase, projectId, onClose }: { showcase: ShowcaseDetail; projectId: string; onClose: () => void }) {
  const { t } = useTranslation('showcase');
  const staff = useProjectStaff(projectId);
  const add = useAddExplainer(showcase.id);
  const onRoster = new Set(showcase.explainers.map((e) => e.user.id));
  return (
    <FormModal<{ userId: string; trainedOn?: Dayjs | null; trainer?: string }>
      open
      title={t('post.addTitle')}
      onClose={onClose}
      successMessage={t('post.saved')}
      onSubmit={(v) => add.mutateAsync({ userId: v.userId, trainedOn: v.trainedOn?.format('YYYY-MM-DD'), trainer: v.trainer || undefined })}
    >
      <Form.Item name="userId" label={t('post.user')} rules={[{ required: true }]}>
        <Select
          showSearch
          optionFilterProp="label"
          loading={staff.isPending}
          options={(staff.data?.items ?? []).filter((u) => !onRoster.has(u.id)).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item name="trainedOn" label={t('post.trainedOn')}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="trainer" label={t('post.trainer')}>
        <Input maxLength={100} />
      </Form.Item>
    </FormModal>
  );
}

function TrainingModal({ showcase, explainer, onClose }: { showcase: ShowcaseDetail; explainer: Explainer; onClose: () => void }) {
  const { t } = useTranslation('showcase');
  const record = useRecordTraining(showcase.id);
  return (
    <FormModal<{ trainedOn: Dayjs; trainer: string }>
      open
      title={`${t('post.trainingTitle')} · ${explainer.user.name}`}
      initialValues={{ trainedOn: explainer.trainedOn ? dayjs(explainer.trainedOn) : undefined, trainer: explainer.trainer ?? '' }}
      onClose={onClose}
      successMessage={t('post.saved')}
      onSubmit={(v) => record.mutateAsync({ explainerId: explainer.id, trainedOn: v.trainedOn.format('YYYY-MM-DD'), trainer: v.trainer, version: explainer.version })}
    >
      <Form.Item name="trainedOn" label={t('post.trainedOn')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="trainer" label={t('post.trainer')} rules={[{ required: true }]}>
        <Input maxLength={100} />
      </Form.Item>
    </FormModal>
  );
}

function DutyModal({ showcase, onClose }: { showcase: ShowcaseDetail; onClose: () => void }) {
  const { t } = useTranslation('showcase');
  const assign = useAssignDuty(showcase.id);
  return (
    <FormModal<{ explainerId: string; dutyDate: Dayjs; shift: DutyShift }>
      open
      title={t('post.assignTitle')}
      initialValues={{ shift: 'fullDay' }}
      onClose={onClose}
      successMessage={t('post.saved')}
      onSubmit={(v) => assign.mutateAsync({ ...v, dutyDate: v.dutyDate.format('YYYY-MM-DD') })}
    >
      <Form.Item name="explainerId" label={t('post.explainer')} rules={[{ required: true }]}>
        <Select options={showcase.explainers.map((e) => ({ value: e.id, label: e.trained ? e.user.name : `${e.user.name}（${t('post.untrained')}）` }))} />
      </Form.Item>
      <Form.Item name="dutyDate" label={t('post.dutyDate')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="shift" label={t('post.shift')} rules={[{ required: true }]}>
        <Select options={DUTY_SHIFTS.map((s) => ({ value: s, label: t(`post.shifts.${s}`) }))} />
      </Form.Item>
    </FormModal>
  );
}
