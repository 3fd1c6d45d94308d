import { useState } from 'react';
import { Button, Checkbox, Dialog, ErrorBlock, NavBar, Result, Tag, Toast } from 'antd-mobile';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { invitePath, signedPdfPath, useInviteDocument, useSignDocument, type SignedDocument } from './api';
import { InviteFailure, InviteLoading, invitePage } from './InviteHomePage';
import { SignaturePad } from './SignaturePad';
import './i18n';

const fieldError = { color: 'var(--adm-color-danger, #ff3141)', fontSize: 13, marginTop: 4 } as const;

/** One document: the full text, 我已阅读并同意, the signature pad and the signed result with its PDF. */
export function InviteDocumentPage() {
  const { t } = useTranslation('h5invite');
  const { token = '', templateId = '' } = useParams();
  const navigate = useNavigate();
  const doc = useInviteDocument(token, templateId);
  const sign = useSignDocument(token, templateId);
  const [agreed, setAgreed] = useState(false);
  const [signature, setSignature] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ agreed?: string; signature?: string }>({});
  const [done, setDone] = useState<SignedDocument | null>(null);
  const home = invitePath(token);

  if (doc.isPending) return <InviteLoading />;
  if (doc.isError) {
    return isApiError(doc.error, 404) ? (
      <div style={invitePage}>
        <NavBar onBack={() => navigate(home)}>{t('back')}</NavBar>
        <ErrorBlock status="empty" title={t('notFound')} description="">
          <Button onClick={() => navigate(home)}>{t('backToList')}</Button>
        </ErrorBlock>
      </div>
    ) : (
      <InviteFailure error={doc.error} onRetry={() => void doc.refetch()} />
    );
  }
  const d = doc.data;

  if (done) {
    return (
      <div style={invitePage}>
        <Result status="success" title={t('successTitle')} description={t('successHint', { title: d.title, n: done.version, at: formatDateTime(done.signedAt) })} />
        <div style={{ padding: 16, display: 'grid', gap: 12 }}>
          <a href={done.pdfPath} target="_blank" rel="noreferrer" download>
            <Button block color="primary">
              {t('downloadPdf')}
            </Button>
          </a>
          <Button block onClick={() => navigate(home)}>
            {t('backToList')}
          </Button>
        </div>
      </div>
    );
  }

  async function submit() {
    const missing = { agreed: agreed ? undefined : t('needAgree'), signature: signature ? undefined : t('needSignature') };
    setErrors(missing);
    if (missing.agreed || missing.signature) return;
    try {
      setDone(await sign.mutateAsync({ version: d.version, agreed, signature: signature! }));
    } catch (error) {
      if (isApiError(error, 409) && error.code === 'DOCUMENT_UPDATED') {
        const next = typeof error.details?.templateId === 'string' ? error.details.templateId : null;
        await Dialog.alert({ title: t('updatedTitle'), content: error.message, confirmText: t('reread') });
        setSignature(null);
        setAgreed(false);
        if (next && next !== templateId) navigate(`${home}/documents/${next}`, { replace: true });
        else void doc.refetch();
      } else if (isApiError(error, 400) && error.fields) {
        setErrors({ agreed: error.fields.agreed, signature: error.fields.signature });
      } else {
        Toast.show({ icon: 'fail', content: errorMessage(error) });
        if (isApiError(error, 409)) void doc.refetch();
      }
    }
  }

  const signedThis = d.state === 'signed' && d.signed;
  return (
    <div style={invitePage}>
      <NavBar onBack={() => navigate(home)}>{d.title}</NavBar>
      <div style={{ background: '#fff', padding: 16 }}>
        <h2 style={{ fontSize: 20, margin: '0 0 8px', textAlign: 'center' }}>{d.title}</h2>
        <div style={{ textAlign: 'center', marginBottom: 12 }}>
          <Tag color="primary" fill="outline">
            {t('version', { n: d.version })}
          </Tag>
        </div>
        <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8, fontSize: 15 }}>{d.body}</div>
      </div>
      <div style={{ background: '#fff', padding: 16, marginTop: 12 }}>
        {signedThis ? (
          <Result
            status="success"
            title={t('alreadySigned')}
            description={
              <a href={signedPdfPath(token, d.signed!.signatureId)} target="_blank" rel="noreferrer" download>
                {t('downloadPdf')}
              </a>
            }
          />
        ) : (
          <>
            <Checkbox
              checked={agreed}
              onChange={(v) => {
                setAgreed(v);
                if (v) setErrors((e) => ({ ...e, agreed: undefined }));
              }}
            >
              {t('agree')}
            </Checkbox>
            {errors.agreed && <div style={fieldError}>{errors.agreed}</div>}
            <div style={{ margin: '16px 0 8px', fontWeight: 500 }}>{t('signature')}</div>
            <SignaturePad
              onChange={(png) => {
                setSignature(png);
                if (png) setErrors((e) => ({ ...e, signature: undefined }));
              }}
              disabled={sign.isPending}
            />
            {errors.signature && <div style={fieldError}>{errors.signature}</div>}
            <Button block color="primary" size="large" style={{ marginTop: 16 }} loading={sign.isPending} loadingText={t('submitting')} onClick={() => void submit()}>
              {t('submit')}
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
