import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analysis/index.ts';
import type { Entity } from '../../src/core/types.ts';
import { dictionaryTagger } from './dictionary-tagger.ts';

const PEOPLE = [
  'Mike Pence', 'Pence', 'Shinzo Abe', 'Habib Essid', 'Morgan Tsvangirai', 'Martin Indyk', 'Fidelis Mukonori', 'Reeves',
  'Frank-Walter Steinmeier', 'Steinmeier', 'Obama',
];
const NAMES = { ...Object.fromEntries(PEOPLE.map((p) => [p, 'PER'])), 'Brookings Institution': 'ORG', 'Harvard University': 'ORG', VS: 'LOC', Japan: 'LOC' };

function person(text: string, language: string, name: string): Entity {
  const a = analyzeArticle({ text, language }, () => dictionaryTagger(NAMES));
  const e = a.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity ${name} in ${JSON.stringify(a.entities.map((x) => x.name))}`);
  return e;
}

describe('roles from appositions', () => {
  it.each([
    ['nl', 'Daarover is de Amerikaanse vicepresident Mike Pence het eens.', 'Mike Pence', 'Amerikaanse vicepresident'],
    ['nl', 'Ook de Japanse premier Shinzo Abe was er.', 'Shinzo Abe', 'Japanse premier'],
    ['nl', 'Voor de Spelen waarschuwde de Duitse bondspresident Frank-Walter Steinmeier ervoor.', 'Frank-Walter Steinmeier', 'Duitse bondspresident'],
    ['nl', 'Mike Pence, de vicepresident van de VS, is in Japan.', 'Mike Pence', 'vicepresident van de VS'],
    ['nl', 'Minister Mike Pence van Volksgezondheid sprak in Japan.', 'Mike Pence', 'Minister van Volksgezondheid'],
    ['nl', 'Mike Pence is de vicepresident van de VS.', 'Mike Pence', 'vicepresident van de VS'],
    ['en', 'Martin Indyk was the executive vice president of the Brookings Institution.', 'Martin Indyk', 'executive vice president of the Brookings Institution'],
    ['en', 'Tunisian Prime Minister Habib Essid resigned.', 'Habib Essid', 'Tunisian Prime Minister'],
    ['en', 'On Monday Sen. Martin Indyk criticised the plan.', 'Martin Indyk', 'Sen.'],
    ['en', 'The protest was led by opposition leader Morgan Tsvangirai on Monday.', 'Morgan Tsvangirai', 'opposition leader'],
    ['en', 'Martin Indyk, executive vice president of the Brookings Institution, disagreed.', 'Martin Indyk', 'executive vice president of the Brookings Institution'],
    ['en', 'The priest, Fidelis Mukonori, was present.', 'Fidelis Mukonori', 'priest'],
    ['en', 'It was said by Mr. Reeves, a senior fellow at Harvard University.', 'Reeves', 'senior fellow at Harvard University'],
    ['en', 'Mr. Reeves, a professor at Harvard University whose research covers Sudan, spoke.', 'Reeves', 'professor at Harvard University'],
    ['en', 'Mr. Reeves, a reporter for Breitbart Tech covering free speech, spoke.', 'Reeves', 'reporter for Breitbart Tech'],
    ['en', 'On Friday, President Obama will sign it.', 'Obama', 'President'],
    ['en', 'Snopes fact checker and staff writer Martin Indyk posted it.', 'Martin Indyk', 'staff writer'],
    ['en', 'They spoke to Vice-president elect Mike Pence on Monday.', 'Mike Pence', 'Vice-president elect'],
    ['en', 'Martin Indyk, senior Treasury strategist at CRT Capital, said so.', 'Martin Indyk', 'senior Treasury strategist at CRT Capital'],
    ['en', 'Morgan Tsvangirai, a senior State Department official, said no.', 'Morgan Tsvangirai', 'senior State Department official'],
    ['nl', 'Mike Pence, Habrés advocaat, sprak in Japan.', 'Mike Pence', 'Habrés advocaat'],
  ])('%s: %s', (lang, text, name, role) => {
    expect(person(text, lang, name).roles).toEqual([role]);
  });

  it('reads an apposition after a name\'s own complement, and keeps a state out of an abbreviated title', () => {
    const text = 'Sen. Martin Indyk of Kentucky, the Republican leader, said the deal keeps the lights on.';
    expect(person(text, 'en', 'Martin Indyk').roles).toEqual(['Sen.', 'Republican leader']);
    expect(person(text, 'en', 'Martin Indyk').quotes.map((q) => [q.text, q.attribution])).toEqual([['the deal keeps the lights on', 'Sen. Martin Indyk of Kentucky, the Republican leader, said']]);
  });

  it('keeps the fullest wording when a role is written twice', () => {
    expect(person('The writer Martin Indyk left. Later staff writer Martin Indyk came back.', 'en', 'Martin Indyk').roles).toEqual(['staff writer']);
  });

  it('finds no role in a relative clause or a list', () => {
    expect(person('Het verdrag is belangrijk, aldus Pence, die vrijdag naar Japan vliegt.', 'nl', 'Pence').roles).toEqual([]);
    expect(person('Many leaders came: Morgan Tsvangirai, Martin Indyk and others.', 'en', 'Martin Indyk').roles).toEqual([]);
    expect(person('Obama is the first president to visit Kenya.', 'en', 'Obama').roles).toEqual([]);
    expect(person('After meeting Obama, State Department spokesman Martin Indyk said it.', 'en', 'Obama').roles).toEqual([]);
  });

  it('ranks the sentence with the role above plain mentions, saying why', () => {
    const e = person('Mike Pence kwam aan in Tokio. Pence at daar rijst. Later sprak de Amerikaanse vicepresident Mike Pence in Japan.', 'nl', 'Mike Pence');
    expect(e.facts.map((f) => f.kinds)).toEqual([['first-mention'], ['role'], []]);
    expect(e.facts[1]!.text).toBe('Later sprak de Amerikaanse vicepresident Mike Pence in Japan.');
  });
});

describe('attributed quotes', () => {
  it.each([
    ['nl', '"Wij blijven zij aan zij staan," zei Pence.', 'Pence', 'Wij blijven zij aan zij staan', 'zei Pence'],
    ['nl', 'Pence zei: "Wij blijven zij aan zij staan."', 'Pence', 'Wij blijven zij aan zij staan.', 'Pence zei'],
    ['nl', 'Steinmeier: "Geen onrealistische illusies maken."', 'Steinmeier', 'Geen onrealistische illusies maken.', 'Steinmeier'],
    ['nl', 'Het verdrag is een hoeksteen voor vrede, aldus Pence, die vrijdag vliegt.', 'Pence', 'Het verdrag is een hoeksteen voor vrede', 'aldus Pence'],
    ['nl', 'Volgens Pence is het verdrag een hoeksteen.', 'Pence', 'is het verdrag een hoeksteen', 'Volgens Pence'],
    ['nl', 'De VS zullen "zij aan zij" blijven staan met Japan, zei Pence aan het begin.', 'Pence', 'De VS zullen "zij aan zij" blijven staan met Japan', 'zei Pence'],
    ['nl', 'Mike Pence voegde eraan toe dat de VS klaarstaan.', 'Mike Pence', 'de VS klaarstaan', 'Mike Pence voegde'],
    ['en', '“We will stand together,” said Martin Indyk.', 'Martin Indyk', 'We will stand together', 'said Martin Indyk'],
    ['en', 'The deal is dead, according to Martin Indyk.', 'Martin Indyk', 'The deal is dead', 'according to Martin Indyk'],
    ['en', 'According to Martin Indyk, the deal is dead.', 'Martin Indyk', 'the deal is dead', 'According to Martin Indyk'],
    ['en', 'Martin Indyk told reporters that the deal was dead.', 'Martin Indyk', 'the deal was dead', 'Martin Indyk told'],
    ['en', 'Martin Indyk told reporters the deal was dead.', 'Martin Indyk', 'the deal was dead', 'Martin Indyk told'],
    ['en', 'Martin Indyk also admitted that the deal was dead.', 'Martin Indyk', 'the deal was dead', 'Martin Indyk also admitted'],
    ['en', '"There is no reason to believe them," said Mr. Reeves, a senior fellow.', 'Reeves', 'There is no reason to believe them', 'said Mr. Reeves'],
  ])('%s: %s', (lang, text, name, quote, attribution) => {
    const quotes = person(text, lang, name).quotes;
    expect(quotes.map((q) => [q.text, q.attribution])).toEqual([[quote, attribution]]);
    expect(text.slice(quotes[0]!.start, quotes[0]!.end)).toBe(quote);
  });

  it('resolves "he said" and "zei hij" to the nearest preceding person', () => {
    const en = person('Shinzo Abe left. Martin Indyk stayed. "This is a great day for all of us," he said.', 'en', 'Martin Indyk');
    expect(en.quotes.map((q) => q.text)).toEqual(['This is a great day for all of us']);
    const nl = person('Mike Pence kwam aan. "Dit is een grote dag voor ons," zei hij.', 'nl', 'Mike Pence');
    expect(nl.quotes.map((q) => q.attribution)).toEqual(['zei hij']);
  });

  it('resolves "the president said" to the person the article gave that role', () => {
    const text = 'President Obama met Martin Indyk. Later the president said the deal was a good one for everybody.';
    expect(person(text, 'en', 'Obama').quotes.map((q) => [q.text, q.attribution])).toEqual([['the deal was a good one for everybody', 'the president said']]);
  });

  it('does not resolve "he said" to a person named inside the quotation', () => {
    const a = analyzeArticle({ text: 'Martin Indyk arrived. "I met Obama yesterday and we talked," he said.', language: 'en' }, () => dictionaryTagger(NAMES));
    expect(a.entities.find((e) => e.name === 'Martin Indyk')?.quotes).toHaveLength(1);
    expect(a.entities.find((e) => e.name === 'Obama')?.quotes).toEqual([]);
  });

  it('skips people of the other gender, known from their titles, when resolving a pronoun', () => {
    const names = { Reeves: 'PER', Jones: 'PER' };
    const text = 'Mrs. Jones arrived late. Mr. Reeves was waiting. "We need more time for this," she said.';
    const a = analyzeArticle({ text, language: 'en' }, () => dictionaryTagger(names));
    expect(a.entities.find((e) => e.name === 'Jones')?.quotes.map((q) => q.attribution)).toEqual(['she said']);
    expect(a.entities.find((e) => e.name === 'Reeves')?.quotes).toEqual([]);
    const nl = analyzeArticle({ text: 'De heer Jansen kwam. Mevrouw Bakker ook. "Dit duurt veel te lang," zei hij.', language: 'nl' }, () => dictionaryTagger({ Jansen: 'PER', Bakker: 'PER' }));
    expect(nl.entities.find((e) => e.name === 'Jansen')?.quotes).toHaveLength(1);
  });

  it('keeps a quotation that spans two sentences whole, nested quotes included', () => {
    const text = 'Frank-Walter Steinmeier was in Tokio. "Het is \'een klein teken van progressie\' dat atleten samen lopen. Maar ik ben er vast van overtuigd dat we geen illusies moeten maken", zei Steinmeier.';
    const e = person(text, 'nl', 'Frank-Walter Steinmeier');
    expect(e.quotes).toHaveLength(1);
    const q = e.quotes[0]!;
    expect(q.text).toBe("Het is 'een klein teken van progressie' dat atleten samen lopen. Maar ik ben er vast van overtuigd dat we geen illusies moeten maken");
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.sentence.startsWith('"Het is')).toBe(true);
    expect(q.sentence.endsWith('zei Steinmeier.')).toBe(true);
    // Both sentences are quote sentences for the card, including the one with the attribution.
    expect(e.facts.find((f) => f.text.endsWith('zei Steinmeier.'))?.kinds).toContain('quote');
  });

  it('gives a paragraph that is only a quotation to the speaker of the paragraph before', () => {
    const text = '"We need more time for this," said Martin Indyk.\n\n"The talks will go on for weeks."\n\nObama left.\n\n"Nobody knows why."';
    const e = person(text, 'en', 'Martin Indyk');
    expect(e.quotes.map((q) => q.text)).toEqual(['We need more time for this', 'The talks will go on for weeks.']);
  });

  it('does not take scare quotes or unattributed quotations for statements', () => {
    expect(person('Mike Pence zegt dat de VS "zij aan zij" staan.', 'nl', 'Mike Pence').quotes.map((q) => q.text)).toEqual(['de VS "zij aan zij" staan']);
    expect(person('Mike Pence kwam. "Het is een mooie dag vandaag in Tokio."', 'nl', 'Mike Pence').quotes).toEqual([]);
  });

  it('does not take a plan for a statement: "vowed to"', () => {
    expect(person('Obama vowed to keep trying for many more years.', 'en', 'Obama').quotes).toEqual([]);
  });
});

describe('quotations that are fragments', () => {
  const quotes = (text: string, lang: string, name: string) => person(text, lang, name).quotes.map((q) => [q.text, q.attribution]);

  it('joins the halves of a statement an attribution interrupts: ", she says," / ", zegt ze,"', () => {
    expect(quotes('Martin Indyk arrived. Her plan, he says, was never going to work.', 'en', 'Martin Indyk')).toEqual([['Her plan was never going to work', 'he says']]);
    expect(quotes('The deal is dead, according to Martin Indyk, and the talks will stop.', 'en', 'Martin Indyk')).toEqual([['The deal is dead and the talks will stop', 'according to Martin Indyk']]);
    expect(quotes('Mike Pence kwam aan. Haar vader, zegt hij, maakt veel grappen.', 'nl', 'Mike Pence')).toEqual([['Haar vader maakt veel grappen', 'zegt hij']]);
    // The offsets cover both halves; `omitted` is the attribution between them.
    const text = 'Obama arrived. Businesses, Obama said, are in a better position.';
    const q = person(text, 'en', 'Obama').quotes[0]!;
    expect([text.slice(q.start, q.omitted!.start), text.slice(q.omitted!.end, q.end)]).toEqual(['Businesses', 'are in a better position']);
  });

  it('does not join an apposition, a relative clause or "adding" to the statement', () => {
    expect(quotes('The talks have failed, said Martin Indyk, a senior fellow at Harvard University.', 'en', 'Martin Indyk')).toEqual([['The talks have failed', 'said Martin Indyk']]);
    expect(quotes('Het verdrag is een hoeksteen voor vrede, aldus Pence, die vrijdag vliegt.', 'nl', 'Pence')).toEqual([['Het verdrag is een hoeksteen voor vrede', 'aldus Pence']]);
    expect(quotes('Martin Indyk arrived. The deal is dead, he said, adding that the talks will stop.', 'en', 'Martin Indyk')).toEqual([['The deal is dead', 'he said']]);
  });

  it('takes nothing after the attribution of a quotation: \'"Proud," she says, of the day …\'', () => {
    expect(quotes('Martin Indyk arrived. "Proud," he says, of the day they filmed the scene.', 'en', 'Martin Indyk')).toEqual([]);
    expect(quotes('Martin Indyk arrived. "I was proud," he says, of the day they filmed the scene.', 'en', 'Martin Indyk')).toEqual([['I was proud', 'he says']]);
    expect(quotes("Mike Pence kwam aan. 'Trots,' zegt hij, over de dag dat ze de scène filmden.", 'nl', 'Mike Pence')).toEqual([]);
  });

  it('finds no statement in a relative clause or a clause without its subject', () => {
    expect(quotes('Martin Indyk posted an explanation, which he says serves as the statement on the matter.', 'en', 'Martin Indyk')).toEqual([]);
    expect(quotes('It is a plan that Martin Indyk says will fail within weeks.', 'en', 'Martin Indyk')).toEqual([]);
    expect(quotes('Mike Pence kwam aan. Het plan, waarvan hij zegt dat het werkt, gaat niet door.', 'nl', 'Mike Pence')).toEqual([]);
  });

  it('takes an indirect question or a request for no statement: "asked me if", "told him to", "vroeg hem of"', () => {
    expect(quotes('Martin Indyk asked me if I would want to start a company with him.', 'en', 'Martin Indyk')).toEqual([]);
    expect(quotes('Martin Indyk told him to stop telling engineers what to do.', 'en', 'Martin Indyk')).toEqual([]);
    expect(quotes('Mike Pence vertelde hem wat hij moest doen in Japan.', 'nl', 'Mike Pence')).toEqual([]);
    expect(quotes('Mike Pence vroeg hem of de VS zij aan zij blijven staan.', 'nl', 'Mike Pence')).toEqual([]);
    expect(quotes('Martin Indyk told him, "There is money in it for you."', 'en', 'Martin Indyk')).toEqual([['There is money in it for you.', 'Martin Indyk told']]);
  });

  it('takes the object of "wrote", "tells", "told" for no statement: "wrote a personal response to …", "tells the story of how …"', () => {
    expect(quotes('Martin Indyk wrote a personal response to the blogger in the comments.', 'en', 'Martin Indyk')).toEqual([]);
    expect(quotes('Martin Indyk tells the story of how the talks failed in the end.', 'en', 'Martin Indyk')).toEqual([]);
    expect(quotes('Martin Indyk told a news conference on Monday.', 'en', 'Martin Indyk')).toEqual([]);
    expect(quotes('Mike Pence schreef een lange brief aan de Japanse premier.', 'nl', 'Mike Pence')).toEqual([]);
    expect(quotes('Mike Pence vertelt het verhaal van hoe de VS groot werden.', 'nl', 'Mike Pence')).toEqual([]);
  });

  it('starts the statement after such an object: "told a news conference that …", "told the committee he …"', () => {
    expect(quotes('Martin Indyk told a news conference on Monday that the deal was dead.', 'en', 'Martin Indyk')).toEqual([['the deal was dead', 'Martin Indyk told']]);
    expect(quotes('Martin Indyk told the committee he was not satisfied with the talks.', 'en', 'Martin Indyk')).toEqual([['he was not satisfied with the talks', 'Martin Indyk told']]);
    expect(quotes('Martin Indyk told the Sun: "There is a risk that the talks will fail."', 'en', 'Martin Indyk')).toEqual([['There is a risk that the talks will fail.', 'Martin Indyk told']]);
    expect(quotes('Mike Pence vertelde de krant op maandag dat de VS klaarstaan.', 'nl', 'Mike Pence')).toEqual([['de VS klaarstaan', 'Mike Pence vertelde']]);
    expect(quotes('Martin Indyk told his boss, Obama, that the talks had failed.', 'en', 'Martin Indyk')).toEqual([['the talks had failed', 'Martin Indyk told']]);
    expect(quotes('Martin Indyk told a crowd in Los Angeles, "Keep your eyes open and your ears too."', 'en', 'Martin Indyk')).toEqual([['Keep your eyes open and your ears too.', 'Martin Indyk told']]);
    // A determiner after "said" opens the statement's subject, as does one before an auxiliary after "wrote".
    expect(quotes('Martin Indyk said the company had lost a lot of money.', 'en', 'Martin Indyk')).toEqual([['the company had lost a lot of money', 'Martin Indyk said']]);
    expect(quotes('Martin Indyk wrote the plan would fail within weeks.', 'en', 'Martin Indyk')).toEqual([['the plan would fail within weeks', 'Martin Indyk wrote']]);
  });

  it('reads past the listener of "told" whatever it is: a name, a pronoun, a bare noun; a listener with no clause after it is no statement', () => {
    expect(quotes('Martin Indyk told Reuters the plan would fail.', 'en', 'Martin Indyk')).toEqual([['the plan would fail', 'Martin Indyk told']]);
    expect(quotes('Martin Indyk told Helmut Kohl he would resign.', 'en', 'Martin Indyk')).toEqual([['he would resign', 'Martin Indyk told']]);
    expect(quotes('Martin Indyk told him the deal was dead.', 'en', 'Martin Indyk')).toEqual([['the deal was dead', 'Martin Indyk told']]);
    expect(quotes('Martin Indyk told visiting Helmut Kohl that the deal was alive.', 'en', 'Martin Indyk')).toEqual([['the deal was alive', 'Martin Indyk told']]);
    expect(quotes('Martin Indyk told Helmut Kohl about efforts to find a solution.', 'en', 'Martin Indyk')).toEqual([]);
    expect(quotes('Martin Indyk told Reuters by telephone from Cairo.', 'en', 'Martin Indyk')).toEqual([]);
    expect(quotes('Martin Indyk told Israel Radio it looked like Damascus wanted to talk.', 'en', 'Martin Indyk')).toEqual([['it looked like Damascus wanted to talk', 'Martin Indyk told']]);
    expect(quotes('Martin Indyk told a reporter about it, the Post said.', 'en', 'Martin Indyk')).toEqual([]);
    expect(quotes('Mike Pence vertelt zijn verhaal bijzonder rustig.', 'nl', 'Mike Pence')).toEqual([]);
    expect(quotes('Mike Pence vertelde Shinzo Abe dat de VS klaarstaan.', 'nl', 'Mike Pence')).toEqual([['de VS klaarstaan', 'Mike Pence vertelde']]);
  });

  it('finds the speaker after a role with its preposition, and leaves a party in brackets out of the statement', () => {
    expect(quotes('Volgens minister van Volksgezondheid Mike Pence (CDA) moeten de ziekenfondsen sneller betalen.', 'nl', 'Mike Pence'))
      .toEqual([['moeten de ziekenfondsen sneller betalen', 'Volgens minister van Volksgezondheid Mike Pence']]);
    expect(quotes('Secretary of State Martin Indyk said the talks had failed.', 'en', 'Martin Indyk')).toEqual([['the talks had failed', 'Secretary of State Martin Indyk said']]);
  });

  it('takes a perfect for a speech verb in English: "has said (that) …", \'"…," X has said\', not "has written a book"', () => {
    expect(quotes('Martin Indyk has said that Europe must take its fate into its own hands.', 'en', 'Martin Indyk')).toEqual([['Europe must take its fate into its own hands', 'Martin Indyk has said']]);
    expect(quotes('Martin Indyk has repeatedly said the alliance is strong.', 'en', 'Martin Indyk')).toEqual([['the alliance is strong', 'Martin Indyk has repeatedly said']]);
    expect(quotes('"We will stand together," Martin Indyk has said.', 'en', 'Martin Indyk')).toEqual([['We will stand together', 'Martin Indyk has said']]);
    expect(quotes('Martin Indyk has written a book about her years in office.', 'en', 'Martin Indyk')).toEqual([]);
    expect(quotes('Martin Indyk has written that the years in office were hard.', 'en', 'Martin Indyk')).toEqual([['the years in office were hard', 'Martin Indyk has written']]);
  });

  it('joins a quotation an attribution splits: \'"A," says X, "and B."\'', () => {
    expect(quotes('"The oil is still out there," says Martin Indyk, "and will take years to degrade."', 'en', 'Martin Indyk')).toEqual([['The oil is still out there and will take years to degrade.', 'says Martin Indyk']]);
    expect(quotes('"Het verdrag is belangrijk," zei Pence, "en dat blijft het ook."', 'nl', 'Pence')).toEqual([['Het verdrag is belangrijk en dat blijft het ook.', 'zei Pence']]);
  });

  it('gives the writer\'s clause with a quotation that finishes it: \'The economy was "out of balance," X said\'', () => {
    expect(quotes('The economy was "out of balance again," Martin Indyk said.', 'en', 'Martin Indyk')).toEqual([['The economy was "out of balance again,"', 'Martin Indyk said']]);
    expect(quotes('De economie was "uit balans geraakt," zei Pence.', 'nl', 'Pence')).toEqual([['De economie was "uit balans geraakt,"', 'zei Pence']]);
  });

  it('does not take the name that opens what was said for the speaker: "…, said Obama is a good choice"', () => {
    const a = analyzeArticle({ text: 'Martin Indyk, an analyst at Harvard University, said Obama is a good choice to lead the talks.', language: 'en' }, () => dictionaryTagger(NAMES));
    expect(a.entities.filter((e) => e.quotes.length > 0).map((e) => [e.name, e.quotes.map((q) => q.text)])).toEqual([['Martin Indyk', ['Obama is a good choice to lead the talks']]]);
  });

  it('does not continue the previous speaker into a borrowed phrase or a title', () => {
    expect(quotes('Martin Indyk said: "We need more time." He has been called "the new peace broker" quite a lot.', 'en', 'Martin Indyk')).toEqual([['We need more time.', 'Martin Indyk said']]);
    expect(quotes('Pence zei: "Wij blijven hier." Hij wordt vaak "de stille kracht achter Trump" genoemd.', 'nl', 'Pence')).toEqual([['Wij blijven hier.', 'Pence zei']]);
    expect(quotes('"We need more time for this," said Martin Indyk, author of "Making the Peace Process."', 'en', 'Martin Indyk')).toEqual([['We need more time for this', 'said Martin Indyk']]);
  });
});

describe('unnamed speakers', () => {
  const names = {
    'Martin Indyk': 'PER', 'Mike Pence': 'PER', Pence: 'PER', Obama: 'PER', 'Donald Trump': 'PER', 'Eric Reeves': 'PER',
    'Jan de Vries': 'PER', Sudan: 'LOC', Moscow: 'LOC', Harvard: 'ORG',
  };
  /** Each person's quotes, as [text, attribution]. */
  function quotesOf(text: string, language: string): Record<string, [string, string][]> {
    const a = analyzeArticle({ text, language }, () => dictionaryTagger(names));
    return Object.fromEntries(a.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.quotes.map((q) => [q.text, q.attribution] as [string, string])]));
  }

  it('gives no speaker to a quotation by someone the article does not name, nor to the "he said" after it', () => {
    const text = 'Martin Indyk arrived in the town on Monday. One elderly man, who declined to give his name, said two of his sons were refugees in Moscow. He also said government soldiers had looted the houses. "It is not important who holds this town," he said.';
    expect(quotesOf(text, 'en')).toEqual({ 'Martin Indyk': [] });
  });

  it('does not continue the previous speaker into an unnamed speaker\'s quotation, before or after it', () => {
    const text = '"We need more time for this," said Martin Indyk. "Nothing has been decided yet," said a spokeswoman for the ministry. "We will see next week," she added. A spokesman for Martin Indyk said: "He has left the country for good."';
    expect(quotesOf(text, 'en')).toEqual({ 'Martin Indyk': [['We need more time for this', 'said Martin Indyk']] });
  });

  it('gives "Volgens haar" / "According to him" to the last person of that gender, not "Volgens mij"', () => {
    expect(quotesOf('Minister Mike Pence sprak. Volgens hem is er geen alternatief.', 'nl')).toEqual({ 'Mike Pence': [['is er geen alternatief', 'Volgens hem']] });
    expect(quotesOf('Mike Pence sprak met mevrouw Shinzo Abe. Volgens hem is er geen alternatief.', 'nl')).toEqual({ 'Mike Pence': [['is er geen alternatief', 'Volgens hem']] });
    expect(quotesOf('Mike Pence sprak. Volgens mij is er geen alternatief.', 'nl')).toEqual({ 'Mike Pence': [] });
  });

  it('does not give "a spokesman said" to a spokesman the article named before', () => {
    const text = 'Ministry spokesman Martin Indyk arrived. "The talks have failed completely," a spokesman said. According to a spokesman, the deal was off for good.';
    const a = analyzeArticle({ text, language: 'en' }, () => dictionaryTagger(names));
    expect(a.entities.map((e) => [e.name, e.roles, e.quotes])).toEqual([['Martin Indyk', ['spokesman'], []]]);
  });

  it('gives "he said" to a person again once one is named after the unnamed speaker, outside quotation marks', () => {
    const text = 'Martin Indyk was there. One man said: "Obama has done nothing for us." "We are very hungry," he said.\n\nLater Martin Indyk arrived at the camp. "I am glad to be here today," he said.';
    expect(quotesOf(text, 'en')).toEqual({ 'Martin Indyk': [['I am glad to be here today', 'he said']], Obama: [] });
  });

  it('lets "he" pass over a woman or a group who spoke, but not over a man', () => {
    const text = '"We waited for hours," said Martin Indyk. "Nobody came to help us," a woman said. Two residents said the water was dirty. "It is a disgrace," he said.';
    expect(quotesOf(text, 'en')['Martin Indyk']!.map(([q]) => q)).toEqual(['We waited for hours', 'It is a disgrace']);
  });

  it('still resolves "the president said" to the person the article calls the president', () => {
    const text = 'President Donald Trump arrived. "We will not comment on this," said a spokesman. "Nothing has been decided," he said. Later the president said the deal was a good one for everybody.';
    expect(quotesOf(text, 'en')).toEqual({ 'Donald Trump': [['the deal was a good one for everybody', 'the president said']] });
  });

  it('still gives a statement to the name before an apposition, or after a report of what others said', () => {
    const text = 'Martin Indyk arrived. A resident said the water was dirty. He said nothing had been done. Eric Reeves, one of the leading voices on Sudan, said he was appalled by the decision. Martin Indyk, a professor at Harvard, said the talks had failed. The residents said the water was still dirty, Martin Indyk said.';
    expect(quotesOf(text, 'en')).toEqual({
      'Eric Reeves': [['he was appalled by the decision', 'Eric Reeves, one of the leading voices on Sudan, said']],
      'Martin Indyk': [['the talks had failed', 'Martin Indyk, a professor at Harvard, said'], ['The residents said the water was still dirty', 'Martin Indyk said']],
    });
  });

  it('takes a plural without a determiner for unnamed speakers: "officials said", "police said", "analysts say"', () => {
    const text = '"We need more time for this," said Martin Indyk. "Nothing has been decided yet," officials said. "The talks have failed," police said. "It is a disgrace," witnesses said. "The market will fall," analysts say.';
    expect(quotesOf(text, 'en')).toEqual({ 'Martin Indyk': [['We need more time for this', 'said Martin Indyk']] });
    // Like "two residents", a group is not who "he" stands for.
    expect(quotesOf('Martin Indyk arrived. Officials said the talks had failed. "It is over now," he said.', 'en')).toEqual({ 'Martin Indyk': [['It is over now', 'he said']] });
    // A singular noun without a determiner is a title before a name.
    expect(quotesOf('Police spokesman Martin Indyk said the talks had failed for good.', 'en')).toEqual({ 'Martin Indyk': [['the talks had failed for good', 'Police spokesman Martin Indyk said']] });
  });

  it('Dutch: "Getuigen zeiden", "zeggen analisten" and the "ze" after them', () => {
    expect(quotesOf('Mike Pence kwam aan. Getuigen zeiden dat het erg druk was. "Het was echt heel erg," zeiden ze.', 'nl')).toEqual({ 'Mike Pence': [] });
    expect(quotesOf('"Wij blijven zij aan zij staan," zei Pence. "Het verdrag is dood," zeggen analisten.', 'nl')).toEqual({ Pence: [['Wij blijven zij aan zij staan', 'zei Pence']] });
  });

  it('Dutch: "geleden" is no plural noun for people ("Twee weken geleden zei hij")', () => {
    expect(quotesOf('Mike Pence kwam aan. Twee weken geleden zei hij: "Japan is een goede bondgenoot van ons."', 'nl')).toEqual({ 'Mike Pence': [['Japan is een goede bondgenoot van ons.', 'zei hij']] });
  });

  it('Dutch: "Een buurtbewoner zei", "zei een woordvoerder", "volgens een woordvoerder" and the "zei hij" after them', () => {
    expect(quotesOf('Mike Pence kwam aan. Een buurtbewoner zei: "Dit hebben we nog nooit gezien." "Het is echt heel erg," zei hij.', 'nl')).toEqual({ 'Mike Pence': [] });
    expect(quotesOf('"Wij blijven zij aan zij staan," zei Pence. "Dit hebben we nog nooit gezien," zei een woordvoerder. "Het is echt heel erg," zei hij.', 'nl'))
      .toEqual({ Pence: [['Wij blijven zij aan zij staan', 'zei Pence']] });
    expect(quotesOf('Mike Pence kwam aan. Donderdag zei een dorpsbewoner dat het druk was. Volgens een woordvoerder is het verdrag dood. Hij zei dat het te laat was.', 'nl')).toEqual({ 'Mike Pence': [] });
  });

  it('Dutch: a name again, "zei Pence" and "de vicepresident" still attribute', () => {
    const text = 'De Amerikaanse vicepresident Mike Pence kwam aan. Een buurtbewoner zei dat het druk was. "Het is echt heel erg," zei hij. De vicepresident zei dat het verdrag een hoeksteen is. Mike Pence ging naar Tokio. "Ik ben blij hier te zijn," zei hij.';
    expect(quotesOf(text, 'nl')).toEqual({ 'Mike Pence': [['het verdrag een hoeksteen is', 'De vicepresident zei'], ['Ik ben blij hier te zijn', 'zei hij']] });
  });

  it('resolves "the governor said" to the only person whose title or role gives it: "Gov.", "Sen.", "zorgminister"', () => {
    const people = { ...names, 'Tommy Thompson': 'PER', 'Jim Edgar': 'PER', 'Hugo de Jonge': 'PER' };
    const quotesWith = (text: string, language: string) => {
      const a = analyzeArticle({ text, language }, () => dictionaryTagger(people));
      return Object.fromEntries(a.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.quotes.map((q) => [q.text, q.attribution])]));
    };
    expect(quotesWith('Gov. Tommy Thompson met Martin Indyk. Later the governor said the budget would be balanced by next year.', 'en'))
      .toEqual({ 'Tommy Thompson': [['the budget would be balanced by next year', 'the governor said']], 'Martin Indyk': [] });
    expect(quotesWith('Sen. Martin Indyk arrived. "We have no time left for this," the senator said.', 'en'))
      .toEqual({ 'Martin Indyk': [['We have no time left for this', 'the senator said']] });
    // Two governors: the article does not say which one spoke.
    expect(quotesWith('Gov. Tommy Thompson met Gov. Jim Edgar. Later the governor said the budget would be balanced by next year.', 'en'))
      .toEqual({ 'Tommy Thompson': [], 'Jim Edgar': [] });
    expect(quotesWith('Zorgminister Hugo de Jonge sprak dinsdag in Den Haag. De minister zei dat de vaccinatie in januari begint.', 'nl'))
      .toEqual({ 'Hugo de Jonge': [['de vaccinatie in januari begint', 'De minister zei']] });
    // A vice-president is not "the president", a former minister not "the minister".
    expect(quotesWith('De Amerikaanse vicepresident Mike Pence kwam aan. De president zei dat het verdrag een hoeksteen is.', 'nl')).toEqual({ 'Mike Pence': [] });
    expect(quotesWith('Oud-minister Hugo de Jonge kwam aan. De minister zei dat het verdrag een hoeksteen is.', 'nl')).toEqual({ 'Hugo de Jonge': [] });
    expect(quotesWith('Ex-president Tommy Thompson arrived. Later the president said the budget would be balanced by next year.', 'en')).toEqual({ 'Tommy Thompson': [] });
  });

  it('tells reported speech (the writer\'s words) from a quotation of the speaker\'s own', () => {
    const quotes = (text: string, language: string) => person(text, language, 'Mike Pence').quotes.map((q) => [q.text, q.reported === true]);
    expect(quotes('Mike Pence said the alliance would hold. "We will stand together," Mike Pence said.', 'en')).toEqual([
      ['the alliance would hold', true], ['We will stand together', false],
    ]);
    expect(quotes('De VS zullen "zij aan zij" blijven staan met Japan en Zuid-Korea, zei Mike Pence. "Het verdrag is een hoeksteen," zei Mike Pence.', 'nl')).toEqual([
      ['De VS zullen "zij aan zij" blijven staan met Japan en Zuid-Korea', true], ['Het verdrag is een hoeksteen', false],
    ]);
  });
});

describe('Dutch reported speech with the verb before the speaker', () => {
  const names = { 'Mike Pence': 'PER', Pence: 'PER', 'Shinzo Abe': 'PER', Abe: 'PER', 'Jan de Vries': 'PER', 'Noord-Korea': 'LOC', Japan: 'LOC', DPA: 'ORG' };
  const intro = 'Mike Pence en Shinzo Abe waren in Tokio. ';
  /** Every person's quotes in the article, as [name, text, attribution]. */
  function quotesIn(text: string): [string, string, string][] {
    const a = analyzeArticle({ text: intro + text, language: 'nl' }, () => dictionaryTagger(names));
    return a.entities.flatMap((e) => e.quotes.map((q) => [e.name, q.text, q.attribution] as [string, string, string]));
  }

  it.each([
    ['Gisteren zei Pence dat Noord-Korea een gevaar is voor de hele regio.', 'Mike Pence', 'Noord-Korea een gevaar is voor de hele regio', 'zei Pence'],
    ['Later verklaarde Abe dat Japan niet zal buigen.', 'Shinzo Abe', 'Japan niet zal buigen', 'verklaarde Abe'],
    ['In Tokio benadrukte Abe dat Japan niet zal buigen voor dreigementen.', 'Shinzo Abe', 'Japan niet zal buigen voor dreigementen', 'benadrukte Abe'],
    ['Donderdag liet Pence weten dat Noord-Korea een gevaar is voor de regio.', 'Mike Pence', 'Noord-Korea een gevaar is voor de regio', 'liet Pence'],
    ['Gisteren zei Pence tegen journalisten dat Noord-Korea een gevaar is.', 'Mike Pence', 'Noord-Korea een gevaar is', 'zei Pence'],
    ['Op de persconferentie zei de Japanse premier Shinzo Abe dat Japan niet zal buigen.', 'Shinzo Abe', 'Japan niet zal buigen', 'zei de Japanse premier Shinzo Abe'],
    ['Toen hij aankwam, zei Pence dat Noord-Korea een gevaar is voor de regio.', 'Mike Pence', 'Noord-Korea een gevaar is voor de regio', 'zei Pence'],
    // The perfect: the auxiliary before or after the speaker, the participle before "dat".
    ['Gisteren heeft Pence gezegd dat Noord-Korea een gevaar is voor de regio.', 'Mike Pence', 'Noord-Korea een gevaar is voor de regio', 'heeft Pence gezegd'],
    ['Pence heeft gisteren gezegd dat Noord-Korea een gevaar is voor de regio.', 'Mike Pence', 'Noord-Korea een gevaar is voor de regio', 'Pence heeft gisteren gezegd'],
    ['Het is duidelijk dat Pence gezegd heeft dat Noord-Korea een gevaar is.', 'Mike Pence', 'Noord-Korea een gevaar is', 'Pence gezegd heeft'],
    ['Pence heeft gezegd: "Noord-Korea is een groot gevaar."', 'Mike Pence', 'Noord-Korea is een groot gevaar.', 'Pence heeft gezegd'],
    // "zo zei", "Volgens X en Y".
    ['Noord-Korea is een gevaar voor de hele regio, zo zei Pence.', 'Mike Pence', 'Noord-Korea is een gevaar voor de hele regio', 'zo zei Pence'],
    ['Volgens Pence en Abe is de situatie ernstig.', 'Mike Pence', 'is de situatie ernstig', 'Volgens Pence'],
    // A demonstrative that stands for the sentence before: "Dat zegt Abe."
    ['Noord-Korea is een gevaar voor de hele regio. Dat zegt Abe.', 'Shinzo Abe', 'Noord-Korea is een gevaar voor de hele regio', 'Dat zegt Abe'],
    ['Noord-Korea is een gevaar voor de regio. Dat heeft minister Jan de Vries (VVD) gisteren gezegd.', 'Jan de Vries', 'Noord-Korea is een gevaar voor de regio', 'Dat heeft minister Jan de Vries (VVD) gisteren gezegd'],
  ])('%s', (text, name, quote, attribution) => {
    expect(quotesIn(text)).toEqual([[name, quote, attribution]]);
  });

  it.each([
    // A perception verb is no speech verb; a question asks; a negation denies.
    'Gisteren zag Pence dat Noord-Korea een gevaar is voor de hele regio.',
    'Zei Pence dat Noord-Korea een gevaar is voor de regio?',
    'Zei Pence dat?',
    'Gisteren zei Pence niet dat Noord-Korea een gevaar is voor de regio.',
    'Pence zei niet dat Noord-Korea een gevaar is voor de regio.',
    'Noord-Korea is een gevaar voor de hele regio. Dat zei hij niet.',
    // No "dat": what follows the speaker is no statement.
    'Gisteren zei Pence niets over Noord-Korea en de hele regio.',
    'Gisteren vertelde Pence een verhaal over Noord-Korea en de regio.',
    'Tijdens de persconferentie vroeg Pence of Noord-Korea een gevaar is.',
    // A perfect's object is no statement; a sentence before a question is not what was asked.
    'Pence heeft een lange brief geschreven aan de Japanse premier Abe.',
    'Is Noord-Korea een gevaar voor de regio? Dat vroeg Abe zich af.',
    // An organisation reports, no person: "Dat meldt persbureau DPA."
    'Noord-Korea is een gevaar voor de hele regio. Dat meldt persbureau DPA.',
    // A subject before the verb makes the name after it the object.
    'Japan vertelde Pence dat Noord-Korea een gevaar is voor de regio.',
  ])('none: %s', (text) => {
    expect(quotesIn(text)).toEqual([]);
  });

  it('"Dat zegt Abe" after a quotation that is someone\'s already, or in the next paragraph, attributes nothing more', () => {
    expect(quotesIn('"Noord-Korea is een groot gevaar voor ons," zegt Pence. Dat zei hij ook gisteren.')).toEqual([['Mike Pence', 'Noord-Korea is een groot gevaar voor ons', 'zegt Pence']]);
    expect(quotesIn('Noord-Korea is een gevaar voor de hele regio.\n\nDat zegt Abe.')).toEqual([]);
  });

  it('gives "…. Dat zegt Abe." as reported speech whose sentence is both sentences', () => {
    const text = `${intro}Noord-Korea is een gevaar voor de hele regio. Dat zegt Abe.`;
    const a = analyzeArticle({ text, language: 'nl' }, () => dictionaryTagger(names));
    const abe = a.entities.find((e) => e.name === 'Shinzo Abe')!;
    const q = abe.quotes[0]!;
    expect([q.reported, q.sentence, text.slice(q.start, q.end)]).toEqual([true, 'Noord-Korea is een gevaar voor de hele regio. Dat zegt Abe.', q.text]);
    expect(abe.facts.find((f) => f.text === 'Dat zegt Abe.')?.kinds).toContain('quote');
  });

  it('an unnamed speaker before a perfect\'s participle takes the "zei hij" after it: "Eerder had een woordvoerder gezegd"', () => {
    expect(quotesIn('Eerder had een woordvoerder gezegd dat Noord-Korea een gevaar is. "Het is echt heel erg," zei hij.')).toEqual([]);
    expect(quotesIn('Gisteren heeft een woordvoerder gezegd dat Noord-Korea een gevaar is. "Het is echt heel erg," zei hij.')).toEqual([]);
  });

  it('joins a quotation split by an attribution with the comma after the closing mark: \'"A", zo zei X, "b"\'', () => {
    expect(quotesIn('"In dat tempo", zo zei de Japanse premier Abe, "duurt het nog honderd jaar."')).toEqual([['Shinzo Abe', 'In dat tempo duurt het nog honderd jaar.', 'zo zei de Japanse premier Abe']]);
  });
});

describe('English is unchanged by the Dutch rules', () => {
  it('"According to X and Y, …" gives X the statement without the second source', () => {
    const a = analyzeArticle({ text: 'According to Martin Indyk and Obama, the deal is dead for now.', language: 'en' }, () => dictionaryTagger(NAMES));
    expect(a.entities.find((e) => e.name === 'Martin Indyk')!.quotes.map((q) => q.text)).toEqual(['the deal is dead for now']);
  });
});
