import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag, Upload } from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../ui/FormModal';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { calendarApi, calendarKey, parseHolidayFile, type CalendarDay, type CalendarYear, type HolidayFile } from './api';
import { HolidayImportModal } from './HolidayImportModal';
import { YearGrid } from './YearGrid';

const FIRST_YEAR = 2004;

/** The national working-day calendar, kept by the system administrator for the whole installation. */
export function CalendarPage({ initialYear = new Date().getFullYear() }: { initialYear?: number }) {
  const { t } = useTranslation('calendar');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(initialYear);
  const [editing, setEditing] = useState<CalendarDay | null>(null);
  const [importing, setImporting] = useState<HolidayFile | null>(null);
  const query = useQuery({ queryKey: calendarKey(year), queryFn: ({ signal }) => calendarApi.year(year, signal) });
  const data = query.data;
  const byDate = useMemo(() => new Map((data?.days ?? []).map((d) => [d.date, d])), [data]);
  const lastYear = Math.max(new Date().getFullYear() + 3, year);
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => lastYear - i);

  const refresh = (y = year) => queryClient.invalidateQueries({ queryKey: calendarKey(y) });
  async function act(fn: () => Promise<unknown>, done: string) {
    try {
      await fn();
      message.success(done);
      await refresh();
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  async function pickFile(file: File) {
    const parsed = parseHolidayFile(await file.text());
    if (!parsed) message.error(t('notHolidayFile'));
    else {
      setYear(parsed.year);
      setImporting(parsed);
    }
  }

  const openDay = (date: string) => setEditing(byDate.get(date) ?? { date, kind: 'off', name: '' });

  return (
    <>
      <PageHeader
        title={t('title')}
        subTitle={t('subtitle')}
        extra={
          <>
            <Space.Compact>
              <Button icon={<LeftOutlined />} aria-label={t('previousYear')} onClick={() => setYear(year - 1)} disabled={year <= FIRST_YEAR} />
              <Select aria-label={t('year')} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} style={{ width: 96 }} />
              <Button icon={<RightOutlined />} aria-label={t('nextYear')} onClick={() => setYear(year + 1)} />
            </Space.Compact>
            <Upload
              accept=".json,application/json"
              showUploadList={false}
              beforeUpload={(file) => {
                void pickFile(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />}>{t('importFile')}</Button>
            </Upload>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ date: `${year}-`, kind: 'off', name: '' })}>
              {t('addDay')}
            </Button>
          </>
        }
      />
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {data && <YearBanner data={data} onMark={() => act(() => calendarApi.markComplete(year), t('markedComplete', { year }))} onClear={() => act(() => calendarApi.clearComplete(year), t('clearedComplete'))} />}
      <Card loading={query.isPending} style={{ marginBottom: 16 }}>
        <YearGrid year={year} days={byDate} onSelect={openDay} />
      </Card>
      <Card title={t('list')} size="small">
        <Table<CalendarDay>
          rowKey="date"
          size="small"
          pagination={false}
          dataSource={data?.days ?? []}
          locale={{ emptyText: t('empty') }}
          columns={[
            { title: t('date'), dataIndex: 'date' },
            { title: t('kind'), dataIndex: 'kind', render: (kind: CalendarDay['kind']) => (kind === 'off' ? <Tag color="red">{t('offDay')}</Tag> : <Tag color="blue">{t('workDay')}</Tag>) },
            { title: t('name'), dataIndex: 'name' },
            {
              title: t('common:fields.actions'),
              key: 'actions',
              render: (_, day) => (
                <Space>
                  <Button type="link" size="small" onClick={() => setEditing(day)}>
                    {t('common:actions.edit')}
                  </Button>
                  <Popconfirm title={t('removeConfirm', { date: day.date, name: day.name })} onConfirm={() => act(() => calendarApi.removeDay(day.date), t('removed'))}>
                    <Button type="link" size="small" danger>
                      {t('removeDay')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <FormModal<CalendarDay>
        open={editing !== null}
        title={editing && byDate.has(editing.date) ? t('editDay', { date: editing.date }) : t('addDay')}
        initialValues={editing ?? undefined}
        onClose={() => setEditing(null)}
        onSubmit={async (values) => {
          await calendarApi.putDay(values);
          await refresh(Number(values.date.slice(0, 4)));
        }}
      >
        <Form.Item label={t('date')} name="date" extra={t('dateHint')} rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('dateHint') }]}>
          <Input disabled={editing !== null && byDate.has(editing.date)} maxLength={10} />
        </Form.Item>
        <Form.Item label={t('kind')} name="kind" rules={[{ required: true }]}>
          <Select options={[{ value: 'off', label: t('offDay') }, { value: 'work', label: t('workDay') }]} />
        </Form.Item>
        <Form.Item label={t('name')} name="name" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={50} />
        </Form.Item>
      </FormModal>
      <HolidayImportModal
        file={importing}
        existing={importing && data?.year === importing.year ? data.days.length : undefined}
        onClose={() => setImporting(null)}
        onImported={(result) => {
          queryClient.setQueryData(calendarKey(result.year), result);
          setImporting(null);
        }}
      />
    </>
  );
}

/** Says plainly whether the year rests on official data or on the Monday–Friday fallback. */
function YearBanner({ data, onMark, onClear }: { data: CalendarYear; onMark: () => void; onClear: () => void }) {
  const { t } = useTranslation('calendar');
  if (!data.complete) {
    return (
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('noData', { year: data.year })}
        description={data.days.length > 0 ? t('partialHint', { count: data.days.length }) : t('noDataHint')}
        action={
          <Popconfirm title={t('markCompleteConfirm', { year: data.year })} onConfirm={onMark}>
            <Button size="small">{t('markComplete')}</Button>
          </Popconfirm>
        }
      />
    );
  }
  const source = data.source ? t(`sources.${data.source}`) : '';
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('complete', { year: data.year, source })}
      description={data.updatedAt ? t('updatedAt', { at: formatDateTime(data.updatedAt) }) : undefined}
      action={
        <Popconfirm title={t('clearCompleteConfirm', { year: data.year })} onConfirm={onClear}>
          <Button size="small">{t('clearComplete')}</Button>
        </Popconfirm>
      }
    />
  );
}
