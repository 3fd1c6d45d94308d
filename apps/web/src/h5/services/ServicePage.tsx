import type { ReactNode } from 'react';
import { Button, DotLoading, ErrorBlock, NavBar } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/form-errors';
import { H5LanguageSwitch } from '../H5LanguageSwitch';

/** The frame of every butler-service page: a title bar with a way back and the language switch. */
export function ServicePage({ title, back, children }: { title: string; back: string; children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <div style={{ minHeight: '100vh', background: 'var(--adm-color-box, #f5f5f5)', paddingBottom: 24 }}>
      <NavBar onBack={() => navigate(back)} right={<H5LanguageSwitch />} style={{ background: '#fff' }}>
        {title}
      </NavBar>
      {children}
    </div>
  );
}

export function PageLoading() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 80, fontSize: 24 }}>
      <DotLoading color="primary" />
    </div>
  );
}

export function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <ErrorBlock status="default" title={errorMessage(error)} description="">
      <Button onClick={retry}>{t('messages.retry')}</Button>
    </ErrorBlock>
  );
}
