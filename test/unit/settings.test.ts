import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS, HOVER_DELAY_RANGE, applySettingsPatch, isActiveOn, validateSettings, withSiteEnabled,
} from '../../src/core/settings';

describe('validateSettings', () => {
  it('gives the defaults for missing or corrupt stored values', () => {
    for (const stored of [undefined, null, 42, 'on', [], { enabled: 'yes', hoverDelayMs: 'fast', types: 7, disabledSites: 'x' }]) {
      expect(validateSettings(stored)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps valid fields and repairs invalid ones field by field', () => {
    const s = validateSettings({ version: 1, enabled: false, hoverDelayMs: 99_999, types: { person: false, place: 'no' }, disabledSites: ['Example.COM:8080', 42, 'bad host!'] });
    expect(s.enabled).toBe(false);
    expect(s.hoverDelayMs).toBe(HOVER_DELAY_RANGE.max);
    expect(s.types).toEqual({ person: false, place: true, organization: true, other: true });
    expect(s.disabledSites).toEqual(['example.com']);
  });

  it('migrates the unversioned prototype shape', () => {
    const s = validateSettings({ on: false, delay: 800, sites: { 'news.example': false, 'ok.example': true } });
    expect(s).toMatchObject({ version: 1, enabled: false, hoverDelayMs: 800, disabledSites: ['news.example'] });
  });

  it('always returns a valid value, whatever is stored (property)', () => {
    fc.assert(fc.property(fc.anything(), (stored) => {
      const s = validateSettings(stored);
      expect(typeof s.enabled).toBe('boolean');
      expect(s.hoverDelayMs).toBeGreaterThanOrEqual(HOVER_DELAY_RANGE.min);
      expect(s.hoverDelayMs).toBeLessThanOrEqual(HOVER_DELAY_RANGE.max);
      expect(Object.keys(s.types).sort()).toEqual(['organization', 'other', 'person', 'place']);
      expect(validateSettings(s)).toEqual(s);
    }), { numRuns: 500 });
  });
});

describe('patches and the per-site switch', () => {
  it('applies a partial patch and ignores junk', () => {
    const s = applySettingsPatch(DEFAULT_SETTINGS, { hoverDelayMs: 700, types: { other: false }, evil: '<script>' });
    expect(s.hoverDelayMs).toBe(700);
    expect(s.types.other).toBe(false);
    expect(s.types.person).toBe(true);
    expect('evil' in s).toBe(false);
    expect(applySettingsPatch(s, 'nonsense')).toEqual(s);
  });

  it('turns one site off without touching others, and back on', () => {
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'News.Example', false);
    expect(isActiveOn(off, 'news.example')).toBe(false);
    expect(isActiveOn(off, 'other.example')).toBe(true);
    const on = withSiteEnabled(off, 'news.example', true);
    expect(isActiveOn(on, 'news.example')).toBe(true);
    expect(isActiveOn({ ...on, enabled: false }, 'other.example')).toBe(false);
  });
});
