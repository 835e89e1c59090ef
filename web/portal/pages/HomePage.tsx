import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '../components/Status';

/** The front page: search the directory, or go straight to a service. */
export default function HomePage() {
  const { t } = useTranslation();
  usePageTitle(undefined);
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const search = (e: FormEvent) => {
    e.preventDefault();
    navigate(q.trim() ? `/organizations?q=${encodeURIComponent(q.trim())}` : '/organizations');
  };
  const services = [
    { to: '/organizations', name: t('portal.directory'), hint: t('portal.hints.directory') },
    { to: '/notices', name: t('portal.notices'), hint: t('portal.hints.notices') },
    { to: '/verify', name: t('portal.verify'), hint: t('portal.hints.verify') },
    { to: '/activities', name: t('portal.volunteer'), hint: t('portal.hints.volunteer') },
  ];
  return (
    <>
      <section className="portal-hero">
        <h1>{t('app.name')}</h1>
        <p>{t('portal.tagline')}</p>
        <form role="search" className="search-row" onSubmit={search}>
          <input
            type="search" name="q" value={q} maxLength={100} onChange={(e) => setQ(e.target.value)}
            placeholder={t('portal.searchPlaceholder')} aria-label={t('portal.searchPlaceholder')}
          />
          <button type="submit">{t('common.search')}</button>
        </form>
      </section>
      <section className="portal-sections">
        <h2>{t('portal.sections')}</h2>
        <ul>
          {services.map((s) => (
            <li key={s.to}>
              <Link to={s.to}><strong>{s.name}</strong><small>{s.hint}</small></Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
