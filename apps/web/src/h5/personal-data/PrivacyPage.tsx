import { useState } from 'react';
import { Button, Card, Checkbox, List, Space, Tag, TextArea, Toast } from 'antd-mobile';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PersonalDataRequest } from '../../features/personal-data/api';
import { api, downloadFile } from '../../ui/api';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { PageError, PageLoading, ServicePage } from '../services/ServicePage';
import './i18n';

const KEY = ['personalData', 'mine'] as const;
const weak = { fontSize: 13, color: 'var(--adm-color-weak)' } as const;
const STATE_COLOR = { requested: 'warning', approved: 'primary', done: 'success', refused: 'default' } as const;

/** 个人信息 on the owner's phone: download a copy (JSON or PDF), ask for erasure after reading what it means, follow the requests. */
export function PrivacyPage() {
  const { t } = useTranslation('h5privacy');
  const client = useQueryClient();
  const requests = useQuery({ queryKey: KEY, queryFn: ({ signal }) => api.get<{ items: PersonalDataRequest[] }>('/api/personal-data/mine/requests', undefined, signal) });
  const [asking, setAsking] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ask = useMutation({
    mutationFn: () => api.post<PersonalDataRequest>('/api/personal-data/mine/erasure', { confirm: true, reason: reason.trim() || null }),
    onSuccess: async () => {
      Toast.show({ content: t('submitted'), icon: 'success' });
      setAsking(false);
      setUnderstood(false);
      setReason('');
      await client.invalidateQueries({ queryKey: KEY });
    },
    onError: (e) => setError(errorMessage(e)),
  });

  async function download(format: 'json' | 'pdf') {
    try {
      await downloadFile(`/api/personal-data/mine/export?format=${format}`, `personal-data.${format}`);
      Toast.show({ content: t('downloaded') });
      await client.invalidateQueries({ queryKey: KEY });
    } catch (e) {
      Toast.show({ content: errorMessage(e), icon: 'fail' });
    }
  }

  const items = requests.data?.items ?? [];
  const waiting = items.some((r) => r.kind === 'erasure' && r.state === 'requested');
  return (
    <ServicePage title={t('title')} back="/h5/">
      <Space direction="vertical" block style={{ padding: 12, '--gap': '12px' }}>
        <Card title={t('downloadTitle')}>
          <p style={weak}>{t('downloadHint')}</p>
          <Space>
            <Button color="primary" fill="outline" onClick={() => void download('json')}>
              {t('json')}
            </Button>
            <Button color="primary" fill="outline" onClick={() => void download('pdf')}>
              {t('pdf')}
            </Button>
          </Space>
        </Card>

        <Card title={t('erasureTitle')}>
          <p style={weak}>{t('erasureIntro')}</p>
          {!asking ? (
            <Button color="danger" fill="outline" disabled={waiting} onClick={() => { setAsking(true); setError(null); }}>
              {t('ask')}
            </Button>
          ) : (
            <div data-testid="erasure-confirm">
              <p style={{ fontWeight: 600 }}>{t('consequencesTitle')}</p>
              <ul style={{ paddingLeft: 18, margin: 0 }}>
                {(t('consequences', { returnObjects: true }) as string[]).map((c) => (
                  <li key={c} style={{ marginBottom: 4 }}>
                    {c}
                  </li>
                ))}
              </ul>
              <p style={weak}>{t('blockedNote')}</p>
              <TextArea aria-label={t('reason')} placeholder={t('reason')} value={reason} onChange={setReason} maxLength={500} rows={2} />
              <Checkbox checked={understood} onChange={setUnderstood} style={{ margin: '12px 0' }}>
                {t('understood')}
              </Checkbox>
              {error && (
                <p role="alert" style={{ color: 'var(--adm-color-danger)' }}>
                  {error}
                </p>
              )}
              <Space>
                <Button color="danger" disabled={!understood} loading={ask.isPending} onClick={() => ask.mutate()}>
                  {t('submit')}
                </Button>
                <Button onClick={() => setAsking(false)}>{t('cancel')}</Button>
              </Space>
            </div>
          )}
        </Card>

        <Card title={t('myRequests')}>
          {requests.isPending ? (
            <PageLoading />
          ) : requests.isError ? (
            <PageError error={requests.error} retry={() => void requests.refetch()} />
          ) : items.length === 0 ? (
            <p style={weak}>{t('noRequests')}</p>
          ) : (
            <List>
              {items.map((r) => (
                <List.Item
                  key={r.id}
                  data-testid="privacy-request"
                  extra={<Tag color={STATE_COLOR[r.state]}>{t(`state.${r.state}`)}</Tag>}
                  description={r.refuseReason ? t('refusedBecause', { reason: r.refuseReason }) : formatDateTime(r.createdAt)}
                >
                  {t(`kind.${r.kind}`)}
                </List.Item>
              ))}
            </List>
          )}
        </Card>
      </Space>
    </ServicePage>
  );
}
