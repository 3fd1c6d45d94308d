import { Route, Routes } from 'react-router';
import { PrivacyPage } from './PrivacyPage';

/** /h5/privacy: the signed-in owner's copy of their data and their erasure request. */
export function PersonalDataRoutes() {
  return (
    <Routes>
      <Route index element={<PrivacyPage />} />
      <Route path="*" element={<PrivacyPage />} />
    </Routes>
  );
}
