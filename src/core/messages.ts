// Messages between the extension's parts, named by direction. Every receiver parses what it gets with the
// parser for its direction: anything malformed or unexpected becomes null and is ignored, never thrown on.
import type { Analysis, ArticleInput, EntityType } from './types';
import { validateSettings, type Settings, type SettingsPatch } from './settings';
import { isRecord } from './is-record';

/** Upper bound on article text sent for analysis; the page layer caps earlier, this guards the receiver. */
export const MAX_ARTICLE_CHARS = 400_000;

/** Popup and content script alike ask the background for the settings (see ADR 7). */
export type SettingsRequest = { kind: 'get-settings' };

export type ContentToBackground =
  | SettingsRequest
  | { kind: 'analyze'; article: ArticleInput }
  | { kind: 'page-entities'; count: number };

export type PopupToBackground =
  | SettingsRequest
  | { kind: 'update-settings'; patch: SettingsPatch }
  | { kind: 'set-site-enabled'; host: string; enabled: boolean };

export type PopupToContent =
  | { kind: 'get-page-state' }
  | { kind: 'scan' }
  | { kind: 'show-entity'; id: string };

export type BackgroundToContent =
  | { kind: 'command'; command: 'next-mention' }
  /** The settings changed; sent to every tab, since content scripts do not watch storage themselves. */
  | { kind: 'settings'; settings: Settings };

export type AnalyzeReply = { ok: true; analysis: Analysis } | { ok: false; error: string };

export type ScanState = 'article' | 'not-article' | 'off' | 'unsupported' | 'scanning';

export interface PageEntitySummary {
  id: string;
  name: string;
  type: EntityType;
  count: number;
}

/** What the content script tells the popup about its tab. */
export interface PageState {
  host: string;
  scanState: ScanState;
  entities: PageEntitySummary[];
}

const isString = (v: unknown, max = 10_000): v is string => typeof v === 'string' && v.length <= max;
const optionalString = (v: unknown) => v === undefined || v === null || isString(v);

function parseArticleInput(v: unknown): ArticleInput | null {
  if (!isRecord(v) || !isString(v.text, MAX_ARTICLE_CHARS)) return null;
  if (![v.language, v.title, v.published, v.source, v.byline].every(optionalString)) return null;
  return {
    text: v.text,
    language: (v.language as string | null | undefined) ?? null,
    title: (v.title as string | null | undefined) ?? null,
    published: (v.published as string | null | undefined) ?? null,
    source: (v.source as string | null | undefined) ?? null,
    byline: (v.byline as string | null | undefined) ?? null,
  };
}

export function parseContentToBackground(m: unknown): ContentToBackground | null {
  if (!isRecord(m)) return null;
  if (m.kind === 'get-settings') return { kind: 'get-settings' };
  if (m.kind === 'analyze') {
    const article = parseArticleInput(m.article);
    return article ? { kind: 'analyze', article } : null;
  }
  if (m.kind === 'page-entities' && typeof m.count === 'number' && Number.isInteger(m.count) && m.count >= 0) {
    return { kind: 'page-entities', count: m.count };
  }
  return null;
}

export function parsePopupToBackground(m: unknown): PopupToBackground | null {
  if (!isRecord(m)) return null;
  if (m.kind === 'get-settings') return { kind: 'get-settings' };
  if (m.kind === 'update-settings' && isRecord(m.patch)) return { kind: 'update-settings', patch: m.patch as SettingsPatch };
  if (m.kind === 'set-site-enabled' && isString(m.host, 300) && typeof m.enabled === 'boolean') {
    return { kind: 'set-site-enabled', host: m.host, enabled: m.enabled };
  }
  return null;
}

export function parsePopupToContent(m: unknown): PopupToContent | null {
  if (!isRecord(m)) return null;
  if (m.kind === 'get-page-state' || m.kind === 'scan') return { kind: m.kind };
  if (m.kind === 'show-entity' && isString(m.id, 100)) return { kind: 'show-entity', id: m.id };
  return null;
}

export function parseBackgroundToContent(m: unknown): BackgroundToContent | null {
  if (!isRecord(m)) return null;
  if (m.kind === 'command' && m.command === 'next-mention') return { kind: 'command', command: 'next-mention' };
  // validateSettings turns anything into valid settings; only a record is taken for settings at all.
  if (m.kind === 'settings' && isRecord(m.settings)) return { kind: 'settings', settings: validateSettings(m.settings) };
  return null;
}

