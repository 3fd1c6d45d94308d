import { useState } from 'react';
import { App, Badge, Button } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNotificationStream, useUnreadCount } from './api';
import { NotificationDrawer } from './NotificationDrawer';

export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const { notification } = App.useApp();
  const [open, setOpen] = useState(false);
  const live = useNotificationStream((item) => {
    notification.info({ title: item.title, description: item.body, placement: 'topRight' });
  });
  const unread = useUnreadCount(live);
  const count = unread.data?.count ?? 0;

  return (
    <>
      <Badge count={count} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={t('bell', { count })}
          data-testid="notification-bell"
          onClick={() => setOpen(true)}
        />
      </Badge>
      <NotificationDrawer open={open} onClose={() => setOpen(false)} />
    </>
  );
}
