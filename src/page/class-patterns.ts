// What class names and ids say about a container. The regular expressions are Readability's (0.6), which
// were tuned on its large test corpus; keeping them identical keeps our live choice close to its choice.

import { ElementFacts } from './element-rules.ts';

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;

/**
 * Whole words in a class or id that mark furniture inside an article body (ad slots, share bars, newsletter
 * boxes, screen-reader-only labels). Matched as words, not substrings, because "ad" is inside "header" and
 * "share" inside "shared-story". Not "hidden": responsive grids use "hidden-xs" for content shown on desktops.
 */
const JUNK_WORDS = [
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'adslot', 'dfp', 'promo', 'promos', 'related', 'share',
  'sharing', 'sharebar', 'social', 'newsletter', 'subscribe', 'subscription', 'signup', 'cookie', 'cookies',
  'consent', 'gdpr', 'comment', 'comments', 'sidebar', 'outbrain', 'taboola', 'sponsor', 'sponsored',
  'recirculation', 'recirc', 'paywall',
  'tags', 'breadcrumb', 'breadcrumbs', 'byline', 'toolbar',
];
/** One of JUNK_WORDS as a whole word (a run of [a-z0-9]) of a lowercased string; one test, no split. */
const JUNK_WORD = new RegExp(`(?:^|[^a-z0-9])(?:${JUNK_WORDS.join('|')})(?![a-z0-9])`);

/**
 * The common names of screen-reader-only utilities ("Media caption", "Advertisement" labels): clipped rather
 * than display:none, so no visibility test catches them, and not what a reader sees.
 */
const SCREEN_READER_ONLY =
  /(^|\s)(sr-only|visually-?hidden|visuallyhidden|off-?screen|screen-?reader-?(text|only)|a11y-hidden|u-hidden-visually|hidden-visually)(\s|$)/i;

function classAndId(facts: ElementFacts): string {
  const cls = facts.className;
  const id = facts.id;
  return cls === '' ? id : id === '' ? cls : `${cls} ${id}`;
}

/** Readability's class weight: +25 per positive, -25 per negative, counted separately for class and id. */
export function classWeight(el: Element, facts = new ElementFacts(el)): number {
  if (!facts.named) return 0;
  let weight = 0;
  for (const value of [facts.className, facts.id]) {
    if (value === '') continue;
    if (NEGATIVE.test(value)) weight -= 25;
    if (POSITIVE.test(value)) weight += 25;
  }
  return weight;
}

/** Readability drops these before scoring: named like chrome and not also named like content. */
export function isUnlikelyCandidate(el: Element, facts = new ElementFacts(el)): boolean {
  if (!facts.named) return false;
  const tag = facts.tag;
  if (tag === 'body' || tag === 'html' || tag === 'article' || tag === 'main' || tag === 'a') return false;
  const names = classAndId(facts);
  return names !== '' && UNLIKELY.test(names) && !MAYBE_CANDIDATE.test(names);
}

/** Furniture inside the chosen content, by whole words of its class or id. */
export function isJunkInsideContent(el: Element, facts = new ElementFacts(el)): boolean {
  if (!facts.named) return false;
  const names = classAndId(facts);
  if (names === '') return false;
  return SCREEN_READER_ONLY.test(facts.className) || JUNK_WORD.test(names.toLowerCase());
}
