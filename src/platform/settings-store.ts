// Settings in browser.storage: sync where the browser has it (follows the reader across devices),
// local where sync is missing or refuses (some Firefox builds and policies disable it).
import browser from 'webextension-polyfill';
import { validateSettings, type Settings } from '../core/settings';

const KEY = 'settings';

function area(): browser.Storage.StorageArea {
  return browser.storage.sync ?? browser.storage.local;
}

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await area().get(KEY);
    return validateSettings(got[KEY]);
  } catch {
    const got = await browser.storage.local.get(KEY).catch(() => ({} as Record<string, unknown>));
    return validateSettings(got[KEY]);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  const value = validateSettings(settings);
  try {
    await area().set({ [KEY]: value });
  } catch {
    await browser.storage.local.set({ [KEY]: value });
  }
}

/** Calls `listener` with the validated new settings whenever they change in any context. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>) => {
    const change = changes[KEY];
    if (change) listener(validateSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
