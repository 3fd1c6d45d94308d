import { useState } from 'react';
import { Button, CapsuleTabs, Empty, List, SearchBar, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { LIFE_INFO_CATEGORIES, LIFE_INFO_CATEGORY_LABELS, type LifeInfoCategory } from '@guanjia/domain/life-info/life-info';
import { telHref, useOwnerLifeInfo, type LifeInfoPublicEntry } from '../../features/life-info/api';
import { useLanguage } from '../../ui/useLanguage';
import { PageError, PageLoading, ServicePage } from '../services/ServicePage';
import './i18n';

const ALL = 'all';
const weak = { fontSize: 13, color: 'var(--adm-color-weak)' } as const;

/** 提供各项生活信息 on the owner's phone: search, pick a category, tap a number to call. */
export function LifeInfoPage() {
  const { t } = useTranslation('h5lifeInfo');
  const { language } = useLanguage();
  const [text, setText] = useState('');
  const [q, setQ] = useState<string>();
  const [category, setCategory] = useState<LifeInfoCategory>();
  const list = useOwnerLifeInfo({ q, category });
  const entries = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(q || category);

  let body;
  if (list.isPending) body = <PageLoading />;
  else if (list.isError) body = <PageError error={list.error} retry={() => void list.refetch()} />;
  else if (entries.length === 0) body = <Empty style={{ paddingTop: 60 }} description={filtered ? `${t('emptyFiltered')} · ${t('emptyHint')}` : t('empty')} />;
  else
    body = (
      <>
        <List>
          {entries.map((e) => (
            <EntryItem key={e.id} entry={e} categoryLabel={LIFE_INFO_CATEGORY_LABELS[e.category]?.[language] ?? e.category} />
          ))}
        </List>
        {list.hasNextPage && (
          <div style={{ padding: 12 }}>
            <Button block loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              {t('loadMore')}
            </Button>
          </div>
        )}
      </>
    );

  return (
    <ServicePage title={t('title')} back="/h5/">
      <div style={{ background: '#fff', padding: '8px 12px 0' }}>
        <SearchBar
          placeholder={t('search')}
          value={text}
          onChange={setText}
          onSearch={(v) => setQ(v.trim() || undefined)}
          onClear={() => setQ(undefined)}
        />
        <CapsuleTabs activeKey={category ?? ALL} onChange={(key) => setCategory(key === ALL ? undefined : (key as LifeInfoCategory))}>
          <CapsuleTabs.Tab key={ALL} title={t('all')} />
          {LIFE_INFO_CATEGORIES.map((c) => (
            <CapsuleTabs.Tab key={c} title={LIFE_INFO_CATEGORY_LABELS[c][language]} />
          ))}
        </CapsuleTabs>
      </div>
      {body}
    </ServicePage>
  );
}

function EntryItem({ entry, categoryLabel }: { entry: LifeInfoPublicEntry; categoryLabel: string }) {
  const { t } = useTranslation('h5lifeInfo');
  return (
    <List.Item
      data-testid="life-info-entry"
      extra={
        entry.phone && (
          <a href={telHref(entry.phone)} aria-label={t('call', { phone: entry.phone })} style={{ fontSize: 14 }}>
            {entry.phone}
          </a>
        )
      }
      description={
        <div style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          {entry.address && <span>{entry.address}</span>}
          {entry.openingHours && <span style={weak}>{t('hours', { hours: entry.openingHours })}</span>}
          {entry.note && <span style={weak}>{entry.note}</span>}
          {entry.tags.length > 0 && (
            <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
              {entry.tags.map((tag) => (
                <Tag key={tag} fill="outline" color="primary">
                  {tag}
                </Tag>
              ))}
            </span>
          )}
        </div>
      }
    >
      <span style={{ marginRight: 6 }}>{entry.name}</span>
      <Tag color="default">{categoryLabel}</Tag>
    </List.Item>
  );
}
