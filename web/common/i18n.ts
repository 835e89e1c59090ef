import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { webZh } from '../../common/i18n/web-zh-CN';
import { webEn } from '../../common/i18n/web-en';
import type { Lang } from '../../common/i18n';

const storageKey = 'linli.lang';

export function storedLang(): Lang {
  return localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh-CN';
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: webZh }, en: { translation: webEn } },
    lng: storedLang(),
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function switchLang(lang: Lang): Promise<void> {
  localStorage.setItem(storageKey, lang);
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}
