import { useState } from 'react';
import { Button, Select, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { approvalKeys, type ApprovalStatusFilter } from './api';
import { ApprovalDrawer } from './ApprovalDrawer';
import { ApprovalList } from './ApprovalList';
import { statusLabel, STATUS_COLORS } from './labels';
import { SubmitApprovalModal } from './SubmitApprovalModal';

type Tab = 'inbox' | 'mine';

export function ApprovalsPage() {
  const { t } = useTranslation('approvals');
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  // The tab lives in the URL so a link (or the browser's back button) lands on "my requests".
  const tab: Tab = searchParams.get('tab') === 'mine' ? 'mine' : 'inbox';
  const [status, setStatus] = useState<ApprovalStatusFilter | undefined>(undefined);
  // A notification links to /approvals/:id: the page opens with that request's drawer.
  const { id: openId = null } = useParams();
  const navigate = useNavigate();
  const setOpenId = (id: string | null) => navigate({ pathname: id ? `/approvals/${id}` : '/approvals', search: searchParams.toString() });
  const [submitting, setSubmitting] = useState(false);

  function showTab(next: Tab) {
    setSearchParams(next === 'mine' ? { tab: 'mine' } : {}, { replace: true });
  }

  return (
    <>
      <PageHeader
        title={t('title')}
        subTitle={tab === 'mine' ? t('mineSubtitle') : t('subtitle')}
        extra={
          <>
            <Button onClick={() => void queryClient.invalidateQueries({ queryKey: approvalKeys.all })}>{t('common:actions.refresh')}</Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setSubmitting(true)}>
              {t('submit.open')}
            </Button>
          </>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => showTab(key as Tab)}
        items={[
          {
            key: 'inbox',
            label: t('tabs.inbox'),
            children: <ApprovalList queryKey={approvalKeys.inbox} path="/api/approvals/inbox" emptyHint={t('emptyHint')} onOpen={setOpenId} />,
          },
          {
            key: 'mine',
            label: t('tabs.mine'),
            children: (
              <>
                <Select<ApprovalStatusFilter>
                  allowClear
                  value={status}
                  onChange={setStatus}
                  placeholder={t('statusFilter')}
                  aria-label={t('statusFilter')}
                  style={{ width: 180, marginBottom: 12 }}
                  options={Object.keys(STATUS_COLORS).map((s) => ({ value: s as ApprovalStatusFilter, label: statusLabel(t, s) }))}
                />
                <ApprovalList
                  queryKey={approvalKeys.mine}
                  path="/api/approvals/mine"
                  params={{ status }}
                  emptyHint={status ? t('common:empty.filterHint') : t('mineEmptyHint')}
                  showSubmitter={false}
                  onOpen={setOpenId}
                />
              </>
            ),
          },
        ]}
      />
      <ApprovalDrawer id={openId} onClose={() => setOpenId(null)} />
      <SubmitApprovalModal open={submitting} onClose={() => setSubmitting(false)} onSubmitted={() => showTab('mine')} />
    </>
  );
}
