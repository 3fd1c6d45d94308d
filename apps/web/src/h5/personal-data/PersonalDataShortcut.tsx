import { List } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import './i18n';

const ShieldIcon = () => (
  <svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="#13a8a8" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
    <path d="M12 3l7 3v5c0 4.5-3 8.3-7 10-4-1.7-7-5.5-7-10V6l7-3z" />
    <path d="M9 12l2 2 4-4" />
  </svg>
);

/** The home page's way into /h5/privacy. */
export function PersonalDataShortcut() {
  const { t } = useTranslation('h5privacy');
  const navigate = useNavigate();
  return (
    <List>
      <List.Item prefix={<ShieldIcon />} description={t('shortcutHint')} arrowIcon onClick={() => navigate('/h5/privacy')} data-testid="home-privacy">
        {t('shortcut')}
      </List.Item>
    </List>
  );
}
