// Which evidence wins: the one place that ranks the local rules and the weak ones. The rules themselves
// (evidence/local.ts) say only what they see; their order there does not matter.

/**
 * Every local rule's key (its `id`, else its `reason`), strongest first: of the rules that fire for a span, the
 * strongest decides. Grouped:
 *   1. words that name nothing, 2. places, 3. titles, 4. organisations by their shape, then by context,
 *   5. people by their shape, then by context, 6. organisations by weaker context, acronyms, nationalities, countries.
 */
export const PRIORITY: readonly string[] = [
  // 1. words that name nothing
  'function-word', 'not-a-name-word', 'month-or-weekday', 'holiday', 'party-member', 'party-by-its-members',
  'named-storm', 'office-holders', 'roman-numeral', 'speaker-initials',
  'hyphen-adjective', 'lone-letter', 'thing-named-after', 'index-named-after',
  // 2. places
  'sports-compass-row', 'place-name', 'owners-site', 'dateline',
  // 3. titles
  'title-before-name', 'surname-shaped-head',
  // 4. organisations by their shape, then by context
  'acronym-defined', 'acronym-in-parentheses', 'org-head-word', 'bank-word', 'company-suffix', 'compound-head-word',
  'institution-word', 'org-appositive', 'claimed-responsibility', 'which-does-business', 'product-recall', 'said-it-would',
  'the-name-said', 'spokesperson-of', 'medium-before-name', 'production-credit', 'credit-agency', 'byline-outlet',
  'listed-companies', 'news-outlet', 'news-outlet-ambiguous', 'titled-person-of', 'org-member-before',
  'label-line-body', 'label-bracket-body', 'ampersand-firm', 'union-local', 'national-branch',
  // 5. people by their shape, then by context
  'generation-suffix', 'esquire-after-name', 'initial-and-surname', 'romanised-given-name', 'age-after-name',
  'initials-after-name', 'kin-appositive', 'sports-results-player', 'first-name-in-context', 'first-name',
  'caption-dash-role', 'label-line-person', 'participant-entry',
  'caption-party', 'speaker-given-name', 'caller-put-through',
  'leader-of-administration', 'speech-or-kin-before-name',
  'role-before-name', 'dotted-initials-and-surname',
  'role-after-name',
  // 6. organisations by weaker context, acronyms, nationalities, countries
  'sports-team', 'org-noun-before', 'org-role-after', 'org-context-before', 'model-or-index', 'acronym',
  'nationality', 'country',
];

/** Keys strongest first → each key's rank, 0 the strongest. */
function ranks(keys: readonly string[]): ReadonlyMap<string, number> {
  return new Map(keys.map((key, i) => [key, i]));
}

/**
 * The scorer compares ranks, never sums: the strongest rule that fires decides, however many rules the table holds
 * (sums of priority weights, 2^(n-1-i) for place i of n, were exact in a double for at most 53 rules). Weights
 * learned from the tune halves (scripts/learn-name-weights.mjs) were tried and did not pass the protocol
 * (docs/names.md, "Learned weights").
 */
export const RULE_RANKS: ReadonlyMap<string, number> = ranks(PRIORITY);

/**
 * The weak evidence (evidence/weak.ts), heard only where no local rule and nothing else in the article decided a
 * span, strongest first: a sports report's structure, then compromise's tags, then a given name of the world list,
 * then a frequent surname in a person's slot. Ranked as above.
 */
export const WEAK_PRIORITY: readonly string[] = [
  'sports-weak', 'business-kind', 'compromise-tags', 'world-given-name', 'frequent-surname',
];
export const WEAK_RANKS: ReadonlyMap<string, number> = ranks(WEAK_PRIORITY);

