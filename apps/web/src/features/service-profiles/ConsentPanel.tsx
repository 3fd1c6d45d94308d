import { useState } from 'react';
import { Button, Card, Form, Input, Radio, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONSENT_PURPOSES, STAFF_ENTRY_METHODS, type ConsentPurpose, type StaffEntryMethod } from '@guanjia/domain/questionnaires/index';
import { formatDateTime } from '../../ui/format';
import { FormModal } from '../../ui/FormModal';
import { QueryError } from '../../ui/QueryError';
import { useOwnerConsents, useProfileCommands, type Consent } from './api';
import './i18n';

interface ConsentForm {
  purpose: ConsentPurpose;
  granted: 'yes' | 'no';
  method: StaffEntryMethod;
  note?: string;
}

/** One owner's consents: the one in force per purpose, the full history, and recording what the owner told the butler. */
export function ConsentPanel({ householdId, ownerId, ownerName, canRecord }: { householdId: string; ownerId: string; ownerName: string; canRecord: boolean }) {
  const { t } = useTranslation('serviceProfiles');
  const consents = useOwnerConsents(ownerId);
  const { recordConsent } = useProfileCommands(householdId);
  const [recording, setRecording] = useState(false);
  const state = (c: Consent | null) => (c === null ? <Tag>{t('notAsked')}</Tag> : c.granted ? <Tag color="green">{t('granted')}</Tag> : <Tag color="red">{t('refused')}</Tag>);
  return (
    <Card
      size="small"
      title={t('consentOf', { name: ownerName })}
      style={{ marginBottom: 12 }}
      extra={
        canRecord && (
          <Button size="small" onClick={() => setRecording(true)}>
            {t('recordConsent')}
          </Button>
        )
      }
    >
      {consents.isError && <QueryError error={consents.error} onRetry={() => void consents.refetch()} />}
      <div style={{ marginBottom: 8 }}>
        {(consents.data?.current ?? []).map((c) => (
          <span key={c.purpose} style={{ marginRight: 16 }}>
            {t(`purposes.${c.purpose}`)}：{state(c.consent)}
          </span>
        ))}
      </div>
      <Table<Consent>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={consents.data?.history ?? []}
        columns={[
          { title: t('at'), key: 'at', render: (_, c) => formatDateTime(c.at) },
          { title: t('purpose'), key: 'purpose', render: (_, c) => t(`purposes.${c.purpose}`) },
          { title: t('state'), key: 'state', render: (_, c) => state(c) },
          { title: t('method'), key: 'method', render: (_, c) => t(`methods.${c.method}`) },
          { title: t('recordedBy'), key: 'by', render: (_, c) => c.recordedBy?.name ?? t('ownerSelf') },
          { title: t('notes'), key: 'note', render: (_, c) => c.note ?? '—' },
        ]}
      />
      <FormModal<ConsentForm>
        open={recording}
        title={t('recordConsent')}
        initialValues={{ purpose: 'serviceProfile', granted: 'no', method: 'verbal' }}
        onClose={() => setRecording(false)}
        successMessage={t('consentRecorded')}
        onSubmit={(v) => recordConsent.mutateAsync({ ownerId, purpose: v.purpose, granted: v.granted === 'yes', method: v.method, note: v.note?.trim() || undefined })}
      >
        <Form.Item label={t('purpose')} name="purpose" rules={[{ required: true }]}>
          <Select options={CONSENT_PURPOSES.map((p) => ({ value: p, label: t(`purposes.${p}`) }))} />
        </Form.Item>
        <Form.Item label={t('decision')} name="granted" rules={[{ required: true }]}>
          <Radio.Group options={[{ value: 'yes', label: t('grant') }, { value: 'no', label: t('withdraw') }]} />
        </Form.Item>
        <Form.Item label={t('method')} name="method" rules={[{ required: true }]}>
          <Radio.Group options={STAFF_ENTRY_METHODS.map((m) => ({ value: m, label: t(`methods.${m}`) }))} />
        </Form.Item>
        <Form.Item label={t('consentNote')} name="note">
          <Input maxLength={500} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
