import { List } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import './i18n';

const BellIcon = () => (
  <svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="#fa8c16" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
    <path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4l2-2z" />
    <path d="M10 20a2 2 0 0 0 4 0" />
  </svg>
);

/** The home page's way into /h5/messages. */
export function LifeSecretaryShortcut() {
  const { t } = useTranslation('h5lifeSecretary');
  const navigate = useNavigate();
  return (
    <List>
      <List.Item prefix={<BellIcon />} description={t('shortcutHint')} arrowIcon onClick={() => navigate('/h5/messages')} data-testid="home-life-secretary">
        {t('shortcut')}
      </List.Item>
    </List>
  );
}
