import { Route, Routes } from 'react-router';
import { MessagesPage } from './MessagesPage';

/** /h5/messages: the owner's wake-up calls, the messages left for them and their notification opt-outs. */
export function LifeSecretaryRoutes() {
  return (
    <Routes>
      <Route path="*" element={<MessagesPage />} />
    </Routes>
  );
}
