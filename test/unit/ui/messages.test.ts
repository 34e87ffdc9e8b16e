import { describe, expect, it } from 'vitest';
import en from '../../../assets/_locales/en/messages.json';
import nl from '../../../assets/_locales/nl/messages.json';
import { UI_MESSAGE_KEYS } from '../../../src/ui/messages';

const locales: Record<string, Record<string, { message: string }>> = { en, nl };

describe('UI messages', () => {
  for (const [name, messages] of Object.entries(locales)) {
    it(`${name} has every key the UI uses, with a non-empty message`, () => {
      const missing = UI_MESSAGE_KEYS.filter((key) => !messages[key]?.message?.trim());
      expect(missing).toEqual([]);
    });
  }

  it('uses the same substitutions in both languages', () => {
    const subs = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();
    for (const key of UI_MESSAGE_KEYS) {
      expect(subs(nl[key as keyof typeof nl].message), key).toEqual(subs(en[key as keyof typeof en].message));
    }
  });

  it('translates the Dutch messages rather than copying the English', () => {
    const copied = UI_MESSAGE_KEYS.filter((key) => key !== 'popupDelayValue'
      && nl[key as keyof typeof nl].message === en[key as keyof typeof en].message);
    expect(copied).toEqual([]);
  });
});
