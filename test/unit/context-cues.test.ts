// Types from the words around a name (src/core/analysis/context-cues.ts and the rules in mentions.ts that
// read the name's own edges), with a tagger that tags exactly what the test says.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analysis/index.ts';
import type { Analysis, Entity } from '../../src/core/types.ts';
import { dictionaryTagger } from './dictionary-tagger.ts';

function analyze(text: string, language: string, names: Record<string, string>): Analysis {
  return analyzeArticle({ text, language }, () => dictionaryTagger(names));
}
const names = (a: Analysis): string[] => a.entities.map((e) => e.name);
function entity(a: Analysis, name: string): Entity {
  const e = a.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity ${name} in ${JSON.stringify(names(a))}`);
  return e;
}
const typeOf = (a: Analysis, name: string): string => entity(a, name).type;

describe('a kind noun right before a name', () => {
  it('makes the name an organisation ("the company Novell", "retailer Walmart", "de krant NRC")', () => {
    expect(typeOf(analyze('He joined the company Novell in 1997. Novell grew.', 'en', { Novell: 'LOC' }), 'Novell')).toBe('organization');
    expect(typeOf(analyze('Shoppers went to retailer Walmart on Friday.', 'en', { Walmart: 'PER' }), 'Walmart')).toBe('organization');
    expect(typeOf(analyze('Dat schreef de krant Trouw-Noord gisteren.', 'nl', { 'Trouw-Noord': 'PER' }), 'Trouw-Noord')).toBe('organization');
    expect(typeOf(analyze('Het bedrijf Viangros etiketteert al jaren.', 'nl', { Viangros: 'PER' }), 'Viangros')).toBe('organization');
  });

  it('reads a Dutch compound by its end ("het Anderlechtse vleesbedrijf Viangros")', () => {
    expect(typeOf(analyze('Het Anderlechtse vleesbedrijf Viangros etiketteert al jaren.', 'nl', { Viangros: 'PER' }), 'Viangros')).toBe('organization');
  });

  it('makes a work other ("the film Avatar", "het boek X")', () => {
    expect(typeOf(analyze('She starred in the film Avatar last year.', 'en', { Avatar: 'PER' }), 'Avatar')).toBe('other');
    expect(typeOf(analyze('She plays a role in the comedy series Chuck this fall.', 'en', { Chuck: 'PER' }), 'Chuck')).toBe('other');
    expect(typeOf(analyze('Hij schreef het boek Hersenschimmen in 1984.', 'nl', { Hersenschimmen: 'LOC' }), 'Hersenschimmen')).toBe('other');
  });

  it('does not retype a person named elsewhere in full ("the company Jobs co-founded")', () => {
    const a = analyze('Steve Jobs resigned. Tim Cook now runs the company Jobs co-founded.', 'en', { 'Steve Jobs': 'PER', Jobs: 'PER', 'Tim Cook': 'PER' });
    expect(typeOf(a, 'Steve Jobs')).toBe('person');
  });

  it('retypes a "person" of two words only where every such mention has the noun ("de Hongaarse krant Vasarnapi Hirek")', () => {
    expect(typeOf(analyze('Dat zei hij tegen de Hongaarse krant Vasarnapi Hirek.', 'nl', { 'Vasarnapi Hirek': 'PER' }), 'Vasarnapi Hirek')).toBe('organization');
    const a = analyze('Steve Jobs left. The film Steve Jobs opened.', 'en', { 'Steve Jobs': 'PER' });
    expect(typeOf(a, 'Steve Jobs')).toBe('person');
  });

  it('keeps a person whose title follows the company\'s possessive ("the company\'s CEO Tim Cook")', () => {
    const a = analyze("The company's CEO Tim Cook spoke on Monday.", 'en', { 'Tim Cook': 'PER' });
    expect(typeOf(a, 'Tim Cook')).toBe('person');
  });

  it('leaves a title before a name alone ("President Obama")', () => {
    const a = analyze('President Obama met the company Novell.', 'en', { Obama: 'PER', Novell: 'PER' });
    expect(typeOf(a, 'Obama')).toBe('person');
    expect(typeOf(a, 'Novell')).toBe('organization');
  });
});

describe('a list after a plural kind', () => {
  it('gives every listed name that kind ("companies such as Google, Yahoo and Microsoft")', () => {
    const a = analyze('Rivals included companies such as Goggle, Yahu and Microsift in the end.', 'en', { Goggle: 'PER', Yahu: 'LOC', Microsift: 'PER' });
    expect(a.entities.map((e) => e.type)).toEqual(['organization', 'organization', 'organization']);
  });

  it('reads works and places too ("films such as The Hangover", "landen zoals Belgi en Frankrijk")', () => {
    expect(typeOf(analyze('It was used up in films such as Ghost Town and Knocked Up.', 'en', { 'Ghost Town': 'LOC', 'Knocked Up': 'LOC' }), 'Knocked Up')).toBe('other');
    expect(typeOf(analyze('Er kwamen klachten uit landen zoals Kanaan en Moab.', 'nl', { Kanaan: 'PER', Moab: 'ORG' }), 'Moab')).toBe('place');
  });

  it('ends the list at the name the coordinator joins', () => {
    const a = analyze('Firms such as Goggle and Yahu, were attracted to Tianjin by demand.', 'en', { Goggle: 'PER', Yahu: 'PER', Tianjin: 'LOC' });
    expect(typeOf(a, 'Tianjin')).toBe('place');
  });

  it('needs the marker: "the biggest states Obama carried" is a relative clause', () => {
    const a = analyze('Some of the biggest states Obama carried will lose votes.', 'en', { Obama: 'PER' });
    expect(typeOf(a, 'Obama')).toBe('person');
  });
});

describe('an apposition whose head is a kind noun', () => {
  it('makes the name an organisation ("Novell, a software company,", "X, the maker of Y")', () => {
    expect(typeOf(analyze('G4, a peripheral cable network, hired her.', 'en', { G4: 'PER' }), 'G4')).toBe('organization');
    expect(typeOf(analyze('He left Pixor, the computer-animation company that made Toy Story.', 'en', { Pixor: 'LOC' }), 'Pixor')).toBe('organization');
    expect(typeOf(analyze('Growth came from Fitbot, the maker of trackers.', 'en', { Fitbot: 'PER' }), 'Fitbot')).toBe('organization');
  });

  it('reads a noun before the name between commas ("another payments company, Stripe, raised")', () => {
    expect(typeOf(analyze('We saw yet another payments company, Stripe, raise millions.', 'en', { Stripe: 'PER' }), 'Stripe')).toBe('organization');
  });

  it('does not take a role\'s complement for the name ("Een woordvoerder van de universiteit, Windeat, zei")', () => {
    const a = analyze('Een woordvoerder van de universiteit, Windeat, zei dat niet.', 'nl', { Windeat: 'PER' });
    expect(typeOf(a, 'Windeat')).toBe('person');
  });

  it('does not read the next clause\'s subject as an apposition ("Tianjin, the newspaper said")', () => {
    const a = analyze('A plant will be built in Tianjin, the newspaper said on Saturday.', 'en', { Tianjin: 'LOC' });
    expect(typeOf(a, 'Tianjin')).toBe('place');
  });

  it('keeps a person described by a role ("Smith, a company spokesman", "Kroes, the company\'s chief")', () => {
    expect(typeOf(analyze('Smithers, a company spokesman, declined.', 'en', { Smithers: 'PER' }), 'Smithers')).toBe('person');
    expect(typeOf(analyze("Kroes, the company's chief, declined.", 'en', { Kroes: 'PER' }), 'Kroes')).toBe('person');
  });

  it('stops at the next noun phrase ("Kodiak, Alaska, the Polaris makes a series of trips")', () => {
    const a = analyze('From a base in Kodiak, Alaska, the Polaris makes a series of trips.', 'en', { Kodiak: 'LOC', Alaska: 'LOC', Polaris: 'MISC' });
    expect(typeOf(a, 'Alaska')).toBe('place');
  });
});

describe('a role held at an organisation before the name', () => {
  it('makes the name an organisation ("CEO of Novell", "chief executive officer of X", "topman van X")', () => {
    expect(typeOf(analyze('He left his job as CEO of Novell. Novell was sad.', 'en', { Novell: 'LOC' }), 'Novell')).toBe('organization');
    expect(typeOf(analyze('He will serve as acting chief executive officer of Petofi for now.', 'en', { Petofi: 'PER' }), 'Petofi')).toBe('organization');
    expect(typeOf(analyze('He was CEO at Next, and later returned.', 'en', { Next: 'LOC' }), 'Next')).toBe('organization');
    expect(typeOf(analyze('Dat zei de topman van Filips gisteren.', 'nl', { Filips: 'PER' }), 'Filips')).toBe('organization');
  });

  it('leaves a place before a possessive alone ("chairman of Britain\'s BT")', () => {
    const a = analyze("He is chairman of Britain's BT now.", 'en', { Britain: 'LOC', BT: 'ORG' });
    expect(typeOf(a, 'Britain')).toBe('place');
  });

  it('does not count roles held of countries ("president of France")', () => {
    expect(typeOf(analyze('He met the president of Freedonia on Monday.', 'en', { Freedonia: 'LOC' }), 'Freedonia')).toBe('place');
  });
});

describe('role nouns', () => {
  it('reads "Olympian" as a role before a name', () => {
    const a = analyze('Olympian Bill Kirby said it was over.', 'en', { 'Olympian Bill Kirby': 'MISC' });
    expect(names(a)).toEqual(['Bill Kirby']);
    expect(typeOf(a, 'Bill Kirby')).toBe('person');
  });
});

describe('a capitalised "The" before a "person"', () => {
  it('reads the name as a title, not a person ("The Verge", "even The Phantom Menace")', () => {
    expect(typeOf(analyze('He told The Vergel about it on Monday.', 'en', { Vergel: 'PER' }), 'Vergel')).toBe('other');
    expect(typeOf(analyze('All six movies, even The Phantom Menace, will be sold.', 'en', { 'Phantom Menace': 'PER' }), 'Phantom Menace')).toBe('other');
    expect(typeOf(analyze('It was used in films such as The Hangover last year.', 'en', { 'The Hangover': 'PER' }), 'The Hangover')).toBe('other');
  });

  it('gives an organisation its type by other evidence ("editor of The Mac Observer")', () => {
    const a = analyze('Jeff Gamet, managing editor of The Mac Observer online news site, said so.', 'en', { 'Jeff Gamet': 'PER', 'Mac Observer': 'PER' });
    expect(typeOf(a, 'Mac Observer')).toBe('organization');
    expect(typeOf(a, 'Jeff Gamet')).toBe('person');
  });

  it('leaves a lowercase or sentence-opening "The" and Dutch "De" alone', () => {
    expect(typeOf(analyze('The Obama team met. Obama spoke.', 'en', { Obama: 'PER' }), 'Obama')).toBe('person');
    expect(typeOf(analyze('Gisteren zei Hugo De Jonge dat niet.', 'nl', { 'Hugo De Jonge': 'PER' }), 'Hugo De Jonge')).toBe('person');
  });
});

describe('known products', () => {
  it('keeps a product with its edition or maker one name of type other ("Kindle Fire HD", "Google Android")', () => {
    expect(typeOf(analyze('So instead, buy a Kindle Fire HD today.', 'en', { 'Kindle Fire HD': 'LOC' }), 'Kindle Fire HD')).toBe('other');
    expect(typeOf(analyze('It runs on platforms Google Android and others.', 'en', { 'Google Android': 'PER' }), 'Google Android')).toBe('other');
    expect(typeOf(analyze('You earn an Xbox Live avatar.', 'en', { 'Xbox Live': 'PER' }), 'Xbox Live')).toBe('other');
  });

  it('does not read a publication or a person named after a product as one ("The Mac Observer", "Mac Miller", "Freddie Mac")', () => {
    expect(typeOf(analyze('Mac Miller sang.', 'en', { 'Mac Miller': 'PER' }), 'Mac Miller')).toBe('person');
    expect(typeOf(analyze('Debt from Freddie Mac rose.', 'en', { 'Freddie Mac': 'ORG' }), 'Freddie Mac')).toBe('organization');
  });
});

describe('fact-box labels', () => {
  it('drops a label glued to the name at a line\'s start and types the name by it', () => {
    const text = 'Shovel Knight review\n\nPlatform Win, Wii U, Mac\n\nPublisher Yacht Club Games\n\nThe game is by Yacht Club Games.';
    const a = analyze(text, 'en', { 'Platform Win': 'PER', 'Wii U': 'MISC', Mac: 'MISC', 'Publisher Yacht Club Games': 'MISC', 'Yacht Club Games': 'ORG' });
    expect(names(a)).not.toContain('Publisher Yacht Club Games');
    expect(entity(a, 'Yacht Club Games').mentions).toHaveLength(2);
    expect(typeOf(a, 'Yacht Club Games')).toBe('organization');
    expect(typeOf(a, 'Win')).toBe('other');
  });

  it('keeps the word in running text ("Developer Relations said")', () => {
    const a = analyze('Developer Relations said the tools were late.', 'en', { 'Developer Relations': 'ORG' });
    expect(names(a)).toEqual(['Developer Relations']);
  });
});

describe('a dateline', () => {
  it('makes the name that opens it a place, with its agency in brackets or in capitals before a dash', () => {
    const ap = analyze('SAN FRANCISCO (AP) — Steve Jobs resigned on Wednesday.\n\nAP writer Barbara Ortutay in San Francisco contributed.', 'en',
      { 'SAN FRANCISCO': 'ORG', 'San Francisco': 'LOC', AP: 'ORG', 'Steve Jobs': 'PER', 'Barbara Ortutay': 'PER' });
    expect(typeOf(ap, 'San Francisco')).toBe('place');
    // The agency is not a short form of the place, and the place is shown as the running text writes it.
    expect(entity(ap, 'San Francisco').aliases).toEqual(['SAN FRANCISCO']);
    expect(typeOf(ap, 'AP')).toBe('organization');
    expect(typeOf(analyze('LONDON, Oct 3 (Reuters) - Shares fell in London on Friday.', 'en', { LONDON: 'ORG', London: 'ORG', Reuters: 'ORG' }), 'London')).toBe('place');
    expect(typeOf(analyze('BERLIN — Angela Merkel spoke in Berlin.', 'en', { BERLIN: 'ORG', Berlin: 'ORG', 'Angela Merkel': 'PER' }), 'Berlin')).toBe('place');
  });

  it('takes a dateline before a hyphen for a place only against a reading as a person ("BRUSSEL - Volgens …")', () => {
    expect(typeOf(analyze('BRUSSEL - Volgens Frank Vandenbroucke moeten ze betalen.', 'nl', { BRUSSEL: 'PER', 'Frank Vandenbroucke': 'PER' }), 'BRUSSEL')).toBe('place');
    expect(typeOf(analyze('RTRS - Sydney Newsroom 61-2 9373-1800.', 'en', { RTRS: 'ORG', Sydney: 'LOC' }), 'RTRS')).toBe('organization');
  });

  it('is not a topic in capitals before a hyphen, nor a name in running text before a bracket', () => {
    expect(typeOf(analyze('RUGBY UNION - Leicester won on Saturday.', 'en', { 'RUGBY UNION': 'ORG', Leicester: 'ORG' }), 'RUGBY UNION')).toBe('organization');
    expect(typeOf(analyze('Novell (NOVL) rose on Friday.', 'en', { Novell: 'ORG', NOVL: 'ORG' }), 'Novell')).toBe('organization');
    // A bracketed acronym after a name is still that name's short form.
    expect(entity(analyze('The Kurdistan Workers Party (PKK) fought. The PKK lost.', 'en', { 'Kurdistan Workers Party': 'ORG', PKK: 'ORG' }), 'Kurdistan Workers Party').aliases).toEqual(['PKK']);
  });
});
