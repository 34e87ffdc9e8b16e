// The message keys the UI layer uses (assets/_locales/*/messages.json). Components take a `t` prop typed
// with these keys, so a key used here but missing from this list fails the typecheck, and a unit test
// checks that every key is in both locales.
import type { EntityType } from '../core/types';

export const UI_MESSAGE_KEYS = [
  'typePerson', 'typePlace', 'typeOrganization', 'typeOther',
  'typePersonPlural', 'typePlacePlural', 'typeOrganizationPlural', 'typeOtherPlural',
  'cardClose', 'cardAliases', 'cardMentionsOne', 'cardMentionsMany', 'cardMentionPosition',
  'cardPreviousMention', 'cardNextMention', 'cardQuotes', 'cardFacts', 'cardRelated', 'cardBasis',
  'popupEnabled', 'popupSiteEnabled', 'popupSiteUnavailable', 'popupTypesHeading', 'popupHoverDelay',
  'popupDelayValue', 'popupEntitiesHeading', 'popupNoEntities', 'popupScanning', 'popupNotArticle',
  'popupScan', 'popupUnsupported', 'popupOff', 'popupSettingsHeading', 'popupLocalNote',
] as const;

export type MessageKey = (typeof UI_MESSAGE_KEYS)[number];

/** browser.i18n.getMessage, or anything with its shape (a plain `(key: string, subs?) => string` fits). */
export type Translate = (key: MessageKey, substitutions?: string[]) => string;

export const TYPE_LABEL_KEYS: Record<EntityType, MessageKey> = {
  person: 'typePerson',
  place: 'typePlace',
  organization: 'typeOrganization',
  other: 'typeOther',
};

export const TYPE_GROUP_KEYS: Record<EntityType, MessageKey> = {
  person: 'typePersonPlural',
  place: 'typePlacePlural',
  organization: 'typeOrganizationPlural',
  other: 'typeOtherPlural',
};

/** "1 mention" / "5 mentions": chrome.i18n has no plural rules, so one key for one and one for the rest. */
export const mentionCount = (t: Translate, count: number): string =>
  count === 1 ? t('cardMentionsOne') : t('cardMentionsMany', [String(count)]);
