import { useState } from 'react';
import { Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface DiffRow {
  key: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function show(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}

/** Field-by-field comparison of an audit entry's before and after snapshots. */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  return keys.map((key) => ({
    key,
    before: b[key],
    after: a[key],
    changed: JSON.stringify(b[key] ?? null) !== JSON.stringify(a[key] ?? null),
  }));
}

export function JsonDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation('audit');
  const [changedOnly, setChangedOnly] = useState(true);
  const all = diffRows(before, after);
  const rows = changedOnly ? all.filter((r) => r.changed) : all;
  const cell = (value: unknown, tone: 'danger' | 'success', changed: boolean) => (
    <Typography.Text type={changed ? tone : undefined} style={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace', fontSize: 12 }}>
      {show(value)}
    </Typography.Text>
  );

  return (
    <div data-testid="audit-diff">
      <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center', marginBottom: 8 }}>
        <Switch size="small" checked={changedOnly} onChange={setChangedOnly} />
        {t('changedOnly')}
      </label>
      <Table<DiffRow>
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('noChanges') }}
        columns={[
          { title: t('field'), dataIndex: 'key', width: 180 },
          { title: t('before'), render: (_, row) => cell(row.before, 'danger', row.changed) },
          { title: t('after'), render: (_, row) => cell(row.after, 'success', row.changed) },
        ]}
      />
    </div>
  );
}
