// "5 mentions  ‹ 2 / 5 ›": the count and the buttons that jump between an entity's mentions in the page.
import { mentionCount, type Translate } from '../messages';

interface Props {
  count: number;
  /** 0-based index of the mention the card is showing. */
  current: number;
  onStep(delta: 1 | -1): void;
  t: Translate;
}

export function MentionStepper({ count, current, onStep, t }: Props) {
  const single = count <= 1;
  const position = Math.min(Math.max(current, 0), Math.max(count - 1, 0)) + 1;
  return (
    <div class="cc-mentions">
      <span class="cc-mentions__count">{mentionCount(t, count)}</span>
      {!single && (
        <>
          <button type="button" class="cc-button" aria-label={t('cardPreviousMention')} onClick={() => onStep(-1)}>
            <span aria-hidden="true">‹</span>
          </button>
          {/* Spoken as "Mention 2 of 5" when it changes; "2 / 5" is for the eye. */}
          <span class="cc-mentions__position" role="status">
            <span class="cc-visually-hidden">{t('cardMentionPosition', [String(position), String(count)])}</span>
            <span aria-hidden="true">{position} / {count}</span>
          </span>
          <button type="button" class="cc-button" aria-label={t('cardNextMention')} onClick={() => onStep(1)}>
            <span aria-hidden="true">›</span>
          </button>
        </>
      )}
    </div>
  );
}
