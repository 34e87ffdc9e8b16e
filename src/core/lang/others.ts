import type { LanguageData } from './types.ts';

/**
 * Languages we recognise but have no tagger for yet: enough to detect them and to segment them.
 * Growing one into a supported language means filling in the remaining fields (see nl.ts).
 */
export function detectionOnly(code: string, data: Pick<LanguageData, 'stopWords' | 'abbreviations' | 'months'>): LanguageData {
  return {
    code,
    honorifics: [],
    nonEntityWords: data.stopWords,
    determiners: [],
    roleNouns: [],
    roleModifiers: [],
    nationalitySuffixes: [],
    compoundRoles: false,
    rolePrepositions: [],
    copulas: [],
    nameConnectors: [],
    speechVerbs: [],
    attributionMarkers: [],
    personPronouns: [],
    femaleWords: [],
    maleWords: [],
    complementizers: [],
    speechParticles: [],
    infinitiveMarkers: [],
    acronymPairs: [],
    sourceLabels: [],
    splitPossessive: false,
    ...data,
  };
}

export const de = detectionOnly('de', {
  stopWords: [
    'der', 'die', 'und', 'in', 'den', 'von', 'zu', 'das', 'mit', 'sich', 'des', 'auf', 'für', 'ist', 'im', 'dem',
    'nicht', 'ein', 'eine', 'als', 'auch', 'es', 'an', 'werden', 'aus', 'er', 'hat', 'dass', 'sie', 'nach', 'wird',
    'bei', 'einer', 'um', 'am', 'sind', 'noch', 'wie', 'einem', 'über', 'einen', 'so', 'zum', 'war', 'haben',
    'nur', 'oder', 'aber', 'vor', 'zur', 'bis', 'mehr', 'durch', 'man', 'sein', 'wurde', 'sei', 'ich', 'wir',
  ],
  abbreviations: ['dr', 'prof', 'hr', 'fr', 'z.b', 'bzw', 'usw', 'ca', 'nr', 'st', 'u.a', 'd.h', 'vgl', 'inkl'],
  months: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
});

export const fr = detectionOnly('fr', {
  stopWords: [
    'le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'est', 'en', 'que', 'qui', 'dans', 'pour', 'pas',
    'au', 'aux', 'sur', 'il', 'elle', 'ce', 'cette', 'se', 'ne', 'par', 'plus', 'avec', 'son', 'sa', 'ses', 'ont',
    'sont', 'mais', 'nous', 'vous', 'ils', 'elles', 'leur', 'été', 'être', 'fait', 'comme', 'aussi', 'ou', 'où',
    'si', 'tout', 'très', 'même', 'entre', 'sans', 'après', 'avant', 'dont', 'était', 'avait', "d'un", "d'une",
  ],
  abbreviations: ['m', 'mm', 'mme', 'mlle', 'dr', 'p', 'etc', 'cf', 'av', 'st', 'ste'],
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
});

export const es = detectionOnly('es', {
  stopWords: [
    'el', 'la', 'los', 'las', 'de', 'del', 'y', 'en', 'que', 'a', 'un', 'una', 'es', 'por', 'con', 'no', 'se',
    'su', 'sus', 'para', 'al', 'lo', 'como', 'más', 'pero', 'fue', 'ha', 'han', 'este', 'esta', 'son', 'entre',
    'cuando', 'muy', 'sin', 'sobre', 'también', 'me', 'hasta', 'hay', 'donde', 'quien', 'desde', 'todo', 'nos',
    'durante', 'todos', 'uno', 'les', 'ni', 'contra', 'otros', 'ese', 'eso', 'había', 'ante', 'ellos', 'e', 'esto',
  ],
  abbreviations: ['sr', 'sra', 'srta', 'dr', 'dra', 'ud', 'uds', 'etc', 'pág', 'av', 'ee.uu'],
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
});
