// Junk names, types from the article's wording, and speech and role patterns of news prose: each rule
// with a tagger that tags exactly what the test says, so only the analysis after the tagger is checked.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analysis/index.ts';
import { articleTitle } from '../../src/core/analysis/title.ts';
import type { Analysis, Entity } from '../../src/core/types.ts';
import { dictionaryTagger } from './dictionary-tagger.ts';

function analyze(text: string, language: string, names: Record<string, string>): Analysis {
  return analyzeArticle({ text, language }, () => dictionaryTagger(names));
}
const names = (a: Analysis): string[] => a.entities.flatMap((e) => [e.name, ...e.aliases]);
function entity(a: Analysis, name: string): Entity {
  const e = a.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity ${name} in ${JSON.stringify(names(a))}`);
  return e;
}

describe('junk the tagger marks', () => {
  it('drops a pronoun with its verb ("I’m", "It\'s") read as a name', () => {
    const a = analyze("I'm not on Facebook. I’m a geek. It's Facebook that knows.", 'en', { "I'm": 'ORG', 'I’m': 'MISC', "It's": 'ORG', Facebook: 'ORG' });
    expect(names(a)).toEqual(['Facebook']);
  });

  it('cuts a word that only opens the sentence or quotation off the name after it, when the article names the rest alone', () => {
    const a = analyze('"All Apple has done is made it official," he said. Apple rose. It was all over.', 'en', { 'All Apple': 'ORG', Apple: 'ORG' });
    expect(names(a)).toEqual(['Apple']);
    expect(entity(a, 'Apple').mentions).toHaveLength(2);
    // Not without the rest named alone, nor from a person's name, whose first name may be a word too.
    expect(names(analyze('All Nippon Airways flew. It was all over.', 'en', { 'All Nippon Airways': 'ORG' }))).toEqual(['All Nippon Airways']);
    expect(names(analyze('Frank Vandenbroucke sprak. Vandenbroucke betaalde in Belgische frank.', 'nl', { 'Frank Vandenbroucke': 'PER', Vandenbroucke: 'PER' }))).toEqual(['Frank Vandenbroucke', 'Vandenbroucke']);
  });

  it('drops "OK" read as a name', () => {
    expect(names(analyze('"OK, that is fine," Obama said.', 'en', { OK: 'ORG', Obama: 'PER' }))).toEqual(['Obama']);
  });

  it('drops a month next to a day or year, and keeps a month-like name without one', () => {
    const a = analyze('In this photo dated Tuesday, Nov. 29, 2016 the rocket stood. On 22 Dec, 2016 it fell. Theresa May spoke. May said no.', 'en', { 'Nov.': 'PER', Dec: 'PER', 'Theresa May': 'PER', May: 'PER' });
    expect(names(a)).toEqual(['Theresa May', 'May']);
  });

  it('drops a single word alone on its line unless the article names it in running text', () => {
    const text = 'Buitenland\n\nVS en Japan werken samen\n\nJapan\n\nDe VS en Japan willen samenwerken.';
    const a = analyze(text, 'nl', { Buitenland: 'MISC', VS: 'LOC', Japan: 'LOC' });
    expect(names(a)).not.toContain('Buitenland');
    expect(entity(a, 'Japan').mentions).toHaveLength(3);
  });

  it('strips an imperative that opens a caption ("See Facebook’s …")', () => {
    const a = analyze('See Facebook’s policy on this.', 'en', { 'See Facebook': 'LOC' });
    expect(names(a)).toEqual(['Facebook']);
  });
});

describe('types from the article’s wording', () => {
  it('types a name listed with organisations as one', () => {
    const a = analyze('Competitors such as Walmart, Kroger and Costco cut prices. Prices at Kroger-owned QFC stores in the region fell too. Amazon competes with the likes of Walmart and Kroger.', 'en', { Walmart: 'LOC', Kroger: 'ORG', Costco: 'ORG', QFC: 'ORG' });
    expect(entity(a, 'Walmart').type).toBe('organization');
  });

  it('makes a one-word "person" without first name or role an organisation when listed with one', () => {
    const a = analyze('Snopes works alongside ABC News and Politifact on this.', 'en', { Snopes: 'ORG', 'ABC News': 'ORG', Politifact: 'PER' });
    expect(entity(a, 'Politifact').type).toBe('organization');
    expect(entity(a, 'ABC News').type).toBe('organization');
  });

  it('does not read an apposition with commas as a list, nor type a thing a person by its list', () => {
    const a = analyze('Analysis: Jon Sopel, BBC News, Washington. Writer Marcia Dunn in Cape Canaveral, Florida, and Vladimir Isachenkov contributed.', 'en', {
      'Jon Sopel': 'PER', 'BBC News': 'ORG', Washington: 'LOC', 'Marcia Dunn': 'PER', 'Cape Canaveral': 'LOC', Florida: 'LOC', 'Vladimir Isachenkov': 'PER',
    });
    expect(entity(a, 'BBC News').type).toBe('organization');
    expect(entity(a, 'Cape Canaveral').type).toBe('place');
  });

  it('keeps the type of a name listed with another kind in only some of its mentions ("Israel and Hizbollah")', () => {
    const a = analyze('A committee on the truce between Israel and Hizbollah meets. Hizbollah fighters fired. Hizbollah denied it. The Arabs and Israel talk.', 'en', { Israel: 'LOC', Hizbollah: 'ORG', Arabs: 'MISC' });
    expect(entity(a, 'Hizbollah').type).toBe('organization');
    expect(entity(a, 'Arabs').type).toBe('other');
  });

  it('keeps a person with a full name or a role whatever the list says', () => {
    const a = analyze('Facebook and Mark Zuckerberg agreed. Facebook, Google and Zuckerberg met.', 'en', { Facebook: 'ORG', Google: 'ORG', 'Mark Zuckerberg': 'PER', Zuckerberg: 'PER' });
    expect(entity(a, 'Mark Zuckerberg').type).toBe('person');
  });

  it('reads a one-word "person" used mostly as a modifier as a people, not a person', () => {
    const a = analyze('The local Māori tribe came. He is the leading Māori whale expert. It is a traditional Māori design. Kauri spoke.', 'en', { Māori: 'PER', Kauri: 'PER' });
    expect(entity(a, 'Māori').type).toBe('other');
    expect(entity(a, 'Kauri').type).toBe('person');
  });
});

describe('speech and roles in news prose', () => {
  const NAMES = { 'David Emery': 'PER', Emery: 'PER', 'John Mackey': 'PER', 'Whole Foods': 'ORG', Roscosmos: 'PER', NASA: 'ORG', 'Mark Rutte': 'PER', Rutte: 'PER', 'Elon Musk': 'PER', Tesla: 'ORG' };

  it('attributes a quote after a participle to the clause’s subject', () => {
    const a = analyze('David Emery wrote it. Emery retweeted the story, saying, “Are there any calm supporters left?”', 'en', NAMES);
    expect(entity(a, 'David Emery').quotes.map((q) => q.text)).toEqual(['Are there any calm supporters left?']);
  });

  it('attributes quotes with "states" and "tweeted"', () => {
    const a = analyze('David Emery wrote it. Emery states, “Some people think they have to put words in his mouth.” “We will all have forgotten it,” Emery tweeted.', 'en', NAMES);
    expect(entity(a, 'David Emery').quotes.map((q) => q.text)).toEqual(['Some people think they have to put words in his mouth.', 'We will all have forgotten it']);
  });

  it('starts reported speech after an adverbial and its "that"', () => {
    const en = analyze('John Mackey said in an internal memo that the price distinction has become less relevant.', 'en', NAMES);
    expect(entity(en, 'John Mackey').quotes[0]!.text).toBe('the price distinction has become less relevant');
    const nl = analyze('Mark Rutte zei donderdag dat het kabinet de steun verlengt.', 'nl', NAMES);
    expect(entity(nl, 'Mark Rutte').quotes[0]!.text).toBe('het kabinet de steun verlengt');
  });

  it('reads Dutch opinion verbs as attribution ("Rutte vindt dat …")', () => {
    const a = analyze('Mark Rutte was er. Rutte vindt dat de regels strenger moeten.', 'nl', NAMES);
    expect(entity(a, 'Mark Rutte').quotes[0]!.text).toBe('de regels strenger moeten');
  });

  it('keeps two joined roles and the company before them at the start of a sentence', () => {
    const a = analyze('Whole Foods co-founder and CEO John Mackey said so. Tesla CEO Elon Musk agreed.', 'en', NAMES);
    expect(entity(a, 'John Mackey').roles).toEqual(['Whole Foods co-founder and CEO']);
    expect(entity(a, 'Elon Musk').roles).toEqual(['Tesla CEO']);
  });
});

describe('speakers and roles written around the name', () => {
  const NAMES = {
    'Chuck Schumer': 'PER', 'Mitch McConnell': 'PER', McConnell: 'PER', 'Jane Doe': 'PER', Ohio: 'LOC', 'Sarah Miller': 'PER',
    'Goldman Sachs': 'ORG', Obama: 'PER', 'Mark Rutte': 'PER', Rutte: 'PER', Oekraïne: 'LOC', 'Femke Halsema': 'PER',
  };

  it('finds the speaker behind a role written before the name', () => {
    const a = analyze('“This is the most important climate law in our history,” Senate Majority Leader Chuck Schumer told reporters after the vote.', 'en', NAMES);
    expect(entity(a, 'Chuck Schumer').quotes.map((q) => q.text)).toEqual(['This is the most important climate law in our history']);
  });

  it('reads roles after an age and in a relative clause with "who is"', () => {
    const a = analyze('Jane Doe, 45, a teacher from Ohio, said prices rose. Sarah Miller, who is a senior economist at Goldman Sachs, said so too.', 'en', NAMES);
    expect(entity(a, 'Jane Doe').roles).toEqual(['teacher from Ohio']);
    expect(entity(a, 'Sarah Miller').roles).toEqual(['senior economist at Goldman Sachs']);
  });

  it('takes nothing before the comma when the statement follows a colon', () => {
    const a = analyze('Obama was in Kenya. In a wide-ranging interview, President Obama also said:', 'en', NAMES);
    expect(entity(a, 'Obama').quotes).toEqual([]);
  });

  it('reads Dutch quotations in straight single quotes, but not apostrophes', () => {
    const a = analyze("Mark Rutte was in Brussel. 'We gaan door met de steun aan Oekraïne', zegt Rutte. Hij sprak 's avonds over de auto's van z'n ministers.", 'nl', NAMES);
    expect(entity(a, 'Mark Rutte').quotes.map((q) => q.text)).toEqual(['We gaan door met de steun aan Oekraïne']);
    const b = analyze("Burgemeester Femke Halsema zei 's ochtends dat de stad 'geen enkele ruimte' biedt.", 'nl', NAMES);
    expect(entity(b, 'Femke Halsema').quotes.map((q) => q.text)).toEqual(["de stad 'geen enkele ruimte' biedt"]);
  });
});

describe('organisations by their first word', () => {
  it('types Dutch names that open with an organisation noun, also as a compound’s end', () => {
    const a = analyze('Woningbouwvereniging Ymere en Stichting Natuur en Milieu steunen het plan van Gemeente Utrecht.', 'nl', {
      'Woningbouwvereniging Ymere': 'PER', 'Stichting Natuur en Milieu': 'LOC', 'Gemeente Utrecht': 'LOC',
    });
    expect(a.entities.map((e) => e.type)).toEqual(['organization', 'organization', 'organization']);
  });

  it('types English "X of Y" names by their head noun', () => {
    const a = analyze('Analysts at the Bank of America and the University of Washington agreed.', 'en', { 'Bank of America': 'LOC', 'University of Washington': 'LOC' });
    expect(a.entities.map((e) => e.type)).toEqual(['organization', 'organization']);
  });
});

describe('the article title', () => {
  it('drops a trailing desk or agency code the article never uses', () => {
    expect(articleTitle('VS en Japan bekrachtigen samenwerking rond Noord-Korea TTR', 'De VS en Japan …')).toBe('VS en Japan bekrachtigen samenwerking rond Noord-Korea');
    expect(articleTitle('Britain and France sign a pact with the EU', 'The EU said …')).toBe('Britain and France sign a pact with the EU');
    expect(articleTitle('BREAKING NEWS FROM THE UN', 'text')).toBe('BREAKING NEWS FROM THE UN');
    expect(articleTitle(null, 'text')).toBeNull();
  });
});

describe('wire-service and De Morgen prose (second pass)', () => {
  const NAMES = {
    "Alex O'Brien": 'PER', "O'Brien": 'PER', Drazek: 'PER', 'Paul Drazek': 'PER', 'Samer Ammar Soliman': 'PER', Reuters: 'ORG',
    'James Hoey': 'PER', 'Ralph Bloch': 'PER', 'Raymond James': 'ORG', 'John Kornblum': 'PER', 'Otto Schily': 'PER',
    'Binnenlandse Zaken Otto Schily': 'PER', 'MaliVai Washington': 'PER', Washington: 'LOC', 'Tom Forte': 'PER', Amazon: 'ORG',
    'D.A. Davidson': 'ORG', 'John Mackey': 'PER', 'Yahoo Finance': 'ORG', Easter: 'ORG', Mother: 'LOC', 'Ashraf Shazly': 'ORG',
    'Agence France-Presse': 'ORG', 'Donovan Bailey': 'PER',
  };

  it('finds the speaker after an article and modifiers, and past an age', () => {
    const a = analyze("Alex O'Brien won. \"I kept my composure and I was proud of myself,\" said the 26-year-old O'Brien. \"It is a very complicated issue,\" said the Agriculture Department's Drazek.", 'en', NAMES);
    expect(entity(a, "Alex O'Brien").quotes.map((q) => q.text)).toEqual(['I kept my composure and I was proud of myself']);
    expect(entity(a, 'Drazek').quotes.map((q) => q.text)).toEqual(['It is a very complicated issue']);
    const b = analyze('"The revolution has brought us great achievements," Samer Ammar Soliman, 42, told Reuters.', 'en', NAMES);
    expect(entity(b, 'Samer Ammar Soliman').quotes.map((q) => q.text)).toEqual(['The revolution has brought us great achievements']);
  });

  it('does not run a statement into a second source closing the sentence', () => {
    const a = analyze('John Mackey said in a memo that the price distinction has become less relevant, Yahoo Finance reported earlier this year.', 'en', NAMES);
    expect(entity(a, 'John Mackey').quotes.map((q) => q.text)).toEqual(['the price distinction has become less relevant']);
  });

  it('reads roles with nouns inside, with a complement before the name, and in "who … as a" clauses', () => {
    const a = analyze('Ralph Bloch, chief technical analyst at Raymond James, agreed. It was U.S. Assistant Secretary of State John Kornblum. Olympic champion Donovan Bailey ran.', 'en', NAMES);
    expect(entity(a, 'Ralph Bloch').roles).toEqual(['chief technical analyst at Raymond James']);
    expect(entity(a, 'John Kornblum').roles).toEqual(['U.S. Assistant Secretary of State']);
    expect(entity(a, 'Donovan Bailey').roles).toEqual(['Olympic champion']);
    const b = analyze('It has been steady, said Tom Forte, who follows Amazon as a managing director at D.A. Davidson.', 'en', NAMES);
    expect(entity(b, 'Tom Forte').roles).toEqual(['managing director at D.A. Davidson']);
  });

  it('gives a Dutch minister’s portfolio to the role when the tagger read it into the name', () => {
    const a = analyze('Dat zei minister van Binnenlandse Zaken Otto Schily gisteren.', 'nl', NAMES);
    expect(entity(a, 'Otto Schily').roles).toEqual(['minister van Binnenlandse Zaken']);
  });

  it('joins a surname the tagger read as a place to the person named before it, not to one named after', () => {
    const a = analyze('In Washington it is warm. MaliVai Washington lost. "I kept fighting and trying," said Washington.', 'en', NAMES);
    const p = entity(a, 'MaliVai Washington');
    expect(p.type).toBe('person');
    expect(p.mentions).toHaveLength(2);
    expect(p.quotes.map((q) => q.text)).toEqual(['I kept fighting and trying']);
    expect(a.entities.find((e) => e.name.toLowerCase() === 'washington')?.type).toBe('place');
  });

  it('types holidays as other, a possessive one whole, and a photographer before an agency as a person', () => {
    const a = analyze('Fish sells for Easter and Mother’s Day. Credit Ashraf Shazly/Agence France-Presse', 'en', NAMES);
    expect(entity(a, 'Easter').type).toBe('other');
    expect(entity(a, 'Mother’s Day').type).toBe('other');
    expect(names(a)).not.toContain('Mother');
    expect(entity(a, 'Ashraf Shazly').type).toBe('person');
  });

  it('cuts a byline after "|" from the title line and the title', () => {
    const text = 'Tribes fearful over whale strandings | Eleanor Ainge Roy\n\nThe whales came back.';
    const a = analyzeArticle({ text, language: 'en', title: 'Tribes fearful over whale strandings | Eleanor Ainge Roy', byline: 'Eleanor Ainge Roy' }, () => dictionaryTagger({ 'Eleanor Ainge Roy': 'PER' }));
    expect(a.title).toBe('Tribes fearful over whale strandings');
    expect(names(a)).toEqual([]);
  });
});

describe('page furniture, publications, products and diseases (unseen news pages)', () => {
  it('drops label words standing alone or before a name, and sentence adverbs', () => {
    const en = analyze('Video Transcript\n\nKeywords\n\nVia Engadget\n\nLikewise, the mayor agreed with Anna Berg.', 'en', {
      Transcript: 'PER', Keywords: 'PER', 'Via Engadget': 'PER', Likewise: 'PER', 'Anna Berg': 'PER',
    });
    expect(names(en)).toEqual(['Engadget', 'Anna Berg']);
    const nl = analyze('Trefwoorden\n\nVia De Telegraaf\n\nEvenzo, de burgemeester sprak met Anna Berg.', 'nl', {
      Trefwoorden: 'PER', Via: 'PER', 'De Telegraaf': 'PER', Evenzo: 'PER', 'Anna Berg': 'PER',
    });
    expect(names(nl)).toEqual(['De Telegraaf', 'Anna Berg']);
  });

  it('types publications cited by name as organisations', () => {
    const en = analyze('The report first appeared in The Guardian on Monday.', 'en', { 'The Guardian': 'MISC' });
    expect(entity(en, 'The Guardian').type).toBe('organization');
    const nl = analyze('Dat meldt de Volkskrant vandaag. Volkskrant sprak met de minister.', 'nl', { Volkskrant: 'PER' });
    expect(entity(nl, 'Volkskrant').type).toBe('organization');
  });

  it('reads names in a parenthesis listing platforms, and the app before it, as products', () => {
    const en = analyze('Evernote (Android, iOS, Win, Mac) is the best app. Quick Notes ($2 iPad) is cheaper. (The Wii is made by Nintendo, not Sony.)', 'en', {
      Evernote: 'ORG', Android: 'ORG', iOS: 'MISC', Win: 'PER', Mac: 'PER', 'Quick Notes': 'PER', Wii: 'MISC', Nintendo: 'ORG', Sony: 'ORG',
    });
    for (const n of ['Win', 'Mac', 'Quick Notes', 'Evernote']) expect(entity(en, n).type).toBe('other');
    expect(entity(en, 'Nintendo').type).toBe('organization');
    const nl = analyze('De app Buienalarm (Android, iOS) is gratis.', 'nl', { Buienalarm: 'PER', Android: 'MISC', iOS: 'MISC' });
    expect(entity(nl, 'Buienalarm').type).toBe('other');
  });

  it('splits a disease off the name before it and types it as other', () => {
    const en = analyze('Officials will prosecute the Dallas Ebola patient. Ebola spreads fast in Dallas.', 'en', { 'Dallas Ebola': 'LOC', Ebola: 'LOC', Dallas: 'LOC' });
    expect(names(en)).toEqual(['Dallas', 'Ebola']);
    expect(entity(en, 'Ebola').type).toBe('other');
    const nl = analyze('Volgens de WHO is Ebola nog niet verslagen.', 'nl', { WHO: 'ORG', Ebola: 'LOC' });
    expect(entity(nl, 'Ebola').type).toBe('other');
  });

  it('splits "Company CEO Name" read as one name into the company and the person with the role', () => {
    const en = analyze('Verizon CIO Shaygan Kheradpir showed the app. Verizon sells television.', 'en', { 'Verizon CIO Shaygan Kheradpir': 'PER', Verizon: 'ORG' });
    expect(entity(en, 'Verizon').type).toBe('organization');
    expect(entity(en, 'Verizon').aliases).toEqual([]);
    expect(entity(en, 'Shaygan Kheradpir').type).toBe('person');
    const nl = analyze('Philips CEO Roy Jakobs zei dat het goed gaat. Philips groeit.', 'nl', { 'Philips CEO Roy Jakobs': 'PER', Philips: 'ORG' });
    expect(entity(nl, 'Philips').type).toBe('organization');
    expect(entity(nl, 'Roy Jakobs').type).toBe('person');
  });

  it('drops a headline phrase of words the article writes in lowercase, but not a name it uses in running text', () => {
    const en = analyze('Obama Tells Students How to Survive the Next Semester\n\nObama said students who survive the next semester get a laptop.', 'en', {
      Obama: 'PER', 'Survive the Next Semester': 'MISC',
    });
    expect(names(en)).toEqual(['Obama']);
    // Names crowding a sentence of running text, and a headline in capitals, say nothing about case.
    const crowded = analyze('In World War Two the German Airforce under Hermann Goering began its Blitz on London.\n\nThe war took two years.', 'en', {
      'World War Two': 'MISC', 'Hermann Goering': 'PER', London: 'LOC',
    });
    expect(names(crowded)).toEqual(['World War Two', 'Hermann Goering', 'London']);
    const capitals = analyze('RUGBY UNION - WIGAN WIN\n\nThe rugby union season ended.', 'en', { 'RUGBY UNION': 'ORG', WIGAN: 'ORG' });
    expect(names(capitals)).toEqual(['RUGBY UNION', 'WIGAN']);
    const nl = analyze('Rutte Zegt Hoe Je Het Nieuwe Semester Overleeft\n\nRutte zei dat wie het nieuwe semester overleeft een laptop krijgt.', 'nl', {
      Rutte: 'PER', 'Nieuwe Semester': 'MISC',
    });
    expect(names(nl)).toEqual(['Rutte']);
  });
});
