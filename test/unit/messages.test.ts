import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_ARTICLE_CHARS, parseBackgroundToContent, parseContentToBackground, parsePopupToBackground, parsePopupToContent,
} from '../../src/core/messages';

const parsers = [parseContentToBackground, parsePopupToBackground, parsePopupToContent, parseBackgroundToContent];

describe('message parsers', () => {
  it('accept well-formed messages of their own direction only', () => {
    expect(parseContentToBackground({ kind: 'analyze', article: { text: 'Mike Pence' } })).toMatchObject({ kind: 'analyze', article: { text: 'Mike Pence', language: null } });
    expect(parsePopupToBackground({ kind: 'set-site-enabled', host: 'a.example', enabled: false })).toEqual({ kind: 'set-site-enabled', host: 'a.example', enabled: false });
    expect(parsePopupToContent({ kind: 'show-entity', id: 'e1' })).toEqual({ kind: 'show-entity', id: 'e1' });
    expect(parseBackgroundToContent({ kind: 'command', command: 'next-mention' })).not.toBeNull();
    // The wrong direction is not understood.
    expect(parsePopupToContent({ kind: 'analyze', article: { text: 'x' } })).toBeNull();
    expect(parseContentToBackground({ kind: 'update-settings', patch: {} })).toBeNull();
    expect(parsePopupToContent({ kind: 'settings', settings: {} })).toBeNull();
    // Content scripts ask the background for the settings too, and are told when they change.
    expect(parseContentToBackground({ kind: 'get-settings' })).toEqual({ kind: 'get-settings' });
    const pushed = parseBackgroundToContent({ kind: 'settings', settings: { enabled: false, hoverDelayMs: 800 } });
    expect(pushed).toMatchObject({ kind: 'settings', settings: { enabled: false, hoverDelayMs: 800 } });
  });

  it('take pushed settings only through validation', () => {
    expect(parseBackgroundToContent({ kind: 'settings', settings: 'off' })).toBeNull();
    expect(parseBackgroundToContent({ kind: 'settings' })).toBeNull();
    const odd = parseBackgroundToContent({ kind: 'settings', settings: { enabled: 'no', hoverDelayMs: -5, disabledSites: [1, 'a.example'] } });
    expect(odd?.kind).toBe('settings');
    const settings = odd?.kind === 'settings' ? odd.settings : null;
    expect(settings?.enabled).toBe(true);
    expect(settings?.hoverDelayMs).toBeGreaterThanOrEqual(0);
    expect(settings?.disabledSites).toEqual(['a.example']);
  });

  it('reject malformed messages', () => {
    expect(parseContentToBackground({ kind: 'analyze', article: { text: 5 } })).toBeNull();
    expect(parseContentToBackground({ kind: 'analyze', article: { text: 'x'.repeat(MAX_ARTICLE_CHARS + 1) } })).toBeNull();
    expect(parseContentToBackground({ kind: 'page-entities', count: -1 })).toBeNull();
    expect(parsePopupToBackground({ kind: 'set-site-enabled', host: 'a', enabled: 'yes' })).toBeNull();
    expect(parsePopupToBackground({ kind: 'update-settings', patch: [] })).toBeNull();
  });

  it('never throw, whatever arrives (property)', () => {
    fc.assert(fc.property(fc.anything(), (m) => {
      for (const parse of parsers) expect(() => parse(m)).not.toThrow();
    }), { numRuns: 1000 });
  });
});
