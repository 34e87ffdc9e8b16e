// An on/off switch: a native checkbox with role="switch", so it is keyboard operable, submits no form, and
// is announced as "on"/"off" rather than "checked".
import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  id: string;
  checked: boolean;
  onChange(checked: boolean): void;
  label: ComponentChildren;
  disabled?: boolean;
}

export function Switch({ id, checked, onChange, label, disabled = false }: SwitchProps) {
  return (
    <div class={disabled ? 'cc-switch cc-switch--disabled' : 'cc-switch'}>
      <label class="cc-switch__label" for={id}>{label}</label>
      <input
        type="checkbox"
        role="switch"
        id={id}
        class="cc-switch__input"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
    </div>
  );
}
