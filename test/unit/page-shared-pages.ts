// The shared real pages (../shared/pages, read-only) and one sentence read by hand from the opening of each
// story, for the page layer's extraction tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGES = join(__dirname, '..', '..', '..', 'shared', 'pages');

export function page(slug: string): { html: string; expected: { title: string | null; byline: string | null } } {
  return {
    html: readFileSync(join(PAGES, slug, 'source.html'), 'utf8'),
    expected: JSON.parse(readFileSync(join(PAGES, slug, 'expected-metadata.json'), 'utf8')),
  };
}

export const OPENINGS: Record<string, string> = {
  'nytimes-1': 'After nearly 20 years of hostile relations, the American government plans to reverse its position on Sudan',
  'bbc-1': 'President Barack Obama has admitted that his failure to pass "common sense gun safety laws" in the US is the greatest frustration of his presidency.',
  'guardian-1': 'Whale whisperer Hori Parata was just seven years old when he attended his first mass stranding',
  cnn: "But a new report released on Monday by Stanford University's Center on Poverty and Inequality calls that into question.",
  'lemonde-1': 'Les députés ont, sans surprise, adopté à une large majorité (438 contre 86 et 42 abstentions)',
  heise: 'Das in der iOS-Version bereits enthaltene TOTP-Feature ist nun auch für OS X 10.10 verfügbar.',
};

