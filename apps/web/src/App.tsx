import { lazy, Suspense, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { i18n } from './ui/i18n';

// Owners on phones should not download the staff app's antd bundle, nor staff the H5 one.
const StaffApp = lazy(() => import('./staff/StaffApp'));
const H5App = lazy(() => import('./h5/H5App'));

export function AppProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </QueryClientProvider>
  );
}

export function AppRoutes() {
  return (
    <Suspense fallback={null}>
      <Routes>
        <Route path="/h5/*" element={<H5App />} />
        <Route path="/*" element={<StaffApp />} />
      </Routes>
    </Suspense>
  );
}
