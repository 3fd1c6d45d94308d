import { useCallback, useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Image, Result, Row, Space, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EVENT_PLAN_PARTS, type EventPlanPart } from '@guanjia/domain/event-plans/event-plan-flow';
import { ApiError, isApiError } from '../../ui/api';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { useEventPlan, type EventPlanDetail } from './api';
import { PlanActions } from './PlanActions';
import { PlanHistory } from './PlanHistory';
import { PlanPartsForm } from './PlanPartsForm';
import { RehearsalCard } from './RehearsalCard';
import { ScheduleTable } from './ScheduleTable';
import { KindTag, StatusTag } from './parts';
import './i18n';

const isPart = (value: unknown): value is EventPlanPart => (EVENT_PLAN_PARTS as readonly unknown[]).includes(value);

/** The parts a refused submission named that the plan still lacks, each with the server's words. */
function stillMissing(refusal: ApiError | null, plan: EventPlanDetail): Partial<Record<EventPlanPart, string>> {
  if (!refusal) return {};
  const named = Array.isArray(refusal.details?.missing) ? refusal.details.missing.filter(isPart) : Object.keys(refusal.fields ?? {}).filter(isPart);
  return Object.fromEntries(named.filter((p) => plan.missingParts.includes(p)).map((p) => [p, refusal.fields?.[p] ?? ''])) as Partial<Record<EventPlanPart, string>>;
}

export function EventPlanDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('eventPlans');
  const navigate = useNavigate();
  const detail = useEventPlan(id);
  const plan = detail.data;
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [unsaved, setUnsaved] = useState(false);
  const refetch = useCallback(() => void detail.refetch(), [detail]);
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/event-plans')}>
      {t('detail.back')}
    </Button>
  );

  if (detail.isPending) return <Spin />;
  if (isApiError(detail.error, 404)) return <Result status="404" title={t('detail.notFound')} extra={back} />;
  if (!plan) return <QueryError error={detail.error} onRetry={refetch} />;

  const missing = stillMissing(refusal, plan);
  const missingParts = EVENT_PLAN_PARTS.filter((p) => p in missing);
  const partsRefusal = missingParts.length && refusal ? new ApiError({ status: refusal.status, code: refusal.code, message: refusal.message, fields: missing as Record<string, string> }) : null;

  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            <span>{plan.title}</span>
            <StatusTag status={plan.status} />
            <KindTag kind={plan.kind} />
            {plan.major && <Tag color="volcano">{t('major')}</Tag>}
          </Space>
        }
        subTitle={`${t('detail.eventDate')} ${plan.eventDate} · ${t('detail.rehearsalDate')} ${plan.rehearsalDate}`}
        extra={back}
      />
      {detail.isError && <QueryError error={detail.error} onRetry={refetch} />}
      <Card size="small" style={{ marginBottom: 16 }}>
        <PlanActions plan={plan} unsaved={unsaved} onIncomplete={setRefusal} onConflict={refetch} />
        {!plan.allowedActions.length && !plan.canReschedule && <Typography.Text type="secondary">{t(`status.${plan.status}`)}</Typography.Text>}
      </Card>
      {missingParts.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={refusal?.message}
          description={
            <>
              <div>{t('parts.missingTitle')}</div>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {missingParts.map((p) => (
                  <li key={p}>
                    {t(`part.${p}`)}
                    {missing[p] ? `：${missing[p]}` : ''}
                  </li>
                ))}
              </ul>
            </>
          }
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <PlanFacts plan={plan} />
          <PlanPartsForm plan={plan} incomplete={partsRefusal} onDirtyChange={setUnsaved} onConflict={refetch} />
        </Col>
        <Col xs={24} xl={8}>
          <RehearsalCard plan={plan} onConflict={refetch} />
          {plan.review && <ReviewCard review={plan.review} />}
          <Card size="small" title={t('detail.history')}>
            <PlanHistory history={plan.history} />
          </Card>
        </Col>
      </Row>
      {/* The schedule's columns (owner, done) need the page's full width. */}
      <ScheduleTable plan={plan} missing={missing.backwardSchedule} onConflict={refetch} />
    </>
  );
}

function PlanFacts({ plan }: { plan: EventPlanDetail }) {
  const { t } = useTranslation('eventPlans');
  const none = t('detail.none');
  return (
    <Card size="small" title={t('detail.facts')} style={{ marginBottom: 16 }}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('detail.eventDate')}>{plan.eventDate}</Descriptions.Item>
        <Descriptions.Item label={t('detail.rehearsalDate')}>{plan.rehearsalDate}</Descriptions.Item>
        <Descriptions.Item label={t('detail.salesCenter')}>{plan.salesCenter?.name ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('detail.createdBy')}>{plan.createdBy?.name ?? none}</Descriptions.Item>
        {plan.submittedAt && <Descriptions.Item label={t('detail.submittedAt')}>{formatDateTime(plan.submittedAt)}</Descriptions.Item>}
        {plan.decidedAt && <Descriptions.Item label={t('detail.decidedAt')}>{formatDateTime(plan.decidedAt)}</Descriptions.Item>}
        {plan.heldAt && <Descriptions.Item label={t('detail.heldAt')}>{formatDateTime(plan.heldAt)}</Descriptions.Item>}
        {plan.cancelReason && <Descriptions.Item label={t('detail.cancelReason')}>{plan.cancelReason}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}

function ReviewCard({ review }: { review: NonNullable<EventPlanDetail['review']> }) {
  const { t } = useTranslation('eventPlans');
  return (
    <Card size="small" title={t('detail.review')} style={{ marginBottom: 16 }}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('detail.wentWell')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{review.wentWell}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.problems')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{review.problems}</span>
        </Descriptions.Item>
        {review.photoIds.length > 0 && (
          <Descriptions.Item label={t('detail.photos')}>
            <Image.PreviewGroup>
              <Space wrap>
                {review.photoIds.map((photoId) => (
                  <Image key={photoId} width={72} height={72} style={{ objectFit: 'cover' }} src={`/api/files/${photoId}`} />
                ))}
              </Space>
            </Image.PreviewGroup>
          </Descriptions.Item>
        )}
      </Descriptions>
      {review.reviewedBy && <Typography.Text type="secondary">{t('detail.reviewedBy', { name: review.reviewedBy.name, at: formatDateTime(review.reviewedAt) })}</Typography.Text>}
    </Card>
  );
}
