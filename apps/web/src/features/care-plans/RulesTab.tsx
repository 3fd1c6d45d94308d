import { useState } from 'react';
import { Alert, Button, Card, Col, Empty, Flex, List, Row, Spin, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PROFILE_TAG_LABELS } from '@guanjia/domain/service-profiles/profile-vocabulary';
import { QueryError } from '../../ui/QueryError';
import { useAuth } from '../../ui/auth';
import { useLanguage } from '../../ui/useLanguage';
import { canEditCareRules } from './access';
import { useCareRules, type CareRule } from './api';
import { RecurrenceText } from './care-parts';
import { RuleDrawer } from './RuleDrawer';
import './i18n';

/** 关怀规则: which households get which services; administrators edit, butlers read. */
export function RulesTab({ projectId }: { projectId: string | undefined }) {
  const { t } = useTranslation('carePlans');
  const { language } = useLanguage();
  const canEdit = canEditCareRules(useAuth());
  const rules = useCareRules(projectId);
  const [editing, setEditing] = useState<CareRule | 'new' | null>(null);

  if (rules.isPending) return <Spin />;
  if (rules.isError) return <QueryError error={rules.error} onRetry={() => void rules.refetch()} />;
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        {canEdit ? <span /> : <Alert type="info" showIcon title={t('rulesReadOnly')} />}
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('addRule')}
          </Button>
        )}
      </Flex>
      {rules.data.items.length === 0 && <Empty />}
      <Row gutter={[16, 16]}>
        {rules.data.items.map((r) => (
          <Col key={r.id} xs={24} xl={12}>
            <Card
              size="small"
              title={
                <Flex gap={8} align="center" wrap>
                  <span>{r.name}</span>
                  <Tag>{t(r.origin === 'seed' ? 'seeded' : 'custom')}</Tag>
                  {!r.enabled && <Tag color="default">{t('disabled')}</Tag>}
                </Flex>
              }
              extra={
                r.allowedActions.includes('edit') && (
                  <Button size="small" onClick={() => setEditing(r)} aria-label={`${t('editRule')} ${r.name}`}>
                    {t('common:actions.edit')}
                  </Button>
                )
              }
            >
              {r.description && <Typography.Paragraph type="secondary">{r.description}</Typography.Paragraph>}
              <div style={{ marginBottom: 8 }}>
                {t('condition')}：{r.condition.tags.map((tag) => <Tag key={tag} color="purple">{PROFILE_TAG_LABELS[tag][language]}</Tag>)}
                {r.condition.minAge !== null && <Tag>{t('ageAtLeast', { age: r.condition.minAge })}</Tag>}
              </div>
              <List
                size="small"
                dataSource={r.actions}
                renderItem={(a) => (
                  <List.Item>
                    <Flex vertical gap={0}>
                      <Typography.Text>{a.title}</Typography.Text>
                      <Typography.Text type="secondary">
                        {`${a.categoryNumber}-${a.itemNumber} ${a.itemName ?? ''} · `}
                        <RecurrenceText recurrence={a.recurrence} time={a.timeOfDay} />
                        {a.fromUsualTimes ? ` · ${t('fromUsualTimes')}` : ''}
                      </Typography.Text>
                    </Flex>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {editing && projectId && <RuleDrawer projectId={projectId} rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
