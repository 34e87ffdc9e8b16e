import type { EntityType, NerType } from '../types.ts';
import type { NameMention } from './mentions.ts';
import { majorityType } from './resolve.ts';

const ENTITY_TYPE: Record<NerType, EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization', MISC: 'other' };

/** How many words split(' ') gives, without building them. */
function wordCount(form: string): number {
  let n = 1;
  for (let i = form.indexOf(' '); i >= 0; i = form.indexOf(' ', i + 1)) n++;
  return n;
}

// A word this long in capitals is shouted (a headline's or a dateline's "SAN FRANCISCO", "BERLIN"), not an acronym.
const SHOUTED = /\p{Lu}{6}|\p{Lu}{2} \p{Lu}{2}/u;

/** Written in capitals throughout, as headlines and datelines write names ("SAN FRANCISCO"); not "NATO". */
function isShouted(form: string): boolean {
  return SHOUTED.test(form) && form === form.toUpperCase();
}

/**
 * The name to show: the form with the most words, then one not in capitals ("San Francisco" over a
 * dateline's "SAN FRANCISCO"; `cased` false leaves this out), then the most frequent, then the first written.
 */
export function canonicalName(group: readonly NameMention[], cased = true): string {
  const counts = new Map<string, number>();
  for (const m of group) counts.set(m.form, (counts.get(m.form) ?? 0) + 1);
  let best = group[0]!.form;
  // The best form's word count and capitals are kept, not read again for every mention.
  let bw = wordCount(best);
  let bs = cased && isShouted(best);
  for (const m of group) {
    if (m.form === best) continue;
    const mw = wordCount(m.form);
    if (mw < bw) continue;
    const ms = cased && isShouted(m.form);
    if (mw > bw || (bs && !ms) || (bs === ms && (counts.get(m.form) ?? 0) > (counts.get(best) ?? 0))) { best = m.form; bw = mw; bs = ms; }
  }
  return best;
}

/**
 * The type the wording around the mentions suggests (their hints: "the company Novell"), or null: none, or
 * a mention without a hint has a person's title or a full name the tagger reads as a person ("Steve Jobs"
 * and "the company Jobs founded" are a person; "de krant Yedioth Achronot" is a newspaper).
 */
function hintType(group: readonly NameMention[]): NerType | null {
  let hints: Map<NerType, number> | null = null;
  for (const m of group) {
    if (m.hint !== null) (hints ??= new Map()).set(m.hint, (hints.get(m.hint) ?? 0) + 1);
    else if (m.honorific || (m.type === 'PER' && m.words.length > 1)) return null;
  }
  return hints === null ? null : majorityType(hints);
}

/**
 * The type most mentions agree on; a title ("Mr") votes for a person. MISC counts only when no mention
 * says anything else: it is where the tagger puts names it cannot place, so one confident PER, LOC or ORG
 * reading says more ("Whole Foods" read as MISC 15 times and as ORG once is an organisation).
 * Ties go to the type of the form with the most words, then the most frequent (capitals count here: a
 * dateline's "ESCHEN" is read as a place more often than the body's "Eschen"). What the text itself says (a mention's cue: "Amazon-owned" for an
 * organisation, "Seattle-based" for a place, a title for a person) outweighs the tagger's readings.
 */
export function voteType(group: readonly NameMention[]): EntityType {
  const cues = new Map<NerType, number>();
  for (const m of group) if (m.cue) cues.set(m.cue, (cues.get(m.cue) ?? 0) + 1);
  if (cues.size > 0) return ENTITY_TYPE[majorityType(cues)];
  const hinted = hintType(group);
  if (hinted !== null) return ENTITY_TYPE[hinted];
  const votes = new Map<NerType, number>();
  for (const m of group) {
    const t = m.honorific ? 'PER' : m.type;
    votes.set(t, (votes.get(t) ?? 0) + 1);
  }
  if (votes.size > 1) votes.delete('MISC');
  const top = Math.max(...votes.values());
  const name = canonicalName(group, false);
  const named = group.find((m) => m.form === name)!;
  const namedType = named.honorific ? 'PER' : named.type;
  return ENTITY_TYPE[(votes.get(namedType) ?? 0) === top ? namedType : majorityType(votes)];
}
