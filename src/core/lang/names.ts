/**
 * Lowercase particles inside person names in many languages ("Osama bin Laden", "Ursula von der Leyen").
 * Not Dutch "van"/"de": those are also everyday prepositions ("Abe van Japan"), so a tagger that split a
 * name around them gets no help here.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin', 'ibn', 'bint', 'al', 'el', 'abu', 'von', 'da', 'di', 'del', 'della', 'dos', 'das', 'le',
]);

/**
 * Organisations named the same in every language and that taggers trained on older news misread
 * (as a person: "posted to Twitter"): a mention of one says it is an organisation.
 */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set([
  'twitter', 'facebook', 'google', 'youtube', 'instagram', 'tiktok', 'whatsapp', 'linkedin', 'reddit', 'snapchat',
  'wikipedia', 'microsoft', 'netflix', 'spotify', 'telegram', 'uber', 'airbnb', 'paypal', 'nasdaq',
  // News and photo agencies: named in datelines and photo credits of news in every language, often beside
  // a photographer's name that the tagger then reads as part of them.
  'reuters', 'associated press', 'ap', 'afp', 'agence france-presse', 'getty images', 'epa', 'anp', 'belga',
  'dpa', 'bloomberg', 'ansa', 'efe', 'xinhua', 'tass', 'interfax', 'kyodo', 'yonhap', 'upi', 'shutterstock',
  'press association', 'hollandse hoogte', 'imageselect', 'bsr agency',
]);

/** Words capitalised by habit in many languages that name no entity of their own. */
export const NOT_NAMES: ReadonlySet<string> = new Set(['internet', 'web']);
