/**
 * Everything the analysis knows about a language is data of this shape, so adding a language means
 * adding one table (see nl.ts, en.ts) and registering it in index.ts — no code changes.
 * Words are lowercase; multi-word entries are space-separated.
 */
export interface LanguageData {
  code: string;
  /** Frequent function words, used to recognise the language and to reject sentence-initial non-names. */
  stopWords: readonly string[];
  /** Abbreviations (without their final dot) after which a period does not end a sentence. */
  abbreviations: readonly string[];
  /** Titles written before a person's name; stripped from names, and a strong sign of a person. */
  honorifics: readonly string[];
  /** Capitalised words that are never names on their own (sentence-initial adverbs, labels like "Bron"). */
  nonEntityWords: readonly string[];
  /** Articles that may open a role phrase ("de", "the", "a"). */
  determiners: readonly string[];
  /** Head nouns of roles and titles ("premier", "president", "spokesman"). */
  roleNouns: readonly string[];
  /** Words that modify a role noun without being one ("vice", "former", "opposition"). */
  roleModifiers: readonly string[];
  /** Endings of nationality/origin adjectives ("Japanse", "Tunisian"). */
  nationalitySuffixes: readonly string[];
  /** True when role nouns form closed compounds ("bondspresident", "oud-premier"). */
  compoundRoles: boolean;
  /** Lowercase words inside names ("Center for Health and Human Rights", "Ministerie van Buitenlandse Zaken"). */
  nameConnectors: readonly string[];
  /** Forms of "to be" that link a name to its role ("Pence is de vicepresident van de VS"). */
  copulas: readonly string[];
  /** Prepositions that continue a role after the noun ("president of X", "woordvoerder van X"). */
  rolePrepositions: readonly string[];
  /** Verbs that introduce or close speech ("zei", "said", "told"). */
  speechVerbs: readonly string[];
  /** Markers written before the source of a statement ("aldus", "volgens", "according to"). */
  attributionMarkers: readonly string[];
  /**
   * Titles, pronouns and nouns that mark a woman, and those that mark a man: "she said" is not Mr Reeves, and
   * "he said" does not stand for "a woman" who spoke before.
   */
  femaleWords: readonly string[];
  maleWords: readonly string[];
  /** Subject pronouns that may stand for the speaker ("he", "zij"). */
  personPronouns: readonly string[];
  /** Words that open an infinitive: "vowed to keep trying" is a plan, not a statement. */
  infinitiveMarkers: readonly string[];
  /** Words that go with a speech verb rather than with the statement ("voegde eraan toe dat", "also said"). */
  speechParticles: readonly string[];
  /** Words that introduce reported speech after a speech verb ("that", "dat"). */
  complementizers: readonly string[];
  /** Well-known acronym ↔ expansion pairs that initials alone do not reveal. */
  acronymPairs: readonly (readonly [string, string])[];
  /** Month names, January first, for dates in facts and plain-text headers. */
  months: readonly string[];
  /** Labels that name the source of an article in plain text ("bron", "source"). */
  sourceLabels: readonly string[];
  /** Head nouns that end an organisation's name and may take a connector ("Center on Poverty", "Bank of America"). */
  organizationHeads?: readonly string[];
  /** Head nouns after a possessive inside one name ("Fisherman's Terminal", "Sam's Club"). */
  possessiveHeads?: readonly string[];
  /**
   * Hyphenated modifiers that attach a name to the next one ("Amazon-owned Whole Foods", "Seattle-based"),
   * with the type they say the attached name has: not part of the following name.
   */
  nameModifiers?: readonly (readonly [string, 'PER' | 'ORG' | 'LOC'])[];
  /** Places whose names the tagger often reads otherwise ("US" as an organisation): a mention of one is a place. Lowercase. */
  knownPlaces?: readonly string[];
  /** Last words that make a name of two or more words an organisation ("Dana F. Besecker Company", "Acme Inc."). */
  organizationSuffixes?: readonly string[];
  /**
   * First words that make a name of two or more words an organisation ("Stichting Natuur en Milieu",
   * "Gemeente Utrecht"); with closed compounds also as a first word's end ("Woningbouwvereniging Ymere").
   */
  organizationPrefixes?: readonly string[];
  /** Last words that make a name of two or more words a place ("Attu Island", "Bering Sea"). */
  placeSuffixes?: readonly string[];
  /** Nouns right after a name that make it an organisation ("Vulture magazine", "Amazon shares"). */
  organizationNounsAfter?: readonly string[];
  /** Participles that attribute speech to the clause's subject ("Emery retweeted it, saying, “…”"). */
  speechParticiples?: readonly string[];
  /**
   * Words that open an adverbial between a speech verb and its "that" ("said in a statement that", "zei
   * donderdag dat"): the statement starts after the "that".
   */
  speechAdjuncts?: readonly string[];
  /**
   * Words that open a noun phrase for someone the article does not identify: indefinite articles and
   * numerals ("a", "one", "another", "een"). "A spokesman said" is nobody named, even where the article has
   * named a spokesman; with the determiners they open an unnamed speaker ("One elderly man … said").
   */
  indefiniteDeterminers?: readonly string[];
  /**
   * Nouns for one person that are no role ("man", "resident", "buurtbewoner"; with closed compounds also as
   * a word's end: "dorpsbewoner"). After a determiner and before a speech verb they are a speaker the
   * article does not name: the quote is nobody's, and so is a "he said" after it.
   */
  personNouns?: readonly string[];
  /** Nouns for more than one person, roles' plurals too ("residents", "officials", "buurtbewoners"). */
  pluralPersonNouns?: readonly string[];
  /** Person pronouns that may also stand for more than one person ("ze": she or they). */
  pluralPronouns?: readonly string[];
  /**
   * Main clauses put the verb second, so a subject follows the verb after any opening phrase ("Donderdag
   * zei een woordvoerder"); without this, only a quotation or a comma before the verb makes it inverted.
   */
  verbSecond?: boolean;
  /**
   * Finite auxiliaries of the perfect ("heeft", "had"): with one of `speechPastParticiples` after the subject and
   * a few words of adverbial they are a speech verb ("Pence heeft gisteren gezegd dat …", "Gisteren heeft Pence
   * gezegd dat …", "dat Pence gezegd heeft dat …"). A statement then needs its "that" or a colon after the
   * participle: the words between are the object ("heeft een brief geschreven aan …").
   */
  perfectAuxiliaries?: readonly string[];
  /** Past participles of speech verbs that go with `perfectAuxiliaries` ("gezegd", "verklaard", "laten" of "laten weten"). */
  speechPastParticiples?: readonly string[];
  /**
   * Demonstratives that, opening a sentence as a speech verb's object, stand for the sentence before it: "Dat
   * zegt Abe." / "Dat heeft minister X gezegd." attribute the previous sentence of the paragraph to the speaker.
   */
  statementPronouns?: readonly string[];
  /** Negations: "Dat zei hij niet", "zei Pence niet dat …" report no statement. */
  negations?: readonly string[];
  /** Adverbs that may open an inverted attribution after a comma: "…, zo zei Pence." */
  attributionAdverbs?: readonly string[];
  /** Relative pronouns that open a clause giving a person's role (", who is a professor at …"). */
  relativePronouns?: readonly string[];
  /**
   * Holidays and recurring events, lowercase, a possessive written "'s" ("mother's day"): names of type other,
   * never people or organisations ("Easter", "Mother" of "Mother's Day").
   */
  holidays?: readonly string[];
  /** Words that give a role in a relative clause (", who follows Amazon as a managing director at …"). */
  roleAs?: readonly string[];
  /** Words that join names into a list ("Walmart, Kroger and Costco"): the names in one list are mostly of one kind. */
  coordinators?: readonly string[];
  /**
   * Words that open a relative clause ("which he says serves as …", "who she said was …", "waarvan hij zegt
   * dat …"): a speech verb inside one reports no statement, only a description of something in the sentence.
   */
  clauseRelatives?: readonly string[];
  /**
   * Auxiliaries and finite forms of "to be" and "to have": a statement cannot start with one after its speech
   * verb ("a plan that he says will fail"): the clause's subject stands before the verb, so it is a fragment.
   */
  auxiliaries?: readonly string[];
  /** Object pronouns after a speech verb ("asked me if", "told him to", "vroeg hem of"). */
  objectPronouns?: readonly string[];
  /** Words that open an indirect question ("if", "whether", "what"; "of", "wat"): asked, not stated. */
  questionWords?: readonly string[];
  /** Speech verbs (a subset of speechVerbs) that ask rather than state ("asked", "vroeg"): they report no statement. */
  questionVerbs?: readonly string[];
  /**
   * Speech verbs (a subset of speechVerbs) that also take a thing or an audience as their object ("wrote a
   * personal response", "tells the story of how", "told a news conference"): a determiner after one opens that
   * object, not what was said, unless a clause follows it ("told a news conference that …").
   */
  objectSpeechVerbs?: readonly string[];
  /**
   * Speech verbs (a subset of objectSpeechVerbs) whose first phrase is always the listener ("told Reuters the plan
   * would fail", "told Kohl he would resign", "vertelde Abe dat …"): the statement starts after it, if anywhere.
   */
  listenerSpeechVerbs?: readonly string[];
  /**
   * Prefixes of surnames that are written with a capital when the first name is left out ("Van Halst", "De
   * Wever", "Van der Sar"): a capitalised one before a person's name is part of it.
   */
  surnamePrefixes?: readonly string[];
  /**
   * Object pronouns that stand for a third person, each with the subject pronoun of its gender ("her" →
   * "she"; "haar" → "zij"): "Volgens haar is …" is what the last woman named said. Not "me", "us".
   */
  personObjectPronouns?: readonly (readonly [string, string])[];
  /**
   * Pronouns besides `personPronouns` that open a clause as its subject ("told Reuters it would …", "told
   * reporters they had …"): after a speech verb's object, the statement starts there.
   */
  subjectPronouns?: readonly string[];
  /**
   * Titles written before a name and the nouns for the person they stand for ("gov." → "governor", "prof." →
   * "professor"): "the governor said" after "Gov. Tommy Thompson" is Thompson.
   */
  titleNouns?: readonly (readonly [string, string])[];
  /**
   * Nouns for a kind of organisation: right before a name ("the company Novell", "retailer Walmart", "de krant
   * NRC") or as the head of an apposition after one ("Novell, a software company", "X, the maker of Y") they
   * say the name is an organisation. With closed compounds also as a word's end ("softwarebedrijf Novell").
   */
  organizationNounsBefore?: readonly string[];
  /** Nouns for a work, used the same way ("the film Avatar", "het boek X", "Chuck, an NBC series"): type other. */
  workNounsBefore?: readonly string[];
  /**
   * Plural nouns for a kind of thing, with the type they give names listed after them, directly or after a
   * `listMarkers` word ("companies such as Google, Yahoo and Microsoft", "landen zoals België en Frankrijk").
   */
  kindNouns?: readonly (readonly [string, 'ORG' | 'LOC' | 'MISC'])[];
  /** Words between a plural kind noun and the names it lists ("such as", "like", "zoals"). */
  listMarkers?: readonly string[];
  /**
   * Roles held at an organisation ("ceo", "chief executive", "founder", "topman"): the name after one and an
   * `employerPrepositions` word ("CEO of Novell", "topman van Philips") is an organisation. Not "president"
   * or "head", which are also held of countries.
   */
  employerRoles?: readonly string[];
  /** Prepositions between an employer role and the organisation ("of", "at", "van", "bij"). */
  employerPrepositions?: readonly string[];
  /**
   * Capitalised articles that open titles of works and publications but never a person's name ("The Verge",
   * "The Mac Observer" in running text; not Dutch "De", which opens surnames): a "person" after one is not one.
   */
  titleArticles?: readonly string[];
  /**
   * Labels of a fact box glued to the name after them at a line's start ("Publisher Yacht Club Games",
   * "Platform Win, Wii U"), with the type they give it: no part of the name.
   */
  factLabels?: readonly (readonly [string, 'ORG' | 'LOC' | 'MISC'])[];
  /** Whether the tagger's corpus splits a possessive "'s" off as its own token (English CoNLL does). */
  splitPossessive: boolean;
}
