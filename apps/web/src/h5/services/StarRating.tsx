import { useTranslation } from 'react-i18next';

/** Five stars as real radio buttons: tappable on a phone, reachable by keyboard and screen reader. */
export function StarRating({ value, onChange }: { value: number; onChange: (value: number) => void }) {
  const { t } = useTranslation('h5services');
  return (
    <span role="radiogroup" aria-label={t('rating')} style={{ display: 'inline-flex', alignItems: 'center', gap: 2 }}>
      {[1, 2, 3, 4, 5].map((n) => (
        <button
          key={n}
          type="button"
          role="radio"
          aria-checked={value === n}
          aria-label={t('stars', { count: n })}
          onClick={() => onChange(n)}
          style={{
            border: 'none',
            background: 'none',
            padding: '0 2px',
            fontSize: 28,
            lineHeight: 1,
            cursor: 'pointer',
            color: n <= value ? 'var(--adm-color-warning, #ff8f1f)' : 'var(--adm-color-light, #ccc)',
          }}
        >
          ★
        </button>
      ))}
      {value > 0 && <span style={{ marginLeft: 8, color: 'var(--adm-color-text-secondary)' }}>{t(`ratingScale.${value}`)}</span>}
    </span>
  );
}
