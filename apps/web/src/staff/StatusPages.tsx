import type { ReactNode } from 'react';
import { Button, Flex, Result, Spin } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../ui/auth';
import type { Role } from '../ui/roles';
import { errorMessage } from '../ui/form-errors';

export function Forbidden() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('errors.forbiddenTitle')}
      subTitle={t('errors.forbidden')}
      extra={<Button onClick={() => navigate('/')}>{t('actions.back')}</Button>}
    />
  );
}

export function NotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('errors.notFoundTitle')}
      subTitle={t('errors.notFound')}
      extra={<Button onClick={() => navigate('/')}>{t('actions.back')}</Button>}
    />
  );
}

export function FullPageSpin() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

export function FullPageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={errorMessage(error)}
      extra={<Button onClick={onRetry}>{t('messages.retry')}</Button>}
    />
  );
}

/** Hides a page from roles the navigation does not offer it to; the server still decides. */
export function AdminOnly({ children, allowAudit = false }: { children: ReactNode; allowAudit?: boolean }) {
  const auth = useAuth();
  const allowed = allowAudit ? auth.canAudit : auth.isAdmin;
  return allowed ? <>{children}</> : <Forbidden />;
}

/** Like AdminOnly, for pages the navigation offers to particular roles only. */
export function RoleOnly({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const auth = useAuth();
  return auth.hasRole(...roles) ? <>{children}</> : <Forbidden />;
}
