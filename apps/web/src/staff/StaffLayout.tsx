import { useState } from 'react';
import { App, Button, Flex, Layout, Menu, Select, Space, Tag, Typography, type MenuProps } from 'antd';
import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, ProjectOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth, useLogout } from '../ui/auth';
import { useCurrentProject } from '../ui/project';
import { roleLabel } from '../ui/roles';
import { useLanguage } from '../ui/useLanguage';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { activeNavKey, isGroup, NAVIGATION } from './nav';

function ProjectSelector() {
  const { t } = useTranslation('shell');
  const { project, projects, selectProject } = useCurrentProject();
  if (projects.length === 0) return <Typography.Text type="secondary">{t('noProject')}</Typography.Text>;
  return (
    <Space>
      <ProjectOutlined />
      <Select
        aria-label={t('project')}
        data-testid="project-selector"
        value={project?.id}
        onChange={selectProject}
        options={projects.map((p) => ({ value: p.id, label: p.name }))}
        style={{ minWidth: 200 }}
        variant="borderless"
        showSearch={{ optionFilterProp: 'label' }}
        popupMatchSelectWidth={false}
      />
    </Space>
  );
}

export function StaffLayout() {
  const { t } = useTranslation('shell');
  const auth = useAuth();
  const { language } = useLanguage();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const { message } = App.useApp();
  const [collapsed, setCollapsed] = useState(false);

  const items: MenuProps['items'] = NAVIGATION.flatMap((entry) => {
    if (!isGroup(entry)) {
      return entry.visible(auth) ? [{ key: entry.key, icon: entry.icon, label: t(`nav.${entry.key}`) }] : [];
    }
    const children = entry.children
      .filter((child) => child.visible(auth))
      .map((child) => ({ key: child.key, icon: child.icon, label: t(`nav.${child.key}`) }));
    return children.length > 0 ? [{ key: entry.key, icon: entry.icon, label: t(`nav.${entry.key}`), children }] : [];
  });
  const paths = new Map(NAVIGATION.flatMap((e) => (isGroup(e) ? e.children : [e])).map((i) => [i.key, i.path]));
  const selected = activeNavKey(location.pathname);

  async function handleLogout() {
    try {
      await logout.mutateAsync();
    } catch {
      // The session is dropped locally either way.
    }
    message.success(t('loggedOut'));
    navigate('/login', { replace: true });
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} trigger={null} width={208} theme="light" breakpoint="lg" onBreakpoint={setCollapsed}>
        <Flex align="center" justify="center" style={{ height: 56, fontWeight: 600, fontSize: 18 }}>
          {collapsed ? t('common:appName') : t('common:appFullName')}
        </Flex>
        <nav aria-label={t('navigation')}>
          <Menu
            mode="inline"
            items={items}
            selectedKeys={selected ? [selected] : []}
            defaultOpenKeys={['org']}
            onClick={({ key }) => {
              const path = paths.get(key);
              if (path) navigate(path);
            }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', padding: '0 16px', display: 'flex', alignItems: 'center', gap: 12, borderBottom: '1px solid #f0f0f0' }}
        >
          <Button
            type="text"
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            aria-label={collapsed ? t('expand') : t('collapse')}
            onClick={() => setCollapsed(!collapsed)}
          />
          <ProjectSelector />
          <div style={{ flex: 1 }} />
          <NotificationBell />
          <LanguageSwitcher />
          <Space size={4} data-testid="current-user">
            <Typography.Text strong>{auth.me.user.name}</Typography.Text>
            {auth.me.user.roles.map((role) => (
              <Tag key={role} color="blue" style={{ marginInlineEnd: 0 }}>
                {roleLabel(role, language)}
              </Tag>
            ))}
          </Space>
          <Button type="text" icon={<LogoutOutlined />} onClick={() => void handleLogout()} loading={logout.isPending}>
            {t('logout')}
          </Button>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
