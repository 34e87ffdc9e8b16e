import { describe, expect, it } from 'vitest';
import { getLanguageData, LANGUAGES } from '../../src/core/lang/index.ts';

const WORD_LISTS = [
  'stopWords', 'abbreviations', 'honorifics', 'nonEntityWords', 'determiners', 'roleNouns', 'roleModifiers',
  'nationalitySuffixes', 'rolePrepositions', 'copulas', 'nameConnectors', 'speechVerbs', 'attributionMarkers', 'personPronouns', 'femaleWords',
  'maleWords', 'complementizers', 'speechParticles', 'infinitiveMarkers', 'months', 'sourceLabels',
] as const;
const OPTIONAL_WORD_LISTS = [
  'indefiniteDeterminers', 'personNouns', 'pluralPersonNouns', 'pluralPronouns', 'clauseRelatives', 'auxiliaries', 'objectPronouns',
  'questionWords', 'questionVerbs', 'objectSpeechVerbs', 'listenerSpeechVerbs', 'subjectPronouns', 'surnamePrefixes', 'perfectAuxiliaries', 'speechPastParticiples',
  'statementPronouns', 'negations', 'attributionAdverbs',
] as const;

describe('language tables', () => {
  it.each(LANGUAGES.map((l) => [l.code, l] as const))('%s: word lists are lowercase and months complete', (_code, lang) => {
    for (const list of WORD_LISTS) {
      for (const w of lang[list]) expect(w, `${lang.code}.${list}: "${w}"`).toBe(w.toLowerCase());
    }
    for (const list of OPTIONAL_WORD_LISTS) {
      for (const w of lang[list] ?? []) expect(w, `${lang.code}.${list}: "${w}"`).toBe(w.toLowerCase());
    }
    // A question verb is read only where a speech verb stands: one that is not a speech verb would never match.
    for (const w of lang.questionVerbs ?? []) expect(lang.speechVerbs).toContain(w);
    for (const w of lang.objectSpeechVerbs ?? []) expect(lang.speechVerbs).toContain(w);
    for (const w of lang.listenerSpeechVerbs ?? []) expect(lang.objectSpeechVerbs).toContain(w);
    // An object pronoun's subject pronoun gives its gender, so it must be one the language knows.
    for (const [object, subject] of lang.personObjectPronouns ?? []) {
      expect(lang.objectPronouns).toContain(object);
      expect(lang.personPronouns).toContain(subject);
    }
    for (const [title, noun] of lang.titleNouns ?? []) expect([title, noun]).toEqual([title.toLowerCase(), noun.toLowerCase()]);
    // A pronoun that may stand for more than one person is a person pronoun first.
    for (const w of lang.pluralPronouns ?? []) expect(lang.personPronouns).toContain(w);
    expect([0, 12]).toContain(lang.months.length);
    for (const [acronym, expansion] of lang.acronymPairs) {
      expect(acronym).toBe(acronym.toUpperCase());
      expect(expansion).toContain(' ');
    }
  });

  it('finds a table by any BCP 47 tag of the language, and an empty one for unknown languages', () => {
    expect(getLanguageData('nl-BE').code).toBe('nl');
    expect(getLanguageData('EN_us').code).toBe('en');
    expect(getLanguageData('ja')).toMatchObject({ code: 'und', speechVerbs: [] });
    expect(getLanguageData(null).code).toBe('und');
  });
});
