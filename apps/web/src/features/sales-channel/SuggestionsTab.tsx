import { useState } from 'react';
import { Button, DatePicker, Flex, Form, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { SUGGESTION_CATEGORIES, SUGGESTION_STATUSES } from '@guanjia/domain/sales-channel/suggestion-flow';
import type { Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { FileUpload } from '../../ui/FileUpload';
import { FormModal } from '../../ui/FormModal';
import { QueryError } from '../../ui/QueryError';
import { useChannelCommands, useSuggestions, type Suggestion, type SuggestionCategory, type SuggestionFilters, type SuggestionStatus } from './api';
import { DATE_FORMAT, notBeforeToday, OverdueTag, SideTag } from './parts';
import { SuggestionDrawer } from './SuggestionDrawer';

interface RaiseValues {
  category: SuggestionCategory;
  title: string;
  content: string;
  dueDate: Dayjs;
  attachmentIds?: string[];
}

/** 建议与需求: both directions in one list, overdue answers marked; raising one addresses the other side. */
export function SuggestionsTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('salesChannel');
  const [params, setParams] = useSearchParams();
  const openId = params.get('suggestion');
  const [filters, setFilters] = useState<SuggestionFilters>({});
  const [page, setPage] = useState(1);
  const [raising, setRaising] = useState(false);
  const list = useSuggestions(projectId, filters, page);
  const commands = useChannelCommands();

  function open(id: string | null) {
    const next = new URLSearchParams(params);
    if (id) next.set('suggestion', id);
    else next.delete('suggestion');
    setParams(next, { replace: true });
  }
  const filter = (f: SuggestionFilters) => (setFilters((x) => ({ ...x, ...f })), setPage(1));

  async function raise(v: RaiseValues) {
    const s = await commands.raise(projectId, { ...v, dueDate: v.dueDate.format(DATE_FORMAT), attachmentIds: v.attachmentIds ?? [] });
    open(s.id);
  }

  return (
    <>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select<SuggestionStatus | ''>
            aria-label={t('suggestions.status')}
            style={{ width: 140 }}
            value={filters.status ?? ''}
            options={[{ value: '', label: t('suggestions.allStatuses') }, ...SUGGESTION_STATUSES.map((s) => ({ value: s, label: t(`suggestionStatus.${s}`) }))]}
            onChange={(v) => filter({ status: v || undefined })}
          />
          <Select<'' | 'toMySide' | 'fromMySide'>
            aria-label={t('suggestions.from')}
            style={{ width: 140 }}
            value={filters.direction ?? ''}
            options={[
              { value: '', label: t('suggestions.allDirections') },
              { value: 'toMySide', label: t('suggestions.toMySide') },
              { value: 'fromMySide', label: t('suggestions.fromMySide') },
            ]}
            onChange={(v) => filter({ direction: v || undefined })}
          />
          <Space>
            <Switch aria-label={t('suggestions.overdueOnly')} checked={Boolean(filters.overdue)} onChange={(on) => filter({ overdue: on })} />
            <Typography.Text>{t('suggestions.overdueOnly')}</Typography.Text>
          </Space>
        </Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setRaising(true)}>
          {t('suggestions.raise')}
        </Button>
      </Flex>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<Suggestion>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
        locale={{ emptyText: <EmptyState hint={t('suggestions.emptyHint')} /> }}
        onRow={(s) => ({ onClick: () => open(s.id), style: { cursor: 'pointer' } })}
        rowClassName={(s) => (s.overdue ? 'row-overdue' : '')}
        columns={[
          { title: t('suggestions.number'), dataIndex: 'number' },
          { title: t('suggestions.sTitle'), dataIndex: 'title' },
          { title: t('suggestions.category'), dataIndex: 'category', render: (c: SuggestionCategory) => t(`categories.${c}`) },
          { title: t('suggestions.from'), key: 'from', render: (_, s) => <SideTag side={s.raisedBySide} /> },
          { title: t('suggestions.to'), key: 'to', render: (_, s) => <SideTag side={s.addressedTo} /> },
          {
            title: t('suggestions.dueDate'),
            key: 'due',
            render: (_, s) => (
              <Space>
                {s.dueDate}
                <OverdueTag overdue={s.overdue} label={t('suggestions.overdue')} />
              </Space>
            ),
          },
          { title: t('suggestions.status'), key: 'status', render: (_, s) => <Tag>{t(`suggestionStatus.${s.status}`)}</Tag> },
          { title: t('suggestions.raisedBy'), key: 'by', render: (_, s) => s.raisedBy.name },
        ]}
      />
      <FormModal<RaiseValues> open={raising} title={t('suggestions.raise')} width={640} initialValues={{ category: 'serviceQuality' }} onClose={() => setRaising(false)} successMessage={t('suggestions.raised')} onSubmit={raise}>
        <Form.Item label={t('suggestions.category')} name="category" rules={[{ required: true }]}>
          <Select options={SUGGESTION_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))} />
        </Form.Item>
        <Form.Item label={t('suggestions.sTitle')} name="title" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('suggestions.content')} name="content" rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={5} maxLength={4000} />
        </Form.Item>
        <Form.Item label={t('suggestions.dueDate')} name="dueDate" rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} format={DATE_FORMAT} disabledDate={notBeforeToday} />
        </Form.Item>
        <Form.Item label={t('feed.attachments')} name="attachmentIds">
          <FileUpload kind="attachments" projectId={projectId} />
        </Form.Item>
      </FormModal>
      <SuggestionDrawer id={openId} onClose={() => open(null)} />
    </>
  );
}
