// Domain conventions of the name classifier, each switchable. On by default; a run can switch one off with
// NEWSFACTS_NAME_DOMAINS_OFF=sports,listed-companies,news-outlets,interviews (read once), a library user with
// setNameDomains().
export interface NameDomains {
  /** results tables, standings, score lines, schedules, scorecards, game reports (domains/sports.ts) */
  sports: boolean;
  /** companies listed on U.S. exchanges as evidence of an organisation (names/lexicon.ts) */
  listedCompanies: boolean;
  /** news outlets and agencies on a public list as evidence of an organisation (names/lexicon.ts) */
  newsOutlets: boolean;
  /** the one word that interviews someone as the interview's outlet (domains/interviews.ts) */
  interviews: boolean;
}

const off = (process.env.NEWSFACTS_NAME_DOMAINS_OFF ?? '').split(',').map((s) => s.trim());

export const nameDomains: NameDomains = {
  sports: !off.includes('sports'),
  listedCompanies: !off.includes('listed-companies'),
  newsOutlets: !off.includes('news-outlets'),
  interviews: !off.includes('interviews'),
};

/** Switches domains on or off for the extractions that follow (a context caches its classification). */
export function setNameDomains(domains: Partial<NameDomains>): void {
  Object.assign(nameDomains, domains);
}
