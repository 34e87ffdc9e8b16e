// The article's publication date in the reader's own locale.

/** A bare calendar date ("2024-03-12") means that day everywhere, not midnight UTC shifted to the reader's zone. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Formatted date, the raw string when it is not a date we can read, or null when there is none. */
export function formatPublished(published: string | null, locale?: string): string | null {
  const raw = published?.trim();
  if (!raw) return null;
  const date = new Date(raw);
  if (Number.isNaN(date.getTime())) return raw;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
  if (DATE_ONLY.test(raw)) options.timeZone = 'UTC';
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    // An invalid locale tag from the caller: the runtime's default still gives a readable date.
    return new Intl.DateTimeFormat(undefined, options).format(date);
  }
}
