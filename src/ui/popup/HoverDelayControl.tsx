// The dwell before a card opens, as a slider with its value shown. The setting is saved when the reader
// lets go (change), not on every step of a drag (input), which would write storage dozens of times.
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../messages';
import { HOVER_DELAY_SETTING } from '../timing';

interface Props {
  valueMs: number;
  onChange(ms: number): void;
  t: Translate;
}

const clampToSetting = (ms: number) => {
  const { min, max, step } = HOVER_DELAY_SETTING;
  return Math.min(max, Math.max(min, Math.round(ms / step) * step));
};

export function HoverDelayControl({ valueMs, onChange, t }: Props) {
  const [draft, setDraft] = useState(clampToSetting(valueMs));
  useEffect(() => setDraft(clampToSetting(valueMs)), [valueMs]);
  const label = t('popupDelayValue', [String(draft)]);
  return (
    <div class="cc-delay">
      <label class="cc-popup__subheading" for="cc-hover-delay">{t('popupHoverDelay')}</label>
      <div class="cc-delay__row">
        <input
          type="range"
          id="cc-hover-delay"
          min={HOVER_DELAY_SETTING.min}
          max={HOVER_DELAY_SETTING.max}
          step={HOVER_DELAY_SETTING.step}
          value={draft}
          aria-valuetext={label}
          onInput={(event) => setDraft(Number(event.currentTarget.value))}
          onChange={(event) => onChange(clampToSetting(Number(event.currentTarget.value)))}
        />
        <output for="cc-hover-delay" class="cc-delay__value">{label}</output>
      </div>
    </div>
  );
}
