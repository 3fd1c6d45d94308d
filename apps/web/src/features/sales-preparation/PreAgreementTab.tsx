import { useState } from 'react';
import { App, Button, Card, Col, DatePicker, Descriptions, Form, Input, Row, Select, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { EmptyState } from '../../ui/EmptyState';
import { FileUpload } from '../../ui/FileUpload';
import { formatDateTime } from '../../ui/format';
import { reportFormError } from '../../ui/form-errors';
import { QueryError } from '../../ui/QueryError';
import { usePreAgreement, useSavePreAgreement, type PreAgreement } from './api';
import { HistoryList } from './HistoryList';

interface FormValues {
  projectPositioning: string;
  salesSupportPositioning: string;
  contractNumber: string;
  contractSignedOn: Dayjs | null;
  termStart: Dayjs | null;
  termEnd: Dayjs | null;
  serviceContent: string;
  serviceRequirements: string;
  keyTerms: string[];
  fileIds: string[];
}

const day = (d: string | null) => (d ? dayjs(d) : null);
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** 前期协议签订: the developer's positioning and the property service entrustment contract of the project. */
export function PreAgreementTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('salesPreparation');
  const query = usePreAgreement(projectId);
  const [editing, setEditing] = useState(false);
  const data = query.data;

  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!data) return <Typography.Text type="secondary">{t('common:messages.loading')}</Typography.Text>;
  const record = data.preAgreement;

  if (editing) return <PreAgreementForm projectId={projectId} record={record} onDone={() => setEditing(false)} onStale={() => void query.refetch()} />;
  return (
    <>
      {!record ? (
        <Card>
          <EmptyState hint={data.canEdit ? t('preAgreement.emptyHint') : t('preAgreement.empty')} />
          {data.canEdit && (
            <div style={{ textAlign: 'center' }}>
              <Button type="primary" onClick={() => setEditing(true)}>
                {t('preAgreement.record')}
              </Button>
            </div>
          )}
        </Card>
      ) : (
        <Card
          title={t('tabs.preAgreement')}
          extra={
            data.canEdit && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('preAgreement.edit')}
              </Button>
            )
          }
        >
          <Descriptions column={1} bordered size="small" title={t('preAgreement.positioning')}>
            <Descriptions.Item label={t('preAgreement.projectPositioning')}>{record.projectPositioning || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('preAgreement.salesSupportPositioning')}>{record.salesSupportPositioning || '—'}</Descriptions.Item>
          </Descriptions>
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="small" title={t('preAgreement.contract')} style={{ marginTop: 16 }}>
            <Descriptions.Item label={t('preAgreement.contractNumber')}>{record.contractNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('preAgreement.contractSignedOn')}>{record.contractSignedOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('preAgreement.term')} span={2}>
              {record.termStart || record.termEnd ? `${record.termStart ?? '…'} ~ ${record.termEnd ?? '…'}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('preAgreement.serviceContent')} span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{record.serviceContent || '—'}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('preAgreement.serviceRequirements')} span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{record.serviceRequirements || '—'}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('preAgreement.keyTerms')} span={2}>
              {record.keyTerms.length ? (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {record.keyTerms.map((term, i) => (
                    <li key={i}>{term}</li>
                  ))}
                </ul>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('preAgreement.files')} span={2}>
              {record.files.length ? (
                <Space direction="vertical" size={2}>
                  {record.files.map((f) => (
                    <a key={f.id} href={f.url} target="_blank" rel="noreferrer">
                      {f.originalName}
                    </a>
                  ))}
                </Space>
              ) : (
                t('preAgreement.noFiles')
              )}
            </Descriptions.Item>
          </Descriptions>
          {record.updatedBy && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {t('preAgreement.updatedBy', { name: record.updatedBy.name, at: formatDateTime(record.updatedAt) })}
            </Typography.Paragraph>
          )}
        </Card>
      )}
      {record && (
        <Card title={t('preAgreement.history')} style={{ marginTop: 16 }}>
          <HistoryList history={data.history} />
        </Card>
      )}
    </>
  );
}

function PreAgreementForm({ projectId, record, onDone, onStale }: { projectId: string; record: PreAgreement | null; onDone: () => void; onStale: () => void }) {
  const { t } = useTranslation('salesPreparation');
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useSavePreAgreement(projectId);

  async function finish(v: FormValues) {
    try {
      await save.mutateAsync({
        projectPositioning: v.projectPositioning ?? '',
        salesSupportPositioning: v.salesSupportPositioning ?? '',
        contractNumber: v.contractNumber || null,
        contractSignedOn: iso(v.contractSignedOn),
        termStart: iso(v.termStart),
        termEnd: iso(v.termEnd),
        serviceContent: v.serviceContent ?? '',
        serviceRequirements: v.serviceRequirements ?? '',
        keyTerms: v.keyTerms ?? [],
        fileIds: v.fileIds ?? [],
        ...(record ? { version: record.version } : {}),
      });
      message.success(t('common:messages.saved'));
      onDone();
    } catch (error) {
      if (isApiError(error, 409)) {
        message.warning(t('conflict'));
        onStale();
        onDone();
        return;
      }
      reportFormError(form, error, message);
    }
  }

  return (
    <Card title={record ? t('preAgreement.edit') : t('preAgreement.record')}>
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={finish}
        initialValues={{
          projectPositioning: record?.projectPositioning ?? '',
          salesSupportPositioning: record?.salesSupportPositioning ?? '',
          contractNumber: record?.contractNumber ?? '',
          contractSignedOn: day(record?.contractSignedOn ?? null),
          termStart: day(record?.termStart ?? null),
          termEnd: day(record?.termEnd ?? null),
          serviceContent: record?.serviceContent ?? '',
          serviceRequirements: record?.serviceRequirements ?? '',
          keyTerms: record?.keyTerms ?? [],
          fileIds: record?.files.map((f) => f.id) ?? [],
        }}
      >
        <Form.Item name="projectPositioning" label={t('preAgreement.projectPositioning')}>
          <Input.TextArea rows={2} maxLength={4000} placeholder={t('preAgreement.projectPositioningHint')} />
        </Form.Item>
        <Form.Item name="salesSupportPositioning" label={t('preAgreement.salesSupportPositioning')}>
          <Input.TextArea rows={2} maxLength={4000} placeholder={t('preAgreement.salesSupportHint')} />
        </Form.Item>
        <Typography.Title level={5}>{t('preAgreement.contract')}</Typography.Title>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="contractNumber" label={t('preAgreement.contractNumber')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="contractSignedOn" label={t('preAgreement.contractSignedOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="termStart" label={t('preAgreement.termStart')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="termEnd" label={t('preAgreement.termEnd')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="serviceContent" label={t('preAgreement.serviceContent')}>
          <Input.TextArea rows={3} maxLength={8000} />
        </Form.Item>
        <Form.Item name="serviceRequirements" label={t('preAgreement.serviceRequirements')}>
          <Input.TextArea rows={3} maxLength={8000} />
        </Form.Item>
        <Form.Item name="keyTerms" label={t('preAgreement.keyTerms')} extra={t('preAgreement.keyTermsHint')}>
          <Select mode="tags" open={false} tokenSeparators={['\n']} />
        </Form.Item>
        <Form.Item name="fileIds" label={t('preAgreement.files')}>
          <FileUpload projectId={projectId} kind="attachments" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common:actions.save')}
          </Button>
          <Button onClick={onDone}>{t('common:actions.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
