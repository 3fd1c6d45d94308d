import { Route, Routes } from 'react-router';
import { InviteQuestionnairePage } from '../questionnaire/InviteQuestionnairePage';
import { InviteDocumentPage } from './InviteDocumentPage';
import { InviteHomePage } from './InviteHomePage';

/** The owner's invitation link (/h5/invite/:token/…): documents to sign and the questionnaire, no sign-in. */
export function InviteRoutes() {
  return (
    <Routes>
      <Route path="questionnaire" element={<InviteQuestionnairePage />} />
      <Route path="documents/:templateId" element={<InviteDocumentPage />} />
      <Route path="*" element={<InviteHomePage />} />
    </Routes>
  );
}
