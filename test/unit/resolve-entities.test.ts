import { describe, expect, it } from 'vitest';
import { analyzeArticle, type SequenceTagger } from '../../src/core/analysis/index.ts';
import type { Analysis } from '../../src/core/types.ts';
import { dictionaryTagger } from './dictionary-tagger.ts';

function analyze(text: string, language: string, names: Record<string, string>): Analysis {
  return analyzeArticle({ text, language }, () => dictionaryTagger(names));
}
const byName = (a: Analysis, name: string) => a.entities.find((e) => e.name === name);

describe('grouping mentions into entities', () => {
  it('resolves a surname, a titled surname and a possessive to the full name', () => {
    const text = 'Robert Mugabe won the vote. Mr Mugabe\'s party celebrated. Later Mugabe spoke.';
    const a = analyze(text, 'en', { 'Robert Mugabe': 'PER', Mugabe: 'PER' });
    expect(a.entities).toHaveLength(1);
    const e = a.entities[0]!;
    expect(e).toMatchObject({ id: 'e1', name: 'Robert Mugabe', type: 'person', aliases: ['Mugabe'] });
    expect(e.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Robert Mugabe', 'Mugabe', 'Mugabe']);
  });

  it("strips Dutch genitives: Pence' and Abe's", () => {
    const text = "Mike Pence en Shinzo Abe spraken. Pence' woorden en Abe's plannen waren duidelijk.";
    const a = analyze(text, 'nl', { 'Mike Pence': 'PER', 'Shinzo Abe': 'PER', Pence: 'PER', "Abe's": 'PER' });
    expect(a.entities.map((e) => [e.name, e.aliases])).toEqual([['Mike Pence', ['Pence']], ['Shinzo Abe', ['Abe']]]);
    expect(a.entities[1]!.mentions[1]!.text).toBe('Abe');
  });

  it('joins an acronym to its expansion by initials, by parentheses and by the language table', () => {
    const text = 'De Verenigde Staten en Artsen zonder Grenzen (AZG) helpen. De VS, de AZG en de NAVO ook. De Noord-Atlantische Verdragsorganisatie zwijgt.';
    const a = analyze(text, 'nl', {
      'Verenigde Staten': 'LOC', VS: 'LOC', 'Artsen zonder Grenzen': 'ORG', AZG: 'ORG', NAVO: 'ORG', 'Noord-Atlantische Verdragsorganisatie': 'ORG',
    });
    expect(byName(a, 'Verenigde Staten')?.aliases).toEqual(['VS']);
    expect(byName(a, 'Artsen zonder Grenzen')?.aliases).toEqual(['AZG']);
    expect(byName(a, 'Noord-Atlantische Verdragsorganisatie')?.aliases).toEqual(['NAVO']);
    expect(a.entities).toHaveLength(3);
  });

  it('leaves an acronym alone when the article never gives its expansion', () => {
    const a = analyze('De VS en Japan werken samen.', 'nl', { VS: 'LOC', Japan: 'LOC' });
    expect(a.entities.map((e) => e.name)).toEqual(['VS', 'Japan']);
  });

  it('keeps the article of a Dutch surname but drops a sentence-initial one', () => {
    const a = analyze('Hugo de Jonge sprak. Volgens De Jonge is het ernstig. De VS en de Verenigde Staten zwijgen.', 'nl', {
      'Hugo de Jonge': 'PER', 'De Jonge': 'PER', 'De VS': 'LOC', 'Verenigde Staten': 'LOC',
    });
    expect(a.entities.map((e) => [e.name, e.aliases])).toEqual([['Hugo de Jonge', ['De Jonge']], ['Verenigde Staten', ['VS']]]);
  });

  it('strips honorifics and lets them vote for a person', () => {
    const a = analyze('Gisteren sprak de heer Jansen met dhr. Jansen en mevrouw Bakker.', 'nl', { 'heer Jansen': 'ORG', Jansen: 'ORG', Bakker: 'LOC' });
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Jansen', 'person'], ['Bakker', 'person']]);
  });

  it('attaches a shared surname to the person named most recently before it', () => {
    const text = 'Bill Clinton spoke first. Hillary Clinton replied. Clinton then left.';
    const a = analyze(text, 'en', { 'Bill Clinton': 'PER', 'Hillary Clinton': 'PER', Clinton: 'PER' });
    expect(a.entities.map((e) => [e.name, e.mentions.length])).toEqual([['Bill Clinton', 1], ['Hillary Clinton', 2]]);
  });

  it('leaves an ambiguous surname alone when no candidate precedes it', () => {
    const text = 'Clinton arrived. Bill Clinton spoke first. Hillary Clinton replied.';
    const a = analyze(text, 'en', { 'Bill Clinton': 'PER', 'Hillary Clinton': 'PER', Clinton: 'PER' });
    expect(a.entities.map((e) => e.name)).toEqual(['Clinton', 'Bill Clinton', 'Hillary Clinton']);
  });

  it('resolves a name written without its middle name', () => {
    const a = analyze('Te Kaurinui Robert Parata spoke. Te Kaurinui Parata left.', 'en', { 'Te Kaurinui Robert Parata': 'PER', 'Te Kaurinui Parata': 'PER' });
    expect(a.entities.map((e) => [e.name, e.aliases])).toEqual([['Te Kaurinui Robert Parata', ['Te Kaurinui Parata']]]);
  });

  it('resolves a shortened organisation name, but not a person named like it', () => {
    const a = analyze('Whole Foods sells fish. Foods is cheap. Clinton spoke at the Clinton Foundation.', 'en', {
      'Whole Foods': 'ORG', Foods: 'MISC', Clinton: 'PER', 'Clinton Foundation': 'ORG',
    });
    expect(a.entities.map((e) => [e.name, e.aliases])).toEqual([['Whole Foods', ['Foods']], ['Clinton', []], ['Clinton Foundation', []]]);
  });

  it('leaves a short organisation name alone when it fits several', () => {
    const a = analyze('Mozilla Foundation and Mozilla Corporation work together. Mozilla grows.', 'en', {
      'Mozilla Foundation': 'ORG', 'Mozilla Corporation': 'ORG', Mozilla: 'ORG',
    });
    expect(a.entities.map((e) => [e.name, e.mentions.length])).toEqual([['Mozilla Foundation', 1], ['Mozilla Corporation', 1], ['Mozilla', 1]]);
  });

  it('never merges places by containment', () => {
    const a = analyze('Sudan borders South Sudan. Sudan is large.', 'en', { Sudan: 'LOC', 'South Sudan': 'LOC' });
    expect(a.entities.map((e) => [e.name, e.mentions.length])).toEqual([['Sudan', 2], ['South Sudan', 1]]);
  });

  it('does not take a name after a bare article for a person', () => {
    const a = analyze('Voor de Winterspelen kwam Obama. Obama en de Obama-regering.', 'nl', { Winterspelen: 'PER', Obama: 'PER', 'Obama-regering': 'PER' });
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Winterspelen', 'other'], ['Obama', 'person'], ['Obama-regering', 'other']]);
  });

  it('decides the type by a vote over all mentions', () => {
    const text = 'Japan groeit. Japan exporteert. Japan wint.';
    const tagger: SequenceTagger = {
      tagDocument: (sentences) => sentences.map((toks, i) => toks.map((t) => (t === 'Japan' ? (i === 1 ? 'B-ORG' : 'B-LOC') : 'O'))),
    };
    const a = analyzeArticle({ text, language: 'nl' }, () => tagger);
    expect(a.entities).toHaveLength(1);
    expect(a.entities[0]!.type).toBe('place');
  });

  it('completes a suspended hyphen: "Noord- en Zuid-Korea" mentions Noord-Korea', () => {
    const a = analyze('Noord-Korea praat. Atleten uit Noord- en Zuid-Korea lopen samen.', 'nl', { 'Noord-Korea': 'LOC', 'Noord-': 'LOC', 'Zuid-Korea': 'LOC' });
    expect(a.entities.map((e) => [e.name, e.mentions.length])).toEqual([['Noord-Korea', 2], ['Zuid-Korea', 1]]);
    expect(a.entities[0]!.mentions[1]!.text).toBe('Noord-');
  });

  it('continues a person name over a capitalised function word the tagger left out', () => {
    const a = analyze('Ze spreken met de president Moon Jae In. Obama In Kenya Today.', 'nl', { 'Moon Jae': 'PER', Obama: 'PER' });
    expect(a.entities.map((e) => e.name)).toEqual(['Moon Jae In', 'Obama']);
  });

  it('joins a name the tagger split around a particle', () => {
    const a = analyze('Osama bin Laden lived in Khartoum.', 'en', { Osama: 'ORG', Laden: 'ORG', Khartoum: 'LOC' });
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Osama bin Laden', 'person'], ['Khartoum', 'place']]);
  });
});

describe('precision filter', () => {
  it('drops sentence-initial function words and labels the tagger mistook for names', () => {
    const words = ['Daarover', 'Niet', 'Maar', 'Het', 'Voor', 'Bron'];
    const text = words.map((w) => `${w} zegt Japan iets.`).join(' ');
    const a = analyze(text, 'nl', { ...Object.fromEntries(words.map((w) => [w, 'MISC'])), Japan: 'LOC' });
    expect(a.entities.map((e) => e.name)).toEqual(['Japan']);
  });

  it('drops English ones too, and single characters, digits and nationality adjectives', () => {
    const a = analyze('Despite this, The plan of A in 2018 was American and Sudan agreed with S. and Americans.', 'en', {
      Despite: 'MISC', The: 'ORG', A: 'PER', '2018': 'MISC', American: 'MISC', Sudan: 'LOC', 'S.': 'PER', Americans: 'MISC',
    });
    expect(a.entities.map((e) => e.name)).toEqual(['Sudan']);
  });

  it('drops a title tagged on its own', () => {
    const a = analyze('Vice-president Pence and the President met.', 'en', { 'Vice-president': 'MISC', President: 'PER', Pence: 'PER' });
    expect(a.entities.map((e) => e.name)).toEqual(['Pence']);
  });

  it('has no entities without a tagger for the language', () => {
    const a = analyzeArticle({ text: 'Die Bundesregierung hat am Mittwoch in Berlin beschlossen, dass die Regel gilt.' }, () => null);
    expect(a.language).toBe('de');
    expect(a.entities).toEqual([]);
  });

  it('survives a tagger that throws', () => {
    const a = analyzeArticle({ text: 'Japan wint.', language: 'nl' }, () => ({ tagDocument: () => { throw new Error('broken model'); } }));
    expect(a.entities).toEqual([]);
  });
});

describe('names the tagger joined or split wrongly', () => {
  it('splits an "X-owned" or "X-based" modifier off the name it modifies, as a name of the type it says', () => {
    const text = 'Amazon-owned Whole Foods Market cut prices. Amazon bought it. Mercer Island-based Dana F. Besecker Company sells fish. It is sold in stores such as the ones of Kroger-owned QFC too. A Washington-based firm agreed.';
    const a = analyze(text, 'en', {
      'Amazon-owned Whole Foods Market': 'ORG', Amazon: 'LOC', 'Mercer Island-based Dana F. Besecker Company': 'ORG', QFC: 'ORG', 'Washington-based': 'MISC',
    });
    expect(a.entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([
      ['Amazon', 'organization', 2], ['Whole Foods Market', 'organization', 1], ['Mercer Island', 'place', 1],
      ['Dana F. Besecker Company', 'organization', 1], ['Kroger', 'organization', 1], ['QFC', 'organization', 1], ['Washington', 'place', 1],
    ]);
    for (const e of a.entities) for (const m of e.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
    expect(byName(a, 'Amazon')!.mentions[0]).toMatchObject({ start: 0, end: 6 });
  });

  it('keeps a capitalised surname prefix with the name ("aldus Van Halst", "Van der Sar"), not a sentence\'s article', () => {
    const a = analyze('Directeur Jan van Halst sprak. "We gaan door", aldus Van Halst. Keeper Edwin Van der Sar zweeg. Later kwam Van der Sar terug.', 'nl',
      { 'Jan van Halst': 'PER', Halst: 'PER', 'Edwin Van der Sar': 'PER', Sar: 'PER' });
    expect(a.entities.map((e) => [e.name, e.aliases, e.mentions.length])).toEqual([['Jan van Halst', ['Van Halst'], 2], ['Edwin Van der Sar', ['Van der Sar'], 2]]);
    expect(a.entities[0]!.quotes.map((q) => q.attribution)).toEqual(['aldus Van Halst']);
    const b = analyze('De Braziliaan Jean Magalhaes won.', 'nl', { 'Braziliaan Jean Magalhaes': 'PER' });
    expect(b.entities.map((e) => e.name)).toEqual(['Braziliaan Jean Magalhaes']);
  });

  it('gives a company\'s bare name to its name with the legal form, even beside a product named after it', () => {
    const a = analyze('Apple Inc. unveiled a phone. The Apple II sold well. Apple needs a new product.', 'en',
      { 'Apple Inc.': 'ORG', 'Apple II': 'MISC', Apple: 'ORG' });
    expect(a.entities.map((e) => [e.name, e.mentions.length])).toEqual([['Apple Inc.', 2], ['Apple II', 1]]);
  });

  it('does not grow an organisation over a weekday ("the Security Council on Monday voted")', () => {
    const a = analyze('The United Nations Security Council on Monday voted to extend the mission.', 'en', { 'United Nations Security Council': 'ORG' });
    expect(a.entities.map((e) => e.name)).toEqual(['United Nations Security Council']);
  });

  it('takes the minister out of "Minister van Financiën Wopke Hoekstra (CDA) zei" read as one organisation', () => {
    const a = analyze('Minister van Financiën Wopke Hoekstra (CDA) zei dat de schatkist dat aankan.', 'nl', { 'Financiën Wopke Hoekstra': 'ORG', CDA: 'ORG' });
    expect(a.entities.map((e) => [e.name, e.type, e.aliases])).toEqual([['Wopke Hoekstra', 'person', []], ['CDA', 'organization', []]]);
    expect(byName(a, 'Wopke Hoekstra')!.roles).toEqual(['Minister van Financiën']);
    expect(byName(a, 'Wopke Hoekstra')!.quotes.map((q) => q.text)).toEqual(['de schatkist dat aankan']);
    // The surname alone, read as an organisation too, is the minister, and "zei hij" is his.
    const c = analyze('Minister van Financiën Wopke Hoekstra (CDA) zei dat de schatkist dat aankan. Hoekstra wees erop dat de NAVO aandringt. "We moeten betalen", zei hij.', 'nl',
      { 'Financiën Wopke Hoekstra': 'ORG', CDA: 'ORG', Hoekstra: 'ORG', NAVO: 'ORG' });
    expect(c.entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([['Wopke Hoekstra', 'person', 2], ['CDA', 'organization', 1], ['NAVO', 'organization', 1]]);
    expect(byName(c, 'Wopke Hoekstra')!.quotes.map((q) => q.text)).toEqual(['de schatkist dat aankan', 'We moeten betalen']);
    // Not an organisation whose last words are its own: "an official at Woodlands Nursing Home said".
    const b = analyze('An official at Woodlands Nursing Home said the home was closed.', 'en', { 'Woodlands Nursing Home': 'ORG' });
    expect(b.entities.map((e) => [e.name, e.type])).toEqual([['Woodlands Nursing Home', 'organization']]);
  });

  it('cuts an employer role off the organisation it was read into ("CEO of Vail Resorts", "topman van Philips")', () => {
    const a = analyze('The CEO of Vail Resorts says the rich still ski. Vail Resorts grew.', 'en', { 'CEO of Vail Resorts': 'ORG', 'Vail Resorts': 'PER' });
    expect(a.entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([['Vail Resorts', 'organization', 2]]);
    const b = analyze('Gisteren zweeg de Topman van Philips over de cijfers.', 'nl', { 'Topman van Philips': 'ORG' });
    expect(b.entities.map((e) => [e.name, e.type])).toEqual([['Philips', 'organization']]);
    // Not a name of another type that starts with such a role: an award.
    expect(analyze('She won Founder of Year.', 'en', { 'Founder of Year': 'MISC' }).entities.map((e) => e.name)).toEqual(['Founder of Year']);
  });

  it('types what a known product is the base of as other, not a place ("Microsoft Windows-based PCs")', () => {
    const a = analyze('Microsoft Windows-based PCs ruled. Windows users switched.', 'en', { 'Microsoft Windows-based': 'LOC', Windows: 'MISC' });
    expect(a.entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([['Microsoft Windows', 'other', 2]]);
  });

  it("keeps a possessive inside a place or shop name: Fisherman's Terminal, Sam's Club", () => {
    const a = analyze("The boat left Fisherman's Terminal for Costco or Sam's Club. Obama's Kenya visit ended.", 'en', {
      Fisherman: 'PER', Terminal: 'ORG', Sam: 'PER', Club: 'ORG', Costco: 'ORG', Obama: 'PER', Kenya: 'LOC',
    });
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([
      ["Fisherman's Terminal", 'organization'], ['Costco', 'organization'], ["Sam's Club", 'organization'], ['Obama', 'person'], ['Kenya', 'place'],
    ]);
  });

  it('continues an organisation after its head noun over "on", "of", "for" and capitalised words', () => {
    const text = "A study by Stanford University's Center on Poverty and Inequality looked at the rates in many rich countries. It did so with the help of the Institute for Fiscal Studies and John Smith, who works there.";
    const a = analyze(text, 'en', {
      'Stanford University': 'ORG', Center: 'LOC', Poverty: 'PER', Institute: 'ORG', 'John Smith': 'PER',
    });
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([
      ['Stanford University', 'organization'], ['Center on Poverty and Inequality', 'organization'], ['Institute for Fiscal Studies', 'organization'], ['John Smith', 'person'],
    ]);
  });

  it('turns a leading title inside another name into a role of the person', () => {
    const a = analyze('He wrote to President-elect Trump on Monday. Trump said no. Prime Minister May agreed. General Motors did not.', 'en', {
      'President-elect Trump': 'MISC', Trump: 'LOC', 'Prime Minister May': 'ORG', 'General Motors': 'ORG',
    });
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Trump', 'person'], ['May', 'person'], ['General Motors', 'organization']]);
    expect(byName(a, 'Trump')!.roles).toEqual(['President-elect']);
    expect(byName(a, 'May')!.roles).toEqual(['Prime Minister']);
  });

  it('keeps a first word that is read as a place on its own apart from the organisation it starts', () => {
    const text = 'The US is big. Members of US Congress met. Congress voted. The US agreed. Whole Foods Market opened and Whole Foods grew.';
    const a = analyze(text, 'en', { US: 'LOC', 'US Congress': 'ORG', Congress: 'ORG', 'Whole Foods Market': 'ORG', 'Whole Foods': 'ORG' });
    expect(a.entities.map((e) => [e.name, e.type, e.aliases])).toEqual([
      ['US', 'place', []], ['US Congress', 'organization', ['Congress']], ['Whole Foods Market', 'organization', ['Whole Foods']],
    ]);
  });

  it('lets the language data type well-known places and organisations, and a noun after the name', () => {
    const text = 'The US army left. He posted to Twitter about it, and an article in Vulture magazine said so. Access to the Internet is free.';
    const a = analyze(text, 'en', { US: 'ORG', Twitter: 'PER', Vulture: 'LOC', Internet: 'LOC' });
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['US', 'place'], ['Twitter', 'organization'], ['Vulture', 'organization']]);
  });

  it('types a name of several words by its last word: a company or institution, or a place', () => {
    const a = analyze('Shares of Acme Holdings Inc. fell, said a professor at Purdue University who once lived on Attu Island.', 'en', {
      'Acme Holdings Inc.': 'LOC', 'Purdue University': 'PER', 'Attu Island': 'PER',
    });
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Acme Holdings Inc.', 'organization'], ['Purdue University', 'organization'], ['Attu Island', 'place']]);
  });

  it('cuts a common noun off a name in a title-case headline when running text names the rest', () => {
    const text = 'Are There Any Un-Angry Trump Supporters?\nThe writer asked whether angry supporters of Trump were common.';
    const a = analyze(text, 'en', { 'Trump Supporters': 'ORG', Trump: 'PER' });
    expect(a.entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([['Trump', 'person', 2]]);
  });

  it('drops a lone person name that the article also writes as a lowercase word, unless a full name has it', () => {
    const text = 'Theresa May spoke about Poverty in England. She said it may rise, as poverty did before. May left early.';
    const a = analyze(text, 'en', { 'Theresa May': 'PER', Poverty: 'PER', May: 'PER' });
    expect(a.entities.map((e) => [e.name, e.mentions.length])).toEqual([['Theresa May', 2]]);
  });
});

describe('related entities', () => {
  it('ranks co-occurring entities by the number of shared sentences', () => {
    const text = 'Japan en Korea praten. Japan en Korea eten. Japan en China drinken.';
    const a = analyze(text, 'nl', { Japan: 'LOC', Korea: 'LOC', China: 'LOC' });
    expect(byName(a, 'Japan')?.related).toEqual([{ id: 'e2', name: 'Korea', count: 2 }, { id: 'e3', name: 'China', count: 1 }]);
    expect(byName(a, 'China')?.related).toEqual([{ id: 'e1', name: 'Japan', count: 1 }]);
  });
});
