// The order in which the UI lists entity types everywhere (card chips, popup groups, filters).
import type { EntityType } from '../core/types';

export const ENTITY_TYPE_ORDER: readonly EntityType[] = ['person', 'place', 'organization', 'other'];
