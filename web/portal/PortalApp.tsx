import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLang } from '../common/i18n';
import './portal.css';

/**
 * The public portal's shell: it works on a phone first. The directory, notices, certificate
 * verification and volunteering arrive with their capabilities; the links say so until then.
 */
export function PortalApp() {
  const { t, i18n } = useTranslation();
  const [searched, setSearched] = useState(false);
  const sections = ['directory', 'notices', 'verify', 'volunteer'] as const;
  return (
    <div className="portal">
      <header className="portal-header">
        <div className="portal-brand">{t('app.fullName')}</div>
        <nav>
          <a href="/admin">{t('portal.staffLogin')}</a>
          <button type="button" data-testid="lang-switch" onClick={() => switchLang(i18n.language === 'en' ? 'zh-CN' : 'en')}>{t('lang.switchTo')}</button>
        </nav>
      </header>
      <main>
        <section className="portal-hero">
          <h1>{t('app.name')}</h1>
          <p>{t('portal.tagline')}</p>
          <form role="search" onSubmit={(e) => { e.preventDefault(); setSearched(true); }}>
            <input type="search" name="q" placeholder={t('portal.searchPlaceholder')} aria-label={t('portal.searchPlaceholder')} />
            <button type="submit">{t('common.search')}</button>
          </form>
          {searched && <p className="portal-note">{t('portal.comingSoon')}</p>}
        </section>
        <section className="portal-sections">
          <h2>{t('portal.sections')}</h2>
          <ul>
            {sections.map((s) => (
              <li key={s}><span>{t(`portal.${s}`)}</span><small>{t('portal.comingSoon')}</small></li>
            ))}
          </ul>
        </section>
      </main>
      <footer>{t('portal.footer')}</footer>
    </div>
  );
}
