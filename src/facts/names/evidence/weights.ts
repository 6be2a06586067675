// How much each local rule weighs, and the scorer's threshold: the one place that decides which evidence wins.
// The rules themselves (evidence/local.ts) say only what they see; their order there does not matter.

/**
 * Every local rule's key (its `id`, else its `reason`), strongest first: the order in which the rules used to be
 * tried, first match deciding. Grouped as before:
 *   1. words that name nothing, 2. places, 3. titles, 4. organisations by their shape, then by context,
 *   5. people by their shape, then by context, 6. organisations by weaker context, acronyms, nationalities, countries.
 */
export const PRIORITY: readonly string[] = [
  // 1. words that name nothing
  'function-word', 'not-a-name-word', 'month-or-weekday', 'party-member', 'party-by-its-members', 'named-storm',
  'office-holders', 'roman-numeral',
  'hyphen-adjective', 'lone-letter', 'thing-named-after', 'index-named-after',
  // 2. places
  'sports-compass-row', 'place-name', 'dateline',
  // 3. titles
  'title-before-name',
  // 4. organisations by their shape, then by context
  'acronym-defined', 'acronym-in-parentheses', 'org-head-word', 'bank-word', 'company-suffix', 'compound-head-word',
  'institution-word', 'org-appositive', 'claimed-responsibility', 'which-does-business', 'product-recall', 'said-it-would',
  'the-name-said', 'spokesperson-of', 'medium-before-name',
  'listed-companies', 'news-outlet', 'news-outlet-ambiguous', 'titled-person-of', 'org-member-before',
  // 5. people by their shape, then by context
  'initial-and-surname', 'romanised-given-name', 'age-after-name', 'sports-results-player', 'first-name-in-context', 'first-name',
  'leader-of-administration', 'speech-or-kin-before-name', 'role-before-name', 'role-after-name',
  // 6. organisations by weaker context, acronyms, nationalities, countries
  'sports-team', 'org-noun-before', 'org-role-after', 'org-context-before', 'model-or-index', 'acronym',
  'nationality', 'country',
];

/** Keys strongest first → weights where each outweighs all those below it together. */
function priorityWeights(keys: readonly string[]): ReadonlyMap<string, number> {
  return new Map(keys.map((key, i) => [key, 2 ** (keys.length - 1 - i)]));
}

/**
 * Priority weights: the rule at place i of n weighs 2^(n-1-i), more than all the rules below it together, so the
 * highest rule that fires always wins. This reproduces the old first-match order exactly (sums of distinct powers
 * of two below 2^53 are exact in a double).
 */
export const PRIORITY_WEIGHTS: ReadonlyMap<string, number> = priorityWeights(PRIORITY);

/**
 * The weights the scorer uses. Weights learned from the tune halves (scripts/learn-name-weights.mjs) were tried and
 * did not pass the protocol (docs/names.md, "Learned weights"): the priority weights stay.
 */
export const RULE_WEIGHTS: ReadonlyMap<string, number> = PRIORITY_WEIGHTS;

/**
 * The weak evidence (evidence/weak.ts), heard only where no local rule and nothing else in the article decided a
 * span, strongest first: a sports report's structure, then compromise's tags, then a given name of the world list,
 * then a frequent surname in a person's slot. Priority weights as above: the order in which they used to be tried.
 */
export const WEAK_PRIORITY: readonly string[] = [
  'sports-weak', 'business-kind', 'compromise-tags', 'world-given-name', 'frequent-surname',
];
export const WEAK_WEIGHTS: ReadonlyMap<string, number> = priorityWeights(WEAK_PRIORITY);

/** A class decides only with a score above this; below it (or with nothing firing) the span stays undecided. */
export const MIN_SCORE = 0;

