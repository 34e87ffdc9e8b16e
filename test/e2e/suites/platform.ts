// The platform: the content script runs, mounts its shadow host, and the popup's switches persist and
// turn the extension off and on in an already open tab, with no console errors from the extension.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasRoot, type SuiteEnv } from '../harness';

export function platformSuite(env: SuiteEnv) {
  test('content script mounts one <cc-root> with an open shadow root on an article page', async () => {
    const page = await env.open('/demo/');
    await page.waitForSelector('cc-root');
    assert.equal(await hasRoot(page), true);
    assert.deepEqual(page.extensionErrors, []);
    await page.close();
  });

  test('popup global switch persists and turns the content script off and on in an open tab', async () => {
    const article = await env.open('/demo/');
    await article.waitForSelector('cc-root');
    const popup = await env.browser.openPopup();
    await popup.waitForSelector('#cc-enabled');
    assert.equal(await popup.evaluate(() => (document.getElementById('cc-enabled') as HTMLInputElement).checked), true);
    assert.equal(await popup.evaluate(() => document.getElementById('cc-enabled')!.getAttribute('role')), 'switch');

    await popup.click('#cc-enabled');
    await article.waitForFunction(() => document.querySelector('cc-root') === null);

    // Persisted: a freshly opened popup shows the switch off, and a new tab stays untouched.
    await popup.close();
    const popup2 = await env.browser.openPopup();
    await popup2.waitForSelector('#cc-enabled');
    assert.equal(await popup2.evaluate(() => (document.getElementById('cc-enabled') as HTMLInputElement).checked), false);
    const other = await env.open('/demo/?second');
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await other.evaluate(() => document.querySelector('cc-root') === null), true);

    await popup2.click('#cc-enabled');
    await article.waitForSelector('cc-root');
    await other.waitForSelector('cc-root');
    assert.equal(await hasRoot(article), true);
    for (const p of [article, popup2, other]) assert.deepEqual(p.extensionErrors, []);
    await Promise.all([article.close(), popup2.close(), other.close()]);
  });

  test('per-site switch turns this host off and leaves other hosts working', async () => {
    const here = await env.open('/demo/');
    await here.waitForSelector('cc-root');
    const elsewhere = await env.browser.newPage();
    await elsewhere.goto(env.server.otherOrigin + '/demo/');
    await elsewhere.waitForSelector('cc-root');
    await here.bringToFront();
    const popup = await env.browser.openPopup();
    await popup.waitForSelector('#cc-site-enabled');
    assert.equal(await popup.evaluate(() => (document.getElementById('cc-site-enabled') as HTMLInputElement).checked), true);
    await popup.click('#cc-site-enabled');
    await here.waitForFunction(() => document.querySelector('cc-root') === null);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await hasRoot(elsewhere), true);
    await popup.click('#cc-site-enabled');
    await here.waitForSelector('cc-root');
    for (const p of [here, elsewhere, popup]) assert.deepEqual(p.extensionErrors, []);
    await Promise.all([here.close(), elsewhere.close(), popup.close()]);
  });
}
