// Wires the popup UI to the settings (kept by the background) and to the page state of the target tab.
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground, sendToTab } from '../platform/messaging';
import { onSettingsChanged } from '../platform/settings-store';
import { t } from '../platform/i18n';
import type { PageState } from '../core/messages';
import { isActiveOn, type Settings } from '../core/settings';
import { PopupApp } from '../ui/popup/PopupApp';
import type { PopupSettingsPatch } from '../ui/popup/types';
import type { Translate } from '../ui/messages';
import { findTargetTab } from './target-tab';

/** While the page is still being analysed, ask again this often so the list fills in by itself. */
const SCANNING_POLL_MS = 400;

export function PopupRoot() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [page, setPage] = useState<PageState | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);

  const refreshPage = async (id: number | null) => {
    if (id === null) return;
    const state = await sendToTab(id, { kind: 'get-page-state' }).catch(() => null);
    setPage(state ?? null);
  };

  useEffect(() => {
    void sendToBackground({ kind: 'get-settings' }).then(setSettings);
    void findTargetTab().then((id) => {
      setTabId(id);
      return refreshPage(id);
    });
    return onSettingsChanged((s) => {
      setSettings(s);
      // The content script reacts to the same change; read its new state once it had a moment.
      setTimeout(() => void findTargetTab().then(refreshPage), 150);
    });
  }, []);

  useEffect(() => {
    if (page?.scanState !== 'scanning') return undefined;
    const timer = setTimeout(() => void refreshPage(tabId), SCANNING_POLL_MS);
    return () => clearTimeout(timer);
  }, [page, tabId]);

  if (!settings) return null;
  const host = page?.host || null;
  const onChange = (patch: PopupSettingsPatch) => {
    const { siteEnabled, ...rest } = patch;
    if (siteEnabled !== undefined && host) {
      void sendToBackground({ kind: 'set-site-enabled', host, enabled: siteEnabled }).then(setSettings);
    }
    if (Object.keys(rest).length > 0) void sendToBackground({ kind: 'update-settings', patch: rest }).then(setSettings);
  };
  return (
    <PopupApp
      settings={{ ...settings, siteEnabled: host ? isActiveOn({ ...settings, enabled: true }, host) : false }}
      host={host}
      onChange={onChange}
      entities={page?.entities ?? null}
      scanState={page ? (settings.enabled ? page.scanState : 'off') : 'unsupported'}
      onScan={() => {
        if (tabId !== null) void sendToTab(tabId, { kind: 'scan' }).then(setPage).catch(() => undefined);
      }}
      onEntityClick={(id) => {
        if (tabId !== null) void sendToTab(tabId, { kind: 'show-entity', id }).catch(() => undefined);
      }}
      t={t as Translate}
    />
  );
}
