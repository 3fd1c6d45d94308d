import { List, Switch, Tag, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { MESSAGE_TOPICS } from '@guanjia/domain/messaging/topics';
import { useMyCommands, useMyPreferences, type Preferences } from '../../features/life-secretary/api';
import { errorMessage } from '../../ui/form-errors';
import { useLanguage } from '../../ui/useLanguage';
import { PageError, PageLoading } from '../services/ServicePage';

const CHANNELS = ['sms', 'inApp'] as const;

/** The owner's opt-out page: each topic on SMS and in-app; topics that must reach them (emergencies) stay on. */
export function PreferencesSection() {
  const { t } = useTranslation('h5lifeSecretary');
  const { language } = useLanguage();
  const prefs = useMyPreferences();
  const { savePreferences } = useMyCommands();

  async function toggle(current: Preferences, topic: string, channel: (typeof CHANNELS)[number], receive: boolean) {
    const others = current.optOuts.filter((o) => !(o.topic === topic && o.channel === channel));
    try {
      await savePreferences.mutateAsync(receive ? others : [...others, { topic, channel }]);
      Toast.show({ content: t('saved'), icon: 'success' });
    } catch (error) {
      Toast.show({ content: errorMessage(error), icon: 'fail' });
    }
  }

  let body;
  if (prefs.isPending) body = <PageLoading />;
  else if (prefs.isError) body = <PageError error={prefs.error} retry={() => void prefs.refetch()} />;
  else {
    const data = prefs.data;
    body = MESSAGE_TOPICS.map((topic) => (
      <List.Item
        key={topic.code}
        data-testid={`pref-${topic.code}`}
        description={
          topic.optOutAllowed ? (
            <div style={{ display: 'flex', gap: 16, paddingTop: 4 }}>
              {CHANNELS.map((channel) => {
                const receive = !data.optOuts.some((o) => o.topic === topic.code && o.channel === channel);
                return (
                  <label key={channel} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
                    <Switch
                      checked={receive}
                      loading={savePreferences.isPending}
                      aria-label={`${topic.label[language]} ${t(`channels.${channel}`)}`}
                      onChange={(next) => void toggle(data, topic.code, channel, next)}
                    />
                    {t(`channels.${channel}`)}
                  </label>
                );
              })}
            </div>
          ) : undefined
        }
        extra={!topic.optOutAllowed && <Tag color="warning">{t('alwaysOn')}</Tag>}
      >
        {topic.label[language]}
      </List.Item>
    ));
  }
  return (
    <List header={t('preferences')}>
      <List.Item description={t('preferencesHint')} />
      {body}
    </List>
  );
}
