// The publication date a web page states in its markup: <meta property="article:published_time">,
// schema.org "datePublished" (as a meta tag, a <time> attribute or JSON-LD) and <time pubdate>.
// Only the page's head region is read, with bounded patterns, so a hostile page stays linear.
import { readDate } from './formats.js';

const MARKUP_CHARS = 200_000;
// meta names and properties that mean "first published"
const PUBLISHED_KEYS = new Set([
  'article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'sailthru.date',
  'parsely-pub-date', 'citation_publication_date',
]);
const META = /<meta\s[^>]{0,1000}>/gi;
const TIME = /<time\s[^>]{0,1000}>/gi;
const JSON_LD = /"datePublished"\s{0,20}:\s{0,20}"([^"]{1,60})"/;
const ATTRIBUTE = /([a-z:._-]{1,40})\s{0,5}=\s{0,5}(?:"([^"]{0,300})"|'([^']{0,300})')/gi;

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) found.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? '');
  return found;
}

/** "2016-09-03T10:42:00-04:00", "2016-09-03", "September 3, 2016": the day as written, else null. */
function dayOf(value: string): string | null {
  const iso = /^\s*((?:19|20)\d{2}-\d{2}-\d{2})(?![\d])/.exec(value);
  return readDate(iso ? iso[1]! : value)?.date ?? null;
}

export interface PublishedInMarkup {
  /** YYYY-MM-DD */
  date: string;
  /** the tag or property it came from */
  markup: string;
}

/** The page's stated publication date, or null. */
export function readPublishedMarkup(html: string): PublishedInMarkup | null {
  const head = html.slice(0, MARKUP_CHARS);
  for (const [tag] of head.matchAll(META)) {
    const attrs = attributes(tag);
    const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? '').toLowerCase();
    const content = attrs.get('content');
    if (!PUBLISHED_KEYS.has(key) || !content) continue;
    const date = dayOf(content);
    if (date) return { date, markup: `meta ${key}` };
  }
  const jsonLd = JSON_LD.exec(head);
  const fromJsonLd = jsonLd ? dayOf(jsonLd[1]!) : null;
  if (fromJsonLd) return { date: fromJsonLd, markup: 'json-ld datePublished' };
  for (const [tag] of head.matchAll(TIME)) {
    const attrs = attributes(tag);
    const published = /\spubdate(?=[\s=>/])/i.test(tag) || attrs.get('itemprop')?.toLowerCase() === 'datepublished';
    const datetime = attrs.get('datetime');
    if (!published || !datetime) continue;
    const date = dayOf(datetime);
    if (date) return { date, markup: 'time datetime' };
  }
  return null;
}
