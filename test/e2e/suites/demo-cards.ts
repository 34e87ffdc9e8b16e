// The product on the demo article: highlights on the expected names, the Mike Pence card with its role,
// quote and mention count, keyboard access, prev/next, the popup list, and exact restore when turned off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clickCardButton, highlightedNames, hoverMention, readCard, snapshotDom, waitForCard, waitForExtensionReady,
  waitForNoCard, type SuiteEnv,
} from '../harness';

const EXPECTED: Record<string, string> = {
  'Mike Pence': 'person', 'Shinzo Abe': 'person', 'Frank-Walter Steinmeier': 'person', 'Moon Jae In': 'person',
  'Japan': 'place', 'Tokio': 'place', 'Oost-Azië': 'place', 'Verenigde Staten': 'place', 'Noord-Korea': 'place',
};
/** Sentence-initial words a capitalisation rule would mark; none may be highlighted. */
const NEVER = ['Daarover', 'Niet', 'Maar', 'Het', 'Voor', 'De'];

export function demoCardsSuite(env: SuiteEnv) {
  test('demo article: the expected names are highlighted with their types, and no sentence-initial words', async () => {
    const page = await env.open('/demo/');
    await waitForExtensionReady(page);
    const names = await highlightedNames(page);
    for (const [name, type] of Object.entries(EXPECTED)) {
      assert.equal(names[name]?.type, type, `${name} should be highlighted as ${type}; found ${JSON.stringify(names[name])}`);
    }
    for (const word of NEVER) assert.equal(names[word], undefined, `${word} must not be highlighted`);
    // Form fields and the comment box are never touched.
    assert.equal(await page.evaluate(() => document.querySelector('textarea')!.value), 'Ik las dat Mike Pence in Tokio was.');
    assert.equal(await page.evaluate(() => document.querySelectorAll('textarea cc-mention, form cc-mention, nav cc-mention').length), 0);
    assert.deepEqual(page.extensionErrors, []);
    await page.close();
  });

  test('hovering Mike Pence shows his card: role, quote, mention count; prev/next move between mentions', async () => {
    const page = await env.open('/demo/');
    await waitForExtensionReady(page);
    const { entity } = await hoverMention(page, 'Mike Pence');
    const card = await readCard(page);
    assert.equal(card?.label, 'Mike Pence');
    assert.equal(card?.type, 'person');
    assert.match(card!.text, /Amerikaanse vicepresident/);
    assert.match(card!.text, /zij aan zij/);
    assert.match(card!.text, /Pence/);
    const mentionCount = await page.evaluate((id) => new Set([...document.querySelectorAll(`cc-mention[data-entity="${id}"]`)].map((m) => m.getAttribute('data-mention') ?? m)).size, entity);
    assert.ok(mentionCount >= 3, `Mike Pence is mentioned at least 3 times (Mike Pence, Pence ×2); highlighted ${mentionCount}`);
    assert.match(card!.text, new RegExp(`${mentionCount} mentions`));
    assert.match(card!.text, new RegExp(`1 / ${mentionCount}`));

    // Next: the card moves to the second mention and says so; the page scrolls it into view.
    assert.equal(await clickCardButton(page, 'Next mention'), true);
    await page.waitForFunction((n) => (document.querySelector('cc-root')?.shadowRoot?.querySelector('[role="dialog"]')?.textContent ?? '').includes(`2 / ${n}`), mentionCount);
    assert.equal(await clickCardButton(page, 'Previous mention'), true);
    await page.waitForFunction((n) => (document.querySelector('cc-root')?.shadowRoot?.querySelector('[role="dialog"]')?.textContent ?? '').includes(`1 / ${n}`), mentionCount);
    // Previous from the first wraps to the last.
    assert.equal(await clickCardButton(page, 'Previous mention'), true);
    await page.waitForFunction((n) => (document.querySelector('cc-root')?.shadowRoot?.querySelector('[role="dialog"]')?.textContent ?? '').includes(`${n} / ${n}`), mentionCount);

    // Escape closes it.
    await page.press('Escape');
    await waitForNoCard(page);
    assert.deepEqual(page.extensionErrors, []);
    await page.close();
  });

  test('a pointer crossing mentions opens nothing; leaving closes after the delay; the card itself keeps it open', async () => {
    const page = await env.open('/demo/');
    await waitForExtensionReady(page);
    const a = await page.evaluate(() => {
      const ms = [...document.querySelectorAll('cc-mention')].slice(3, 8).map((m) => { const r = m.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; });
      return ms;
    });
    for (const p of a) await page.mouseMove(p.x, p.y);
    await page.mouseMove(5, 5);
    await new Promise((r) => setTimeout(r, 900));
    assert.equal(await readCard(page), null, 'a passing pointer must not open a card');

    await hoverMention(page, 'Shinzo Abe');
    // Move into the card: it stays open.
    const box = await page.evaluate(() => {
      const r = document.querySelector('cc-root')!.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
      return { x: r.left + 20, y: r.top + 20 };
    });
    await page.mouseMove(box.x, box.y);
    await new Promise((r) => setTimeout(r, 700));
    assert.equal((await readCard(page))?.label, 'Shinzo Abe');
    // Leave both: it closes.
    await page.mouseMove(2, 2);
    await waitForNoCard(page, 3_000);
    await page.close();
  });

  test('keyboard: focus a mention and press Enter to open its card; Escape closes and returns focus', async () => {
    const page = await env.open('/demo/');
    await waitForExtensionReady(page);
    const id = await page.evaluate(() => {
      const m = [...document.querySelectorAll('cc-mention')].find((x) => x.textContent === 'Shinzo Abe') as HTMLElement;
      m.focus();
      return m.getAttribute('data-entity');
    });
    await page.press('Enter');
    await waitForCard(page);
    assert.equal((await readCard(page))?.label, 'Shinzo Abe');
    await page.press('Escape');
    await waitForNoCard(page);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-entity') ?? null), id);
    await page.close();
  });

  test('the keyboard command moves focus through the mentions', async () => {
    const page = await env.open('/demo/');
    await waitForExtensionReady(page);
    const popup = await env.browser.openPopup();
    await popup.waitForSelector('#cc-enabled');
    // The manifest command reaches the content script as this message from the background.
    const send = () => popup.evaluate(async () => {
      interface Tabs { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: object): Promise<unknown> }
      const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
      const api = g.browser ?? g.chrome;
      const tabs = await api.tabs.query({});
      const target = tabs.filter((tab) => !tab.url?.includes('-extension://')).at(-1)!;
      await api.tabs.sendMessage(target.id!, { kind: 'command', command: 'next-mention' });
    });
    await send();
    const first = await page.evaluate(() => document.activeElement?.localName === 'cc-mention' ? document.activeElement.textContent : null);
    await send();
    const second = await page.evaluate(() => document.activeElement?.localName === 'cc-mention' ? document.activeElement.textContent : null);
    assert.ok(first, 'the command focuses a mention');
    assert.ok(second, 'the command again focuses a mention');
    assert.notEqual(await page.evaluate(() => [...document.querySelectorAll('cc-mention')].indexOf(document.activeElement!)), 0);
    await popup.close();
    await page.close();
  });

  test('the popup lists the page entities with counts; clicking one opens its card', async () => {
    const page = await env.open('/demo/');
    await waitForExtensionReady(page);
    const names = await highlightedNames(page);
    const popup = await env.browser.openPopup();
    await popup.waitForSelector('.cc-entity');
    const listed = await popup.evaluate(() => [...document.querySelectorAll('.cc-entity')].map((b) => ({
      name: b.querySelector('.cc-entity__name')?.textContent ?? '', count: Number(b.querySelector('.cc-entity__count')?.textContent),
    })));
    const listedNames = listed.map((l) => l.name);
    for (const name of Object.keys(EXPECTED)) assert.ok(listedNames.includes(name), `${name} listed in the popup: ${listedNames.join(', ')}`);
    const pence = listed.find((l) => l.name === 'Mike Pence')!;
    const penceId = names['Mike Pence']!.entity;
    const highlighted = await page.evaluate((id) => new Set([...document.querySelectorAll(`cc-mention[data-entity="${id}"]`)].map((m) => m.getAttribute('data-mention') ?? m)).size, penceId);
    assert.equal(pence.count, highlighted);
    await popup.evaluate(() => {
      const b = [...document.querySelectorAll('.cc-entity')].find((x) => x.querySelector('.cc-entity__name')?.textContent === 'Shinzo Abe') as HTMLElement;
      b.click();
    });
    await waitForCard(page);
    assert.equal((await readCard(page))?.label, 'Shinzo Abe');
    await popup.close();
    await page.close();
  });

  test('turning the extension off restores the article DOM exactly, node for node', async () => {
    const page = await env.open('/demo/');
    // The page as served, before the extension touched it, is what an identical second load gives with
    // the extension off; compare against the body with highlights undone.
    await waitForExtensionReady(page);
    assert.ok((await page.evaluate(() => document.querySelectorAll('cc-mention').length)) > 10);
    const popup = await env.browser.openPopup();
    await popup.waitForSelector('#cc-enabled');
    await popup.click('#cc-enabled');
    await page.waitForFunction(() => document.querySelector('cc-root') === null && document.querySelector('cc-mention') === null);
    const restored = await snapshotDom(page, 'html');
    // With the extension off, a fresh load of the same page is the original DOM.
    const fresh = await env.open('/demo/');
    await new Promise((r) => setTimeout(r, 300));
    const original = await snapshotDom(fresh, 'html');
    assert.equal(restored, original);
    await popup.click('#cc-enabled');
    await waitForExtensionReady(page);
    await Promise.all([popup.close(), page.close(), fresh.close()]);
  });
}
