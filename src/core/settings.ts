// The one typed, validated settings module. Whatever is in storage (nothing, an old version, a corrupt
// value written by anything) comes out as a valid Settings: unknown or invalid fields fall back to defaults.
import type { EntityType } from './types';
import { isRecord, type UnknownRecord } from './is-record';

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** The global switch (popup #cc-enabled). */
  enabled: boolean;
  /** Hosts the reader turned off (popup #cc-site-enabled), lower-case, without port. */
  disabledSites: string[];
  /** Dwell before a card opens. 500 ms is what Wikipedia Page Previews settled on. */
  hoverDelayMs: number;
  /** Which entity types are highlighted. */
  types: Record<EntityType, boolean>;
}

/**
 * Below 200 ms a passing pointer opens cards; above 1.5 s readers think the feature is broken.
 * Stored values outside are clamped, so the popup's slider always shows the value in force.
 */
export const HOVER_DELAY_RANGE = { min: 200, max: 1500 } as const;
/** A reader who disables hundreds of sites still fits in storage.sync's 8 KB per item. */
const MAX_DISABLED_SITES = 300;
const MAX_HOST_LENGTH = 253;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: true,
  disabledSites: [],
  hoverDelayMs: 500,
  types: { person: true, place: true, organization: true, other: true },
});

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'other'];


/**
 * Migrations from older stored shapes, keyed by the version they read. Version 0 is the unversioned shape
 * of the first prototype: `{ on: boolean, delay: number, sites: { [host]: false } }`.
 */
const MIGRATIONS: Record<number, (raw: UnknownRecord) => UnknownRecord> = {
  0: (raw) => ({
    version: 1,
    enabled: raw.enabled ?? raw.on,
    hoverDelayMs: raw.hoverDelayMs ?? raw.delay,
    disabledSites: raw.disabledSites ?? (isRecord(raw.sites)
      ? Object.entries(raw.sites).filter(([, on]) => on === false).map(([host]) => host)
      : undefined),
    types: raw.types,
  }),
};

export function normalizeHost(host: unknown): string | null {
  if (typeof host !== 'string') return null;
  const h = host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  if (!h || h.length > MAX_HOST_LENGTH || !/^[a-z0-9.\-[\]:_]+$/.test(h)) return null;
  return h;
}

export function validateSettings(stored: unknown): Settings {
  let raw: UnknownRecord = isRecord(stored) ? stored : {};
  let version = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : 0;
  while (version < SETTINGS_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) break;
    raw = migrate(raw);
    version += 1;
  }
  const d = DEFAULT_SETTINGS;
  const delay = raw.hoverDelayMs;
  const types = isRecord(raw.types) ? raw.types : {};
  const sites = Array.isArray(raw.disabledSites) ? raw.disabledSites : [];
  return {
    version: SETTINGS_VERSION,
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : d.enabled,
    hoverDelayMs: typeof delay === 'number' && Number.isFinite(delay)
      ? Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, delay)))
      : d.hoverDelayMs,
    disabledSites: [...new Set(sites.map(normalizeHost).filter((h): h is string => h !== null))]
      .slice(0, MAX_DISABLED_SITES),
    types: Object.fromEntries(ENTITY_TYPES.map((t) => [t, typeof types[t] === 'boolean' ? types[t] : d.types[t]])) as Record<EntityType, boolean>,
  };
}

/** A partial update as the popup sends it; validated like a whole stored value. */
export type SettingsPatch = Partial<Omit<Settings, 'version' | 'types'>> & { types?: Partial<Record<EntityType, boolean>> };

export function applySettingsPatch(current: Settings, patch: unknown): Settings {
  if (!isRecord(patch)) return current;
  const types = isRecord(patch.types) ? { ...current.types, ...patch.types } : current.types;
  return validateSettings({ ...current, ...patch, types, version: SETTINGS_VERSION });
}

/** Turns the per-site switch for `host` on or off. */
export function withSiteEnabled(current: Settings, host: string, on: boolean): Settings {
  const h = normalizeHost(host);
  if (!h) return current;
  const rest = current.disabledSites.filter((s) => s !== h);
  return validateSettings({ ...current, disabledSites: on ? rest : [...rest, h] });
}

export function isActiveOn(settings: Settings, host: string): boolean {
  const h = normalizeHost(host);
  return settings.enabled && (h === null || !settings.disabledSites.includes(h));
}
