import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSalesCenters } from './api';
import { MAX_REPLY_DAYS, outsideReplyWindow } from './reply-dates';

const DATE_FORMAT = 'YYYY-MM-DD';

/** The form values these fields fill. */
export interface SiteValues {
  salesCenterId?: string;
  location?: string;
  replyBy?: Dayjs;
}

/**
 * A visitor's complaint, question or suggestion: the sales center (案场) and the spot it happened,
 * and, when it cannot be settled on the spot, the reply-by date agreed with them.
 */
export function SiteFields({ projectId }: { projectId: string }) {
  const { t } = useTranslation('workOrders');
  const centers = useSalesCenters(projectId);
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item label={t('reply.salesCenter')} name="salesCenterId">
          <Select
            allowClear
            placeholder={t('site.salesCenterPlaceholder')}
            loading={centers.isPending}
            options={(centers.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label={t('reply.location')} name="location">
          <Input maxLength={200} placeholder={t('site.locationPlaceholder')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          label={t('reply.replyBy')}
          name="replyBy"
          extra={t('site.replyByExtra')}
          rules={[
            {
              validator: (_, value: Dayjs | undefined) =>
                value && outsideReplyWindow(value.format(DATE_FORMAT))
                  ? Promise.reject(new Error(t('reply.dateOutside', { max: MAX_REPLY_DAYS })))
                  : Promise.resolve(),
            },
          ]}
        >
          <DatePicker style={{ width: '100%' }} format={DATE_FORMAT} disabledDate={(day: Dayjs) => outsideReplyWindow(day.format(DATE_FORMAT))} />
        </Form.Item>
      </Col>
    </Row>
  );
}
