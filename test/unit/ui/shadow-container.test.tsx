// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { OVERLAY_TAG, ShadowContainer } from '../../../src/ui/shadow-container';

afterEach(() => {
  for (const el of document.querySelectorAll(OVERLAY_TAG)) el.remove();
  document.head.innerHTML = '';
});

describe('ShadowContainer', () => {
  it('creates exactly one <cc-root> on <html> with an open shadow root; our stylesheet comes with the first render', () => {
    const container = new ShadowContainer({ css: '.probe { color: red; }' });
    const hosts = document.querySelectorAll(OVERLAY_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]).toBe(container.host);
    expect(container.host.parentElement).toBe(document.documentElement);
    expect(container.host.shadowRoot).toBe(container.shadowRoot);
    expect(container.shadowRoot.mode).toBe('open');
    // Nothing to style yet: the sheet is not parsed on pages where no card ever opens.
    container.render(null);
    expect(container.shadowRoot.querySelector('style')).toBeNull();
    container.render(<p>card</p>);
    container.render(<p>again</p>);
    expect(container.shadowRoot.querySelectorAll('style')).toHaveLength(1);
    expect(container.shadowRoot.firstChild).toBe(container.shadowRoot.querySelector('style'));
    expect(container.shadowRoot.querySelector('style')!.textContent).toBe('.probe { color: red; }');
    // Nothing of ours leaks into the page's own stylesheets.
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('pins the host with inline !important styles that page CSS cannot override', () => {
    const container = new ShadowContainer();
    const style = container.host.style;
    for (const [property, value] of [
      ['position', 'fixed'], ['z-index', '2147483647'], ['display', 'block'], ['top', '0px'], ['left', '0px'],
      ['overflow', 'visible'], ['pointer-events', 'none'],
    ]) {
      expect(style.getPropertyValue(property!), property).toBe(value);
      expect(style.getPropertyPriority(property!), property).toBe('important');
    }
  });

  it('ships the card stylesheet with no important :host rule (it would override the inline host style)', () => {
    const container = new ShadowContainer();
    container.render(<p>card</p>);
    const css = container.shadowRoot.querySelector('style')!.textContent!;
    expect(css).toContain('.cc-card');
    expect(css).toMatch(/\.cc-mount\s*{\s*all:\s*initial/);
    expect(css).not.toMatch(/:host[^{]*{[^}]*!important/);
  });

  it('renders Preact content inside the shadow root only', () => {
    const container = new ShadowContainer();
    container.render(<p class="inside">hello</p>);
    expect(container.shadowRoot.querySelector('.inside')!.textContent).toBe('hello');
    expect(document.querySelector('.inside')).toBeNull();
    container.render(<p class="inside">again</p>);
    expect(container.shadowRoot.querySelectorAll('.inside')).toHaveLength(1);
  });

  it('replaces a host left behind by an earlier content script instead of adding a second', () => {
    const stale = document.createElement(OVERLAY_TAG);
    document.documentElement.append(stale);
    const container = new ShadowContainer();
    expect(document.querySelectorAll(OVERLAY_TAG)).toHaveLength(1);
    expect(stale.isConnected).toBe(false);
    container.destroy();
  });

  it('puts the host back if the page removed it before the next render', () => {
    const container = new ShadowContainer();
    container.host.remove();
    container.render(<p>back</p>);
    expect(container.host.isConnected).toBe(true);
    expect(document.querySelectorAll(OVERLAY_TAG)).toHaveLength(1);
  });

  it('destroy removes the host completely and ignores later renders', () => {
    const container = new ShadowContainer();
    container.render(<p class="inside">hello</p>);
    container.destroy();
    expect(document.querySelectorAll(OVERLAY_TAG)).toHaveLength(0);
    expect(container.mount.childNodes).toHaveLength(0);
    container.render(<p>late</p>);
    expect(document.querySelectorAll(OVERLAY_TAG)).toHaveLength(0);
    container.destroy();
  });
});
