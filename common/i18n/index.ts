import { errorsZh, errorsEn } from './errors';

/** The UI and the server speak zh-CN first, English on request (Accept-Language or the UI switch). */
export const langs = ['zh-CN', 'en'] as const;
export type Lang = (typeof langs)[number];

export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh-CN';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

/** The server's message catalogue; the web app adds its own namespaces beside it. */
export const serverMessages = { 'zh-CN': { errors: errorsZh }, en: { errors: errorsEn } } as const;

export type ErrorKey = keyof typeof errorsZh;

/** `{{name}}` placeholders, as in i18next, so one catalogue serves both sides. */
export function translate(lang: Lang, key: ErrorKey, params: Record<string, unknown> = {}): string {
  const template: string = serverMessages[lang].errors[key] ?? serverMessages['zh-CN'].errors[key] ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Translates `text` when it is a catalogue key (schemas use keys for their own messages), else keeps it. */
export function translateIfKey(lang: Lang, text: string, params: Record<string, unknown> = {}): string {
  return text in serverMessages['zh-CN'].errors ? translate(lang, text as ErrorKey, params) : text;
}
