/**
 * Lowercase particles inside person names in many languages ("Osama bin Laden", "Ursula von der Leyen").
 * Not Dutch "van"/"de": those are also everyday prepositions ("Abe van Japan"), so a tagger that split a
 * name around them gets no help here.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin', 'ibn', 'bint', 'al', 'el', 'abu', 'von', 'da', 'di', 'del', 'della', 'dos', 'das', 'le',
]);
