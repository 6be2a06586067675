// Month and weekday names, kept once: the date rules and the publication-date reader build their
// patterns from these lists.

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** abbreviations as news copy writes them; "Sept" before "Sep" so the longer one wins */
export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;


/** 1-12 for a month name or abbreviation ("Sept.", "august"), 0 for anything else. */
export const monthNumber = (name: string): number => {
  const prefix = name.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(prefix)) + 1;
};

/** 0 (Sunday) to 6 for a weekday name, -1 for anything else. */
export const weekdayNumber = (name: string): number =>
  WEEKDAY_NAMES.findIndex((d) => d.toLowerCase() === name.toLowerCase());
