import { useState } from 'react';
import { Button, Form, Input, NavBar } from 'antd-mobile';
import { Link, Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLogin, useMe, type Credentials } from '../ui/auth';
import { errorMessage } from '../ui/form-errors';
import { H5LanguageSwitch } from './H5LanguageSwitch';

export function H5LoginPage() {
  const { t } = useTranslation('h5');
  const navigate = useNavigate();
  const me = useMe();
  const login = useLogin();
  const [error, setError] = useState<string | null>(null);

  if (me.data) return <Navigate to={me.data.user.kind === 'owner' ? '/h5/' : '/'} replace />;

  async function handleFinish(values: Credentials) {
    setError(null);
    try {
      const signedIn = await login.mutateAsync(values);
      navigate(signedIn?.user.kind === 'owner' ? '/h5/' : '/', { replace: true });
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <div style={{ minHeight: '100vh', background: 'var(--adm-color-background, #fff)' }}>
      <NavBar back={null} right={<H5LanguageSwitch />}>
        {t('title')}
      </NavBar>
      <div style={{ padding: '24px 16px 8px' }}>
        <h1 style={{ fontSize: 24, margin: 0 }}>{t('loginTitle')}</h1>
        <p style={{ color: 'var(--adm-color-weak)', marginTop: 4 }}>{t('loginSubtitle')}</p>
        {error && (
          <div role="alert" style={{ color: 'var(--adm-color-danger)', padding: '8px 0' }}>
            {error}
          </div>
        )}
      </div>
      <Form
        layout="vertical"
        onFinish={(values: Credentials) => void handleFinish(values)}
        requiredMarkStyle="none"
        footer={
          <Button block type="submit" color="primary" size="large" loading={login.isPending}>
            {t('submit')}
          </Button>
        }
      >
        <Form.Item label={t('username')} name="username" rules={[{ required: true, message: t('usernameRequired') }]}>
          <Input placeholder={t('usernamePlaceholder')} autoComplete="username" clearable />
        </Form.Item>
        <Form.Item label={t('password')} name="password" rules={[{ required: true, message: t('passwordRequired') }]}>
          <Input placeholder={t('passwordPlaceholder')} type="password" autoComplete="current-password" />
        </Form.Item>
      </Form>
      <p style={{ textAlign: 'center', fontSize: 13 }}>
        <Link to="/login">{t('staffEntry')}</Link>
      </p>
    </div>
  );
}
