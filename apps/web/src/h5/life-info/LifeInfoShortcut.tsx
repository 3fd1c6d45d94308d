import { List } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import './i18n';

const PinIcon = () => (
  <svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="#722ed1" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
    <path d="M12 21s-7-6.2-7-11.5A7 7 0 0 1 19 9.5C19 14.8 12 21 12 21z" />
    <circle cx="12" cy="9.5" r="2.5" />
  </svg>
);

/** The home page's way into the life-information directory. */
export function LifeInfoShortcut() {
  const { t } = useTranslation('h5lifeInfo');
  const navigate = useNavigate();
  return (
    <List>
      <List.Item prefix={<PinIcon />} description={t('shortcutHint')} arrowIcon onClick={() => navigate('/h5/life-info')} data-testid="home-life-info">
        {t('shortcut')}
      </List.Item>
    </List>
  );
}
