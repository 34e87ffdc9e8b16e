// What the entity said in the article, with the attribution as the article wrote it.
import type { Quote } from '../../core/types';

export function QuoteList({ quotes }: { quotes: readonly Quote[] }) {
  return (
    <ul class="cc-quotes">
      {quotes.map((quote) => (
        <li key={`${quote.start}-${quote.end}`}>
          <figure class="cc-quote">
            <blockquote>“{quote.text}”</blockquote>
            {quote.attribution && <figcaption>{quote.attribution}</figcaption>}
          </figure>
        </li>
      ))}
    </ul>
  );
}
