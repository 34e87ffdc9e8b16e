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
  ],
  roleModifiers: [
    'vice', 'oud', 'oud-', 'voormalig', 'voormalige', 'toenmalig', 'toenmalige', 'huidige', 'nieuwe', 'waarnemend',
    'waarnemende', 'demissionair', 'demissionaire', 'kersverse', 'buitenlandse', 'binnenlandse', 'eerste',
  ],
  nationalitySuffixes: ['se', 'sche', 'ische'],
  compoundRoles: true,
  rolePrepositions: ['van', 'bij', 'voor'],
  speechVerbs: [
    'zei', 'zegt', 'zeggen', 'zeiden', 'verklaarde', 'verklaart', 'stelde', 'stelt', 'benadrukte', 'benadrukt',
    'waarschuwde', 'waarschuwt', 'vertelde', 'vertelt', 'schreef', 'schrijft', 'meldde', 'meldt', 'reageerde',
    'antwoordde', 'voegde', 'zei:', 'liet', 'klinkt', 'beloofde', 'erkende', 'riep',
  ],
  attributionMarkers: ['aldus', 'volgens'],
  personPronouns: ['hij', 'zij', 'ze'],
  complementizers: ['dat'],
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
  splitPossessive: false,
};
