import { Route, Routes } from 'react-router';

export function LifeSecretaryRoutes() {
  return (
    <Routes>
      <Route path="*" element={null} />
    </Routes>
  );
}
