import { describe, expect, it } from 'vitest';
import { factsOf, PUBLISHED } from '../../helpers.js';

// PUBLISHED is Wednesday 2025-08-13 (ISO week 33, third quarter).
const expectDate = (sentence: string, text: string, value: string | null, published: string | null = PUBLISHED) => {
  const dates = factsOf(sentence, 'date', published);
  expect(dates.map((d) => [d.text, d.value])).toContainEqual([text, value]);
  const date = dates.find((d) => d.text === text)!;
  expect(sentence.slice(date.start, date.end)).toBe(text);
  return date;
};

// "this weekend" written on a Saturday or a Sunday is that weekend, whatever the tense
it.each([
  ['Crowds gathered in the square this weekend.', '2025-08-16'],
  ['The fair runs this weekend.', '2025-08-17'],
])('%s (published %s) → 2025-W33-WE', (sentence, published) => {
  expectDate(sentence, 'this weekend', '2025-W33-WE', published);
});

describe(`dates, published ${PUBLISHED}`, () => {
  it.each([
    // explicit dates in the common formats
    ['The accord was signed on 12 March 2021.', '12 March 2021', '2021-03-12'],
    ['The accord was signed on March 12, 2021.', 'March 12, 2021', '2021-03-12'],
    ['The accord was signed on Sept. 3, 2019.', 'Sept. 3, 2019', '2019-09-03'],
    ['It was signed on the 4th of July 2020.', 'the 4th of July 2020', '2020-07-04'],
    ['The report is dated 2024-02-29.', '2024-02-29', '2024-02-29'],
    ['The form was filed on 11/30/2022.', '11/30/2022', '2022-11-30'],
    ['The form was filed on 30/11/2022.', '30/11/2022', '2022-11-30'],
    ['The form was filed on 30.11.2022.', '30.11.2022', '2022-11-30'],
    ['The strike began on Monday, March 3, 2025.', 'Monday, March 3, 2025', '2025-03-03'],
    ['The blast hit the city on Saturday 9 August.', 'Saturday 9 August', '2025-08-09'],
    ['Prices rose in March 2024.', 'March 2024', '2024-03'],
    ['Prices peaked in mid-June 2023.', 'mid-June 2023', '2023-06'],
    // a range of days: its end is a date of its own
    ['The fair ran July 1-3, officials said.', '3', '2025-07-03'],
    ['The talks ran from June 4 to 6.', '6', '2025-06-06'],
    // years, decades, centuries
    ['Talks have been held since at least 2023.', '2023', '2023'],
    ['The 2019 election was disputed.', '2019', '2019'],
    ['The economy recovered by mid-2023.', 'mid-2023', '2023'],
    ["The company's FY2024 results beat forecasts.", 'FY2024', '2024'],
    ['Results for fiscal 2024 were weak.', 'fiscal 2024', '2024'],
    ['The group was founded in the 1990s.', 'the 1990s', '199'],
    ['Rents soared in the late 1980s.', 'the late 1980s', '198'],
    ["The band formed in the '70s.", "the '70s", '197'],
    ['The city grew in the 19th century.', 'the 19th century', '18'],
    ['He was born in nineteen sixty-four.', 'nineteen sixty-four', '1964'],
    ['The plan runs until the year two thousand.', 'the year two thousand', '2000'],
    // quarters, halves, seasons
    ['Sales rose in the second quarter of 2024.', 'the second quarter of 2024', '2024-Q2'],
    ['Profit fell in Q1 2025.', 'Q1 2025', '2025-Q1'],
    ['Profit fell in the second quarter.', 'the second quarter', '2025-Q2'],
    ['The company posted a third-quarter loss.', 'third-quarter', '2025-Q3'],
    ['Revenue grew in the latest quarter.', 'the latest quarter', '2025-Q2'],
    ['Output is expected to rise next quarter.', 'next quarter', '2025-Q4'],
    // an earnings report compares with the same quarter of an earlier year (published in Q3: it reports Q2)
    ['Net income rose 8% from the 2024 quarter.', 'the 2024 quarter', '2024-Q2'],
    ['Second-quarter sales fell from the 2024 period.', 'the 2024 period', '2024-Q2'],
    ['The museum reopened after the 2024 period of repairs.', 'the 2024 period', '2024'],
    ['Growth slowed in the first half of 2024.', 'the first half of 2024', '2024-H1'],
    ['Fighting resumed in the summer of 2022.', 'the summer of 2022', '2022-SU'],
    ['Fighting resumed last winter.', 'last winter', '2024-WI'],
    ['Elections are planned for next spring.', 'next spring', '2026-SP'],
    ['Sales slumped this past spring.', 'this past spring', '2025-SP'],
    ['Sales slumped over the summer.', 'the summer', '2025-SU'],
    ['Talks will resume in the spring.', 'the spring', '2026-SP'],
    ['Fuel ran short in the winter.', 'the winter', '2024-WI'],
    // today and its neighbours
    ['He arrived yesterday.', 'yesterday', '2025-08-12'],
    ['He leaves tomorrow.', 'tomorrow', '2025-08-14'],
    ['Voting ends today.', 'today', '2025-08-13'],
    ['The deal was struck the day before yesterday.', 'the day before yesterday', '2025-08-11'],
    // weeks, months, years counted from publication
    ['Talks collapsed last week.', 'last week', '2025-W32'],
    ['Talks resume next week.', 'next week', '2025-W34'],
    ['Talks resume the week after next.', 'the week after next', '2025-W35'],
    ['Prices rose the year before last.', 'the year before last', '2023'],
    ['The ministers met this week.', 'this week', '2025-W33'],
    ['Prices fell last month.', 'last month', '2025-07'],
    ['Prices fell earlier this month.', 'earlier this month', '2025-08'],
    ['Inflation peaked last year.', 'last year', '2024'],
    ['The vote is due early next year.', 'early next year', '2026'],
    ['The bridge opened three days ago.', 'three days ago', '2025-08-10'],
    ['The bridge opened two weeks ago.', 'two weeks ago', '2025-W31'],
    ['The strike began a fortnight ago.', 'a fortnight ago', '2025-W31'],
    ['The bridge opened six months ago.', 'six months ago', '2025-02'],
    ['The bridge opened 10 years ago.', '10 years ago', '2015'],
    ['Protesters gathered over the weekend.', 'the weekend', '2025-W32-WE'],
    // "this weekend" in the present, written on a weekday, is the coming one
    ['The night market opens this weekend.', 'this weekend', '2025-W33-WE'],
    ['Two people were hurt this weekend.', 'this weekend', '2025-W32-WE'],
    // a present "runs" schedules what it names, as "opens" does
    ['The festival runs from Friday to Sunday.', 'Friday', '2025-08-15'],
    ['The festival runs from Friday to Sunday.', 'Sunday', '2025-08-17'],
    ['The merger should close by year-end.', 'year-end', '2025'],
    // a quarter of a year named relative to the article's
    ['Sales rose in the third quarter of last year.', 'the third quarter of last year', '2024-Q3'],
    ['The plant will close in the first quarter of next year.', 'the first quarter of next year', '2026-Q1'],
    // a report's shorthand for a quarter
    ['Profit fell in Q2 as costs rose.', 'Q2', '2025-Q2'],
    // references to the present, past and future
    ['The group now controls the port.', 'now', 'PRESENT_REF'],
    ['Now the board must decide.', 'Now', 'PRESENT_REF'],
    // a line in capitals is no name
    ['THE WEAPON IS NOW A KEY PIECE OF EVIDENCE.', 'NOW', 'PRESENT_REF'],
    ['The ministry recently changed its rules.', 'recently', 'PAST_REF'],
    ['Such attacks were rare in the past.', 'the past', 'PAST_REF'],
    ['Attacks have risen in recent years.', 'recent years', 'PAST_REF'],
    ['More cuts will follow in the coming months.', 'the coming months', 'FUTURE_REF'],
    ['Prices may fall in the near future.', 'the near future', 'FUTURE_REF'],
    ['The plant closed several years ago.', 'several years ago', 'PAST_REF'],
    // bare months and weekdays
    ['The attack took place in April.', 'April', '2025-04'],
    ['Police said the May bombing was planned.', 'May', '2025-05'],
    ['Inflation rose in April and May.', 'May', '2025-05'],
    ["December's figures were revised.", 'December', '2024-12'],
    ['The talks were held on Tuesday.', 'Tuesday', '2025-08-12'],
    ['The rally was held Wednesday night.', 'Wednesday night', '2025-08-13'],
    ['The goal is to halve emissions by the end of the decade.', 'the end of the decade', '202'],
    ['The office closed last Friday.', 'last Friday', '2025-08-08'],
    ['The office reopens next Monday.', 'next Monday', '2025-08-18'],
    ['The suspect was arrested on Aug. 2.', 'Aug. 2', '2025-08-02'],
    ['The deadline is 9 a.m. Tuesday.', '9 a.m. Tuesday', '2025-08-12T09:00'],
    // holidays
    ['The boat was found on Thanksgiving Day.', 'Thanksgiving Day', '2024-11-28'],
    ['Markets will reopen after Christmas.', 'Christmas', '2025-12-25'],
    ['The bombing happened at Easter 2024.', 'Easter 2024', '2024-03-31'],
    ['He left the city last Christmas.', 'last Christmas', '2024-12-25'],
    ['The campaign runs until Election Day.', 'Election Day', '2025-11-04'],
  ])('%s → %s = %s', (sentence, text, value) => {
    expectDate(sentence, text, value);
  });

  describe('past and future tense decide a bare weekday or month', () => {
    it.each([
      ['The ministers met on Tuesday.', 'Tuesday', '2025-08-12'],
      ['The ministers will meet on Tuesday.', 'Tuesday', '2025-08-19'],
      ['The ministers are to meet on Tuesday.', 'Tuesday', '2025-08-19'],
      ['The ministers plan to meet on Friday.', 'Friday', '2025-08-15'],
      ['The vote was postponed until Friday.', 'Friday', '2025-08-15'],
      ['Organisers planned a march on Saturday.', 'Saturday', '2025-08-16'],
      ['The ministers met on Friday.', 'Friday', '2025-08-08'],
      ['Elections were held in September.', 'September', '2024-09'],
      ['Elections will be held in September.', 'September', '2025-09'],
      ['Elections are scheduled for September.', 'September', '2025-09'],
      ['The rebels seized the town in November.', 'November', '2024-11'],
      ['The rebels seized the town in February.', 'February', '2025-02'],
      ['The treaty takes effect in January.', 'January', '2026-01'],
      // a name's words count as one on the way back to the verb
      ['Clinics will run at the Harwell Public Library each week until the end of January.', 'January', '2026-01'],
      ['The offer was extended to Sept. 20.', 'Sept. 20', '2025-09-20'],
      // the end of a period already reported is past: "the year to October", not the coming October
      ['Profit rose 4% in the year to October.', 'October', '2024-10'],
      ['The offer was extended to October.', 'October', '2025-10'],
      ['The dividend is payable Oct. 1 to holders of record.', 'Oct. 1', '2025-10-01'],
      ['The court ruled on Sept. 20 that the law was void.', 'Sept. 20', '2024-09-20'],
      ['He said on Wednesday that the aid will arrive soon.', 'Wednesday', '2025-08-13'],
      // a participle's clause after the date takes the tense of the clause before it
      ['A bus carrying 48 passengers plunged about 200 meters into a gorge in the Andes early Monday, killing 23 people '
        + 'and injuring 25.', 'early Monday', '2025-08-11'],
      ['The team will hold a meeting on Monday, starting at noon.', 'Monday', '2025-08-18'],
      // a market's close is past whatever the clause's tense; a match is not
      ["Holders will receive $38 a share, a 27% premium to Friday's close.", 'Friday', '2025-08-08'],
      ["The team will play in Friday's final.", 'Friday', '2025-08-15'],
      // past-tense text cannot report a day not yet come: a day up to two weeks after publication is this year's
      ['The mayor gave no reason for the Aug. 20 cutoff.', 'Aug. 20', '2025-08-20'],
      ['The paper wrote in its leader on Thursday, Aug. 14: the plan failed.', 'Thursday, Aug. 14', '2025-08-14'],
      ['Officials said the hearing was moved to 25 August.', '25 August', '2025-08-25'],
      // further ahead, past tense still means last year's
      ['The miners walked out on Sept. 2.', 'Sept. 2', '2024-09-02'],
      ['The fire broke out on Aug. 30.', 'Aug. 30', '2024-08-30'],
      // and future-tense text does not jump a year ahead to a day just gone
      ['Donors hope the fund, set up after the Aug. 4 floods, will grow.', 'Aug. 4', '2025-08-04'],
      ['The court will sit again on July 20.', 'July 20', '2026-07-20'],
      // the governing verb may stand nine or ten words before the date
      ['Ms Lane resigned as chair, treasurer and chief legal officer in October, her office says.', 'October', '2024-10'],
      // present tense looks back, except to tomorrow
      ["The shares now trade well below Friday's close.", 'Friday', '2025-08-08'],
      ['The ministers meet on Saturday, the agency says.', 'Saturday', '2025-08-09'],
      ['The court rules Thursday on the appeal.', 'Thursday', '2025-08-14'],
      // what begins or ends in the present is scheduled
      ['The strike begins on Monday.', 'Monday', '2025-08-18'],
      ['Talks resume on Tuesday in Kelby.', 'Tuesday', '2025-08-19'],
      // "would" looks forward like "will"
      ['The firm said the bonus would be paid in January.', 'January', '2026-01'],
      ['The envoy said talks would resume on Monday.', 'Monday', '2025-08-18'],
      // days and weeks "earlier" count from the day the text gave last; with none, from publication ("ago" always)
      ['The talks ended on Saturday; a day earlier, rebels had seized the town.', 'a day earlier', '2025-08-08'],
      ['Two days earlier, police had warned of an attack.', 'Two days earlier', '2025-08-11'],
      ['The talks ended on Saturday; three days ago, rebels seized the town.', 'three days ago', '2025-08-10'],
      // "on the 15th": a day of this month, or the next (the last) one where the clause looks ahead (back) past it
      ['The trial is set to begin on the 20th.', 'the 20th', '2025-08-20'],
      ['The hearing will resume on the 2nd.', 'the 2nd', '2025-09-02'],
      ['The trial began on the 20th, officials said.', 'the 20th', '2025-07-20'],
      ['The deadline passed on the 31st.', 'the 31st', '2025-07-31'],
      // "rose" after its subject is the verb, not the flower (compromise reads a noun: present tense, tomorrow)
      ['The death toll from the floods rose to 19 on Thursday.', 'Thursday', '2025-08-07'],
      ['The index rose 2% on Thursday.', 'Thursday', '2025-08-07'],
      // a forecast in the present looks ahead, and so does "expected" after "is", read as an adjective or not
      ['Forecasters expect more rain on Saturday.', 'Saturday', '2025-08-16'],
      ['Rain is expected through Saturday.', 'Saturday', '2025-08-16'],
      // (a forecast made in the past dates the forecasting)
      ['Economists predicted on Monday that rates would fall.', 'Monday', '2025-08-11'],
    ])('%s → %s = %s', (sentence, text, value) => {
      expectDate(sentence, text, value);
    });
  });

  it('a day just gone across new year is last year\'s, even in future-tense text', () => {
    expectDate('Relief will follow the Dec. 29 storm, officials will say.', 'Dec. 29', '2025-12-29', '2026-01-04');
  });

  describe('ranges: the first part takes the year the second states', () => {
    it.each([
      ['Prices rose from March to May 2024.', [['March', '2024-03'], ['May 2024', '2024-05']]],
      ['Fighting lasted from 12 March to 3 April 2023.', [['12 March', '2023-03-12'], ['3 April 2023', '2023-04-03']]],
      ['The fair runs from June 3 through June 9, 2026.', [['June 3', '2026-06-03'], ['June 9, 2026', '2026-06-09']]],
    ])('%s', (sentence, expected) => {
      const dates = factsOf(sentence, 'date');
      expect(dates.map((d) => [d.text, d.value])).toEqual(expected);
    });
  });

  describe('days fixed by an event the article dates', () => {
    it('the eve of an event is the day before its date', () => {
      const text = 'The two leaders held a trade summit on Tuesday. On the eve of the summit, the ministry issued new tariffs.';
      const eve = expectDate(text, 'the eve of the summit', '2025-08-11');
      const tuesday = factsOf(text, 'date').find((d) => d.text === 'Tuesday')!;
      expect(eve.anchor).toMatchObject({ text: 'Tuesday', fact: tuesday.id, event: 'summit' });
    });

    it('the day after an event is the day after its date', () => {
      const text = 'The vote took place on 3 March 2024. The day after the vote, the minister resigned.';
      expectDate(text, 'The day after the vote', '2024-03-04');
    });

    it.each([
      ['He was promoted on May 22, 1995, and the following year he moved abroad.', 'the following year', '1996'],
      ['She fled in June 2019 and returned later that year.', 'later that year', '2019'],
      ['The vote was held on 3 March 2024. The next day, protests began.', 'The next day', '2024-03-04'],
      ['The cabinet met on 3 March 2024 and fell later that month.', 'later that month', '2024-03'],
    // (a possessive date after the sentence's own tells an event told back to, not where the story moved)
    ['On 3 March 2024 a boy was hurt near the site of 5 March 2024\'s blast. A girl was hurt the same day.',
      'the same day', '2024-03-03'],
    ["The blast was on 5 March 2024. Police spoke the same day.", 'the same day', '2024-03-05'],
    ])('%s → %s = %s (counted from the date before it)', (sentence, text, value) => {
      const date = expectDate(sentence, text, value);
      expect(date.anchor).toMatchObject({ event: null });
    });

    it('"that year" with no earlier date keeps a null value', () => {
      const date = expectDate('Later that year the party split.', 'Later that year', null);
      expect(date.reason).toMatch(/no-earlier-date/);
    });

    it('an event the article never dates keeps a null value and says why', () => {
      const date = expectDate('On the eve of the summit, protesters gathered.', 'the eve of the summit', null);
      expect(date.reason).toMatch(/anchor-event-not-dated/);
    });
  });

  it.each([
    'Officials may announce the result soon.',
    'Thousands march in the capital.',
    'March organisers said the protest was peaceful.',
    'Ten civilians were killed.',
    'The Sun reported the story.',
    'The team won 2-1 after extra time.',
    'The second attempt failed.',
    '31 deaths were recorded.',
    'Some 2000 troops were deployed along the border.',
    'About 1500 people fled.',
    'The meeting ended at 2030 hours.',
    'He installed version 2024.1 of the software.',
    'The bill costs $2025 per household.',
    'Johnson and May met in London.',
    'The unit moved to Route 2019 and Room 1998.',
    'The programme aired on "This Week" with its host.',
    'Windows 2000 was released by the firm.',
    'The market opens each Thursday.',
    'The talks lasted three days.',
    'She waited 10 minutes and left.',
    'The ratio was 3/4 of the total.',
    'The score stood at 21-14 at half time.',
    'The convoy of 1,990 trucks reached the port.',
    'The Easter Rising shaped the republic.',
    'More than two thousand were displaced.',
    'The firm sold its Eastern division.',
    'The score was 45 April.',
    'It was dated February 30, 2021.',
    'The file is dated 2025-13-01.',
    // a title: capitalised after a name or a possessive
    'She read it in Kelmont Today on the train.',
    "He told the station's Today programme that it was wrong.",
    'The campaign group Safer Roads Now called on regulators to act.',
    // a model's name
    'He drove an Audi Q3 to the office.',
    // a season's word in a place's name, or "fall" the verb
    'Sales were weak in Spring Valley.',
    'Prices may fall in value as rates rise.',
    // an ordinal that counts something other than the month's days
    'It happened on the 15th floor of the tower.',
    'It was the 15th time the court had met.',
    // a shift measured against a plan
    'The vote will be held four months earlier than planned.',
    // a decade after a possessive is an age
    'The two men, both in their twenties, were volunteers.',
    "She moved to the coast in her late '40s.",
    'He took up running in his mid-thirties.',
    // a month's name before a capitalised word after "and", "to", "for" is a given name
    'The letter was sent to April Ruiz and her lawyer.',
    // a version number written as a dotted date
    'Version 1.2.2024 fixed the bug.',
    // a round of a cup named by its quarter
    'The win sent them into the quarter-finals of the cup.',
  ])('no date in %j', (sentence) => {
    expect(factsOf(sentence, 'date').map((d) => d.text)).toEqual([]);
  });

  it('keeps relative dates unresolved without a publication date, absolute ones resolved', () => {
    const dates = factsOf('The talks on Tuesday followed the accord of 12 March 2021 and last year\'s vote in the 1990s style.', 'date', null);
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Tuesday', null],
      ['12 March 2021', '2021-03-12'],
      ['last year', null],
      ['the 1990s', '199'],
    ]);
    for (const d of dates.filter((x) => x.value === null)) expect(d.reason).toMatch(/no-publication-date/);
  });

  it('never resolves against the clock', () => {
    const [today] = factsOf('The talks end today.', 'date', null);
    expect(today).toMatchObject({ text: 'today', value: null, iso: null, relative: true });
  });

  it('gives each value a granularity and the first calendar day for sorting', () => {
    const text = 'Profit fell in the third quarter of 2024, in the winter of 2023, in week terms last week, and in 2022.';
    const byText = Object.fromEntries(factsOf(text, 'date').map((d) => [d.text, [d.granularity, d.iso]]));
    expect(byText).toMatchObject({
      'the third quarter of 2024': ['quarter', '2024-07-01'],
      'the winter of 2023': ['season', '2023-12-01'],
      'last week': ['week', '2025-08-04'],
      '2022': ['year', '2022-01-01'],
    });
  });

  it('keeps a dateline date, resolved like any other', () => {
    const dates = factsOf('WASHINGTON, Aug. 13 (Agency) -- The talks ended on Tuesday.', 'date');
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Aug. 13', '2025-08-13'],
      ['Tuesday', '2025-08-12'],
    ]);
  });
});

// The tense mistakes a user met, published Tuesday 2025-09-02; each row's rule is fixed in general.
describe('dates in clauses whose verb compromise misreads or whose cue points the wrong way, published 2025-09-02', () => {
  const TUESDAY = '2025-09-02';
  it.each([
    // a verb of ending read as a plural noun after its subject: the clause is present tense
    ['The agency must spend the money before the fiscal year ends on September 30.', 'September 30', '2025-09-30'],
    ['Officials said the cash ran out before the fiscal year ends on September 30.', 'September 30', '2025-09-30'],
    ['The club said the season starts in October.', 'October', '2025-10'],
    // "by" softens a past verb toward the nearer day, but a past perfect has already happened
    ['By Wednesday the toll had risen to 1,411 dead.', 'Wednesday', '2025-08-27'],
    ['The toll had risen to 31 by Wednesday.', 'Wednesday', '2025-08-27'],
    // what must not change: a past verb before a day gone by, a future verb before one to come
    ['The plant closed on August 30.', 'August 30', '2025-08-30'],
    ['The bridge will reopen by Friday.', 'Friday', '2025-09-05'],
    ['The deadline was extended to Friday.', 'Friday', '2025-09-05'],
    // "due to" read as a preposition and the verb after it as a noun: the phrase still looks forward
    ['The envoy is due to arrive on Monday for talks.', 'Monday', '2025-09-08'],
    ['The council is scheduled to vote on the plan on Thursday.', 'Thursday', '2025-09-04'],
    // a past "was due to" dates a plan that may have gone by: no change
    ['He was due to arrive on Monday but the flight was cancelled.', 'Monday', '2025-09-01'],
    // a participle after a present "is/are" (compromise tags it a past tense) is a present passive, not a past
    ['The budget is debated in October, the minister said.', 'October', '2025-10'],
    ['Harvest festivals are usually staged in October.', 'October', '2025-10'],
    // a scheduling verb after the date under a present "be" still looks ahead; under a past one it dates the plan
    ['The walkouts on October 17 are expected to halt most trains.', 'October 17', '2025-10-17'],
    ['The walkouts on August 17 were expected to halt most trains.', 'August 17', '2025-08-17'],
    // a season with no article after a preposition of time; a bare month after "as early as"
    ['The dam will be finished by winter.', 'winter', '2025-WI'],
    ['The bank expects a cut in autumn.', 'autumn', '2025-FA'],
    ['Rates could be cut as early as October.', 'October', '2025-10'],
    // present-tense text means the nearer season, as it means the nearer month; a past verb the one gone by
    ['Shops are busiest in the winter.', 'the winter', '2025-WI'],
    ['Shops were busiest in the winter.', 'the winter', '2024-WI'],
    // a past or perfect passive still dates a month gone by
    ['The budget was debated in July.', 'July', '2025-07'],
    ['The pier has been closed since July.', 'July', '2025-07'],
    // "since" looks back whatever the verb's tense: the nearer January would be next year's
    ['It is the worst flood in the region since January.', 'January', '2025-01'],
    ['It is the deadliest attack since late October.', 'late October', '2024-10'],
  ])('%s → %s = %s', (sentence, text, value) => {
    expectDate(sentence, text, value, TUESDAY);
  });
});
