import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../components/Status';

export default function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.notFoundPage'));
  return (
    <div className="page">
      <h1>{t('portal.notFoundPage')}</h1>
      <Link className="text-link" to="/">{t('portal.backHome')}</Link>
    </div>
  );
}
