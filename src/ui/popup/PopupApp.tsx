// The toolbar popup: the on/off switches, the names in this page, and the settings.
import { useId } from 'preact/hooks';
import type { Translate } from '../messages';
import { Switch } from '../Switch';
import { EntityList } from './EntityList';
import { HoverDelayControl } from './HoverDelayControl';
import { PageStatus } from './PageStatus';
import { TypeFilters } from './TypeFilters';
import type { PopupEntity, PopupScanState, PopupSettings, PopupSettingsPatch } from './types';

export interface PopupAppProps {
  settings: PopupSettings;
  /** The tab's host name, or null where sites do not apply (browser pages, files). */
  host: string | null;
  onChange(patch: PopupSettingsPatch): void;
  /** The page's entities; null when no article was detected or it has not been scanned yet. */
  entities: readonly PopupEntity[] | null;
  scanState: PopupScanState;
  onScan(): void;
  onEntityClick(id: string): void;
  t: Translate;
}

export function PopupApp({ settings, host, onChange, entities, scanState, onScan, onEntityClick, t }: PopupAppProps) {
  const entitiesHeading = useId();
  const settingsHeading = useId();
  // The list follows the type filter, so unticking "Places" shows at once what it hides.
  const shown = entities?.filter((e) => settings.types[e.type]) ?? null;
  const showList = scanState === 'article' && shown !== null && shown.length > 0;
  return (
    <main class="cc-popup">
      <div class="cc-popup__switches">
        <Switch id="cc-enabled" label={t('popupEnabled')} checked={settings.enabled} onChange={(enabled) => onChange({ enabled })} />
        <Switch
          id="cc-site-enabled"
          label={host ? t('popupSiteEnabled', [host]) : t('popupSiteUnavailable')}
          checked={host !== null && settings.siteEnabled}
          disabled={host === null}
          onChange={(siteEnabled) => onChange({ siteEnabled })}
        />
      </div>

      <section class="cc-popup__section" aria-labelledby={entitiesHeading}>
        <h2 class="cc-popup__heading" id={entitiesHeading}>{t('popupEntitiesHeading')}</h2>
        {showList
          ? <EntityList entities={shown} onEntityClick={onEntityClick} t={t} />
          : <PageStatus scanState={scanState} entitiesKnown={entities !== null} onScan={onScan} t={t} />}
      </section>

      <section class="cc-popup__section" aria-labelledby={settingsHeading}>
        <h2 class="cc-popup__heading" id={settingsHeading}>{t('popupSettingsHeading')}</h2>
        <TypeFilters types={settings.types} onChange={(types) => onChange({ types })} t={t} />
        <HoverDelayControl valueMs={settings.hoverDelayMs} onChange={(hoverDelayMs) => onChange({ hoverDelayMs })} t={t} />
      </section>

      <p class="cc-popup__note">{t('popupLocalNote')}</p>
    </main>
  );
}
