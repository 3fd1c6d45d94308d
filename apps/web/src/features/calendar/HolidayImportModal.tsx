import { useState } from 'react';
import { Alert, App, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { errorMessage } from '../../ui/form-errors';
import { calendarApi, type CalendarYear, type HolidayFile } from './api';

/**
 * Shows what a holiday-cn file holds (counts, and how many days it replaces) before it is sent;
 * the server's per-entry problems are listed when it refuses the file.
 */
export function HolidayImportModal(props: { file: HolidayFile | null; existing: number | undefined; onClose: () => void; onImported: (year: CalendarYear) => void }) {
  const { file, existing, onClose, onImported } = props;
  const { t } = useTranslation('calendar');
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[] | null>(null);
  const off = file?.days.filter((d) => d.isOffDay).length ?? 0;
  const work = file ? file.days.length - off : 0;

  function close() {
    setProblems(null);
    onClose();
  }

  async function confirm() {
    if (!file) return;
    setSaving(true);
    setProblems(null);
    try {
      const result = await calendarApi.importYear(file);
      message.success(t('imported', { year: file.year, off, work }));
      setProblems(null);
      onImported(result);
    } catch (error) {
      if (isApiError(error, 400) && error.fields) setProblems(Object.entries(error.fields).map(([field, why]) => `${describe(field, file)}：${why}`));
      else message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={file !== null}
      title={file ? t('importTitle', { year: file.year }) : ''}
      okText={t('importConfirm')}
      cancelText={t('common:actions.cancel')}
      onOk={confirm}
      onCancel={close}
      confirmLoading={saving}
      destroyOnHidden
    >
      {file && (
        <>
          <Typography.Paragraph>{t('importSummary', { year: file.year, off, work })}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('importReplace', { year: file.year, existing: existing ?? '…' })}</Typography.Paragraph>
          {problems && (
            <Alert
              type="error"
              showIcon
              title={t('importProblems')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              }
            />
          )}
        </>
      )}
    </Modal>
  );
}

/** "days.3.date" → "2027-02-06 (date)": the entry's own date says more than its position. */
function describe(field: string, file: HolidayFile): string {
  const match = /^days\.(\d+)\.(\w+)$/.exec(field);
  const entry = match ? file.days[Number(match[1])] : undefined;
  return entry ? `${entry.date} ${entry.name}` : field;
}
