import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Flex, Input, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/form-errors';
import { QueryError } from '../../ui/QueryError';
import { useLanguage } from '../../ui/useLanguage';
import { useKnowledgeSearch, useLogDeskQuestion, type SearchHit } from './api';
import './i18n';
import { BANK_COLORS, categoryLabel } from './labels';

/**
 * The consultation desk's search: a visitor's question in, the bank's published answers out, and
 * the answer given logged in one tap ("没有合适的答案" logs the question for the bank's editors).
 * Used by the desk page and embeddable in the reception board.
 */
export function KnowledgeSearchBox({ projectId, autoFocus = false }: { projectId: string; autoFocus?: boolean }) {
  const { t } = useTranslation('knowledge');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [loggedFor, setLoggedFor] = useState<string | null>(null);
  const search = useKnowledgeSearch(projectId, q);
  const log = useLogDeskQuestion();
  const items = search.data?.q === q ? search.data.items : [];

  function run(value: string) {
    setQ(value.trim());
    setLoggedFor(null);
  }

  async function logAnswer(hit: SearchHit | null) {
    try {
      await log.mutateAsync({ projectId, question: q, entryId: hit?.entryId ?? null });
      message.success(hit ? t('desk.logged') : t('desk.loggedUnanswered'));
      setLoggedFor(q);
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  return (
    <Flex vertical gap={16}>
      <Input.Search
        size="large"
        allowClear
        autoFocus={autoFocus}
        aria-label={t('searchBox.label')}
        placeholder={t('desk.placeholder')}
        enterButton={t('desk.search')}
        maxLength={100}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={run}
        loading={search.isFetching}
      />
      {!q && <Typography.Text type="secondary">{t('desk.hint')}</Typography.Text>}
      {search.isError && <QueryError error={search.error} onRetry={() => void search.refetch()} />}
      {loggedFor === q && q && <Alert type="success" showIcon title={t('desk.closing')} />}
      {q && search.isPending && <Spin />}
      {q && search.isSuccess && search.data.q === q && items.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<><div>{t('desk.noResult')}</div><Typography.Text type="secondary">{t('desk.noResultHint')}</Typography.Text></>} />
      )}
      {items.map((hit) => (
        <Card
          key={hit.entryId}
          size="small"
          role="article"
          aria-label={hit.question}
          title={
            <Space wrap>
              <Tag color={BANK_COLORS[hit.bank]}>{t(`banks.${hit.bank}`)}</Tag>
              <span>{hit.question}</span>
            </Space>
          }
          extra={<Typography.Text type="secondary">{categoryLabel(hit.category, language)}</Typography.Text>}
        >
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: 16 }}>{hit.answer}</Typography.Paragraph>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('desk.matched', { terms: hit.matchedTerms.join(t('common:listSeparator')) })} · {t('desk.score', { score: hit.score.toFixed(1) })}
            </Typography.Text>
            <Button type="primary" onClick={() => void logAnswer(hit)} loading={log.isPending && log.variables?.entryId === hit.entryId}>
              {t('desk.useAnswer')}
            </Button>
          </Flex>
        </Card>
      ))}
      {q && search.isSuccess && (
        <div>
          <Button onClick={() => void logAnswer(null)} loading={log.isPending && log.variables?.entryId === null}>
            {t('desk.noGoodAnswer')}
          </Button>
        </div>
      )}
    </Flex>
  );
}
