import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { switchLang } from '../../common/i18n';
import { VolunteerLink } from '../volunteer/VolunteerLink';

/** Header with the brand, staff sign-in and the language switch; a tab bar a thumb can reach. */
export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const tabs = [
    { to: '/organizations', label: t('portal.tabs.directory') },
    { to: '/activities', label: t('activities.portal.tab') },
    { to: '/notices', label: t('portal.tabs.notices') },
    { to: '/grades', label: t('grading.portal.title') },
    { to: '/verify', label: t('portal.tabs.verify') },
    { to: '/credit-lists', label: t('creditLists.public.title') },
  ];
  return (
    <div className="portal">
      <a className="skip-link" href="#content">{t('portal.skipToContent')}</a>
      <header className="portal-header">
        <Link to="/" className="portal-brand" aria-label={t('app.fullName')}>
          <span className="brand-full">{t('app.fullName')}</span>
          <span className="brand-short" aria-hidden="true">{t('app.name')}</span>
        </Link>
        <nav className="portal-tools">
          <VolunteerLink />
          <a href="/admin">{t('portal.staffLogin')}</a>
          <button
            type="button"
            data-testid="lang-switch"
            onClick={async () => {
              await switchLang(i18n.language === 'en' ? 'zh-CN' : 'en');
              // Server texts (problem messages) follow the language on the next answers.
              await queryClient.invalidateQueries();
            }}
          >
            {t('lang.switchTo')}
          </button>
        </nav>
      </header>
      <nav className="portal-tabs" aria-label={t('portal.sections')}>
        {tabs.map((tab) => <NavLink key={tab.to} to={tab.to}>{tab.label}</NavLink>)}
      </nav>
      <main id="content">{children}</main>
      <footer>{t('portal.footer')}</footer>
    </div>
  );
}
