// Real news pages from ../shared/pages, served on 127.0.0.1: the article's names are highlighted with their
// types, page furniture is not, and nothing from the extension errors. Expected names were read from the
// articles by hand; they are names the article itself is about, not whatever the code found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlightedNames, waitForExtensionReady, type SuiteEnv } from '../harness';

interface PageExpectation {
  /** Names (as written in the page) that must be highlighted, with their type. */
  names: Record<string, string>;
  /** Words that must never be highlighted (sentence-initial words, navigation). */
  never: string[];
}

const PAGES: Record<string, PageExpectation> = {
  'nytimes-1': { names: { 'Eric Reeves': 'person', Khartoum: 'place', Sudan: 'place', 'Harvard University': 'organization' }, never: ['The', 'But', 'In', 'Advertisement'] },
  'bbc-1': { names: { 'Barack Obama': 'person', Kenya: 'place', Nairobi: 'place', 'African Union': 'organization' }, never: ['The', 'But', 'Share', 'Image copyright'] },
  'guardian-1': { names: { 'Hori Parata': 'person', 'New Zealand': 'place', 'Whangārei': 'place' }, never: ['The', 'But', 'Photograph'] },
  cnn: { names: { 'Stanford University': 'organization', Finland: 'place', Norway: 'place' }, never: ['The', 'But', 'Related'] },
  breitbart: { names: { 'David Emery': 'person', 'Mike Pence': 'person' }, never: ['The', 'But', 'SIGN UP'] },
  'seattletimes-1': { names: { 'Wade Bassi': 'person', 'Tom Forte': 'person', 'Jeff Bezos': 'person' }, never: ['The', 'But', 'While'] },
  'lemonde-1': { names: { 'François Hollande': 'person', 'Christiane Taubira': 'person' }, never: ['Les', 'Il', 'Dans'] },
  heise: { names: {}, never: ['Das', 'Mit', 'Zudem', 'Die'] },
};

export function realPagesSuite(env: SuiteEnv) {
  for (const [slug, expected] of Object.entries(PAGES)) {
    test(`real page ${slug}: its names are highlighted with their types, and no function words`, async () => {
      const page = await env.open(`/pages/${slug}/`);
      await waitForExtensionReady(page, 30_000);
      const names = await highlightedNames(page);
      assert.ok(Object.keys(names).length > 0, `${slug}: something is highlighted`);
      for (const [name, type] of Object.entries(expected.names)) {
        assert.equal(names[name]?.type, type, `${slug}: "${name}" should be highlighted as ${type}; found ${JSON.stringify(names[name])}`);
      }
      for (const word of expected.never) assert.equal(names[word], undefined, `${slug}: "${word}" must not be highlighted`);
      // Never inside navigation, forms, code or editable regions.
      assert.equal(await page.evaluate(() => document.querySelectorAll('nav cc-mention, form cc-mention, textarea cc-mention, pre cc-mention, code cc-mention, [contenteditable] cc-mention').length), 0);
      assert.deepEqual(page.extensionErrors, []);
      await page.close();
    });
  }
}
