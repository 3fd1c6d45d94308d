import { useState, type ReactNode } from 'react';
import { App, Button, Card, Flex, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import type { AnswerInput, CheckItem, CheckResult } from './api';
import { FileUpload } from '../../ui/FileUpload';
import { PhotoThumbs } from './PhotoThumbs';

interface CheckItemCardProps {
  item: CheckItem;
  index: number;
  projectId: string;
  editable: boolean;
  /** What to look at for this line (the overdue forms, the workers on site), with a link. */
  hint?: ReactNode;
  onAnswer: (itemId: string, input: AnswerInput) => Promise<unknown>;
  /** A stale version or a completed check: the day is reloaded. */
  onConflict: () => void;
}

export const RESULT_COLORS: Record<CheckResult, string> = { pass: 'green', fail: 'red' };

/** One line of the checklist: pass or fail (a first failure raises a work order), a note and photos. */
export function CheckItemCard({ item, index, projectId, editable, hint, onAnswer, onConflict }: CheckItemCardProps) {
  const { t } = useTranslation('dailyChecks');
  const { message } = App.useApp();
  const [note, setNote] = useState(item.note ?? '');
  const [photoIds, setPhotoIds] = useState(item.photoIds);
  const [busy, setBusy] = useState(false);

  async function answer(result: CheckResult) {
    setBusy(true);
    try {
      await onAnswer(item.id, { result, note: note.trim() || null, photoIds, version: item.version });
      message.success(t('saved'));
    } catch (error) {
      // The line has no form: a field's reason (a photo not one's own, a note too long) joins the message.
      const reasons = isApiError(error) && error.fields ? Object.values(error.fields).join('；') : '';
      message.error(reasons ? `${errorMessage(error)}：${reasons}` : errorMessage(error));
      if (isApiError(error, 409)) onConflict();
    } finally {
      setBusy(false);
    }
  }

  const failButton = (
    <Button danger type={item.result === 'fail' ? 'primary' : 'default'} icon={<CloseOutlined />} loading={busy} onClick={item.workOrder ? () => void answer('fail') : undefined}>
      {t('fail')}
    </Button>
  );

  return (
    <Card
      size="small"
      data-testid={`check-item-${item.key}`}
      title={
        <Typography.Text style={{ whiteSpace: 'normal' }}>
          {index + 1}. {item.text}
        </Typography.Text>
      }
      extra={item.result ? <Tag color={RESULT_COLORS[item.result]}>{t(item.result)}</Tag> : <Tag>{t('unanswered')}</Tag>}
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{item.departmentName ? t('responsible', { name: item.departmentName }) : t('responsibleNone')}</Typography.Text>
        {hint}
        {editable ? (
          <>
            <Space wrap>
              <Button type={item.result === 'pass' ? 'primary' : 'default'} icon={<CheckOutlined />} loading={busy} disabled={Boolean(item.workOrder)} onClick={() => void answer('pass')}>
                {t('pass')}
              </Button>
              {item.workOrder ? (
                failButton
              ) : (
                <Popconfirm
                  title={item.departmentName ? t('failConfirm', { department: item.departmentName }) : t('failConfirmButler')}
                  okText={t('common:actions.confirm')}
                  cancelText={t('common:actions.cancel')}
                  onConfirm={() => answer('fail')}
                >
                  {failButton}
                </Popconfirm>
              )}
            </Space>
            <Input.TextArea aria-label={t('note')} placeholder={t('notePlaceholder')} rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
            <FileUpload projectId={projectId} value={item.photoIds} onChange={setPhotoIds} />
            {item.result && (
              <div>
                <Button size="small" loading={busy} onClick={() => void answer(item.result!)}>
                  {t('saveNote')}
                </Button>
              </div>
            )}
          </>
        ) : (
          <>
            {item.note && <Typography.Paragraph style={{ margin: 0 }}>{item.note}</Typography.Paragraph>}
            <PhotoThumbs ids={item.photoIds} />
          </>
        )}
        <Space wrap size="small">
          {item.workOrder && (
            <Link to={`/work-orders/${item.workOrder.id}`}>
              <Tag color="orange">{t('workOrder', { number: item.workOrder.number })}</Tag>
            </Link>
          )}
          {item.answeredBy && item.answeredAt && <Typography.Text type="secondary">{t('answeredBy', { name: item.answeredBy.name, time: formatDateTime(item.answeredAt) })}</Typography.Text>}
        </Space>
      </Flex>
    </Card>
  );
}
