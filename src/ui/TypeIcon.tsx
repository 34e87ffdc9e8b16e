// A small outline icon per entity type. Decorative: the type is always named in text next to it.
import type { EntityType } from '../core/types';

const PATHS: Record<EntityType, string[]> = {
  person: ['M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8z', 'M4 21c0-4.4 3.6-8 8-8s8 3.6 8 8'],
  place: ['M12 21s-7-6.1-7-11a7 7 0 0 1 14 0c0 4.9-7 11-7 11z', 'M12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z'],
  organization: ['M5 21V4a1 1 0 0 1 1-1h12a1 1 0 0 1 1 1v17', 'M9 7h2M13 7h2M9 11h2M13 11h2M9 15h2M13 15h2', 'M3 21h18'],
  other: ['M3 12V4a1 1 0 0 1 1-1h8l9 9-9 9z', 'M8 9.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z'],
};

export function TypeIcon({ type }: { type: EntityType }) {
  return (
    <svg class="cc-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {PATHS[type].map((d) => <path key={d} d={d} />)}
    </svg>
  );
}
