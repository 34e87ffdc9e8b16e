// A titled block of the card. A heading rather than a named region: headings let screen-reader users jump
// between blocks without every block being announced as a landmark.
import type { ComponentChildren } from 'preact';

export function CardSection({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="cc-section">
      <h3 class="cc-section__heading">{title}</h3>
      {children}
    </section>
  );
}
