// Every tuned delay of the UI layer, with the reason it has the value it has.
import { HOVER_DELAY_RANGE } from '../core/settings';

/**
 * Dwell on a mention before its card opens, when the reader has not chosen their own (the setting wins).
 * Wikipedia Page Previews settled on 500 ms after testing; shorter opens cards for a passing pointer,
 * which is the complaint that makes readers turn hover tools off.
 */
export const DEFAULT_OPEN_DELAY_MS = 500;

/**
 * How long a card stays after the pointer leaves its mention or the card. 300 ms (Page Previews, Radix
 * HoverCard) is enough to travel from the mention into the card without it vanishing (WCAG 1.4.13: the
 * card must be hoverable), and short enough that a card the reader left does not linger.
 */
export const CLOSE_DELAY_MS = 300;

/**
 * Range and step of the hover-delay setting in the popup: the range the settings module enforces
 * (HOVER_DELAY_RANGE says why), in 100 ms steps, the smallest difference people notice when tuning this.
 */
export const HOVER_DELAY_SETTING = { ...HOVER_DELAY_RANGE, step: 100 } as const;

/** The card fades in as Page Previews do (200 ms): fast enough not to feel slow, slow enough not to flash. */
export const CARD_FADE_IN_MS = 200;

