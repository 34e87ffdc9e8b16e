import type { LanguageData } from './types.ts';

export const nl: LanguageData = {
  code: 'nl',
  stopWords: [
    'de', 'het', 'een', 'en', 'van', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'die', 'aan',
    'er', 'om', 'ook', 'als', 'bij', 'maar', 'door', 'naar', 'dan', 'wat', 'nog', 'wel', 'hij', 'zij', 'ze',
    'ik', 'we', 'wij', 'hun', 'heeft', 'hebben', 'werd', 'wordt', 'worden', 'zal', 'zullen', 'kan', 'moet',
    'over', 'uit', 'tot', 'tegen', 'geen', 'deze', 'dit', 'zo', 'al', 'nu', 'omdat', 'waar', 'hoe', 'of',
    'onder', 'na', 'tussen', 'zich', 'was', 'waren', 'meer', 'jaar', 'twee',
  ],
  abbreviations: [
    'dhr', 'mevr', 'mr', 'dr', 'drs', 'ir', 'ing', 'prof', 'mw', 'st', 'o.a', 'd.w.z', 'bijv', 'bv', 'm.a.w',
    'e.a', 'i.p.v', 'z.g.a.n', 'nr', 'blz', 'ca', 'jl', 'enz', 'etc', 'resp', 'incl', 'excl', 'gem',
  ],
  honorifics: ['dhr', 'dhr.', 'de heer', 'heer', 'mevrouw', 'mevr', 'mevr.', 'mw.', 'mr.', 'dr.', 'prof.', 'drs.', 'ir.'],
  nonEntityWords: [
    'daarover', 'daarom', 'daarna', 'daardoor', 'daarbij', 'daar', 'hier', 'toen', 'dus', 'want', 'ook', 'nu',
    'niet', 'maar', 'het', 'de', 'een', 'en', 'voor', 'na', 'in', 'op', 'met', 'bij', 'van', 'als', 'dat', 'die',
    'deze', 'dit', 'er', 'zo', 'wel', 'nog', 'al', 'toch', 'zelfs', 'volgens', 'aldus', 'bron', 'foto', 'video',
    'lees', 'meer', 'update', 'ze', 'zij', 'hij', 'wij', 'we', 'ik', 'u', 'jullie', 'hun', 'vandaag', 'gisteren',
    'morgen', 'ondertussen', 'intussen', 'inmiddels', 'bovendien', 'vervolgens', 'verder', 'tijdens', 'sinds',
    'over', 'zonder', 'tegen', 'onder', 'naast', 'omdat', 'hoewel', 'wie', 'wat', 'waar', 'waarom', 'hoe',
    'zaterdag', 'zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag',
    // Imperatives that open captions and links ("Bekijk ook", "Volg ons op Twitter").
    'bekijk', 'kijk', 'volg', 'klik', 'deel', 'zie', 'luister', 'download', 'reageer', 'stel',
    // Page furniture and credit labels ("Trefwoorden", "Via NU.nl", "Advertentie"): labels in front of a name
    // or standing alone, never a name themselves.
    'trefwoorden', 'transcript', 'transcriptie', 'via', 'advertentie', 'mail', 'e-mail', 'correctie',
    'rectificatie', 'gerelateerd', 'tags', 'reacties', 'print',
    // Sentence adverbs that open a sentence ("Evenzo, …", "Eveneens …").
    'evenzo', 'eveneens', 'evenmin', 'overigens', 'kortom',
  ],
  determiners: ['de', 'het', 'een', 'die', 'deze'],
  roleNouns: [
    'president', 'vicepresident', 'premier', 'minister', 'staatssecretaris', 'kanselier', 'koning', 'koningin',
    'prins', 'prinses', 'keizer', 'paus', 'leider', 'voorzitter', 'woordvoerder', 'woordvoerster', 'burgemeester',
    'gouverneur', 'ambassadeur', 'generaal', 'commandant', 'directeur', 'topman', 'topvrouw', 'ceo', 'baas',
    'secretaris-generaal', 'gezant', 'diplomaat', 'senator', 'parlementslid', 'kamerlid', 'fractievoorzitter',
    'partijleider', 'oppositieleider', 'rechter', 'advocaat', 'officier', 'hoogleraar', 'professor', 'onderzoeker',
    'deskundige', 'expert', 'analist', 'correspondent', 'journalist', 'redacteur', 'trainer', 'coach', 'bondscoach',
    'aanvoerder', 'speler', 'schrijver', 'zanger', 'zangeres', 'acteur', 'actrice', 'bisschop', 'dictator',
    'staatshoofd', 'regeringsleider', 'wethouder', 'gedeputeerde', 'commissaris', 'eurocommissaris', 'oprichter',
    'eigenaar', 'bestuurder', 'politicus', 'minister-president',
    // Not "visser", "boer", "schipper", "renner": also surnames ("Brenner"), and compounds match by their end.
    'lid', 'activist', 'activiste', 'wetenschapper', 'arts', 'econoom', 'historicus', 'fotograaf', 'columnist',
    'presentator', 'presentatrice', 'ondernemer', 'investeerder', 'bankier', 'agent', 'militair', 'soldaat',
    'piloot', 'docent', 'leraar', 'lerares', 'onderzoekster', 'directrice', 'voorzitster', 'chef', 'keeper',
    'doelman', 'aanvaller', 'verdediger', 'middenvelder', 'wielrenner', 'schaatser', 'astronaut', 'kunstenaar',
    'muzikant', 'dichter', 'regisseur', 'ontwerper', 'architect', 'ingenieur', 'strateeg', 'adviseur',
    'aanklager', 'notaris', 'lijsttrekker', 'ombudsman', 'inspecteur', 'rechercheur', 'cfo',
    // Sport: "wereldkampioen X", "de Braziliaanse wereldster X".
    'kampioen', 'finalist', 'wereldster', 'bokser', 'sprinter', 'zwemmer', 'golfer', 'jockey',
  ],
  roleModifiers: [
    'vice', 'ex', 'oud', 'oud-', 'voormalig', 'voormalige', 'toenmalig', 'toenmalige', 'huidige', 'nieuwe', 'waarnemend',
    'waarnemende', 'demissionair', 'demissionaire', 'kersverse', 'buitenlandse', 'binnenlandse', 'eerste',
  ],
  nationalitySuffixes: ['se', 'sche', 'ische'],
  compoundRoles: true,
  rolePrepositions: ['van', 'bij', 'voor'],
  copulas: ['is', 'was', 'blijft', 'werd', 'wordt'],
  nameConnectors: ['en', '&', 'van', 'voor', 'bij', 'op', 'in', 'der', 'den'],
  speechVerbs: [
    'zei', 'zegt', 'zeggen', 'zeiden', 'verklaarde', 'verklaart', 'stelde', 'stelt', 'benadrukte', 'benadrukt',
    'waarschuwde', 'waarschuwt', 'vertelde', 'vertelt', 'schreef', 'schrijft', 'meldde', 'meldt', 'reageerde',
    'antwoordde', 'voegde', 'zei:', 'liet', 'klinkt', 'beloofde', 'erkende', 'riep',
    'laat', 'vindt', 'meent', 'bevestigt', 'bevestigde', 'ontkent', 'ontkende', 'erkent', 'tweette',
    'twitterde', 'onderstreept', 'onderstreepte', 'concludeert', 'concludeerde', 'vroeg', 'vraagt',
  ],
  attributionMarkers: ['aldus', 'volgens'],
  personPronouns: ['hij', 'zij', 'ze'],
  femaleWords: [
    'mevrouw', 'mevr', 'mevr.', 'mw', 'mw.', 'zij', 'ze', 'vrouw', 'meisje', 'moeder', 'dochter', 'zus', 'echtgenote',
    'weduwe', 'vriendin', 'buurvrouw', 'woordvoerster', 'zangeres', 'actrice', 'lerares', 'onderzoekster',
    'directrice', 'voorzitster', 'activiste', 'presentatrice', 'koningin', 'prinses',
  ],
  maleWords: ['dhr', 'dhr.', 'de heer', 'heer', 'hij', 'man', 'jongen', 'vader', 'zoon', 'broer', 'echtgenoot', 'buurman', 'koning', 'prins'],
  complementizers: ['dat'],
  speechParticles: ['eraan', 'toe', 'weten', 'nog', 'ook', 'daarbij'],
  infinitiveMarkers: ['te', 'om'],
  acronymPairs: [
    ['VS', 'Verenigde Staten'], ['VN', 'Verenigde Naties'], ['EU', 'Europese Unie'],
    ['NAVO', 'Noord-Atlantische Verdragsorganisatie'], ['VK', 'Verenigd Koninkrijk'], ['IS', 'Islamitische Staat'],
  ],
  months: [
    'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
    'november', 'december',
  ],
  sourceLabels: ['bron'],
  organizationHeads: [
    'ministerie', 'vereniging', 'stichting', 'universiteit', 'raad', 'hof', 'commissie', 'bank', 'dienst',
    'inspectie', 'instituut', 'bond', 'federatie', 'partij', 'fonds', 'college', 'gemeente', 'provincie',
    'rechtbank', 'kamer', 'academie', 'omroep', 'unie', 'bureau', 'autoriteit',
  ],
  // Dutch names put the organisation's noun first ("Stichting X", "Gemeente Utrecht", "Raad van State").
  organizationPrefixes: [
    'vereniging', 'stichting', 'ministerie', 'gemeente', 'provincie', 'universiteit', 'rijksuniversiteit',
    'hogeschool', 'raad', 'rechtbank', 'commissie', 'inspectie', 'dienst', 'politie', 'bond', 'vakbond',
    'federatie', 'partij', 'omroep', 'fonds', 'instituut', 'academie', 'bank', 'corporatie', 'ziekenhuis',
    'groep', 'coöperatie', 'kamer', 'college', 'hof', 'unie', 'autoriteit', 'bureau',
  ],
  organizationSuffixes: [
    'nv', 'n.v.', 'bv', 'b.v.', 'commissie', 'kamer', 'hogeschool', 'universiteit', 'bank', 'groep', 'omroep',
    'partij', 'unie', 'stichting', 'vereniging', 'ministerie',
  ],
  // Not "meer" (also "more"): "Haarlemmermeer" is one word anyway.
  placeSuffixes: ['eiland', 'eilanden', 'zee', 'oceaan', 'rivier', 'gebergte', 'baai', 'kanaal', 'golf', 'woestijn', 'vallei'],
  knownPlaces: [
    'vs', 'verenigde staten', 'amerika', 'nederland', 'belgië', 'duitsland', 'frankrijk', 'engeland',
    'groot-brittannië', 'verenigd koninkrijk', 'spanje', 'italië', 'rusland', 'oekraïne', 'china', 'japan',
    'india', 'iran', 'irak', 'syrië', 'israël', 'turkije', 'egypte', 'noord-korea', 'zuid-korea', 'polen',
    'griekenland', 'portugal', 'zweden', 'noorwegen', 'denemarken', 'finland', 'oostenrijk', 'zwitserland',
    'hongarije', 'roemenië', 'afghanistan', 'pakistan', 'canada', 'mexico', 'brazilië', 'argentinië',
    'australië', 'zuid-afrika', 'marokko', 'suriname', 'indonesië', 'europa', 'afrika', 'azië',
  ],
  organizationNounsAfter: ['aandelen', 'aandeelhouders', 'dochterbedrijf', 'app', 'website', 'krant', 'weekblad'],
  coordinators: ['en', 'of', '&', 'noch'],
  speechAdjuncts: [
    'in', 'op', 'tijdens', 'na', 'bij', 'tegen', 'tegenover', 'via', 'gisteren', 'vandaag', 'eerder', 'later',
    // "'s ochtends", "'s avonds": the apostrophe is a token of its own.
    "'",
    'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  ],
  holidays: [
    'pasen', 'kerstmis', 'kerst', 'pinksteren', 'hemelvaart', 'moederdag', 'vaderdag', 'valentijnsdag', 'nieuwjaar',
    'oudejaarsavond', 'oudjaar', 'koningsdag', 'bevrijdingsdag', 'carnaval', 'allerheiligen', 'ramadan', 'suikerfeest',
    'offerfeest', 'chanoeka', 'pesach', 'goede vrijdag', 'sinterklaasavond',
  ],
  indefiniteDeterminers: ['een', 'één', 'twee', 'drie', 'enkele', 'sommige', 'meerdere'],
  // Role nouns count as people too. As a word's end as well: "bewoner" is also "buurtbewoner".
  personNouns: [
    'man', 'vrouw', 'jongen', 'meisje', 'persoon', 'bewoner', 'omwonende', 'inwoner', 'buurman', 'getuige',
    'voorbijganger', 'passant', 'burger', 'kiezer', 'demonstrant', 'betoger', 'student', 'scholier', 'leerling',
    'medewerker', 'werknemer', 'personeelslid', 'passagier', 'chauffeur', 'slachtoffer', 'overlevende',
    'familielid', 'vriend', 'vriendin', 'moeder', 'vader', 'ouder', 'zoon', 'dochter', 'broer', 'zus', 'echtgenote',
    'echtgenoot', 'weduwe', 'tiener', 'jongere', 'gepensioneerde', 'toerist', 'bezoeker', 'klant', 'patiënt',
    'verpleegkundige', 'boer', 'visser', 'supporter', 'fan', 'vluchteling', 'bron', 'ingewijde', 'insider',
    'collega', 'huurder', 'rebel', 'strijder',
  ],
  pluralPersonNouns: [
    'mannen', 'vrouwen', 'jongens', 'meisjes', 'personen', 'mensen', 'bewoners', 'omwonenden', 'inwoners', 'buren',
    'getuigen', 'voorbijgangers', 'passanten', 'burgers', 'kiezers', 'demonstranten', 'betogers', 'studenten',
    'scholieren', 'leerlingen', 'medewerkers', 'werknemers', 'passagiers', 'chauffeurs', 'slachtoffers',
    'overlevenden', 'familieleden', 'vrienden', 'ouders', 'tieners', 'jongeren', 'toeristen', 'bezoekers',
    'klanten', 'patiënten', 'boeren', 'vissers', 'supporters', 'fans', 'vluchtelingen', 'bronnen', 'ingewijden',
    "collega's", 'huurders', 'rebellen', 'strijders', 'woordvoerders', 'deskundigen', 'experts', 'analisten',
    'agenten', 'militairen', 'soldaten', 'diplomaten', 'politie', 'autoriteiten', 'ambtenaren', 'functionarissen',
    'handelaren', 'economen', 'beleggers', 'onderzoekers', 'wetenschappers', 'artsen', 'advocaten', 'aanklagers',
    // Not "leden": as a word's end it is also "geleden", "verleden" and "overleden" ("Twee weken geleden zei hij").
    'kamerleden', 'partijleden', 'raadsleden', 'bestuursleden', 'fractieleden', 'teamleden', 'bemanningsleden',
  ],
  pluralPronouns: ['zij', 'ze'],
  verbSecond: true,
  // Not "dat": also the word that opens reported speech ("zei dat").
  clauseRelatives: ['die', 'wat', 'welke', 'waarvan', 'waarover', 'waarin', 'waarmee', 'waarop'],
  objectPronouns: ['me', 'mij', 'hem', 'haar', 'ons', 'hen', 'hun', 'jou', 'je'],
  questionWords: ['of', 'wat', 'waarom', 'hoe', 'wanneer', 'waar', 'wie', 'welke'],
  questionVerbs: ['vroeg', 'vraagt'],
  objectSpeechVerbs: ['vertelde', 'vertelt', 'schreef', 'schrijft', 'meldde', 'meldt', 'tweette', 'twitterde'],
  listenerSpeechVerbs: ['vertelde', 'vertelt'],
  personObjectPronouns: [['hem', 'hij'], ['haar', 'zij']],
  surnamePrefixes: ['van', 'de', 'der', 'den', 'ter', 'ten', 'te', "'t", 'het'],
  perfectAuxiliaries: ['heeft', 'hebben', 'had', 'hadden'],
  speechPastParticiples: [
    'gezegd', 'verklaard', 'gesteld', 'benadrukt', 'gewaarschuwd', 'verteld', 'geschreven', 'gemeld', 'geantwoord',
    'beloofd', 'erkend', 'bevestigd', 'ontkend', 'onderstreept', 'geconcludeerd', 'toegevoegd', 'laten', 'getweet',
  ],
  statementPronouns: ['dat', 'dit'],
  negations: ['niet', 'niets', 'nooit', 'geen'],
  attributionAdverbs: ['zo'],
  titleNouns: [['prof.', 'professor'], ['prof.', 'hoogleraar']],
  // Also as a compound's end: "softwarebedrijf Novell", "ochtendkrant NRC", "chipfabrikant ASML". Not "uitgever"
  // (also a person), "club" and "universiteit" (CoNLL types "de Franse club Metz" and "universiteit Cambridge" as places).
  organizationNounsBefore: [
    'bedrijf', 'onderneming', 'concern', 'firma', 'fabrikant', 'producent', 'winkelketen', 'keten', 'supermarkt',
    'bank', 'verzekeraar', 'luchtvaartmaatschappij', 'maatschappij', 'omroep', 'zender', 'krant', 'dagblad',
    'weekblad', 'tijdschrift', 'website', 'persbureau', 'nieuwsbureau', 'uitgeverij', 'studio',
    'platenmaatschappij', 'organisatie', 'vakbond', 'start-up', 'startup',
  ],
  workNounsBefore: ['film', 'documentaire', 'album', 'boek', 'roman', 'game', 'spel', 'serie', 'televisieserie', 'musical', 'opera', 'toneelstuk', 'schilderij', 'lied'],
  kindNouns: [
    ['bedrijven', 'ORG'], ['ondernemingen', 'ORG'], ['concerns', 'ORG'], ['fabrikanten', 'ORG'], ['banken', 'ORG'],
    ['verzekeraars', 'ORG'], ['omroepen', 'ORG'], ['zenders', 'ORG'], ['kranten', 'ORG'], ['dagbladen', 'ORG'],
    ['tijdschriften', 'ORG'], ['websites', 'ORG'], ['winkelketens', 'ORG'], ['ketens', 'ORG'],
    ['supermarkten', 'ORG'], ['organisaties', 'ORG'], ['partijen', 'ORG'], ['vakbonden', 'ORG'], ['merken', 'ORG'],
    ['landen', 'LOC'], ['steden', 'LOC'], ['provincies', 'LOC'], ['gemeenten', 'LOC'], ['regio\'s', 'LOC'],
    ['films', 'MISC'], ['boeken', 'MISC'], ['albums', 'MISC'], ['games', 'MISC'], ['spellen', 'MISC'],
    ['series', 'MISC'],
  ],
  listMarkers: ['zoals', 'waaronder'],
  employerRoles: [
    'ceo', 'cfo', 'topman', 'topvrouw', 'oprichter', 'medeoprichter', 'mede-oprichter', 'bestuursvoorzitter',
    'hoofdredacteur', 'werknemer', 'analist',
  ],
  employerPrepositions: ['van', 'bij'],
  // Not "de": also the start of surnames ("De Jonge").
  titleArticles: ['het'],
  factLabels: [['uitgever', 'ORG'], ['uitgeverij', 'ORG'], ['ontwikkelaar', 'ORG'], ['studio', 'ORG'], ['platform', 'MISC'], ['genre', 'MISC']],
  splitPossessive: false,
};
