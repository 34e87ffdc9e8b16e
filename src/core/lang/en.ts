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
    'sprinter', 'cyclist', 'jockey', 'boxer', 'golfer', 'swimmer',
    // Postposed: "Vice-president elect Mike Pence".
    'elect',
    // Abbreviated titles: "Sen. Elizabeth Warren", "Gov. Jay Inslee".
    'sen.', 'gov.', 'rep.', 'gen.', 'lt.', 'col.', 'sgt.', 'capt.', 'adm.', 'supt.',
  ],
  roleModifiers: [
    'vice', 'prime', 'foreign', 'deputy', 'former', 'acting', 'interim', 'senior', 'executive', 'chief', 'first',
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
  femaleWords: ['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'she'],
  maleWords: ['mr', 'mr.', 'sir', 'lord', 'he'],
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
    'programme', 'project', 'network', 'forum', 'consortium', 'partnership',
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
  splitPossessive: true,
};
