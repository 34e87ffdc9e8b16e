// A hand-made entity from a short Dutch article, with offsets that match this text.
import type { Entity, Mention } from '../../../src/core/types';

export const ARTICLE_TEXT =
  'De Amerikaanse vicepresident Mike Pence bezocht dinsdag Brussel. ' +
  '"We staan achter Europa," zei Pence. ' +
  'Pence sprak met Ursula von der Leyen over de NAVO.';

const at = (needle: string, from = 0) => {
  const start = ARTICLE_TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`not in fixture: ${needle}`);
  return { start, end: start + needle.length };
};

const sentence1 = at('De Amerikaanse vicepresident Mike Pence bezocht dinsdag Brussel.');
const sentence2 = at('"We staan achter Europa," zei Pence.');
const sentence3 = at('Pence sprak met Ursula von der Leyen over de NAVO.');

const mention = (text: string, from: number, sentenceIndex: number, sentence: string): Mention => ({
  ...at(text, from), text, sentence, sentenceIndex,
});

export const pence: Entity = {
  id: 'mike-pence',
  name: 'Mike Pence',
  type: 'person',
  aliases: ['Pence', 'Mike Pence'],
  mentions: [
    mention('Mike Pence', 0, 0, ARTICLE_TEXT.slice(sentence1.start, sentence1.end)),
    mention('Pence', sentence2.start, 1, ARTICLE_TEXT.slice(sentence2.start, sentence2.end)),
    mention('Pence', sentence3.start, 2, ARTICLE_TEXT.slice(sentence3.start, sentence3.end)),
  ],
  roles: ['Amerikaanse vicepresident'],
  quotes: [{
    text: 'We staan achter Europa,',
    sentence: ARTICLE_TEXT.slice(sentence2.start, sentence2.end),
    ...sentence2,
    attribution: 'zei Pence',
  }],
  facts: [
    { text: ARTICLE_TEXT.slice(sentence1.start, sentence1.end), sentence: ARTICLE_TEXT.slice(sentence1.start, sentence1.end), ...sentence1, kinds: ['first-mention', 'role'] },
    { text: ARTICLE_TEXT.slice(sentence3.start, sentence3.end), sentence: ARTICLE_TEXT.slice(sentence3.start, sentence3.end), ...sentence3, kinds: ['related'] },
  ],
  related: [
    { id: 'von-der-leyen', name: 'Ursula von der Leyen', count: 1 },
    { id: 'navo', name: 'NAVO', count: 1 },
  ],
};

export const vonDerLeyen: Entity = {
  id: 'von-der-leyen', name: 'Ursula von der Leyen', type: 'person', aliases: [], mentions: [], roles: [],
  quotes: [], facts: [], related: [],
};

export const navo: Entity = {
  id: 'navo', name: 'NAVO', type: 'organization', aliases: [], mentions: [], roles: [], quotes: [], facts: [],
  related: [],
};

/** A stand-in for browser.i18n.getMessage that shows the key and substitutions, so tests see what was asked. */
export const fakeT = (key: string, subs?: string[]) => (subs?.length ? `${key}(${subs.join(',')})` : key);
