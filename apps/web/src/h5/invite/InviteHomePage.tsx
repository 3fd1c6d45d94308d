import { Button, DotLoading, ErrorBlock, List, NavBar, Tag } from 'antd-mobile';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { H5LanguageSwitch } from '../H5LanguageSwitch';
import { useInviteDocuments, usePublicInvitation, useQuestionnaireStatus, type DocumentState } from './api';
import './i18n';

export const invitePage = { minHeight: '100vh', background: 'var(--adm-color-background, #f5f5f5)' } as const;
const STATE_COLORS: Record<DocumentState, string> = { signed: 'success', signedEarlierVersion: 'warning', notSigned: 'danger' };

export function InviteLoading() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 120, fontSize: 24 }}>
      <DotLoading color="primary" />
    </div>
  );
}

/** An unknown, expired or revoked link, or another failure with a retry. */
export function InviteFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('h5invite');
  return isApiError(error, 404) ? (
    <ErrorBlock fullPage status="disconnected" title={t('expired')} description={t('expiredHint')} />
  ) : (
    <ErrorBlock fullPage status="default" title={errorMessage(error)} description="">
      <Button onClick={onRetry}>{t('retry')}</Button>
    </ErrorBlock>
  );
}

/** The link's first page: whose link it is, the documents to sign with their standing, and the questionnaire. */
export function InviteHomePage() {
  const { t } = useTranslation('h5invite');
  const token = useParams().token ?? '';
  const navigate = useNavigate();
  const invitation = usePublicInvitation(token);
  const documents = useInviteDocuments(token);
  const questionnaire = useQuestionnaireStatus(token);

  if (invitation.isPending) return <InviteLoading />;
  if (invitation.isError) return <InviteFailure error={invitation.error} onRetry={() => void invitation.refetch()} />;
  const { ownerName, projectName, unitLabel } = invitation.data;
  return (
    <div style={invitePage}>
      <NavBar back={null} right={<H5LanguageSwitch />}>
        {projectName}
      </NavBar>
      <div style={{ padding: 16, background: '#fff' }}>
        <h2 style={{ margin: '0 0 8px', fontSize: 20 }}>{t('welcome', { name: ownerName })}</h2>
        <div style={{ color: 'var(--adm-color-weak)' }}>{t('welcomeHint', { project: projectName })}</div>
        {unitLabel && <div style={{ marginTop: 4 }}>{t('unit', { unit: unitLabel })}</div>}
      </div>
      <List header={t('documents')}>
        {documents.isPending && (
          <List.Item>
            <DotLoading />
          </List.Item>
        )}
        {documents.isError && <List.Item>{errorMessage(documents.error)}</List.Item>}
        {documents.data?.items.length === 0 && <List.Item>{t('noDocuments')}</List.Item>}
        {documents.data?.items.map((d) => (
          <List.Item
            key={d.templateId}
            onClick={() => navigate(`documents/${d.templateId}`)}
            description={d.signed ? t('signedAt', { at: formatDateTime(d.signed.signedAt) }) : t('version', { n: d.version })}
            extra={<Tag color={STATE_COLORS[d.state]}>{t(`states.${d.state}`)}</Tag>}
          >
            {d.title}
          </List.Item>
        ))}
      </List>
      {questionnaire.isSuccess && (
        <List header={t('questionnaire')}>
          <List.Item onClick={() => navigate('questionnaire')} description={t('questionnaireHint')} extra={<Tag color={questionnaire.data.status === 'submitted' ? 'success' : 'primary'}>{t(`questionnaireStates.${questionnaire.data.status}`)}</Tag>}>
            {t('questionnaire')}
          </List.Item>
        </List>
      )}
    </div>
  );
}
