// The names found in the page, grouped by type, most mentioned first; a click shows that name's card.
import type { EntityType } from '../../core/types';
import { ENTITY_TYPE_ORDER } from '../entity-types';
import { mentionCount, TYPE_GROUP_KEYS, type Translate } from '../messages';
import { TypeIcon } from '../TypeIcon';
import type { PopupEntity } from './types';

interface Props {
  entities: readonly PopupEntity[];
  onEntityClick(id: string): void;
  t: Translate;
}

export function groupEntities(entities: readonly PopupEntity[]): { type: EntityType; entities: PopupEntity[] }[] {
  return ENTITY_TYPE_ORDER
    .map((type) => ({
      type,
      entities: entities
        .filter((e) => e.type === type)
        .sort((x, y) => y.count - x.count || x.name.localeCompare(y.name)),
    }))
    .filter((group) => group.entities.length > 0);
}

export function EntityList({ entities, onEntityClick, t }: Props) {
  return (
    <div class="cc-entities">
      {groupEntities(entities).map((group) => (
        <section key={group.type} class="cc-entities__group" data-type={group.type}>
          <h3 class="cc-entities__heading">
            <TypeIcon type={group.type} />
            {t(TYPE_GROUP_KEYS[group.type])}
          </h3>
          <ul class="cc-entities__list">
            {group.entities.map((entity) => (
              <li key={entity.id}>
                <button type="button" class="cc-entity" onClick={() => onEntityClick(entity.id)}>
                  <span class="cc-entity__name">{entity.name}</span>
                  <span class="cc-entity__count" aria-hidden="true">{entity.count}</span>
                  <span class="cc-visually-hidden">, {mentionCount(t, entity.count)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
