import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** "暂无数据" with a line telling the user what to do next. */
export function EmptyState({ hint }: { hint?: string }) {
  const { t } = useTranslation();
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <div>{t('empty.title')}</div>
          {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
        </>
      }
    />
  );
}
