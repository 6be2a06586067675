// An article's totals where the hurt are told "in addition" to others, or treated by medics somewhere without an
// article before it. Every article here is made up for the test.
import { describe, expect, it } from 'vitest';
import { totalsOf } from '../helpers.js';

describe('the hurt told in addition', () => {
  it.each<[string, number, number]>([
    ['Twenty fans were taken to hospital after the crush at the Orvane stadium gate. In addition, volunteer medics '
      + 'treated 45 people at first-aid posts for cuts and sprains.', 0, 65],
    ['Three people were injured in the Orvane market fire. In addition, two firefighters were hurt.', 0, 5],
    // (medics treating people somewhere with no article before it)
    ['Paramedics treated 14 people at roadside tents after the Orvane coach crash.', 0, 14],
    // (the dead told "in addition" may be another event's: not added)
    ['Four climbers died on the Orvane ridge on Sunday. In addition, nine soldiers were killed when their helicopter '
      + 'crashed last spring.', 4, 0],
  ])('%s → %i killed, %i injured', (text, killed, injured) => {
    expect(totalsOf(text)).toEqual({ killed, injured });
  });
});
