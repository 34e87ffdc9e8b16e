// The sentences that say the most about the entity, with its own mentions emphasised.
import type { Fact, TextSpan } from '../../core/types';
import { factSegments } from './fact-segments';

interface Props {
  facts: readonly Fact[];
  mentions: readonly TextSpan[];
  /** The entity's name and aliases, for facts whose offsets do not line up with their text. */
  names: readonly string[];
}

export function FactList({ facts, mentions, names }: Props) {
  return (
    <ul class="cc-facts">
      {facts.map((fact) => (
        <li key={`${fact.start}-${fact.end}`} class="cc-fact">
          {factSegments(fact, mentions, names).map((segment, i) =>
            segment.marked ? <mark key={i}>{segment.text}</mark> : segment.text)}
        </li>
      ))}
    </ul>
  );
}
