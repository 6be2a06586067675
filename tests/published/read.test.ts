import { describe, expect, it } from 'vitest';
import { readPublished, readPublishedMarkup } from '../../src/published/index.js';
import { readDate } from '../../src/published/formats.js';
import { publishedRules } from '../../src/published/rules.js';

// Every head below is invented; the reader never looks at the clock, so no date here depends on today.
describe('publication date in the head of an article', () => {
  it.each(publishedRules.map((r) => [r.reason, r.example]))('rule %s reads its own example: %s', (reason, example) => {
    expect(readPublished(`${example}\nThe body follows.`)?.reason).toBe(reason);
  });

  it.each([
    ['RIVERTON 2024-03-05\nThe council met.', '2024-03-05', '2024-03-05', 'dateline-capitals'],
    ['Vote headline\nBy Ann Lee\nPORT ELLIS, Maine 2024-03-05\nBody.', '2024-03-05', '2024-03-05', 'dateline-capitals'],
    ['Tarn, 4 Mar 99 (XNA) -- Police said', '1999-03-04', '4 Mar 99', 'dateline-agency'],
    ['Tarn, 4 Mar 07 (XNA) -- Police said', '2007-03-04', '4 Mar 07', 'dateline-agency'],
    ['Headline\nWednesday, March 5, 2025\nBody.', '2025-03-05', 'Wednesday, March 5, 2025', 'date-line'],
    ['Headline\nWed 5 Mar 2025 10.05 GMT\nBody.', '2025-03-05', 'Wed 5 Mar 2025', 'date-line'],
    ['Headline\n2025-03-05T10:15:00Z\nBody.', '2025-03-05', '2025-03-05', 'date-line'],
    ['Headline\nMarch 5th, 2025 at 9:30 a.m. EST\nBody.', '2025-03-05', 'March 5th, 2025', 'date-line'],
    ['Headline Posted: Wednesday, March 5, 2025 8:20 AM EST Updated: Friday, March 7, 2025', '2025-03-05', 'Wednesday, March 5, 2025', 'published-label'],
    ['Updated: Mar 17, 2025 - 8:04 AM\nPublished: 3/15/2025\nBody', '2025-03-15', '3/15/2025', 'published-label'],
    ['Published: 8/19/2013\nBody', '2013-08-19', '8/19/2013', 'published-label'],
    ['Date: 28/11/2026\nBody', '2026-11-28', '28/11/2026', 'published-label'],
    ['PARIS (AP) — Nov. 28, 2026 — French officials said', '2026-11-28', 'Nov. 28, 2026', 'dateline-agency-then-date'],
    // plain hyphens, as many wires type them
    ['KELMONT, Norland (Wire) - Nov. 28, 2026 - Two men were hurt', '2026-11-28', 'Nov. 28, 2026', 'dateline-agency-then-date'],
    ['Tarn, 4 Mar 2025 (XNA) - Police said', '2025-03-04', '4 Mar 2025', 'dateline-agency'],
    ['RIVERTON 2024-03-05 - The council met.', '2024-03-05', '2024-03-05', 'dateline-capitals'],
    ['A man was hurt. (Published Monday, March 3, 2025)\nBody', '2025-03-03', 'Monday, March 3, 2025', 'published-label'],
    ['Headline\nLast updated on 7 March 2025\nBody', '2025-03-07', '7 March 2025', 'updated-label'],
    ['By Ann Lee | March 5, 2025\nBody', '2025-03-05', 'March 5, 2025', 'byline-date'],
    ['HOLTON, Kan. (March 5, 2025) - Two men were hurt', '2025-03-05', 'March 5, 2025', 'dateline-bracketed-date'],
  ])('%j → %s', (text, date, span, reason) => {
    const found = readPublished(text)!;
    expect(found).toMatchObject({ date, text: span, reason });
    expect(text.slice(found.start, found.end)).toBe(span);
  });

  // never a guess: dates of events, dates without a year, dates that read two ways, days the calendar lacks
  it.each([
    'On Friday, March 7, 2025, a gunman opened fire at a bus stop.',
    'Strike Called For March 3, 2027\nUnions said the walkout would go ahead.',
    'Officers were called to the park on March 3, 2025.\nTwo men were hurt.',
    'The May bombing killed four people.',
    'WASHINGTON, August 8 (XNA) -- The president spoke.',
    'RIVERTON, Ind. (AP) — Police said a man was shot.',
    'RIVERTON, Ind. (AP) - Police said a man was shot on Nov. 28, 2026.',
    'KELMONT, Norland (Wire) - Nov. 28-29, 2026 talks were held.',
    'Published: 03/04/2025\nBody',
    '(06/08/16) - Police say a boy was hurt.',
    'Date: 11/12/2026\nBody',
    'New phone on sale\nRelease Date: 15/12/2026\nBody',
    'Date 28/11/2026 was picked for the vote.',
    'The date: 28 November 2026 was chosen for the vote.',
    'Headline\nFebruary 30, 2025\nBody',
    'Firefighters at the scene, June 22, 2024. (Photo: staff)\nBody.',
    'A letter published March 3, 2025 by the ministry said the plan was dead.',
    'Headline\nBody one.\nBody two.\nBody three.\nBody four.\nBody five.\nBody six.\nBody seven.\nMarch 5, 2025',
    '',
  ])('no date from %j', (text) => {
    expect(readPublished(text)).toBeNull();
  });

  it('reads only the head: a date line after the first 2,000 characters is body', () => {
    expect(readPublished(`${'x'.repeat(2100)}\nMarch 5, 2025`)).toBeNull();
  });

  it('prefers the first publication to an update and to a dateline', () => {
    const text = 'Updated: Friday, March 7, 2025\nRIVERTON 2025-03-06\nPosted: Wednesday, March 5, 2025\nBody';
    expect(readPublished(text)?.date).toBe('2025-03-05');
  });
});

describe('calendar-date formats', () => {
  it.each([
    ['1996-08-30', '1996-08-30'],
    ['Sept. 3, 2016', '2016-09-03'],
    ["Sept. 3, '16", '2016-09-03'],
    ['31 Oct 88', '1988-10-31'],
    ['31st of October 2049', '2049-10-31'],
    ['Thursday, February 23, 2006', '2006-02-23'],
    ['12/25/2024', '2024-12-25'],
    ['7/7/2024', '2024-07-07'],
    ['28/11/2026', '2026-11-28'],
    ['13.01.2025', '2025-01-13'],
  ])('%s → %s', (text, date) => {
    expect(readDate(text)?.date).toBe(date);
  });

  it.each(['03/04/2025', '12/11/2026', '31/02/2026', 'February 29, 2025', '2025-13-01', '31 June 2025', 'March 2025', 'yesterday'])('%s is no day', (text) => {
    expect(readDate(text)).toBeNull();
  });
});

describe('publication date in web-page markup', () => {
  it.each([
    ['<meta property="article:published_time" content="2025-03-05T10:42:00-04:00">', '2025-03-05', 'meta article:published_time'],
    ["<meta name='pubdate' content='20250305'><meta name='date' content='March 5, 2025'>", '2025-03-05', 'meta date'],
    ['<meta itemprop="datePublished" content="2025-03-05">', '2025-03-05', 'meta datepublished'],
    ['<script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2025-03-05T08:00"}</script>', '2025-03-05', 'json-ld datePublished'],
    ['<p><time datetime="2025-03-05" pubdate>5 March</time></p>', '2025-03-05', 'time datetime'],
  ])('%s', (html, date, markup) => {
    expect(readPublishedMarkup(html)).toEqual({ date, markup });
  });

  it.each([
    '<meta property="og:title" content="2025-03-05 in review">',
    '<p>The vote is on <time datetime="2025-03-09">Sunday</time>.</p>',
    '<meta name="date" content="next week">',
    `<meta ${'a'.repeat(5000)}`,
  ])('no date from %s', (html) => {
    expect(readPublishedMarkup(html)).toBeNull();
  });
});
