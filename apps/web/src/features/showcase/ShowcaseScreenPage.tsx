import { useEffect, useState } from 'react';
import { Result, Spin, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../ui/QueryError';
import { recordPlay, useShowcaseScreen, videoSource, type PublicityItem } from './api';
import './i18n';

/** How long a notice or a picture stays on the screen; a video advances when it ends. */
export const SLIDE_SECONDS = 20;

const screenStyle = { position: 'fixed', inset: 0, background: '#0b1f3a', color: '#fff', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', padding: 48 } as const;

/** The sales center's showcase screen (宣传视频播放): loops the published videos and notices, counting each play. */
export function ShowcaseScreenPage() {
  const { t } = useTranslation('showcase');
  const [params] = useSearchParams();
  const salesCenterId = params.get('salesCenterId');
  const screen = useShowcaseScreen(salesCenterId);
  const [index, setIndex] = useState(0);
  const items = screen.data?.items ?? [];
  const item = items.length ? items[index % items.length] : undefined;
  const next = () => setIndex((i) => i + 1);

  useEffect(() => {
    if (!item || !salesCenterId) return;
    // A lost count must not stop the loop.
    recordPlay(item.id, salesCenterId).catch(() => undefined);
    if (videoSource(item)) return;
    const timer = setTimeout(() => setIndex((i) => i + 1), SLIDE_SECONDS * 1000);
    return () => clearTimeout(timer);
    // `index` restarts the slide when one item loops onto itself.
  }, [item, index, salesCenterId]);

  if (!salesCenterId) return <Result status="warning" title={t('screen.pick')} />;
  if (screen.isPending) return <Spin fullscreen />;
  if (screen.isError) return <QueryError error={screen.error} onRetry={() => void screen.refetch()} />;
  if (!item) {
    return (
      <div style={screenStyle} data-testid="showcase-screen">
        <Typography.Title style={{ color: '#fff' }}>{screen.data.salesCenter.name}</Typography.Title>
        <Typography.Text style={{ color: '#cbd5e1', fontSize: 24 }}>{t('screen.empty')}</Typography.Text>
        <Typography.Text style={{ color: '#94a3b8' }}>{t('screen.emptyHint')}</Typography.Text>
      </div>
    );
  }
  return (
    <div style={screenStyle} data-testid="showcase-screen" onClick={next} title={t('screen.next')}>
      <Slide key={`${item.id}-${index}`} item={item} onEnded={next} />
    </div>
  );
}

function Slide({ item, onEnded }: { item: PublicityItem; onEnded: () => void }) {
  const image = item.file?.contentType.startsWith('image/') ? item.file.url : null;
  const video = videoSource(item);
  if (video) {
    return <video src={video} autoPlay muted playsInline onEnded={onEnded} onError={onEnded} style={{ maxWidth: '100%', maxHeight: '100%' }} data-testid="screen-video" />;
  }
  return (
    <>
      <Typography.Title style={{ color: '#fff', fontSize: 48 }}>{item.title}</Typography.Title>
      {image && <img src={image} alt={item.title} style={{ maxWidth: '80%', maxHeight: '55vh', marginBottom: 24 }} />}
      {item.body && <Typography.Paragraph style={{ color: '#e2e8f0', fontSize: 28, whiteSpace: 'pre-wrap', maxWidth: 1200 }}>{item.body}</Typography.Paragraph>}
      {!item.body && item.summary && <Typography.Paragraph style={{ color: '#e2e8f0', fontSize: 28 }}>{item.summary}</Typography.Paragraph>}
    </>
  );
}
