// UI strings go through browser.i18n; a missing key shows the key itself, which is visible in tests.
import browser from 'webextension-polyfill';

export type Translate = (key: string, substitutions?: string[]) => string;

export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
