// What the popup shows and what it asks to change.
import type { EntityType } from '../../core/types';

export interface PopupSettings {
  enabled: boolean;
  /** Whether Context Cards runs on this tab's host. */
  siteEnabled: boolean;
  hoverDelayMs: number;
  types: Record<EntityType, boolean>;
}

/** One changed field. `types` always carries all four types (the old values with one flipped). */
export type PopupSettingsPatch = Partial<PopupSettings>;

export interface PopupEntity {
  id: string;
  name: string;
  type: EntityType;
  /** Number of mentions in the page. */
  count: number;
}

/** What the content script found in the tab; 'scanning' while the analysis runs. */
export type PopupScanState = 'article' | 'not-article' | 'unsupported' | 'off' | 'scanning';
