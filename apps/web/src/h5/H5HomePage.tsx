import { Badge, Button, Card, Dialog, Empty, List, NavBar } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth, useLogout } from '../ui/auth';
import { formatDateTime } from '../ui/format';
import {
  useMarkAllRead,
  useMarkRead,
  useNotificationList,
  useNotificationStream,
  useUnreadCount,
} from '../features/notifications/api';
import { useMyHouseholds, type Household } from '../features/org/api';
import { H5LanguageSwitch } from './H5LanguageSwitch';
import { ServiceShortcuts } from './services/ServiceShortcuts';
import { LifeInfoShortcut } from './life-info/LifeInfoShortcut';
import { PersonalDataShortcut } from './personal-data/PersonalDataShortcut';
import { LifeSecretaryShortcut } from './life-secretary/LifeSecretaryShortcut';

export function H5HomePage() {
  const { t } = useTranslation('h5');
  const { me } = useAuth();
  const navigate = useNavigate();
  const logout = useLogout();
  const live = useNotificationStream();
  const unread = useUnreadCount(live);
  const list = useNotificationList(false, 1, 50);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const mine = useMyHouseholds();
  const households = mine.data?.items ?? [];
  const projectName = (h: Household) => me.projects.find((p) => p.id === h.projectId)?.name ?? '';
  const unreadCount = unread.data?.count ?? 0;

  async function handleLogout() {
    const confirmed = await Dialog.confirm({ content: t('logoutConfirm'), confirmText: t('logout'), cancelText: t('common:actions.cancel') });
    if (!confirmed) return;
    try {
      await logout.mutateAsync();
    } finally {
      navigate('/h5/login', { replace: true });
    }
  }

  return (
    <div style={{ minHeight: '100vh', background: 'var(--adm-color-box, #f5f5f5)', paddingBottom: 24 }}>
      <NavBar back={null} right={<H5LanguageSwitch />}>
        {t('title')}
      </NavBar>
      <div style={{ padding: 12, display: 'flex', flexDirection: 'column', gap: 12 }}>
        <Card title={t('greeting', { name: me.user.name })}>
          <div style={{ fontSize: 13, color: 'var(--adm-color-weak)', marginBottom: 4 }}>{t('household')}</div>
          {mine.isSuccess && households.length === 0 && <div>{t('noHousehold')}</div>}
          {households.map((h) => (
            <div key={h.id} data-testid="owner-household">
              {[projectName(h), h.unit.buildingName, h.unit.code].filter(Boolean).join(' · ')}
              {h.members.length > 0 && (
                <div style={{ color: 'var(--adm-color-weak)', fontSize: 13 }}>
                  {t('members', { names: h.members.map((m) => m.name).join(t('common:listSeparator')) })}
                </div>
              )}
            </div>
          ))}
        </Card>
        <ServiceShortcuts />
        <LifeInfoShortcut />
        <PersonalDataShortcut />
        <LifeSecretaryShortcut />
        <List
          header={
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
              <span>
                {t('notifications')} {unreadCount > 0 && <span style={{ color: 'var(--adm-color-danger)' }}>{t('unreadCount', { count: unreadCount })}</span>}
              </span>
              {unreadCount > 0 && (
                <Button size="mini" fill="none" color="primary" onClick={() => markAllRead.mutate()}>
                  {t('markAllRead')}
                </Button>
              )}
            </div>
          }
        >
          {(list.data?.items ?? []).map((item) => (
            <List.Item
              key={item.id}
              prefix={item.readAt ? undefined : <Badge content={Badge.dot} />}
              description={
                <>
                  <div>{item.body}</div>
                  <div style={{ fontSize: 12 }}>{formatDateTime(item.createdAt)}</div>
                </>
              }
              onClick={() => {
                if (!item.readAt) markRead.mutate(item.id);
              }}
            >
              {item.title}
            </List.Item>
          ))}
          {list.isSuccess && list.data.items.length === 0 && (
            <List.Item>
              <Empty description={`${t('noNotifications')} · ${t('noNotificationsHint')}`} />
            </List.Item>
          )}
        </List>
        <Button block color="danger" fill="outline" onClick={() => void handleLogout()} loading={logout.isPending}>
          {t('logout')}
        </Button>
      </div>
    </div>
  );
}
