// Organisation evidence as data: head words that make a capitalised name an organisation,
// context words around a name, sport-result structure, and words that make it something else.
import { anyOf, eitherCaseFirst } from '../../lexicon/patterns.js';

/** People by their trade, in the plural, naming a body after them: "the Harbour Teachers of Kelby", "Doctors Without" */
export const TRADE_PLURALS = [
  'doctors', 'physicians', 'nurses', 'journalists', 'lawyers', 'engineers', 'teachers', 'farmers',
];
/** Kin and fellows who name a body after themselves before "of" or "for": "Friends of the Earth", "Parents for …". */
export const KIN_MEMBER_PLURALS = [
  'Friends', 'Veterans', 'Sisters', 'Brothers', 'Knights', 'Daughters', 'Sons', 'Mothers', 'Fathers', 'Parents',
  'Families', 'Citizens', 'Women',
];

/**
 * A shop as a name's last word: "Harbour Bakery", "Elm Street Pharmacy". (Not a place to eat or drink: "outside
 * the Harbour Cafe" is where a report's events happen, a place more than a body.)
 */
export const SHOP_HEADS = ['shop', 'bakery', 'pharmacy', 'deli'];

/** Publications by their last word: "the Harlan Review", "the Kelmont Gazette", "the Northern Dispatch". */
export const PUBLICATION_HEADS = [
  'news', 'times', 'post', 'press', 'tribune', 'journal', 'herald', 'review', 'gazette', 'chronicle', 'telegraph',
  'courier', 'inquirer', 'examiner', 'bulletin', 'daily', 'echo', 'sentinel', 'argus', 'advertiser', 'dispatch', 'weekly',
  'observer', 'clarion', 'enquirer', 'gleaner', 'ledger', 'recorder', 'courant', 'zeitung', 'quarterly', 'monthly', 'star',
  'standard', 'mail', 'mirror', 'guardian',
  // a wire service: "Kelby Business Wire"
  'wire', 'newswire',
];

// head words only makers of medicines and tests take (no biotech, which is also a kind: "the biotech")
const MEDICINE_MAKER_HEADS =
  ['lifesciences', 'biosciences', 'therapeutics', 'diagnostics', 'biologics', 'genomics', 'pharma'];

/** "Northern Liberation Army", "Trade Department", "Kelmont Corp": the last word names a kind of organisation. */
export const ORG_HEAD_WORDS = new Set([
  'army', 'front', 'brigade', 'brigades', 'battalion', 'council', 'department', 'ministry', 'party', 'bank',
  'inc', 'corp', 'corporation', 'co', 'ltd', 'limited', 'tbk', 'jsc', 'llc', 'plc', 'group', 'association',
  'university', 'college',
  'agency', 'commission', 'committee', 'nations', 'organisation', 'organization', 'union', 'federation', 'confederation',
  'institute', 'institutes', 'programme', 'foundation', 'court', 'parliament', 'assembly', 'senate', 'congress', 'police',
  'force', 'forces', 'guard', 'navy', 'command', 'office', 'bureau', 'service', 'services', 'authority', 'board',
  'movement', 'league', 'alliance', 'coalition', 'company', 'airlines', 'airways', 'club', 'society',
  'network', 'networks', 'fund', 'trust', 'panel', 'rangers',
  ...PUBLICATION_HEADS,
  'mujahideen', 'mujahidin', 'unit', 'squad', 'cartel', 'church', 'school', 'hospital', 'clinic',
  // who fly the sick and the hurt: "Kelby Air Ambulance"
  'ambulance',
  // religious bodies: "Harrow Lane Fellowship", "Kelby Gospel Ministries", "the Diocese of Norvale"
  'fellowship', 'ministries', 'diocese', 'archdiocese', 'synod', 'prelature', 'eparchy',
  // military units: "the Parachute Regiment", "the Marine Corps", "the Pacific Fleet"
  'regiment', 'regiments', 'corps', 'fleet',
  'government', 'administration', 'cabinet', 'tribunal', 'secretariat', 'directorate', 'exchange', 'inspectorate',
  // research units: "the Kelby Soil Lab", "the Harbour Marine Laboratory", "the National Housing Observatory"
  'lab', 'laboratory', 'laboratories', 'observatory',
  // keepers of records: "the Kelby Film Archive", "the National Archives"
  'archive', 'archives',
  // companies and media
  'bancorp', 'bancshares', 'industries', 'motors', 'securities', 'holdings', 'holding', 'partners', 'investments',
  'insurance', 'reinsurance', 'assurance', 'pharmaceuticals', 'electronics', 'petroleum', 'telecom', 'communications',
  'systems', 'interactive',
  // makers of medicines and tests: "Kelby Lifesciences", "Norvale Biosciences", "Tarn Diagnostics"
  ...MEDICINE_MAKER_HEADS, 'biotech',
  'technologies', 'energy', 'resources', 'mining', 'steel', 'chemical', 'chemicals', 'consolidated',
  'railways', 'newsroom', 'research', 'radio', 'television', 'magazine', 'newspaper', 'academy', 'chamber', 'records',
  'cooperative', 'co-operative', 'co-op', 'syndicate', 'consortium', 'guild', 'bloc', 'municipality', 'brotherhood',
  // practices and property firms: "Halloran Reid Architects", "Crestline Properties", "Tarn Ridge Developers", "Brannock
  // & Vey Solicitors"
  'architects', 'properties', 'associates', 'developers', 'solicitors',
  // …and in Spanish and Portuguese: "Orrantia Belmonte Arquitectos", "Quelcata Soler Ingeniería", "Ortiz Abogados"
  'arquitectos', 'arquitetos', 'ingeniería', 'ingenieria', 'engenharia', 'ingenieros', 'abogados', 'advogados',
  'asociados', 'associados', 'consultores', 'construcciones', 'inversiones', 'investimentos', 'seguros',
  'laboratorios', 'laboratórios', 'industrias', 'indústrias', 'servicios', 'serviços', 'hermanos', 'irmãos',
  // investors and a mutual society: "Harlan Blythe Investors", "Kelby Mutual"; broadcasters and those who work
  // together: "Tarn Valley Broadcasting", "the Kelby Dockers' Collective"
  'investors', 'mutual', 'broadcasting', 'collective',
  // keepers of animals, who lend, buy and employ: "Tarnby Zoo" (a museum stays a place, as GUM's news annotates
  // one: "the old jet went on show at the Kelby Air Museum")
  'zoo', 'aquarium',
  // givers: "Kelby Philanthropies"
  'philanthropies',
  // lawmakers' groups: "the House Freedom Caucus" (the plural names contests: "the Kelby caucuses")
  'caucus',
  // shops, businesses of today's local news: "Kelby Bakery", "Rosa's Bakery" (names/spans.ts)
  ...SHOP_HEADS,
  // makers of film and music, builders, investors: "Blue Kestrel Studios", "Morrow Construction", "Arlen Ventures"
  'studios', 'productions', 'pictures', 'publishing', 'construction', 'ventures', 'builders', 'contractors',
  // givers: "the Kelby Endowment for Democracy", "Kelby Charities"
  'endowment', 'charities',
  // a state's missions abroad: "the Kelbian Embassy", "the Norland Consulate"
  'embassy', 'consulate',
  // musicians and their schools: "the Leo Farris Band", "the Kelby Youth Orchestra", "Kelby Conservatory of Music";
  // companies of the stage: "Tarvik City Ballet", "Norland National Opera", "the Kelby Sinfonia"
  'band', 'orchestra', 'choir', 'ensemble', 'quartet', 'philharmonic', 'conservatory', 'conservatoire',
  'ballet', 'opera', 'sinfonia',
  // lessors: "Harlow Aircraft Leasing"; a council's group of members of no party: "the Tarnside Independents"
  'leasing', 'independents',
  // who run buses: "Skerrow Buses"; a trade's list of those approved: "the Kelby Gas Fitters Register"
  'buses', 'register',
  // emergency services: "Kelby Fire Rescue", "Harbour Sea Rescue"; charities that bring aid: "Open Hearth Relief"
  'rescue', 'relief',
  // a hospital's older name: "Kelby General Infirmary"; a library: "Tarvik Public Library"
  'infirmary', 'library',
  // a county's police, an investor, a forum of users: "Kelby Constabulary", "Arden Asset Management", "the Kelby Rail
  // Users' Forum"
  'constabulary', 'management', 'forum',
  // sports clubs: "Rivertown Rovers", "Lakeside United", "Hillford Athletic"
  'fc', 'united', 'rovers', 'athletic', 'wanderers', 'albion',
  // ...motor and cycle racing teams: "Kelby Vane Racing", "Tarvik Pro Cycling"
  'racing', 'cycling',
  // ...rugby's: "Tarnside RFC"
  'rfc',
  // ...and the football clubs' marks of other languages: "Kelby FF", "Tarvik FK", "Norvale CF", "Harby AFC"
  'ff', 'fk', 'cf', 'afc', 'bk',
  // a county's lawmakers, a polytechnic, a school by its grade, a radio station: "Arden County Legislature", "Kelby
  // Polytechnic", "Elm Road Elementary", "Harbour Valley FM"
  'legislature', 'polytechnic', 'elementary', 'fm',
  // a state's mappers and measurers: "the Kelby Geological Survey"
  'survey',
]);

/**
 * Kinds of business a company's name may end in ("Harwell Pharma", "Orvik Logistics"), none a frequent surname: no
 * person's name ends so (person/patterns.ts), and such a company goes by its first word too (names/refiners). Not
 * evidence of a company as a whole list: as organisation heads, and as weak evidence, they lowered a check half
 * (docs/names.md); the few that are heads as well (records, studios, productions, pictures, publishing, ventures,
 * networks) are in ORG_HEAD_WORDS.
 */
export const BUSINESS_KIND_HEADS: readonly string[] = [
  'pharma', 'freight', 'rail', 'logistics', 'capital', 'therapeutics', 'biotech', 'robotics', 'semiconductor',
  'aerospace', 'shipping', 'software', 'analytics', 'foods', 'beverages', 'brewing', 'studios', 'entertainment',
  'ventures', 'realty', 'enterprises', 'solutions', 'networks', 'labs', 'aviation', 'automotive', 'auto',
  'records', 'media', 'publishing', 'pictures', 'productions',
  // makers and carriers: "Halvik Devices", "Orlen Instruments", "Kelby Materials", "Bluefen Cruises", "Tarvik Biologics"
  'devices', 'instruments', 'materials', 'dynamics', 'brands', 'biosciences', 'diagnostics', 'cruises', 'biologics',
  'genomics', 'biopharma',
  // "Orlen Optics", "Kelby Buses", "Tarvik Air", "Sayer Fuels", "Halcyon Stores", "Brightstay Lettings",
  // "Baltica Container Lines", "Cobaltine Music", "Tenby Parcels"
  'optics', 'buses', 'air', 'fuels', 'stores', 'lettings', 'lines', 'music', 'parcels',
  // who builds and who supplies: "Harlow Vane Developments", "Kestrel Homes", "Marlin Grid", "Tarvik Renewables",
  // "Kelby Auto Components"
  'developments', 'homes', 'grid', 'renewables', 'components',
  // "Sawel Marine Contracting", "Orlen Construction", "Kelby Hotels", "Tarvik Textiles"
  'contracting', 'construction', 'hotels', 'hospitality', 'textiles',
  // who trade goods and charter ships: "Orlen Grain Trading", "Kelby Chartering"
  'trading', 'chartering',
  // who rates and who cares: "Corvel Ratings", "Tarnby Community Health"
  'ratings', 'health',
  // "Corlow Engineering", "Harlow Events", "Kelby Minerals", "Tarvik Films", "Orlen Advisory", "Orlen Dairy", "Sayer
  // Trucks", "Brightholt Transportation", "Kelby Coachworks"
  'engineering', 'events', 'minerals', 'films', 'advisory', 'dairy', 'trucks', 'transportation', 'coachworks',
  // "Orvane Office Supply", "Tamsin Farm Supplies", "Kelby Tool Manufacturing"
  'supply', 'supplies', 'manufacturing',
  // who lends and who advises: "Marbury Finance", "Fenby Dray Restructuring", "Orlen Consulting"; "Kelby Steelworks",
  // "Orlen Turbines"
  'finance', 'restructuring', 'consulting', 'steelworks', 'turbines',
  // who grows and sells food: "Kelby Fresh Produce"; who sells or screens sport: "Kelby Sports"; who supplies water:
  // "Tarnby Water"; who runs ships: "Tarnby Maritime"
  'produce', 'sports', 'sport', 'water', 'maritime',
  // what a company makes, in the plural: "Kelby Home Products", "Tarn Components", "Harlow Engines"; or its gear:
  // "Tarvik Rail Equipment"
  'products', 'components', 'engines', 'equipment',
];

/** Head words only a business takes: "Kelmont Technologies", "Harwell Group" (then "Kelmont" alone is the company). */
export const COMPANY_HEADS = new Set([
  'corporation', 'company', 'group', 'airlines', 'airways', 'bancorp', 'bancshares', 'industries', 'motors', 'securities',
  'holdings', 'holding', 'partners', 'investments', 'insurance', 'pharmaceuticals', 'electronics', 'petroleum', 'telecom',
  'communications', 'systems', 'technologies', 'energy', 'resources', 'mining', 'steel', 'chemical', 'chemicals',
  'ventures', 'developers', 'equipment',
  // makers of games and media: "Kelby Interactive"
  'interactive',
  // who insures insurers, and a life office: "Kelby Reinsurance", "Tarvik Life Assurance"
  'reinsurance', 'assurance',
  // makers of medicines and tests: "Norvale Biologics", "Tarn Diagnostics"
  ...MEDICINE_MAKER_HEADS,
]);
/** A company's head word, or a bank's, that its name goes without: "Tarn Mercantile" of "Tarn Mercantile Bank". */
export const isCompanyOrBankHead = (word: string): boolean => COMPANY_HEADS.has(word) || word === 'bank';

/** Company suffixes: "Acme Corp", "Foo AG", "Bar Bros." */
export const COMPANY_SUFFIXES = new Set([
  'inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv', 'ab', 'gmbh', 'spa', 'bros', 'bhd', 'pty', 'lp', 'llp',
  'asa', 'oyj', 'a/s',
  // Norway's and Denmark's "AS" (a span ends in it only in capitals: "Kelby Shipping AS")
  'as',
  // Mexico's "S.A. de C.V." (and "SA de CV"), a last word with its inner full stop
  's.a', 'c.v', 'cv',
  // spelt out, and the forms of Indonesia's listed companies ("PT Kelmont Tbk") and of joint-stock companies ("JSC")
  'limited', 'incorporated', 'tbk', 'jsc', 'pjsc',
  // Turkey's "A.Ş." and "Ltd. Şti.", Malaysia's "Berhad", the Netherlands' "B.V." and "N.V.", Scotland's charitable
  // incorporated organisation ("SCIO")
  'a.ş', 'şti', 'berhad', 'b.v', 'bv', 'n.v', 'scio',
  // Portugal's and Brazil's "Lda" and "Ltda", Poland's "Sp. z o.o.", Quebec's "ltée"
  'lda', 'ltda', 'o.o', 'ltée',
  // Japan's "K.K.", Italy's "S.p.A." and "S.r.l.", Romania's "SRL", France's "SARL", the Czech and Slovak "s.r.o." and
  // "a.s.", the Balkans' "d.o.o.", Hungary's "Kft." and "Zrt.", Finland's "Oy", Denmark's "ApS", Germany's "KG"
  'k.k', 's.p.a', 's.r.l', 'srl', 'sarl', 's.r.o', 'a.s', 'd.o.o', 'kft', 'zrt', 'oy', 'aps', 'kg',
  // Spain's "SL" and "SLU", Croatia's and Slovenia's "d.d."
  'sl', 'slu', 's.l', 'd.d',
]);

/** A name followed by one of these nouns is a vehicle, place or thing, not an organisation. */
const THINGS_NAMED_AFTER = [
  'train', 'flight', 'bus', 'ship', 'vessel', 'plane', 'aircraft', 'highway', 'road', 'street', 'station', 'airport',
  'bridge', 'province', 'district', 'city', 'region', 'valley', 'river', 'dam', 'camp', 'massacre', 'attack',
  'bombing', 'hijacking', 'palace', 'church', 'stadium', 'square',
  // buildings where people live, pray, stay or work: "the Willow Grange care home", "the Harbour Point tower"
  'care home', 'nursing home', 'hotel', 'mosque', 'temple', 'synagogue', 'mall', 'prison', 'refinery', 'tower',
];
export const NOT_ORG_FOLLOWERS = new RegExp(String.raw`^[ \t]*${anyOf(THINGS_NAMED_AFTER)}\b`, 'i');

/** "the Harbour Jones industrial average": a market index named after its maker, unless the name's head is a body ("... Exchange index"). */
export const INDEX_AFTER = /^[ \t]*(?:industrial |composite |share |stock |transport |utilities )?(?:average|index)\b/i;

/** Last words of places, venues and events that compromise sometimes calls organisations. */
export const PLACE_OR_EVENT_HEADS = new Set([
  'centre', 'center', 'cup', 'games', 'stadium', 'arena', 'park', 'square', 'open', 'championships', 'championship',
  'trophy', 'prix', 'series', 'classic', 'tour', 'finals', 'festival', 'masters', 'olympics', 'road', 'street', 'airport',
  'station',
]);

/** Capitalised phrases that look like organisations but are categories or headings. */
export const NOT_ORG_HEADS = new Set(['organisations', 'organizations', 'groups', 'developments', 'sanctions']);

/** "Acme spokesman", "Rivertown batsman", "Acme shares": the word after names a member or part of an organisation. */
// members, parts and voices of a body, sports positions among them
const MEMBERS_AND_PARTS = [
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chief executive', 'managing director',
  'general secretary', 'shares', 'stock', 'board of directors', 'executives',
  'headquarters', 'subsidiary', 'batsman', '(?:fast |seam |spin |left-arm |right-arm )?bowler', 'all-rounder', 'opener',
  'wicketkeeper', 'striker', 'forward', 'winger', 'playmaker', 'midfielder', 'defender', 'sweeper', 'full-back', 'centre-back',
  'goalkeeper', 'keeper', 'skipper', 'pitcher', 'shortstop', 'outfielder', 'infielder', 'catcher', 'quarterback', 'linebacker',
  'scrum-half', 'fly-half', 'flanker', 'hooker', 'team-?mate', 'fans', 'supporters', 'said in a statement', 'captain', 'coach',
  'manager', 'owner', 'players', 'franchise', 'reporters?', 'correspondents?', 'photographer', 'cameraman', 'news agency',
  // a movement's wings: "Kelvar's armed wing", "the Harbour Front political wing"
  '(?:armed|military|political|youth|student|women[’\']s) wing',
  // a business's officers by their function: "Kelmont finance chief Ana Ruiz", "Harwell chief operating officer …"
  String.raw`chief (?:financial|operating|technology|marketing|commercial|legal|investment|information|people|strategy) officer`,
  String.raw`(?:finance|financial|marketing|technology|sales|commercial|research|communications|product|strategy|investment` +
    String.raw`|legal|compliance|risk|engineering|personnel|operations|security|safety|policy|digital|editorial|medical` +
    String.raw`|science) (?:chief|director|head|officer)(?= [A-Z])`,
  // those who work there, before their names: "former Kelvantra researchers Lena Hartig and Rafael Quintero"
  String.raw`(?:researchers|engineers|scientists|employees|staffers)(?= [A-Z])`,
  // who founded or heads it, before their name: "Brightledger co-founder Tomasz Wierzba", "Tarvane president Ola Berg";
  // a founder after a possessive too, "Kestrelpay's co-founder" (not a director: "Hollywood director Ann Lee" is where
  // she works, not whom she serves)
  // ("Velkor co-founder and chief executive Ann Lee": and the office held beside it)
  String.raw`(?:(?:co-)?founder|(?:vice )?president)` +
    String.raw`(?: and (?:chief executive|CEO|chairman|chairwoman|president))?(?= [A-Z])` +
    String.raw`|(?<=[’']s )(?:co-)?founder`,
];
// media a name runs ("Kelmont Radio", "Harwell television"); after a possessive a person may own them ("Lee's newspaper")
const MEDIA = [
  'newspaper', 'daily', 'weekly', 'radio', 'television', 'news (?:apps?|website|site|channel|service|network|outlet|portal)',
];
// what only a business does or has, after its name: "Velkor reported a 12% rise in quarterly revenue", "Harwell will
// cut 1,500 jobs", "Kelmont raised its full-year forecast", "Velkor's board approved the plan"
const COUNT_OF = String.raw`(?:about |around |some |more than |nearly |almost |up to )?[\d,.]+(?: million| billion)?`;
const COMPANY_DEEDS = [
  String.raw`(?:reported|posted|announced|recorded|booked|swung to|returned to) (?:[\w$%.,'’-]+ ){0,6}?(?:profits?|loss(?:es)?|` +
    String.raw`revenues?|sales|earnings|results|dividends?)`,
  String.raw`(?:raised|cut|lowered|trimmed|lifted|reaffirmed|withdrew|slashed) its (?:[\w-]+ ){0,2}?(?:forecast|guidance|` +
    'outlook|dividend|targets?)',
  String.raw`(?:will |plans to |is to |said it would |is set to )?(?:cut|shed|axe|slash|eliminate|add|create) ${COUNT_OF} (?:jobs|` +
    'positions|roles)',
  String.raw`employs ${COUNT_OF} (?:people|staff|workers)`,
  // "Streamvale announced 800 job cuts"
  String.raw`(?:announced|announces|unveiled|confirmed|confirms) ${COUNT_OF} (?:job cuts|layoffs|redundancies)`,
  // "Sorvik plans to open 40 stores", "Pellion was founded in 2012", "Harvel raised its prices"
  String.raw`(?:plans to |will |is to |is set to |wants to )?(?:open|close|shut) ${COUNT_OF} (?:new )?(?:stores|shops|branches|` +
    'restaurants|outlets|factories|plants|offices)',
  // (and where, first: "The Copper Lanterns formed in Kelby in 2016", a band)
  String.raw`(?:(?:was|has been|had been) (?:founded|established|incorporated|set up|formed)|formed) ` +
    String.raw`in (?:[A-Z][a-z]+ in )?(?:\d{4}|the \d{4}s)`,
  // an airline's: "Stellar Air cancelled 40 flights"
  String.raw`(?:has |had |will )?(?:cancell?ed|cancels|grounded|grounds|added|adds|cut|cuts) ${COUNT_OF} ` +
    '(?:flights|routes|planes|jets)',
  String.raw`(?:\w+ed|cut|set|put|shut|sold|bought|hit|spent|paid|lost|won) its (?:[\w-]+ ){0,2}?(?:prices?|fares|fees|` +
    'stake|products?|plants?|factory|factories|stores|workforce|operations|customers|brand)',
  String.raw`(?:has |have )?(?:agreed|offered|plans|is set|are set) to (?:buy|acquire|purchase|merge with|take over)`,
  String.raw`(?:is|are|was|were) in (?:advanced )?talks to (?:merge|buy|acquire|sell|combine)`,
  String.raw`(?:is|was) the (?:world|country|nation|region)['’]s (?:largest|biggest|second-largest|third-largest|leading|top) ` +
    String.raw`(?:[\w-]+ ){0,3}?(?:maker|producer|company|bank|retailer|lender|airline|carmaker|supplier|provider|insurer|` +
    'exporter|firm|group)',
];
// ...and what only a business has, after its possessive
const COMPANY_PARTS = [
  'board', 'shareholders', 'investors', 'revenues?', 'sales', 'profits?', 'earnings', 'market value', 'valuation', 'stock',
  'shares', 'customers', 'users', 'employees', 'headquarters', 'chatbot', 'app', 'platform', 'subsidiary', 'brand',
  'share price', 'stock price', 'chief financial officer', 'CEO', 'CFO',
  // its officers by their function: "Velkor's chief operating officer, Iris Fenn,", "Harvel's chief executive"
  String.raw`chief (?:executive|operating|technology|marketing|commercial|legal|information|investment|people|strategy)` +
    '(?: officer)?',
  // where it makes and sells: "Calden's plant in Ohio"
  'plants?', 'factory', 'factories', 'stores', 'branches', 'workforce',
];
// ("Kelmont's former chief executive": a time word before the member)
export const ORG_CONTEXT_AFTER =
  new RegExp(`^(?:(?:[’']s?)?(?: former| new| acting| interim| outgoing)? ${anyOf(MEMBERS_AND_PARTS)}| ${anyOf(MEDIA)})\\b`);
// a second name coordinated before the deed ("Velkor and Tarvik are in talks to merge": the deed is the first one's too),
// and where a body is based ("Velkor, based in Oslo, employs 12,000 people")
const AND_ANOTHER = String.raw`(?: and [A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2})?` +
  String.raw`(?:, (?:based|headquartered) in [A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3},)?`;
// whom a business belongs to: "Royal Harbour Parcels, owned by the investor Dan Holm since 2024," (no person is owned)
const OWNED_BY = String.raw`, (?:which is |now |wholly |majority[- ]|partly )?owned by`;
// where its shares trade: "Tessaro Pay, which is listed on Nasdaq," (no person is listed on a market)
const LISTED_ON = String.raw`, (?:which|whose shares) (?:is|are|was|were) (?:listed|traded) (?:on|in)`;
// when it was founded, in a relative clause: "Brightwater Gin, which was founded in 2015," (no person is founded)
const FOUNDED_IN = String.raw`, (?:which|that) (?:was|has been|had been) ` +
  String.raw`(?:founded|established|incorporated|set up|formed) ` +
  String.raw`in (?:[A-Z][a-z]+ in )?(?:\d{4}|the \d{4}s)`;
/** A business's deeds and parts after its name (a place or a person may do or have them too: weighed apart). */
export const COMPANY_CONTEXT_AFTER =
  new RegExp(`^(?:${AND_ANOTHER} ${anyOf(COMPANY_DEEDS)}|[’']s ${anyOf(COMPANY_PARTS)}|${OWNED_BY}|${LISTED_ON}|${FOUNDED_IN})\\b`);

/** "shares in Acme", "signed for Hillford", "analyst at Acme": the words before point to an organisation. */
const MARKET_PEOPLE = '(?:analysts?|economists?|strategists?|traders?|dealers?|brokers?)';
// jobs done for an employer, named before where they are done: "an engineer with Kelvantra"
const WORK_ROLES = [
  'engineer', 'reporter', 'editor', 'correspondent', 'researcher', 'scientist', 'consultant', 'programmer', 'developer',
  'designer', 'intern', 'accountant', 'executive', 'manager', 'technician', 'producer', 'columnist',
];
// ...and those who write for a publication: "a writer for the Kelby Onion", "a columnist for Velkor Week"
const WRITERS = ['writer', 'columnist', 'reporter', 'correspondent', 'contributor', 'critic', 'blogger'];
export const ORG_CONTEXT_BEFORE = new RegExp(String.raw`\b${anyOf([
  String.raw`${MARKET_PEOPLE} (?:\p{Lu}[\p{L}.'’-]* ){1,3}(?:at|with)`, '[Ss]hares (?:in|of)', '[Ss]take in', 'signed (?:for|with)',
  // those who own or buy from a business: "investors in Zentrix", "customers of Harvel", "the takeover of Velmark"
  '[Ii]nvestors in', '[Ss]hareholders (?:in|of)', '[Cc]ustomers of', '[Uu]sers of', '(?:takeover|acquisition) of',
  // where a body is based, with its article: "Ilse Dorrin of the Kelby-based Ballot Watch Tarvia"
  String.raw`[Tt]he \p{Lu}\p{Ll}+-based`,
  // what a business buys or merges with: "agreed to acquire Harwell", "merged with Tarvik"
  // (a buyer's rival too: "to buy rival Brightledger", "to buy smaller rival Kelvane Devices")
  '(?:acquire|acquires|acquired|acquiring|merge with|merges with|merged with|merging with|buy|buys|bought|buying)' +
    String.raw`(?: (?:its |a |the )?(?:[\p{L}-]+ )?rival)?`,
  // where its shares trade: "Nasdaq-listed Tessaro Pay", "publicly traded Velkor"
  String.raw`(?:\p{Lu}[\p{L}]+-listed|publicly (?:listed|traded))`,
  'played for', 'plays for', 'spokesman for', 'spokeswoman for', 'spokesperson for', 'analysts? at', 'economist at',
  // one who speaks for a body by trade: "press officer for Kelby Rovers", "media manager at Tarvik"
  '(?:press|media|communications) (?:officer|secretary|manager|director|adviser|advisor|attaché)s? (?:for|at|with)',
  'chief executive of', 'joined', 'told',
  // what a business or a label owns or signs: "a subsidiary of Kelmont", "a division of Harwell", "signed to Velkor"
  '(?:subsidiary|division) of', 'signed to',
  // a person's employer: "previously worked at Kelmont", "employed by Harwell", "employees at Kelvantra"
  '(?:worked|works|working) (?:at|for)', 'employed (?:at|by)', '(?:[Ee]mployees|[Ss]taff) at',
  // "an engineer with Kelvantra", "a reporter at the Harwell Post": one who works there, by their job
  // (not the reporters one speaks to where they wait: "she told reporters at the Capitol")
  String.raw`(?<!\b(?:told|tells|telling|briefed|addressed) )\b(?:${WORK_ROLES.join('|')})s? (?:at|with)`,
  String.raw`\b(?:${WRITERS.join('|')})s? for`,
  // what one runs or owns: "Mira Osei, who runs Tarvik Foods" (not after "the": "who heads the Kelby mission", a
  // mission its body sent)
  '(?:who|which) (?:runs|ran|owns|owned|co-owns|chairs|chaired|heads|headed)(?! the )',
  // what a founder founded: "Mara Ilves, who founded Kelvantra in 2019"
  '(?:co-)?founded',
  // an office by its function, at its employer: "vice president of sales at Velkor", "head of research at Kelvane"
  String.raw`(?:vice[- ]president|director|head|manager|chief) of (?!the\b)(?:\p{Ll}+ ){1,2}at`,
  // a business's competitors, backers and partners: "competes with Redwell Materials", "a round led by Northfen",
  // "supply deals with Kelvar Cars"
  '(?:competes|competing|compete) with', '(?:competitors|rivals) (?:such as|like|including)',
  '(?:investors|backers) (?:such as|like|including|led by)', '(?:funding|financing|investment) round led by',
  '(?:supply|licensing|distribution|partnership|supply chain) (?:deals?|agreements?|contracts?) with',
  '(?:signed|awarded|won) (?:a |an )?(?:[\\w-]+ )?contract with',
  // who polls and who runs a service: "economists polled by Harwick", "a survey by Kelmont Insights", "the ferry,
  // operated by Bluewater Lines,"
  '(?:polled|surveyed) by', '(?:survey|poll) (?:by|for|from|conducted by)', 'operated by',
  // where one works or whom a body works with: "her job at Kelmart", "we partner with Homes for Kelby"
  'jobs? at', '(?:partner|partners|partnered|partnering) with',
  // where a study appears: "published in Ostrova Geoscience", "published by Harwick Press"
  'published (?:in|by)',
  // a paper and its writers, or what it has seen: "writing in the Harbour Lantern", "a memo seen by the Kelby Courant"
  // (after "the": "wrote in Kelby" is where)
  '(?:[Ww]riting|wrote|writes) in(?= [Tt]he $)',
  '(?:[Dd]ocuments?|[Mm]emos?|[Ll]etters?|[Ff]igures|[Ee]mails?|[Rr]eports?|[Dd]ata) seen by',
  // an armed group's parts and members: "a breakaway faction of Harvi Dawn", "fighters of Kelvar Dawn"
  '(?:faction|wing|offshoot|splinter group|affiliate|cell|fighters|militants|members) of',
  // an armed group's allies: "militants linked to Kelvar Dawn", "fighters affiliated with Harvi Rising"
  String.raw`(?:[Mm]ilitants|[Ff]ighters|[Ii]nsurgents|[Rr]ebels|[Gg]unmen|[Gg]roups?|[Cc]ells?|[Ff]actions?)` +
    ' (?:linked|affiliated|allied|tied) (?:to|with)',
  // where a person named in an appositive works: "my agent, Carla Brennick at Moorfield Literary," (not a title's
  // words: "a lost canvas, The Orchard at Dusk,")
  String.raw`, (?!The )\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ at`,
])} (?:[Tt]he )?$`, 'u');

/** Young companies and makers named in one word: "the smart-home startup", "the Japanese carmaker Tarvik". */
const ONE_WORD_MAKERS = ['startup', 'start-up', 'carmaker', 'automaker', 'drugmaker', 'chipmaker', 'planemaker',
  'steelmaker',
  // ("the jeweller Tarvetti", "the watchmaker Kelb Uhren")
  'jeweller', 'jeweler', 'watchmaker', 'shipbuilder', 'homebuilder'];

/** A lower-case kind of organisation right before a name: "the telecoms group Acme", "club Sporting Foo". */
const ORG_NOUNS = [
  'company', 'firm', 'group', 'club', 'side', 'team', 'champions', 'holders', 'newspaper', 'newsletter', 'daily',
  'weekly', 'monthly',
  'magazine', 'agency', 'bank', 'carrier', 'airline', 'brokerage', 'broker', 'insurer', 'retailer', 'maker',
  'manufacturer', 'producer', 'distributor', 'supplier', 'provider', 'operator', 'conglomerate', 'utility', 'party',
  'union',
  'militia', 'movement', 'network', 'broadcaster', 'channel', 'publisher', 'exchange', 'regulator', 'watchdog',
  'consortium', 'subsidiary', 'unit', 'affiliate', 'rival', 'partner', 'chain', 'franchise', 'outfit',
  // kinds of business in one word: "freight forwarder Orlen Logistics", "the chipmaker Velkor"
  'lender', 'refiner', 'forwarder', 'shipper', 'wholesaler', 'exporter', 'importer', ...ONE_WORD_MAKERS,
  // "the defence contractor Aldmoor Dynamics", "the pension fund Andes Prevision"
  'contractor', 'fund',
  // music, games and charity: "the band Velkor", "the label Harwell Records", "the indie studio Kestrel Works",
  // "the charity Kelby Cares"
  'band', 'label', 'orchestra', 'choir', 'ensemble', 'quartet', 'charity', 'studio',
  // public and member bodies: "the river authority Vanta Flow said", "the arts council Kelby Creates"
  'authority', 'institute', 'foundation', 'association', 'council', 'commission', 'ministry', 'department',
  // "the opposition Civic Dawn": a party by its place in parliament
  'opposition',
  // "the think tank Power Shift Kelby", "the nonprofit Open Harbour"
  'think tank', 'think-tank', 'nonprofit', 'non-profit',
  // houses that trade, sell or make: "the Japanese trading house Marubeni", "the auction house Kelby & Vane"
  'trading house', 'auction house', 'fashion house', 'publishing house', 'research house',
  // who stages concerts or fights ("the promoter Live Nation"; "promoter Frank Lowe" keeps his given name)
  'promoter',
  // where others sell or watch: "the online marketplace Bazzly", "the streaming platform Vidora", "the streamer Vidora"
  'marketplace', 'platform', 'streamer',
  // who advise for a fee: "the sports finance consultancy Kelmont Desportiva"
  'consultancy',
];
/**
 * Kinds of business that open no name of their own ("Union Pacific", "Channel Four", "Group Captain" do): opening a
 * sentence before a name, they describe it ("Retailer Kelmont said", "Rival Velkor AI raised").
 */
const DESCRIBING_KINDS = new Set([
  'rival', 'retailer', 'lender', 'insurer', 'broker', 'brokerage', 'maker', 'manufacturer', 'producer', 'distributor',
  'supplier', 'provider', 'conglomerate', 'broadcaster', 'publisher', 'regulator', 'watchdog', 'refiner', 'forwarder',
  'shipper', 'wholesaler', 'exporter', 'importer', 'subsidiary', 'nonprofit', ...ONE_WORD_MAKERS,
]);
export const isDescribingKind = (word: string): boolean => DESCRIBING_KINDS.has(word.toLowerCase());
/** A kind of organisation as a common noun: "Carmaker recalls 400,000 cars" names no body. */
export const isOrgKindNoun = (word: string): boolean => ORG_NOUNS.includes(word.toLowerCase());
// (a name may open with its own article: "the Dublin band The Quiet Hours")
// (or opening a sentence, capitalised: "Retailer Kelmont said")
// (a kind's word used as a verb names no body: "could help fund Ann Lee's costs", "will partner Kelby")
const AS_A_VERB = String.raw`(?<!\b(?:help|helps|helped|will|would|could|can|may|might|must|should|did|does|not) )`;
// (a sentence's capitalised first word may be a person's title: "Partner Ann Lee has set a deadline")
const kindBefore = (nouns: string[], opening = nouns): RegExp => new RegExp(
  String.raw`(?:(?:^|[^\p{L}])${AS_A_VERB}${anyOf(nouns)}|(?:^|[.!?]["”’]?\s+)${eitherCaseFirst(anyOf(opening))})` +
  String.raw` (?:The )?$`, 'u');
export const ORG_NOUN_BEFORE = kindBefore(ORG_NOUNS, ORG_NOUNS.filter((n) => n !== 'partner'));
/** ...of those, the kinds no person is called by ("his partner Ann Lee", "her rival Ann Lee" are people). */
const PERSON_CALLED = new Set(['partner', 'rival', 'side', 'team', 'champions', 'holders', 'club', 'unit']);
export const BODY_NOUN_BEFORE = kindBefore(ORG_NOUNS.filter((n) => !PERSON_CALLED.has(n)));
/** ...or before a comma, with "the": "a folk band, the Harwell Ramblers" ("the party, Ann Lee said" has none). */
// (or with no article, the name closed by a comma too, or "called": "The company, Tarvik, said", "a startup called Velkor")
export const ORG_NOUN_APPOSITIVE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(ORG_NOUNS)}, the $`, 'u');
// ("a ransomware gang calling itself Black Lantern": a group, a gang too, names itself)
const SELF_NAMING =
  String.raw`${anyOf([...ORG_NOUNS, 'gang'])},? (?:(?:that|which) calls itself|calling (?:itself|themselves))`;
export const ORG_NOUN_CALLED_BEFORE =
  new RegExp(String.raw`(?:^|[^\p{L}])(?:${anyOf(ORG_NOUNS)},? (?:called|named)|${SELF_NAMING}) $`, 'u');
export const ORG_NOUN_COMMA_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(ORG_NOUNS)}, $`, 'u');
/** ...of those, the kinds no person is called by: "The bus company, Alpen Huber, said" names a body whatever its words. */
export const BODY_NOUN_COMMA_BEFORE =
  new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(ORG_NOUNS.filter((n) => !PERSON_CALLED.has(n)))}, $`, 'u');

/** Sport verbs that join two teams: "X beat Y by six wickets". */
// (a relative clause may tell it: "will meet Kelby Rovers, who beat Tarn City 3-1")
export const SPORT_VERB_AFTER = /^(?:, who)? (?:beat|defeated|drew with|lost to|thrashed|edged|routed|overcame|held)\b/;
export const SPORT_VERB_BEFORE = /\b(?:beat|defeated|drew with|lost to|thrashed|edged|routed|overcame|against|held) $/;
/** ...and the result words that show the sentence reports a match. */
export const SPORT_RESULT_NEAR = /\b(?:runs|wickets|innings|goals?|\d+-\d+|draw|match|points|half-?time|penalty)\b/;

/** Acronyms of places: a place, not an organisation. */
export const PLACE_ACRONYMS = new Set(['US', 'USA', 'UK', 'UAE', 'USSR', 'PRC', 'DRC', 'NYC', 'GB']);
/** Acronyms that name no organisation. */
export const NOT_ORG_ACRONYMS = new Set([
  'TV', 'CEO', 'GMT', 'AM', 'PM', 'OK', 'ID', 'DNA', 'AIDS', 'HIV', 'GDP', 'GNP', 'CPI', 'PPI', 'VAT', 'IPO', 'EST', 'EDT',
  'BST', 'CET', 'ET', 'PT', 'USD', 'FOB', 'CIF', 'OTC', 'MP', 'MPS', 'RBI', 'ERA', 'NOTE', 'PCT', 'NA', 'N/A', 'Q1', 'Q2',
  'Q3', 'Q4', 'A', 'I', 'IT', 'PC', 'CD', 'DVD', 'SUV', 'ATM', 'VIP', 'MW', 'KM', 'KG', 'MPH',
  // a game won in overtime: "Kelby 94, Tarvik 88 (OT)"
  'OT',
  // devices, formats and honours: "an IED", "UTC", "a PDF", "Ann Lee QC"
  'IED', 'IEDS', 'UTC', 'HTML', 'PDF', 'URL', 'USB', 'GPS', 'SMS', 'LED', 'LCD', 'CCTV', 'RPG', 'QC', 'KC', 'OBE', 'MBE',
  'CBE',
  // technology and business terms of today's news: "AI spending", "EV makers", "an LNG terminal"
  'AI', 'AGI', 'LLM', 'LLMS', 'GPU', 'GPUS', 'CPU', 'CPUS', 'EV', 'EVS', 'LNG', 'ESG', 'API', 'APIS', 'VPN', 'ETF', 'ETFS',
  'UAV', 'UAVS', 'MRI', 'PPE', 'COVID', 'NFT', 'NFTS', 'IOT', 'SAAS', 'HQ', 'AGM', 'EPS', 'EBITDA',
  'RFID', 'NFC', 'SIM', 'PIN', 'VR', 'AR', 'OS', 'UI', 'IP', 'SEO', 'LTE', 'RNA', 'MRNA', 'PCR', 'CT', 'ECG', 'ICU',
  'IVF', 'PTSD', 'ADHD', 'OCD', 'IQ', 'PHD', 'MBA', 'HR', 'PR', 'FAQ', 'DIY', 'STEM', 'ICBM', 'ICBMS',
  // a kind of body, no name: "an NGO", "NGOs"
  'NGO', 'NGOS',
  // time zones of Australasia, Asia, Africa and the Americas: "10:00 am AWST"
  'AEST', 'AEDT', 'ACST', 'ACDT', 'AWST', 'NZST', 'NZDT', 'PST', 'PDT', 'MST', 'MDT', 'CST', 'CDT', 'HKT', 'SGT', 'JST',
  'KST', 'CEST', 'EEST', 'SAST', 'WIB',
  // a doctor's and a nurse's degrees after the name: "Ann Lee, MD, PhD"; pay by its parts: "the CEO's STI"
  'MD', 'RN', 'FRCP', 'FRCS', 'MRCP', 'FACS', 'STI', 'STIS', 'LTI', 'LTIP',
  // offices: "Tom Roe (SVP, Kelby Devices)"
  'CFO', 'COO', 'CTO', 'CIO', 'CMO', 'SVP', 'EVP', 'VP', 'CPO', 'CSO', 'CRO', 'CCO', 'CDO', 'CISO', 'CHRO',
  // a transcript's cues in brackets: "[VIDEO]", "[APPLAUSE]"
  'VIDEO', 'AUDIO', 'APPLAUSE', 'LAUGHTER', 'CROSSTALK', 'INAUDIBLE', 'MUSIC',
  // Canadian provinces and Australian states in the abbreviations newspapers give them: "Victoria, B.C."
  'B.C.', 'N.B.', 'N.S.', 'N.L.', 'P.E.I.', 'N.W.T.', 'N.S.W.', 'NSW',
]);

/** Nouns that name a kind of organisation, as the head of a description: "a cement company", "the central bank". */
export const ORG_KIND_SOURCE =
  '(?:company|companies|firm|group|bank|organi[sz]ation|agency|party|club|side|team|newspaper|daily|weekly|magazine|unit|subsidiary|affiliate|' +
  'maker|producer|manufacturer|carrier|airline|insurer|retailer|brokerage|exchange|bourse|union|movement|militia|association|body|institution|' +
  'charity|foundation|network|broadcaster|publisher|consortium|conglomerate|operator|utility|chain|lender|miner|refiner|distributor|supplier|' +
  'consultancy|fund|exporter|importer|NGO|ensemble|' +
  // bodies their members own: "Kelby Farmers, a co-operative of smallholders", "the artists' collective"
  'co-operative|cooperative|collective|' +
  'watchdog|regulator|ministry|department|authority|council|committee|commission|court|agency|outfit|franchise|faction|coalition|alliance|' +
  // a body's part or offspring: "an offshoot of the Northern Front", "the armed wing of"
  'offshoot|wing|' +
  // makers of drink, providers of a service: "Harvest Ales, a local brewery", "a telehealth provider", "the
  // conciliation service"
  'brewery|brewer|distillery|winery|provider|venture|service|(?:trading|auction|fashion|publishing) house|' +
  // makers of music and film: "Fernhill, a small label", "the studio behind the film", "a four-piece band"; a
  // podcast: "Kelby Weather, the podcast about forecasts"
  'label|studio|band|orchestra|choir|podcast|' +
  // young companies by their trade: "Orvik, a Stockholm-based fintech", "the gene-editing biotech"; and those that
  // raise them: "Forge Ten, the accelerator,"
  'fintech|biotech|edtech|insurtech|proptech|healthtech|medtech|accelerator|incubator|' +
  // young companies, and makers named in one word: "the smart-home startup", "the Japanese carmaker"
  `${ONE_WORD_MAKERS.join('|')})`;

// what may follow the description's head: punctuation, a comma ("Velkor AI, a start-up, said"), a clause or a preposition
const AFTER_DESCRIPTION = [
  '[.;:)]', ',',
  String.raw`\s+(?:that|which|whose|with|in|of|based|listed|and|to|for|on|at|from|since|has|had|is|was|about)\b`,
  // (or where it is: "a co-operative just outside the town", "a firm outside Kelby")
  String.raw`\s+(?:just |right )?(?:over|outside|across|beyond|near|off)\b`,
  String.raw`\s*$`,
  // "the startup backed by …", "the carmaker owned by …", "the studio behind the hit game"
  String.raw`\s+(?:backed|owned|founded|formed|set up|launched|run|controlled|headquartered|behind|(?:best )?known)\b`,
  // a relative clause with no "that": "the housing company the council set up", "a firm her father founded"
  String.raw`\s+(?:the|its|his|her|their|our|my) \p{Ll}+ ` +
    String.raw`(?:set up|founded|started|created|owns|owned|runs|ran|bought|built)\b`,
];
/** "Al-Kelmar claimed responsibility": a group owns or disowns an attack (a person "took responsibility"). */
export const RESPONSIBILITY_AFTER =
  /^ (?:(?:has|have|had|later|quickly|swiftly|immediately) )?(?:claimed|claims|claiming|denied|denies|denying) responsibility\b/;
/** "Responsibility for the attack was claimed by Al-Kelmar": the same, in the passive. */
export const RESPONSIBILITY_BEFORE = /\bresponsibility (?:for (?:[\w’'-]+ ){1,6})?(?:was|has been|had been|is) claimed by $/i;

/** "Tessellate AI, which makes software": what a business does, said of the name (a person is "who", a town does not sell). */
const BUSINESS_VERBS = [
  'makes', 'made', 'sells', 'sold', 'builds', 'develops', 'designs', 'produces', 'manufactures', 'operates', 'runs',
  'supplies', 'provides', 'offers', 'distributes', 'publishes', 'employs', 'specializes', 'specialises',
  // what a business pays for: "Harwell, which sponsors the team"; whom a body speaks for: "which represents 140 firms"
  'sponsors', 'owns', 'funds', 'invests', 'represents',
];
export const WHICH_DOES_BUSINESS_AFTER = new RegExp(String.raw`^, which (?:also |now |still )?${anyOf(BUSINESS_VERBS)}\b`);

/**
 * "Kelmont, the country's biggest cement maker, said": a description after the name whose head
 * is a kind of organisation (and not the first half of a role: "a company spokesman").
 */
// "Ann Lee, a spokesman for the state agency": a person's role whose body comes after "for", "of" or "at"
const MEMBER_OF_BODY = String.raw`(?: [\p{Ll}-]+)? (?:spokes(?:man|woman|person)|officials?|officers?|directors?|` +
  String.raw`executives?|members?|employees?|workers?|heads?|managers?|advisers?|advisors?|lawyers?|analysts?|` +
  String.raw`researchers?|professors?|founders?|partners?|leaders?|volunteers?) (?:for|of|at|with)\b`;
export const ORG_APPOSITIVE_AFTER = new RegExp(
  // (the kind is the description's own head, not the object of a preposition inside it: "a councillor from an
  // opposition party" describes a person; nor one inside a clause of its own: "a nurse who commutes daily")
  `^,? (?:the|a|an|one of (?:the|its|their|our))(?!${MEMBER_OF_BODY})` +
    `(?: (?!(?:from|at|with|by|who|whose|which)\\b)[\\p{L}’'-]+){0,5}? ${ORG_KIND_SOURCE}s?` +
    `(?=${AFTER_DESCRIPTION.join('|')})`,
  'u',
);

/**
 * "Ferris Lyle, the audit firm,": the same description with no preposition, possessive or role inside it, so it
 * describes the name itself even where that starts with a given name (not "Ann Lee, a partner at the law firm,")
 */
export const BARE_ORG_APPOSITIVE_AFTER = new RegExp(
  // (a place may open it: "Preston Vale, the Leeds boutique bank,", "Morrow Games, an Oslo-based studio")
  `^, (?:the|a|an) (?:\\p{Lu}\\p{Ll}+(?:-based)? )?` +
    `(?:(?!(?:at|of|for|with|in|from|by|to|on|and|or|who|former|ex)\\b)[\\p{Ll}-]+ ){0,3}` +
    `${ORG_KIND_SOURCE}(?=${AFTER_DESCRIPTION.join('|')})`,
  'u',
);

/** Lone words that name a state's institution when capitalised inside a sentence: "the Treasury said", "Congress voted". */
export const INSTITUTION_WORDS = new Set(['treasury', 'congress', 'parliament', 'senate']);

/**
 * "analysts at Acme", "chief financial officer of Acme": the words before name a member or a part
 * of the organisation that follows; firm enough to outweigh a first name ("analysts at Morgan Hale").
 */
export const ORG_MEMBER_BEFORE = new RegExp(String.raw`\b${anyOf([
  '(?:analysts?|economists?|strategists?|traders?|dealers?|brokers?|bankers?) at',
  // ("a tax lawyer at Harlan Voss", "a partner at Ashby Reeve": who practises at a firm)
  '(?:lawyers?|attorneys?|solicitors?|barristers?|advocates?|partners?) at',
  String.raw`(?:chief [\p{Ll}]+ officer|chief executive|ceo|cfo) (?:of|at)`,
  // "Dana Ruiz, Chairman of Velkor": one who runs or owns a body (a president or a director may head a country or a field)
  '(?:chairman|chairwoman|chairperson|(?:co-)?founder|owner|(?:managing|executive) director|head) of',
])} (?:the )?$`, 'iu');
