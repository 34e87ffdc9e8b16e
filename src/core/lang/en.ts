import type { LanguageData } from './types.ts';

export const en: LanguageData = {
  code: 'en',
  stopWords: [
    'the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'as', 'at', 'by',
    'his', 'this', 'from', 'have', 'has', 'had', 'be', 'are', 'were', 'not', 'but', 'they', 'which', 'or', 'an',
    'will', 'would', 'their', 'been', 'said', 'its', 'who', 'we', 'she', 'her', 'there', 'what', 'about', 'when',
    'more', 'can', 'than', 'into', 'after', 'also', 'could', 'our', 'them', 'some', 'these', 'should',
  ],
  abbreviations: [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'st', 'jr', 'sr',
    'rev', 'hon', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'etc', 'inc', 'corp', 'ltd', 'approx',
    'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'mt', 'ft',
  ],
  honorifics: ['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof.', 'sir', 'dame', 'lord', 'lady', 'rev.'],
  nonEntityWords: [
    'the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'if', 'then', 'despite', 'however', 'although', 'though',
    'while', 'when', 'after', 'before', 'since', 'because', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'of',
    'to', 'as', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'he', 'she', 'they', 'we', 'i', 'you',
    'his', 'her', 'their', 'our', 'my', 'not', 'no', 'yes', 'also', 'still', 'even', 'now', 'today', 'yesterday',
    'tomorrow', 'meanwhile', 'instead', 'according', 'read', 'more', 'analysis', 'source', 'photo', 'video',
    'update', 'continue', 'advertisement', 'neither', 'nor', 'officials', 'analysts', 'some', 'many', 'most',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'well', 'what', 'who', 'why',
    'how', 'where', 'one', 'two', 'talking', 'children', 'hours', 'sales', 'credit', 'photo', 'image', 'retrieved', 'references', 'archived', 'isbn', 'soon',
    // Imperatives that open captions and links ("See Facebook's policy", "Follow him on Twitter").
    'see', 'follow', 'click', 'subscribe', 'watch', 'listen', 'share', 'imagine', 'download',
    // Page furniture and credit labels ("Video Transcript", "Keywords", "Via Engadget", "Courtesy NASA",
    // "[+] Enlarge"): labels in front of a name or standing alone, never a name themselves.
    'keywords', 'transcript', 'via', 'courtesy', 'enlarge', 'email', 'e-mail', 'recommend', 'correction',
    'related', 'tags', 'print', 'comments', 'caption', 'sponsored', 'misc', 'kudos',
    // Sentence adverbs that open a sentence with a comma ("Likewise, …").
    'likewise', 'similarly', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'otherwise', 'indeed',
  ],
  determiners: ['the', 'a', 'an', 'its', 'their', 'his', 'her'],
  roleNouns: [
    'president', 'vice-president', 'president-elect', 'minister', 'premier', 'chancellor', 'king', 'queen',
    'prince', 'princess', 'emperor', 'pope', 'leader', 'chairman', 'chairwoman', 'chair', 'spokesman',
    'spokeswoman', 'spokesperson', 'mayor', 'governor', 'ambassador', 'envoy', 'general', 'commander', 'director',
    'chief', 'executive', 'ceo', 'secretary', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'judge',
    'lawyer', 'attorney', 'prosecutor', 'professor', 'researcher', 'analyst', 'expert', 'correspondent',
    'journalist', 'editor', 'reporter', 'coach', 'manager', 'captain', 'founder', 'owner', 'priest', 'bishop',
    'archbishop', 'cardinal', 'dictator', 'fellow', 'official', 'diplomat', 'head', 'officer', 'adviser',
    'advisor', 'economist', 'historian', 'author', 'writer', 'singer', 'actor', 'actress', 'player', 'striker',
    'candidate', 'nominee', 'politician', 'mp', 'mep', 'inspector', 'detective', 'sheriff', 'colonel',
    'lieutenant', 'sergeant', 'commissioner', 'superintendent', 'dean', 'principal', 'pastor', 'rabbi', 'imam',
    'skipper', 'ranger', 'activist', 'campaigner', 'member', 'cto', 'cfo', 'coo', 'cio', 'strategist', 'consultant',
    'scientist', 'physician', 'surgeon', 'teacher', 'photographer', 'columnist', 'commentator', 'anchor',
    'producer', 'entrepreneur', 'investor', 'engineer', 'architect', 'lecturer', 'scholar', 'negotiator',
    'councillor', 'councilman', 'councilwoman', 'legislator', 'representative', 'delegate', 'treasurer',
    'trustee', 'soldier', 'veteran', 'agent', 'cofounder', 'astronaut', 'cosmonaut', 'artist', 'musician',
    'novelist', 'poet', 'filmmaker', 'designer', 'curator', 'solicitor', 'barrister', 'magistrate',
    // Sport: "world champion Bailey", "Wimbledon finalist MaliVai Washington".
    'champion', 'finalist', 'medallist', 'medalist', 'goalkeeper', 'midfielder', 'defender', 'batsman', 'bowler',
    'sprinter', 'cyclist', 'jockey', 'boxer', 'golfer', 'swimmer', 'olympian',
    // Postposed: "Vice-president elect Mike Pence".
    'elect',
    // Abbreviated titles: "Sen. Elizabeth Warren", "Gov. Jay Inslee".
    'sen.', 'gov.', 'rep.', 'gen.', 'lt.', 'col.', 'sgt.', 'capt.', 'adm.', 'supt.',
  ],
  roleModifiers: [
    'vice', 'ex', 'prime', 'foreign', 'deputy', 'former', 'acting', 'interim', 'senior', 'executive', 'chief', 'first',
    'opposition', 'defence', 'defense', 'finance', 'interior', 'justice', 'health', 'state', 'general', 'party',
    'assistant', 'associate', 'managing', 'new', 'then', 'late', 'outgoing', 'incoming', 'national', 'security',
    'white', 'house', 'press', 'army', 'military', 'police', 'editor', 'political', 'economics', 'business',
    'staff', 'fact', 'checker',
  ],
  nationalitySuffixes: ['an', 'ian', 'ese', 'ish', 'i', 'ic'],
  compoundRoles: false,
  // "advisor to the secretary", "ambassador to Japan".
  rolePrepositions: ['of', 'at', 'for', 'from', 'to'],
  copulas: ['is', 'was', 'remains', 'became', 'becomes'],
  nameConnectors: ['and', '&', 'of', 'for', 'at', 'on', 'in'],
  speechVerbs: [
    'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'warned', 'warns', 'explained', 'wrote',
    'writes', 'asked', 'insisted', 'admitted', 'admits', 'vowed', 'noted', 'argued', 'claimed', 'declared',
    'replied', 'answered', 'continued', 'recalled', 'acknowledged', 'announced', 'stressed', 'remarked',
    'states', 'tweeted', 'tweets', 'reported', 'reports',
  ],
  attributionMarkers: ['according to'],
  personPronouns: ['he', 'she'],
  femaleWords: [
    'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'she', 'woman', 'girl', 'mother', 'wife', 'daughter',
    'sister', 'widow', 'aunt', 'grandmother', 'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman',
    'actress', 'queen', 'princess',
  ],
  maleWords: [
    'mr', 'mr.', 'sir', 'lord', 'he', 'man', 'boy', 'father', 'husband', 'son', 'brother', 'uncle', 'grandfather',
    'spokesman', 'chairman', 'congressman', 'councilman', 'fisherman', 'king', 'prince',
  ],
  complementizers: ['that'],
  speechParticles: ['also', 'later', 'then', 'again', 'previously', 'repeatedly', 'once', 'reporters', 'journalists'],
  infinitiveMarkers: ['to'],
  acronymPairs: [
    ['US', 'United States'], ['U.S.', 'United States'], ['UK', 'United Kingdom'], ['U.K.', 'United Kingdom'],
    ['UN', 'United Nations'], ['U.N.', 'United Nations'], ['EU', 'European Union'], ['IS', 'Islamic State'],
    ['NATO', 'North Atlantic Treaty Organization'],
  ],
  months: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december',
  ],
  sourceLabels: ['source'],
  organizationHeads: [
    'center', 'centre', 'institute', 'university', 'department', 'ministry', 'council', 'committee', 'commission',
    'association', 'foundation', 'bank', 'school', 'office', 'bureau', 'agency', 'society', 'league', 'board',
    'museum', 'college', 'academy', 'federation', 'union', 'fund', 'coalition', 'alliance', 'organization',
    'organisation', 'corporation', 'company', 'authority', 'initiative', 'laboratory', 'lab', 'program',
    'programme', 'project', 'network', 'forum', 'consortium', 'partnership', 'home',
  ],
  possessiveHeads: [
    'club', 'terminal', 'wharf', 'market', 'park', 'square', 'hall', 'island', 'bay', 'street', 'bridge',
    'station', 'tower', 'church', 'cathedral', 'hospital', 'college', 'university', 'garden', 'gardens', 'store',
    'restaurant', 'pub', 'inn', 'hotel', 'landing', 'point', 'harbor', 'harbour', 'field', 'lane', 'chapel',
  ],
  nameModifiers: [
    ['owned', 'ORG'], ['backed', 'ORG'], ['controlled', 'ORG'], ['funded', 'ORG'], ['run', 'ORG'],
    ['operated', 'ORG'], ['affiliated', 'ORG'], ['based', 'LOC'], ['headquartered', 'LOC'], ['born', 'LOC'],
  ],
  // Not the countries that are also first names or states ("Jordan", "Chad", "Georgia").
  knownPlaces: [
    'us', 'u.s.', 'u.s', 'usa', 'u.s.a.', 'uk', 'u.k.', 'united states', 'united kingdom', 'america', 'britain',
    'great britain', 'england', 'scotland', 'wales', 'ireland', 'northern ireland', 'france', 'germany', 'italy',
    'spain', 'portugal', 'netherlands', 'belgium', 'switzerland', 'austria', 'sweden', 'norway', 'denmark',
    'finland', 'iceland', 'poland', 'ukraine', 'russia', 'belarus', 'greece', 'turkey', 'hungary', 'romania',
    'bulgaria', 'serbia', 'croatia', 'china', 'japan', 'india', 'pakistan', 'afghanistan', 'iran', 'iraq',
    'syria', 'lebanon', 'israel', 'egypt', 'libya', 'tunisia', 'algeria', 'morocco', 'sudan', 'south sudan',
    'ethiopia', 'kenya', 'nigeria', 'ghana', 'south africa', 'zimbabwe', 'uganda', 'somalia', 'yemen',
    'saudi arabia', 'qatar', 'kuwait', 'north korea', 'south korea', 'vietnam', 'thailand', 'indonesia',
    'malaysia', 'philippines', 'australia', 'new zealand', 'canada', 'mexico', 'brazil', 'argentina', 'chile',
    'colombia', 'venezuela', 'peru', 'cuba',
  ],
  organizationSuffixes: [
    'inc', 'inc.', 'corp', 'corp.', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'company', 'corporation', 'university',
    'institute', 'foundation', 'association', 'commission', 'committee', 'ministry', 'department', 'agency',
  ],
  // Not "union", "college", "school", "museum": also first words of places ("Union Square", "College Park").
  organizationPrefixes: [
    'university', 'department', 'ministry', 'institute', 'council', 'commission', 'committee', 'federation',
    'league', 'society', 'association', 'foundation', 'bureau', 'agency', 'academy',
  ],
  placeSuffixes: [
    'island', 'islands', 'sea', 'ocean', 'river', 'lake', 'mountains', 'peninsula', 'valley', 'county',
    'province', 'strait', 'gulf', 'desert',
  ],
  organizationNounsAfter: [
    'magazine', 'newspaper', 'brokerage', 'website', 'tabloid', 'broadcaster', 'shares', 'shareholders',
    'subsidiary', 'app',
  ],
  coordinators: ['and', 'or', '&', 'nor'],
  relativePronouns: ['who'],
  indefiniteDeterminers: ['a', 'an', 'one', 'another', 'two', 'three', 'several', 'some'],
  // Role nouns count as people too.
  personNouns: [
    'man', 'woman', 'boy', 'girl', 'person', 'resident', 'neighbour', 'neighbor', 'witness', 'eyewitness',
    'bystander', 'passer-by', 'passerby', 'local', 'villager', 'citizen', 'voter', 'protester', 'protestor',
    'demonstrator', 'student', 'worker', 'employee', 'staffer', 'passenger', 'driver', 'victim', 'survivor',
    'relative', 'friend', 'mother', 'father', 'parent', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband',
    'widow', 'uncle', 'aunt', 'cousin', 'grandmother', 'grandfather', 'child', 'teenager', 'pensioner', 'retiree',
    'tourist', 'visitor', 'customer', 'shopper', 'patient', 'nurse', 'doctor', 'farmer', 'fisherman', 'fan',
    'supporter', 'refugee', 'migrant', 'source', 'insider', 'aide', 'colleague', 'guard', 'observer',
    'participant', 'investigator', 'rebel', 'fighter', 'militant',
  ],
  pluralPersonNouns: [
    'men', 'women', 'boys', 'girls', 'people', 'residents', 'neighbours', 'neighbors', 'witnesses', 'eyewitnesses',
    'bystanders', 'locals', 'villagers', 'citizens', 'voters', 'protesters', 'protestors', 'demonstrators',
    'students', 'workers', 'employees', 'staffers', 'passengers', 'drivers', 'victims', 'survivors', 'relatives',
    'friends', 'parents', 'teenagers', 'pensioners', 'retirees', 'tourists', 'visitors', 'customers', 'shoppers',
    'patients', 'nurses', 'doctors', 'farmers', 'fishermen', 'fans', 'supporters', 'refugees', 'migrants',
    'sources', 'insiders', 'aides', 'colleagues', 'guards', 'observers', 'participants', 'investigators', 'rebels',
    'fighters', 'militants', 'officials', 'spokesmen', 'spokeswomen', 'diplomats', 'lawmakers', 'analysts',
    'experts', 'officers', 'soldiers', 'members', 'leaders', 'activists', 'executives', 'lawyers', 'prosecutors',
    // Collectives and the sources of market reports: "Police said", "Traders said", "Authorities said".
    'police', 'authorities', 'traders', 'dealers', 'brokers', 'economists', 'investors', 'scientists', 'researchers',
  ],
  roleAs: ['as'],
  holidays: [
    'easter', 'christmas', 'christmas eve', 'thanksgiving', 'halloween', 'new year', "new year's day", "new year's eve",
    "mother's day", "father's day", "valentine's day", "st. patrick's day", 'independence day', 'memorial day',
    'labor day', 'veterans day', 'boxing day', 'good friday', 'passover', 'hanukkah', 'ramadan', 'eid', 'diwali',
    'lent', 'pentecost', 'black friday', 'cyber monday',
  ],
  speechParticiples: ['saying', 'adding', 'noting', 'writing', 'telling', 'explaining', 'warning', 'insisting'],
  speechAdjuncts: [
    'in', 'on', 'at', 'during', 'after', 'before', 'late', 'early', 'earlier', 'last', 'this', 'to', 'via',
    'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  ],
  clauseRelatives: ['which', 'who', 'whom', 'what'],
  auxiliaries: [
    'is', 'was', 'are', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'may', 'might',
    'must', 'shall', 'does', 'did',
  ],
  objectPronouns: ['me', 'him', 'her', 'us', 'them', 'you', 'himself', 'herself', 'themselves'],
  questionWords: ['if', 'whether', 'what', 'why', 'how', 'when', 'where', 'who', 'which'],
  questionVerbs: ['asked'],
  objectSpeechVerbs: ['told', 'tells', 'wrote', 'writes', 'reported', 'reports', 'tweeted', 'tweets', 'announced'],
  listenerSpeechVerbs: ['told', 'tells'],
  personObjectPronouns: [['him', 'he'], ['her', 'she']],
  subjectPronouns: ['i', 'we', 'you', 'it', 'they'],
  // "Merkel has said that …", "has repeatedly warned that …", '"…," Obama has said.' The participles that are also
  // simple pasts ("said") keep their own reading; the others ("written") need a "that" or a colon.
  perfectAuxiliaries: ['has', 'have', 'had'],
  speechPastParticiples: [
    'said', 'told', 'written', 'stated', 'warned', 'added', 'argued', 'insisted', 'claimed', 'declared', 'noted',
    'stressed', 'acknowledged', 'admitted', 'explained', 'announced', 'vowed', 'tweeted', 'replied', 'suggested',
  ],
  titleNouns: [
    ['gov.', 'governor'], ['sen.', 'senator'], ['rep.', 'representative'], ['rep.', 'congressman'],
    ['rep.', 'congresswoman'], ['gen.', 'general'], ['lt.', 'lieutenant'], ['col.', 'colonel'], ['sgt.', 'sergeant'],
    ['capt.', 'captain'], ['supt.', 'superintendent'], ['prof.', 'professor'], ['dr.', 'doctor'], ['dr', 'doctor'],
  ],
  // Heads of organisations' kinds. Not "group", "giant", "rival", "parent", "owner", "publisher", "insurer"
  // (also people: "insurer Thierry Dehaan"), nor "show", "play", "label", "single" (verbs and adjectives
  // before a name: "polls show Clinton"), nor "site" ("X, the site of state funerals" is a place), nor
  // "university" (CoNLL types a university named after its city as the place: "universiteit Cambridge").
  organizationNounsBefore: [
    'company', 'firm', 'retailer', 'startup', 'start-up', 'maker', 'manufacturer', 'automaker', 'carmaker',
    'chipmaker', 'bank', 'lender', 'airline', 'network', 'broadcaster', 'newspaper',
    'magazine', 'tabloid', 'website', 'agency', 'organization', 'organisation', 'charity', 'nonprofit',
    'non-profit', 'conglomerate', 'subsidiary', 'chain', 'supermarket', 'brokerage', 'studio',
    'outlet', 'daily', 'club', 'utility', 'operator', 'distributor',
  ],
  workNounsBefore: [
    'film', 'movie', 'documentary', 'album', 'song', 'book', 'novel', 'memoir', 'game', 'videogame',
    'series', 'sitcom', 'musical', 'opera', 'painting', 'episode', 'franchise',
  ],
  kindNouns: [
    ['companies', 'ORG'], ['firms', 'ORG'], ['retailers', 'ORG'], ['startups', 'ORG'], ['start-ups', 'ORG'],
    ['makers', 'ORG'], ['manufacturers', 'ORG'], ['automakers', 'ORG'], ['carmakers', 'ORG'], ['banks', 'ORG'],
    ['lenders', 'ORG'], ['insurers', 'ORG'], ['airlines', 'ORG'], ['carriers', 'ORG'], ['networks', 'ORG'],
    ['broadcasters', 'ORG'], ['newspapers', 'ORG'], ['magazines', 'ORG'], ['websites', 'ORG'], ['sites', 'ORG'],
    ['agencies', 'ORG'], ['organizations', 'ORG'], ['organisations', 'ORG'], ['charities', 'ORG'],
    ['publishers', 'ORG'], ['studios', 'ORG'], ['outlets', 'ORG'], ['chains', 'ORG'], ['brands', 'ORG'],
    ['clubs', 'ORG'], ['teams', 'ORG'], ['parties', 'ORG'], ['unions', 'ORG'],
    ['countries', 'LOC'], ['nations', 'LOC'], ['states', 'LOC'], ['cities', 'LOC'], ['towns', 'LOC'],
    ['provinces', 'LOC'], ['regions', 'LOC'],
    ['films', 'MISC'], ['movies', 'MISC'], ['albums', 'MISC'], ['songs', 'MISC'], ['books', 'MISC'],
    ['novels', 'MISC'], ['games', 'MISC'], ['shows', 'MISC'], ['series', 'MISC'], ['sitcoms', 'MISC'],
  ],
  listMarkers: ['such as', 'like', 'including'],
  employerRoles: [
    'ceo', 'cfo', 'coo', 'cto', 'cio', 'chief executive', 'chief executive officer', 'chief operating officer',
    'chief financial officer', 'chief technology officer', 'founder', 'co-founder', 'cofounder', 'chairman',
    'chairwoman', 'managing director', 'editor', 'managing editor', 'editor-in-chief', 'analyst', 'employee',
  ],
  employerPrepositions: ['of', 'at', 'with'],
  titleArticles: ['the'],
  // Not "director", "producer", "writer": titles before a person's name too.
  factLabels: [
    ['publisher', 'ORG'], ['developer', 'ORG'], ['distributor', 'ORG'], ['studio', 'ORG'], ['network', 'ORG'],
    ['label', 'ORG'], ['platform', 'MISC'], ['platforms', 'MISC'], ['genre', 'MISC'],
  ],
  splitPossessive: true,
};
