// The entities that appear alongside this one, as buttons that open their cards.
import type { EntityType, RelatedEntity } from '../../core/types';

interface Props {
  related: readonly RelatedEntity[];
  typeOf(id: string): EntityType;
  onOpenEntity(id: string): void;
}

export function RelatedChips({ related, typeOf, onOpenEntity }: Props) {
  return (
    <ul class="cc-chips">
      {related.map((r) => (
        <li key={r.id}>
          <button type="button" class="cc-button cc-chip" data-type={typeOf(r.id)} onClick={() => onOpenEntity(r.id)}>
            <span class="cc-chip__name">{r.name}</span>
            {/* How often they appear together: useful at a glance, noise when read aloud for every chip. */}
            <span class="cc-chip__count" aria-hidden="true">{r.count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
