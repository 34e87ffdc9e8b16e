import { en } from './en.ts';
import { nl } from './nl.ts';
import { de, detectionOnly, es, fr } from './others.ts';
import type { LanguageData } from './types.ts';

export type { LanguageData } from './types.ts';

/** Every language the core can recognise; order is the tie-break order of detection. */
export const LANGUAGES: readonly LanguageData[] = [nl, en, de, fr, es];

/** Used for text in a language we do not recognise: no abbreviations, no roles, no speech verbs. */
const UNKNOWN = detectionOnly('und', { stopWords: [], abbreviations: [], months: [] });

const byCode = new Map(LANGUAGES.map((l) => [l.code, l]));

/** The data for a BCP 47 tag ("nl-BE" → nl), or the empty table for languages we do not know. */
export function getLanguageData(lang: string | null | undefined): LanguageData {
  const primary = (typeof lang === 'string' ? lang : '').toLowerCase().split(/[-_]/)[0] ?? '';
  return byCode.get(primary) ?? UNKNOWN;
}

/** Lookup sets over one language's word lists, built once per language. */
export interface LanguageSets {
  data: LanguageData;
  stopWords: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  nonEntityWords: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  roleNouns: ReadonlySet<string>;
  roleModifiers: ReadonlySet<string>;
  rolePrepositions: ReadonlySet<string>;
  copulas: ReadonlySet<string>;
  nameConnectors: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  personPronouns: ReadonlySet<string>;
  femaleWords: ReadonlySet<string>;
  maleWords: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  speechParticles: ReadonlySet<string>;
  infinitiveMarkers: ReadonlySet<string>;
  months: ReadonlySet<string>;
  organizationHeads: ReadonlySet<string>;
  possessiveHeads: ReadonlySet<string>;
  knownPlaces: ReadonlySet<string>;
  organizationSuffixes: ReadonlySet<string>;
  placeSuffixes: ReadonlySet<string>;
  organizationNounsAfter: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  speechParticiples: ReadonlySet<string>;
  speechAdjuncts: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  organizationPrefixes: ReadonlySet<string>;
  roleAs: ReadonlySet<string>;
  holidays: ReadonlySet<string>;
  indefiniteDeterminers: ReadonlySet<string>;
  personNouns: ReadonlySet<string>;
  pluralPersonNouns: ReadonlySet<string>;
  pluralPronouns: ReadonlySet<string>;
  clauseRelatives: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  objectPronouns: ReadonlySet<string>;
  questionWords: ReadonlySet<string>;
  questionVerbs: ReadonlySet<string>;
  objectSpeechVerbs: ReadonlySet<string>;
  listenerSpeechVerbs: ReadonlySet<string>;
  employerRoles: ReadonlySet<string>;
  employerPrepositions: ReadonlySet<string>;
  surnamePrefixes: ReadonlySet<string>;
  subjectPronouns: ReadonlySet<string>;
  perfectAuxiliaries: ReadonlySet<string>;
  speechPastParticiples: ReadonlySet<string>;
  statementPronouns: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  attributionAdverbs: ReadonlySet<string>;
  /** The nouns each title stands for ("gov." → ["governor"]). */
  titleNouns: ReadonlyMap<string, readonly string[]>;
  /** Every noun a title stands for ("governor", "professor"). */
  titledNouns: ReadonlySet<string>;
  /** The attribution markers as word lists ("according to" → ["according", "to"]). */
  markerWords: readonly (readonly string[])[];
}

const setsCache = new Map<string, LanguageSets>();

function titleNounsOf(data: LanguageData): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [title, noun] of data.titleNouns ?? []) out.set(title, [...(out.get(title) ?? []), noun]);
  return out;
}

export function getLanguageSets(lang: string | null | undefined): LanguageSets {
  const data = getLanguageData(lang);
  let sets = setsCache.get(data.code);
  if (!sets) {
    sets = {
      data,
      stopWords: new Set(data.stopWords),
      abbreviations: new Set(data.abbreviations),
      honorifics: new Set(data.honorifics),
      nonEntityWords: new Set(data.nonEntityWords),
      determiners: new Set(data.determiners),
      roleNouns: new Set(data.roleNouns),
      roleModifiers: new Set(data.roleModifiers),
      rolePrepositions: new Set(data.rolePrepositions),
      copulas: new Set(data.copulas),
      nameConnectors: new Set(data.nameConnectors),
      speechVerbs: new Set(data.speechVerbs),
      personPronouns: new Set(data.personPronouns),
      femaleWords: new Set(data.femaleWords),
      maleWords: new Set(data.maleWords),
      complementizers: new Set(data.complementizers),
      speechParticles: new Set(data.speechParticles),
      infinitiveMarkers: new Set(data.infinitiveMarkers),
      months: new Set(data.months),
      organizationHeads: new Set(data.organizationHeads),
      possessiveHeads: new Set(data.possessiveHeads),
      knownPlaces: new Set(data.knownPlaces),
      organizationSuffixes: new Set(data.organizationSuffixes),
      placeSuffixes: new Set(data.placeSuffixes),
      organizationNounsAfter: new Set(data.organizationNounsAfter),
      coordinators: new Set(data.coordinators),
      speechParticiples: new Set(data.speechParticiples),
      speechAdjuncts: new Set(data.speechAdjuncts),
      relativePronouns: new Set(data.relativePronouns),
      organizationPrefixes: new Set(data.organizationPrefixes),
      roleAs: new Set(data.roleAs),
      holidays: new Set(data.holidays),
      indefiniteDeterminers: new Set(data.indefiniteDeterminers),
      personNouns: new Set(data.personNouns),
      pluralPersonNouns: new Set(data.pluralPersonNouns),
      pluralPronouns: new Set(data.pluralPronouns),
      clauseRelatives: new Set(data.clauseRelatives),
      auxiliaries: new Set(data.auxiliaries),
      objectPronouns: new Set(data.objectPronouns),
      questionWords: new Set(data.questionWords),
      questionVerbs: new Set(data.questionVerbs),
      objectSpeechVerbs: new Set(data.objectSpeechVerbs),
      listenerSpeechVerbs: new Set(data.listenerSpeechVerbs),
      employerRoles: new Set(data.employerRoles),
      employerPrepositions: new Set(data.employerPrepositions),
      surnamePrefixes: new Set(data.surnamePrefixes),
      subjectPronouns: new Set(data.subjectPronouns),
      perfectAuxiliaries: new Set(data.perfectAuxiliaries),
      speechPastParticiples: new Set(data.speechPastParticiples),
      statementPronouns: new Set(data.statementPronouns),
      negations: new Set(data.negations),
      attributionAdverbs: new Set(data.attributionAdverbs),
      titleNouns: titleNounsOf(data),
      titledNouns: new Set((data.titleNouns ?? []).map(([, noun]) => noun)),
      markerWords: data.attributionMarkers.map((m) => m.split(' ')),
    };
    setsCache.set(data.code, sets);
  }
  return sets;
}
