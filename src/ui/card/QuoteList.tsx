// What the entity said in the article, with the attribution as the article wrote it. Quotations are shown in
// quotation marks; reported speech (the writer's words for it) without them, as the article has it.
import type { Quote } from '../../core/types';

export function QuoteList({ quotes }: { quotes: readonly Quote[] }) {
  return (
    <ul class="cc-quotes">
      {quotes.map((quote) => (
        <li key={`${quote.start}-${quote.end}`}>
          <figure class="cc-quote">
            {quote.reported ? <p class="cc-quote__reported">{quote.text}</p> : <blockquote>“{quote.text}”</blockquote>}
            {quote.attribution && <figcaption>{quote.attribution}</figcaption>}
          </figure>
        </li>
      ))}
    </ul>
  );
}
