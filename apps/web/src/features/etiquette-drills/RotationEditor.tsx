import { useState } from 'react';
import { App, Button, Card, Flex, Select, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DRILL_KINDS } from '@guanjia/domain/etiquette-drills/drill-timetable';
import { isApiError } from '../../ui/api';
import { errorMessage } from '../../ui/form-errors';
import { drillApi, type DrillKind, type DrillSettings } from './api';
import { useRefreshDrills } from './parts';

/** The order of drill kinds: one select per place, repeats allowed. */
export function RotationEditor({ settings, canEdit }: { settings: DrillSettings; canEdit: boolean }) {
  const { t } = useTranslation('etiquetteDrills');
  const { message } = App.useApp();
  const refresh = useRefreshDrills();
  const [kinds, setKinds] = useState<DrillKind[]>(settings.rotation.kinds);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const options = DRILL_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }));

  async function save() {
    setSaving(true);
    setError(null);
    try {
      await drillApi.setRotation(settings.salesCenter.id, kinds, settings.rotation.version);
      message.success(t('settings.saved'));
      await refresh();
    } catch (e) {
      if (isApiError(e, 409)) {
        message.warning(`${errorMessage(e)} ${t('refreshed')}`);
        await refresh();
      } else setError(isApiError(e) && e.fields?.kinds ? e.fields.kinds : errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card size="small" title={t('settings.rotation')} extra={settings.rotation.isDefault && <Tag>{t('settings.rotationDefault')}</Tag>}>
      <Typography.Paragraph type="secondary">{t('settings.rotationHint')}</Typography.Paragraph>
      {!canEdit && <Typography.Paragraph>{settings.rotation.kinds.map((k) => t(`kind.${k}`)).join(' → ')}</Typography.Paragraph>}
      {canEdit && (
        <>
          {kinds.map((kind, i) => (
            <Flex key={i} gap={8} align="center" style={{ marginBottom: 8 }}>
              <span style={{ width: 24 }}>{i + 1}.</span>
              <Select aria-label={`${t('settings.rotation')} ${i + 1}`} style={{ width: 240 }} value={kind} options={options} onChange={(k) => setKinds(kinds.map((x, j) => (j === i ? k : x)))} />
              <Button aria-label={t('settings.remove')} icon={<DeleteOutlined />} onClick={() => setKinds(kinds.filter((_, j) => j !== i))} />
            </Flex>
          ))}
          {error && <Typography.Paragraph type="danger">{error}</Typography.Paragraph>}
          <Flex gap={8}>
            <Button icon={<PlusOutlined />} onClick={() => setKinds([...kinds, DRILL_KINDS[kinds.length % DRILL_KINDS.length]!])}>
              {t('settings.addKind')}
            </Button>
            <Button type="primary" loading={saving} onClick={() => void save()}>
              {t('settings.saveRotation')}
            </Button>
          </Flex>
        </>
      )}
    </Card>
  );
}
