// Wires the popup UI to settings (through the background) and to the page state of the target tab.
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground, sendToTab } from '../platform/messaging';
import { onSettingsChanged } from '../platform/settings-store';
import { t } from '../platform/i18n';
import type { PageState } from '../core/messages';
import { isActiveOn, type Settings } from '../core/settings';
import { findTargetTab } from './target-tab';

export function PopupRoot() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [page, setPage] = useState<PageState | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);

  useEffect(() => {
    void sendToBackground({ kind: 'get-settings' }).then(setSettings);
    void findTargetTab().then(async (id) => {
      setTabId(id);
      if (id !== null) setPage(await sendToTab(id, { kind: 'get-page-state' }).catch(() => null));
    });
    return onSettingsChanged(setSettings);
  }, []);

  if (!settings) return null;
  const host = page?.host ?? '';
  return (
    <main>
      <label>
        <input type="checkbox" role="switch" id="cc-enabled" checked={settings.enabled}
          onChange={(e) => void sendToBackground({ kind: 'update-settings', patch: { enabled: e.currentTarget.checked } }).then(setSettings)} />
        {t('popupEnabled')}
      </label>
      {host && (
        <label>
          <input type="checkbox" role="switch" id="cc-site-enabled" checked={isActiveOn({ ...settings, enabled: true }, host)}
            onChange={(e) => void sendToBackground({ kind: 'set-site-enabled', host, enabled: e.currentTarget.checked }).then(setSettings)} />
          {host}
        </label>
      )}
      <p data-tab={tabId ?? ''}>{page?.scanState ?? ''}</p>
    </main>
  );
}
