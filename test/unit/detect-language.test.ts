import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/core/lang/detect.ts';

const NL = 'Japan en de Verenigde Staten willen samen met Zuid-Korea nauw samenwerken in de crisis rond Noord-Korea. Daarover zijn zij het eens geworden.';
const EN = 'Sudan is one of the poorest countries in Africa, and for years the United States has imposed punitive measures against it.';
const DE = 'Die Bundesregierung hat am Mittwoch beschlossen, dass die neue Regelung für alle Bürger ab dem kommenden Jahr gilt.';
const FR = 'Le gouvernement a annoncé mercredi que la nouvelle règle sera appliquée dans toutes les régions du pays dès le mois prochain.';
const ES = 'El gobierno anunció el miércoles que la nueva norma se aplicará en todas las regiones del país a partir del próximo mes.';

describe('detectLanguage', () => {
  it.each([['nl', NL], ['en', EN], ['de', DE], ['fr', FR], ['es', ES]])('recognises %s without a hint', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('trusts a hint that agrees with the text, reduced to its primary subtag', () => {
    expect(detectLanguage(NL, 'nl-BE')).toBe('nl');
  });

  it('overrules a hint the text contradicts', () => {
    expect(detectLanguage(NL, 'en')).toBe('nl');
    expect(detectLanguage(EN, 'nl')).toBe('en');
  });

  it('trusts a hint when the text is too short to judge', () => {
    expect(detectLanguage('Brexit', 'nl')).toBe('nl');
  });

  it('says "und" for text in no known language and no hint, and keeps a hint it cannot check', () => {
    expect(detectLanguage('東京で会談が行われた。')).toBe('und');
    expect(detectLanguage('東京で会談が行われた。日本と米国の首脳が北朝鮮問題について話し合った。', 'ja')).toBe('ja');
    expect(detectLanguage('')).toBe('und');
  });
});
