import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Spin, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLogin, useMe, type Credentials } from '../../ui/auth';
import { errorMessage } from '../../ui/form-errors';
import { LanguageSwitcher } from '../../ui/LanguageSwitcher';

function redirectTarget(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login') ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMe();
  const login = useLogin();
  const [error, setError] = useState<string | null>(null);

  if (me.isPending) {
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Spin />
      </Flex>
    );
  }
  if (me.data) return <Navigate to={me.data.user.kind === 'owner' ? '/h5/' : redirectTarget(location.state)} replace />;

  async function handleFinish(values: Credentials) {
    setError(null);
    try {
      const signedIn = await login.mutateAsync(values);
      navigate(signedIn?.user.kind === 'owner' ? '/h5/' : redirectTarget(location.state), { replace: true });
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', background: '#f5f7fa', padding: 16 }}>
      <div style={{ position: 'absolute', top: 16, right: 16 }}>
        <LanguageSwitcher />
      </div>
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} />}
        <Form<Credentials> layout="vertical" onFinish={handleFinish} requiredMark={false}>
          <Form.Item label={t('username')} name="username" rules={[{ required: true, message: t('usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('password')} name="password" rules={[{ required: true, message: t('passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
          <Link to="/h5/login">{t('ownerEntry')}</Link>
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
