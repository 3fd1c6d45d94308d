import { useState } from 'react';
import { Button, DotLoading, Empty, ErrorBlock, List, NavBar, Tag } from 'antd-mobile';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { errorMessage } from '../../ui/form-errors';
import { recordView, usePublicShowcase, videoSource, type PublicItem } from './api';
import './i18n';

const page = { minHeight: '100vh', background: 'var(--adm-color-background, #f5f5f5)' } as const;

/** The visitor's phone after scanning the sales center's code: the published material, no sign-in. */
export function PublicShowcasePage() {
  const { t } = useTranslation('showcase');
  const { code } = useParams();
  const showcase = usePublicShowcase(code);
  const [open, setOpen] = useState<PublicItem | null>(null);

  if (showcase.isPending) {
    return (
      <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 120, fontSize: 24 }}>
        <DotLoading color="primary" />
      </div>
    );
  }
  if (showcase.isError) {
    return isApiError(showcase.error, 404) ? (
      <ErrorBlock status="empty" title={t('visitor.notFound')} description={t('visitor.notFoundHint')} />
    ) : (
      <ErrorBlock status="default" title={errorMessage(showcase.error)} description="">
        <Button onClick={() => void showcase.refetch()}>{t('screen.next')}</Button>
      </ErrorBlock>
    );
  }
  const { items, projectName, salesCenterName } = showcase.data;
  const openItem = (item: PublicItem) => {
    setOpen(item);
    // Counting is best effort: the visitor reads the item either way.
    if (code) recordView(code, item.id).catch(() => undefined);
  };
  if (open) return <ItemView item={open} onBack={() => setOpen(null)} />;
  return (
    <div style={page}>
      <NavBar backIcon={false}>{projectName}</NavBar>
      <div style={{ padding: '8px 16px', color: 'var(--adm-color-weak)' }}>{salesCenterName}</div>
      {items.length === 0 ? (
        <Empty style={{ paddingTop: 60 }} description={t('visitor.empty')} />
      ) : (
        <List>
          {items.map((item) => (
            <List.Item key={item.id} onClick={() => openItem(item)} description={item.summary} extra={<Tag color="primary">{t(`publicity.kinds.${item.kind}`)}</Tag>}>
              {item.title}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

function ItemView({ item, onBack }: { item: PublicItem; onBack: () => void }) {
  const { t } = useTranslation('showcase');
  const image = item.file?.contentType.startsWith('image/') ? item.file.url : null;
  const video = videoSource(item);
  return (
    <div style={page}>
      <NavBar onBack={onBack} backIcon>
        {t(`publicity.topics.${item.topic}`)}
      </NavBar>
      <div style={{ background: '#fff', padding: 16 }}>
        <h2 style={{ fontSize: 20, margin: '0 0 12px' }}>{item.title}</h2>
        {item.summary && <p style={{ color: 'var(--adm-color-weak)' }}>{item.summary}</p>}
        {video && <video src={video} controls playsInline style={{ width: '100%' }} />}
        {image && <img src={image} alt={item.title} style={{ width: '100%' }} />}
        {item.body && <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.7 }}>{item.body}</div>}
        {item.file && !image && item.file.url !== video && (
          <Button block color="primary" style={{ marginTop: 16 }} onClick={() => void window.open(item.file!.url, '_blank')}>
            {t('visitor.openFile')}
          </Button>
        )}
        <Button block style={{ marginTop: 12 }} onClick={onBack}>
          {t('visitor.back')}
        </Button>
      </div>
    </div>
  );
}
