import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { formatDateTime } from '../../ui/format';
import { reportFormError } from '../../ui/form-errors';
import { DATE_KEYS, readinessApi, type DateKey, type Readiness } from './api';
import { showWriteError, useRefreshReadiness } from './parts';

const DATE_FORMAT = 'YYYY-MM-DD';

type DatesForm = Record<DateKey, Dayjs | null | undefined> & { reason?: string };

interface Props {
  readiness: Readiness;
  canEdit: boolean;
}

/** 首次开盘、会所开放、样板房展示开放: the dates the milestones are counted from. */
export function DatesCard({ readiness, canEdit }: Props) {
  const { t } = useTranslation('openingReadiness');
  const [open, setOpen] = useState(false);
  const { dates } = readiness;

  return (
    <Card
      title={t('dates.title')}
      size="small"
      style={{ marginBottom: 16 }}
      extra={
        canEdit && (
          <Button icon={<EditOutlined />} onClick={() => setOpen(true)}>
            {t('dates.edit')}
          </Button>
        )
      }
    >
      {!dates && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={canEdit ? t('dates.notSetHint') : t('dates.notSetReadOnly')} />}
      <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
        {DATE_KEYS.map((key) => (
          <Descriptions.Item key={key} label={t(`dates.${key}`)}>
            {dates?.[key] ?? <Typography.Text type="secondary">{t('dates.notSet')}</Typography.Text>}
          </Descriptions.Item>
        ))}
      </Descriptions>
      {dates?.updatedBy && (
        <Typography.Text type="secondary">{t('dates.updatedBy', { name: dates.updatedBy.name, at: formatDateTime(dates.updatedAt) })}</Typography.Text>
      )}
      {open && <DatesModal readiness={readiness} onClose={() => setOpen(false)} />}
    </Card>
  );
}

function DatesModal({ readiness, onClose }: { readiness: Readiness; onClose: () => void }) {
  const { t } = useTranslation('openingReadiness');
  const { message, modal } = App.useApp();
  const refresh = useRefreshReadiness();
  const [form] = Form.useForm<DatesForm>();
  const [saving, setSaving] = useState(false);
  const { dates, milestones, project } = readiness;
  const asDay = (value: string | null | undefined) => (value ? dayjs(value) : null);
  const initialValues: DatesForm = {
    firstLaunchDate: asDay(dates?.firstLaunchDate),
    clubhouseOpeningDate: asDay(dates?.clubhouseOpeningDate),
    showFlatOpeningDate: asDay(dates?.showFlatOpeningDate),
  };

  async function save(values: DatesForm) {
    const next = Object.fromEntries(DATE_KEYS.map((k) => [k, values[k] ? values[k].format(DATE_FORMAT) : null])) as Record<DateKey, string | null>;
    const reason = values.reason?.trim();
    setSaving(true);
    try {
      await readinessApi.setDates({ projectId: project.id, ...next, ...(reason ? { reason } : {}), ...(dates ? { version: dates.version } : {}) });
      message.success(t('dates.saved'));
      await refresh();
      onClose();
    } catch (error) {
      if (isApiError(error, 409)) {
        showWriteError(error, message, t('refreshed'));
        await refresh();
        onClose();
      } else {
        reportFormError(form, error, message);
      }
    } finally {
      setSaving(false);
    }
  }

  /** A date that moves or is cleared takes its milestones with it: say which, and ask first. */
  function confirmThenSave(values: DatesForm) {
    const lines: string[] = [];
    for (const key of DATE_KEYS) {
      const from = dates?.[key] ?? null;
      const to = values[key] ? values[key].format(DATE_FORMAT) : null;
      const count = milestones.filter((m) => m.anchor === key).length;
      if (!from || from === to || count === 0) continue;
      const label = t(`dates.${key}`);
      lines.push(to ? t('dates.confirmMove', { label, from, to, count }) : t('dates.confirmClear', { label, from, count }));
    }
    if (lines.length === 0) return void save(values);
    modal.confirm({
      title: t('dates.confirmTitle'),
      content: (
        <ul style={{ paddingInlineStart: 20, margin: 0 }}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ),
      okText: t('dates.confirmOk'),
      cancelText: t('common:actions.cancel'),
      onOk: () => save(values),
    });
  }

  return (
    <Modal
      open
      title={t('dates.editTitle')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('dates.hint')}</Typography.Paragraph>
      <Form<DatesForm> form={form} layout="vertical" initialValues={initialValues} onFinish={confirmThenSave}>
        {DATE_KEYS.map((key) => (
          <Form.Item key={key} label={t(`dates.${key}`)} name={key}>
            <DatePicker format={DATE_FORMAT} style={{ width: 200 }} />
          </Form.Item>
        ))}
        <Form.Item label={t('dates.reason')} name="reason">
          <Input.TextArea maxLength={500} rows={2} placeholder={t('dates.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
