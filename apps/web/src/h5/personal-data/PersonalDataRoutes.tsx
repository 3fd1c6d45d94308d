import { Route, Routes } from 'react-router';

export function PersonalDataRoutes() {
  return (
    <Routes>
      <Route path="*" element={null} />
    </Routes>
  );
}
