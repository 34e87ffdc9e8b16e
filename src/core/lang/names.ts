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
  // Publications and broadcasters: cited by name in news of every language ("The Guardian reported", "via
  // Engadget"), where a tagger trained on one newspaper's text reads them as a person or leaves them untyped.
  'the guardian', 'guardian', 'the new york times', 'new york times', 'the washington post', 'washington post',
  'the wall street journal', 'wall street journal', 'financial times', 'the economist', 'the atlantic',
  'the new yorker', 'new yorker', 'usa today', 'los angeles times', 'chicago tribune', 'the independent',
  'the telegraph', 'daily mail', 'huffington post', 'the huffington post', 'huffpost', 'buzzfeed', 'politico',
  'newsweek', 'businessweek', 'bloomberg businessweek', 'wired', 'the verge', 'engadget', 'techcrunch',
  'gizmodo', 'mashable', 'axios', 'slate', 'bbc', 'bbc news', 'cnn', 'msnbc', 'cnbc', 'nbc', 'nbc news',
  'cbs', 'cbs news', 'abc news', 'fox news', 'npr', 'pbs', 'al jazeera', 'sky news', 'le monde', 'le figaro',
  'libération', 'el país', 'el mundo', 'der spiegel', 'die zeit', 'nrc', 'nrc handelsblad',
  'de volkskrant', 'volkskrant', 'trouw', 'het parool', 'de telegraaf', 'telegraaf', 'algemeen dagblad', 'nos',
  'rtl nieuws', 'de standaard', 'de morgen', 'het nieuwsblad', 'vrt', 'rtbf', 'le soir',
  // Online services of the same kind as the platforms above.
  'yahoo', 'ebay', 'pinterest', 'tumblr', 'myspace', 'dropbox', 'hulu', 'skype', 'twitch', 'kickstarter',
  'flickr', 'vimeo', 'soundcloud', 'github', 'wordpress',
]);

/**
 * Software, devices and platforms named the same in every language (type other, never a person: "Mac" is
 * not a first name in "Windows, Mac and Linux"). A parenthesis that lists one marks the names in it, and
 * the name it follows ("Evernote (Android, iOS)"), as products too.
 */
export const KNOWN_PRODUCTS: ReadonlySet<string> = new Set([
  'windows', 'mac', 'macos', 'os x', 'ios', 'ipados', 'android', 'linux', 'chrome os', 'chromebook', 'iphone',
  'ipad', 'ipod', 'kindle', 'xbox', 'xbox one', 'xbox 360', 'playstation', 'ps3', 'ps4', 'ps5', 'wii', 'wii u',
  'nintendo switch', 'nintendo ds', '3ds', 'blackberry', 'windows phone', 'gmail',
]);

/**
 * Makers whose name goes before their products' ("Google Android", "Nintendo Wii U", "Apple iPhone"): with a
 * known product after it, the maker's name is part of the product's.
 */
export const PRODUCT_MAKERS: ReadonlySet<string> = new Set(['apple', 'amazon', 'google', 'microsoft', 'nintendo', 'sony', 'samsung']);

/**
 * Diseases named the same in most languages, of type other: "Ebola" is no place, and "Dallas Ebola" (a
 * patient's city before the disease) is two names.
 */
export const KNOWN_DISEASES: ReadonlySet<string> = new Set([
  'ebola', 'zika', 'hiv', 'aids', 'sars', 'mers', 'covid', 'covid-19', 'sars-cov-2', 'mpox', 'h1n1', 'h5n1',
]);

/**
 * Legal forms written after a company's name in many languages: "Apple Inc." is the Apple the article calls
 * "Apple", even where the tagger once reads that word as a place or a person.
 */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'n.v.', 'nv', 'b.v.', 'bv', 'ag', 'gmbh',
  's.a.', 'sa', 'se', 'spa', 's.p.a.', 'ab', 'asa', 'oyj', 'holding', 'holdings', 'group',
]);

/** Words capitalised by habit in many languages that name no entity of their own. */
export const NOT_NAMES: ReadonlySet<string> = new Set(['internet', 'web', 'ok', 'okay']);
