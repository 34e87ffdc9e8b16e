// Where the card's content comes from: this article, its source and date.
import type { Translate } from '../messages';
import { formatPublished } from './format-date';

interface Props {
  source: string | null;
  published: string | null;
  locale?: string;
  t: Translate;
}

export function CardFooter({ source, published, locale, t }: Props) {
  const date = formatPublished(published, locale);
  return (
    <footer class="cc-card__footer">
      <span>{t('cardBasis')}</span>
      {source && <span>{source}</span>}
      {date && <time dateTime={published ?? undefined}>{date}</time>}
    </footer>
  );
}
