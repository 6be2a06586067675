// Number words, kept once: casualty counts and spelled-out dates ("nineteen ninety-six") read them.

/** one to nine */
export const ONES: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
/** ten to nineteen */
export const TEENS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
/** twenty to ninety */
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** words that multiply what comes before them */
export const SCALES: Readonly<Record<string, number>> = {
  dozen: 12, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9,
};
/** second to tenth: the rank a victim or an event is given ("a third person", "the fourth child") */
export const RANKS: Readonly<Record<string, number>> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
