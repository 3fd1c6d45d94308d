import { ConfigProvider, DotLoading, ErrorBlock, Button, unstableSetRender } from 'antd-mobile';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import enUS from 'antd-mobile/es/locales/en-US';
import { createRoot, type Root } from 'react-dom/client';
import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../ui/auth';
import { errorMessage } from '../ui/form-errors';
import { useLanguage } from '../ui/useLanguage';
import { H5HomePage } from './H5HomePage';
import { H5LoginPage } from './H5LoginPage';
import { ServiceRoutes } from './services/ServiceRoutes';
import { VenueBookingPage } from './venues/VenueBookingPage';
import { PublicShowcasePage } from '../features/showcase/PublicShowcasePage';
import { InviteRoutes } from './invite/InviteRoutes';
import { LifeInfoPage } from './life-info/LifeInfoPage';
import { PersonalDataRoutes } from './personal-data/PersonalDataRoutes';
import { LifeSecretaryRoutes } from './life-secretary/LifeSecretaryRoutes';

// antd-mobile 5 renders dialogs with the React 18 API unless given a React 19 root.
unstableSetRender((node, container) => {
  const host = container as Element & { __gjRoot?: Root };
  host.__gjRoot ??= createRoot(host);
  const root = host.__gjRoot;
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    delete host.__gjRoot;
  };
});

function Loading() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 120, fontSize: 24 }}>
      <DotLoading color="primary" />
    </div>
  );
}

export function H5App() {
  const { language } = useLanguage();
  const { t } = useTranslation();
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN}>
      <Routes>
        <Route path="login" element={<H5LoginPage />} />
        {/* The sales center's publicity, open to visitors who scan its code: published material only. */}
        <Route path="showcase/:code" element={<PublicShowcasePage />} />
        {/* An owner's invitation link: documents to sign and the questionnaire, the token is the key. */}
        <Route path="invite/:token/*" element={<InviteRoutes />} />
        <Route
          path="*"
          element={
            <RequireAuth
              kind="owner"
              loginPath="/h5/login"
              otherHome="/"
              loading={<Loading />}
              renderError={(error, retry) => (
                <ErrorBlock status="default" title={errorMessage(error)} description="">
                  <Button onClick={retry}>{t('messages.retry')}</Button>
                </ErrorBlock>
              )}
            >
              <Routes>
                <Route path="services/*" element={<ServiceRoutes />} />
                <Route path="venues" element={<VenueBookingPage />} />
                <Route path="life-info" element={<LifeInfoPage />} />
                <Route path="privacy/*" element={<PersonalDataRoutes />} />
                <Route path="messages/*" element={<LifeSecretaryRoutes />} />
                <Route path="*" element={<H5HomePage />} />
              </Routes>
            </RequireAuth>
          }
        />
      </Routes>
    </ConfigProvider>
  );
}

export default H5App;
