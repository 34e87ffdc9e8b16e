// Which entity types are highlighted in pages.
import type { EntityType } from '../../core/types';
import { ENTITY_TYPE_ORDER } from '../entity-types';
import { TYPE_GROUP_KEYS, type Translate } from '../messages';
import { TypeIcon } from '../TypeIcon';

interface Props {
  types: Record<EntityType, boolean>;
  onChange(types: Record<EntityType, boolean>): void;
  t: Translate;
}

export function TypeFilters({ types, onChange, t }: Props) {
  return (
    <fieldset class="cc-types">
      <legend class="cc-popup__subheading">{t('popupTypesHeading')}</legend>
      {ENTITY_TYPE_ORDER.map((type) => (
        <label key={type} class="cc-types__option" data-type={type}>
          <input
            type="checkbox"
            id={`cc-type-${type}`}
            checked={types[type]}
            onChange={(event) => onChange({ ...types, [type]: event.currentTarget.checked })}
          />
          <TypeIcon type={type} />
          {t(TYPE_GROUP_KEYS[type])}
        </label>
      ))}
    </fieldset>
  );
}
