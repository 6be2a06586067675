import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

// A date counted from another points to that date's id, which only the pipeline assigns.
describe('date-anchors refiner', () => {
  it('links "the eve of the summit" and "later that year" to the dates they were counted from', () => {
    const text = 'The summit opened on March 3, 2024. On the eve of the summit, talks stalled. Later that year, the pact failed.';
    const dates = extract(text, { published: '2025-08-13' }).facts.filter((f) => f.type === 'date');
    const byText = new Map(dates.map((d) => [d.text, d]));
    const summit = byText.get('March 3, 2024')!;
    expect(byText.get('the eve of the summit')).toMatchObject({ value: '2024-03-02', anchor: { fact: summit.id, event: 'summit' } });
    const eve = byText.get('the eve of the summit')!;
    expect(byText.get('Later that year')).toMatchObject({ value: '2024', anchor: { fact: eve.id, text: eve.text } });
  });

  it('leaves a date that was counted from nothing without an anchor', () => {
    const dates = extract('Later that year, the pact failed.', { published: '2025-08-13' }).facts.filter((f) => f.type === 'date');
    expect(dates).toEqual([expect.objectContaining({ value: null, anchor: null })]);
  });
});
