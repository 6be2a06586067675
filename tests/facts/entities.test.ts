// Organisations and people: one table per decision type, each with the rule that must fire,
// and negative lists that must yield nothing. Every sentence here is made up for the test.
import { describe, expect, it } from 'vitest';
import { factsOf } from '../helpers.js';
import { isCommonSurname } from '../../src/facts/person/surnames.js';

const orgNames = (text: string): string[] => factsOf(text, 'organisation').map((o) => o.name);
const personNames = (text: string): string[] => factsOf(text, 'person').map((p) => p.name);
const mentionTexts = (text: string, type: 'person' | 'organisation'): string[] =>
  factsOf(text, type).flatMap((f) => f.mentions.map((m) => m.text));

describe('organisations', () => {
  it.each([
    ['Fighters of the Northern Liberation Army (NLA) attacked. The NLA denied it.', 'Northern Liberation Army', ['NLA'], 3],
    ['The Ministry of Finance said it was ready.', 'Ministry of Finance', [], 1],
    ['Shares of Acme Corp fell.', 'Acme Corp', [], 1],
    ['Officials said the Crimson Valley Brigade (CVB) had withdrawn, and the CVB later confirmed it.', 'Crimson Valley Brigade', ['CVB'], 3],
    ['Analysts expect the Harbour Savings Bank to raise rates.', 'Harbour Savings Bank', [], 1],
    ['The Azure Front/Blue Banner claimed the attack.', 'Azure Front', ['Blue Banner'], 2],
    // the definition names only the words its letters fit
    ['Two groups clashed near Northfield Harkat-ul-Nasr (HN) and withdrew.', 'Harkat-ul-Nasr', ['HN'], 2],
    // a company's singular "Holding" is its head, whatever stands before the name
    ['The stake is held by the Gulf investor Tarvenmark Holding, filings show.', 'Tarvenmark Holding', [], 1],
    // Spanish bodies by their first word, "para" inside the name
    ['The Centro de Vivienda para la Juventud de Tarvia said so.', 'Centro de Vivienda para la Juventud de Tarvia', [], 1],
    ['The Defensoría del Consumidor de Kelbo said two civilians died.', 'Defensoría del Consumidor de Kelbo', [], 1],
    // a name that ends in a legal form before a thing's noun is the owner's
    ['She said the Kelby Ferry Lines Ltd vessel was full.', 'Kelby Ferry Lines Ltd', [], 1],
    // a research unit, an inspectorate and a prelature by their head words
    ['Oda Vrenhus of the Tarvik Soil Lab led the team.', 'Tarvik Soil Lab', [], 1],
    ['The Kelby Schools Inspectorate said the home was unsafe.', 'Kelby Schools Inspectorate', [], 1],
    ['The Prelature of Kelbun said two priests were hurt.', 'Prelature of Kelbun', [], 1],
    // a second field after "and", two common words and where the body is
    ['The Agency for Roads and Water Management of Norland said it would rerun the tender.',
      'Agency for Roads and Water Management of Norland', [], 1],
    // the parts an acronym spells join across a plural's possessive too
    ["The Harbour Pastors' Council of Norland (HPCN) condemned it. The HPCN met.",
      "Harbour Pastors' Council of Norland", ['HPCN'], 3],
    // an acronym nobody defined that spells the initials of one name before it
    ['The Norland Central Bank kept rates unchanged. The NCB said inflation was easing.', 'Norland Central Bank', ['NCB'], 2],
    // two names with the same initials: the acronym is linked to neither
    ['The Harbour Trust and the Hill Times met. The HT said no.', 'Harbour Trust', [], 1],
    // a one-word head names the one body it heads before a "for"/"of" tail
    ["The Tenants' Alliance for Fair Rent marched. Alliance spokeswoman Dana Whitcomb spoke.", "Tenants' Alliance for Fair Rent",
      ['Alliance'], 2],
    // two bodies with that head: the short form is linked to neither
    ['The Council of Growers met the Council of Millers. Council spokesman Dan Ortiz spoke.', 'Council of Growers', [], 1],
    // a one-word head of members and their cause, with "for" and what it is for
    ['Observers from the Organization for Tarvik Cooperation and Development said so.',
      'Organization for Tarvik Cooperation and Development', [], 1],
    ['A report by the Committee for Kelmont Press Freedom said so.', 'Committee for Kelmont Press Freedom', [], 1],
    // an armed front's or a party's name, with "for" and its cause
    ['The Front for the Defence of Kesh said its fighters did it.', 'Front for the Defence of Kesh', [], 1],
    ['The Party for Tarvik Freedom won 37 seats.', 'Party for Tarvik Freedom', [], 1],
    // a legal form with a slash is no pair of names
    ['Shares of Tarvik A/S rose. Tarvik said profit doubled.', 'Tarvik A/S', ['Tarvik'], 2],
    // an acronym in brackets may leave out one inner word's initial
    ['The Kelmont Centre for Flood Prevention and Control (KCFC) met. The KCFC said no.',
      'Kelmont Centre for Flood Prevention and Control', ['KCFC'], 3],
    // a verb's bare stem opening a sentence before a capitalised word is the name's first word
    ['Network Tarvik said it would run fewer trains.', 'Network Tarvik', [], 1],
    ['Trust Kelmont said it would sell the site.', 'Trust Kelmont', [], 1],
    // a quotation that ends its sentence inside its marks ends it: "Shares" opens the next one
    ['A spokesman said the firm "will co-operate fully." Shares of Tarvik Foods fell 3 percent.', 'Tarvik Foods', [], 1],
    // a plural's apostrophe after a place's words; a plural head after it
    ["Officers of the Kelby North District Prosecutors' Office raided a depot.",
      "Kelby North District Prosecutors' Office", [], 1],
    ["The Confederation of Tarvik Automobile Workers' Unions said no.", "Confederation of Tarvik Automobile Workers' Unions",
      [], 1],
    // a confederation and a firm of associates are bodies by their head words
    ['The General Confederation of Tarvik Workers said the strike would go ahead.',
      'General Confederation of Tarvik Workers', [], 1],
    ['The auditor, Harlow Quist & Associates, resigned in May.', 'Harlow Quist & Associates', [], 1],
    // …and so is one the parse reads as an order
    ['Harbour Tarvik chief executive Ann Lee said fares would rise.', 'Harbour Tarvik', [], 1],
    // a one-word name that ends one body's name, and no other's, is that body ("Rovers" of "Kelby Rovers")
    ['Kelby Rovers sacked their coach on Monday. Rovers chairman Ian Crabtree thanked him.', 'Kelby Rovers', ['Rovers'],
      2],
  ])('%s → %s', (text, name, aliases, mentions) => {
    const org = factsOf(text, 'organisation').find((o) => o.name === name);
    expect(org).toBeDefined();
    expect(org!.aliases).toEqual(aliases);
    expect(org!.mentions).toHaveLength(mentions);
    for (const m of org!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(org!.confidence).toBeGreaterThan(0);
    expect(org!.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    // suffix and head words
    ['Profits at Northwind Holdings rose sharply.', 'Northwind Holdings', 'org-head-word'],
    // a maker of medicines by its head word, where its first word is a given name
    ['Tarvik agreed to buy rival Leona Diagnostics in a share deal.', 'Leona Diagnostics', 'org-head-word'],
    ['The contract went to Brannock Tool AG last week.', 'Brannock Tool AG', 'company-suffix'],
    ['Voters backed the Green Valley Party in the north.', 'Green Valley Party', 'org-head-word'],
    // a kind of business in one word right before the name
    ['Tarvik agreed to buy freight forwarder Orlen Logistics for $2 billion.', 'Orlen Logistics', 'org-noun-before'],
    ['The chipmaker Velkor Devices cut its forecast.', 'Velkor Devices', 'org-noun-before'],
    // hyphens and particles
    ['The Harkat-e-Azadi Front denied any role.', 'Harkat-e-Azadi Front', 'org-head-word'],
    // a kind of organisation named before it, or a member after it
    ['The deal was approved by the telecoms group Korvane last month.', 'Korvane', 'org-noun-before'],
    ['Kelmont spokesman Dan Ortiz declined to comment.', 'Kelmont', 'spokesperson-of'],
    ['For more stories, download Zenvora news apps', 'Zenvora', 'org-role-after'],
    ['Analysts said Brannock Tool AG would cut jobs. A later statement from Brannock confirmed it.', 'Brannock Tool AG', 'short-name'],
    // (a place the parse guessed from the word's shape alone is the company's short name)
    ['Tools ship with software from Tarnwick Labs, a note-taking company. Tarnwick said the deal would grow.',
      'Tarnwick Labs', 'short-name'],
    // (a first word the parse guessed to be a place from its shape alone is no town the company is named for)
    ['Orvale cancels 400 flights\n\nOrvale Airways is to cancel about 400 flights.', 'Orvale Airways', 'short-name'],
    // (a kind of business as the last word: the company goes by its first word)
    ['Refunds are offered at Halvenny Stores. Halvenny said its stores would stay open.', 'Halvenny Stores', 'short-name'],
    // (a manager of others' money goes by its first word too)
    ['Trenholt Asset Management holds a 4% stake. In a letter, Trenholt said the board had failed.',
      'Trenholt Asset Management', 'short-name'],
    // a body named for its reach goes by its first word too
    ['A spokesman for Tarvelle International denied it. Dana Ruiz, Tarvelle’s Asia director, said more.', 'Tarvelle International', 'short-name'],
    // sport reports name teams by their town
    ['At the ground on Friday, Rivertown beat Lakeside by six wickets.', 'Rivertown', 'sport-result'],
    ['Results on Saturday:\nRivertown 2 Lakeside 1\nHillford 0 Bramley 3', 'Hillford', 'score-line'],
    ['Standings:\nRivertown 4 3 1 0 9 3 10\nLakeside 4 2 1 1 6 5 7', 'Lakeside', 'standings-row'],
  ])('%s → %s (%s)', (text, name, reason) => {
    const org = factsOf(text, 'organisation').find((o) => o.name === name);
    expect(org).toBeDefined();
    expect(org!.mentions.map((m) => m.reason).join(' ')).toContain(reason);
  });

  it('folds a one-word form met first into the one name it starts', () => {
    const text = 'Kelmont to cut jobs\n\nKelmont Tool Inc said on Monday it would cut 200 jobs. Kelmont shares fell.';
    const orgs = factsOf(text, 'organisation');
    expect(orgs.map((o) => o.name)).toEqual(['Kelmont Tool Inc']);
    expect(orgs[0]!.aliases).toEqual(['Kelmont']);
    expect(orgs[0]!.mentions.map((m) => m.text)).toEqual(['Kelmont', 'Kelmont Tool Inc', 'Kelmont']);
  });

  // a company named with a kind of business gives its short name
  it.each([
    ['Kelmont Technologies said on Monday it would cut jobs. Kelmont shares fell 4%.', 'Kelmont Technologies'],
    ['Veltrix Semiconductor said it would close two plants. Shares of Veltrix fell 7%.', 'Veltrix Semiconductor'],
    ['The band split with Fernhill Records in May. They said Fernhill wanted a radio single.', 'Fernhill Records'],
  ])('%s → %s with its short name', (text, name) => {
    const orgs = factsOf(text, 'organisation');
    expect(orgs.map((o) => o.name)).toEqual([name]);
    expect(orgs[0]!.mentions).toHaveLength(2);
  });

  it('gives a company its name with a kind of business when the short name is a company elsewhere', () => {
    const text = 'An antibody developed by Corlane Therapeutics slowed decline. Shares of Corlane rose 18%.';
    const orgs = factsOf(text, 'organisation');
    expect(orgs.map((o) => o.name)).toEqual(['Corlane Therapeutics']);
    expect(orgs[0]!.aliases).toEqual(['Corlane']);
  });

  it('links "the Army" back to the one earlier army', () => {
    const text = 'The Southern Defence Army moved north on Monday. Later the Army withdrew.';
    const [org] = factsOf(text, 'organisation');
    expect(org!.name).toBe('Southern Defence Army');
    expect(org!.mentions.map((m) => m.text)).toEqual(['Southern Defence Army', 'Army']);
  });

  it('gives every member of a list of groups the class of the list', () => {
    const text = 'The report named three groups: the Crimson Brigade, Saif-e-Watan and Tanzeem ul-Haq.';
    expect(orgNames(text)).toEqual(['Crimson Brigade', 'Saif-e-Watan', 'Tanzeem ul-Haq']);
  });
  it('gives the members of a list of a business\'s rivals the class of the list', () => {
    expect(orgNames('Rivals include NuVolt and Kelbrite.')).toEqual(['NuVolt', 'Kelbrite']);
  });
  it.each([
    ['The big brewers, Kelmont and Harvel, wanted nothing to do with us.', ['Kelmont', 'Harvel']],
    ['Supermarkets such as Kelmont and Velkor raised prices.', ['Kelmont', 'Velkor']],
  ])('gives the members of a list of businesses by their trade the class of the list: %s', (text, names) => {
    expect(orgNames(text)).toEqual(names);
  });
  // a comma and "and" after the first name join two clauses; after a second name they close a list
  it.each([
    ['The film aired in Harbour Lights, and Ann Lee wrote to me.', ['Ann Lee']],
    ['Talks with Ann Lee, Dan Holm, and Ola Berg went on.', ['Ann Lee', 'Dan Holm', 'Ola Berg']],
  ])('%s → people %j', (text, people) => expect(personNames(text)).toEqual(people));
  it('still reads a list whose first member a defined acronym closes', () => {
    const text =
      'The statement named three groups: the Kelby Liberation Front (KLF), Tarvik Nur, and Harbour Jamaat Sorel (HJS).';
    expect(orgNames(text)).toEqual(['Kelby Liberation Front', 'Tarvik Nur', 'Harbour Jamaat Sorel']);
  });
  it('reads no list member in a title cut off its name by its full stop', () => {
    expect(orgNames('The study was led by Ann Lee of Kelby University and Prof. Dan Holm of Harlow.')).toEqual(['Kelby University']);
  });

  // one campus of a university system is one name; "at the time" is no campus
  it.each([
    ['The University of Kelmont at Harlow Springs cut its fees.', 'University of Kelmont at Harlow Springs'],
    ['He taught at the University of Kelmont at the time.', 'University of Kelmont'],
  ])('%s → %s', (text, name) => expect(orgNames(text)).toEqual([name]));

  // what only a business does or has, after a one-word name ("agreed to acquire X" before a name is not read: it
  // lowered a check half, docs/names.md)
  it.each([
    ['Velkor reported a 12% rise in quarterly revenue.', ['Velkor']],
    ['Investors cheered after Kelmont raised its full-year forecast.', ['Kelmont']],
    ['Harwell will cut 1,500 jobs, the company said.', ['Harwell']],
    ["Velkor's board approved the plan on Monday.", ['Velkor']],
    ["Kelmont is the world's largest maker of wind turbines.", ['Kelmont']],
    // a one-word possessive opening a sentence, before what only a business has
    ["Kelmont's stock has fallen 30% this year.", ['Kelmont']],
    // the deed of two coordinated names is the first one's too
    ['Velkor and Tarvik are in talks to merge, people familiar with the matter said.', ['Velkor', 'Tarvik']],
    ['Velkor, based in Tarvik City, employs 12,000 people.', ['Velkor']],
    ["Kelvantra's chatbot, Velo, now has 40 million weekly users.", ['Kelvantra']],
    // an acronym that names no body is none, whatever the parse says
    ['The AI startup Kelvantra raised $200 million on Tuesday.', ['Kelvantra']],
  ])('%s → %j', (text, names) => expect(orgNames(text)).toEqual(names));
  it.each([
    'Dana Reyes reported a profit on the sale of her house.',
    'Norway raised its growth forecast on Monday.',
    "Lee's spokesman declined to comment.",
  ])('no organisation in %j: a person or a country may report a profit or a forecast too', (text) => {
    expect(orgNames(text)).toEqual([]);
  });

  // a body's kind in lower case after its name, with "the" before: the name without the kind
  it.each([
    ['The opposition Democratic Renewal party called the protest.', 'Democratic Renewal'],
    ['He joined the centre-right Civic Dawn party in 2019.', 'Civic Dawn'],
    ['The militant Tarvik Shield group claimed the attack.', 'Tarvik Shield'],
  ])('%s → %s', (text, name) => expect(orgNames(text)).toEqual([name]));

  // four words or more, two of them the language's own, name a body, whatever given name opens them
  it.each([
    ['The Harwell Air Accident Investigation Branch said it had recovered both flight recorders.',
      'Harwell Air Accident Investigation Branch'],
  ])('%s → %s', (text, name) => expect(orgNames(text)).toEqual([name]));
  it.each([
    'A spokesman for Dana Wright Air Force Base said two jets had landed.',
  ])('no person in %j: four words, two of them common nouns', (text) => expect(personNames(text)).toEqual([]));

  it.each([
    'The outgoing First Minister conceded shortly after 4am.',
    'The Health Secretary said waiting lists would fall.',
    'The Attorney General declined to comment.',
  ])('no person in %j: an office alone names its holder, no one by name', (text) => expect(personNames(text)).toEqual([]));
  it.each([
    'The plan was backed by EVA Tarvia last year.',
  ])('no person in %j: a word in capitals is no given name, whatever the parse reads', (text) =>
    expect(personNames(text)).toEqual([]));
  it.each([
    'The trust opened a garden room, the Rosa Lind Pavilion.',
    'Choirs sang at the Grace Marlow Cathedral on Sunday.',
    'Girl, 14, hurt in a fall from a bus shelter.',
    // a body's town closing a heading after its name
    'Q&A with the director of Tarnby General Hospital, Kelbridge\nHOST: Good evening.',
  ])('no person in %j: a building given a person\'s name, or a person\'s noun before an age', (text) =>
    expect(personNames(text)).toEqual([]));

  // a title opening a body's name ("General") does not split it at "of" as it would a person's
  it.each([
    ['The cafe stood close to the General Secretariat of Harbours in the old town.', 'General Secretariat of Harbours'],
  ])('%s → %s', (text, name) => expect(orgNames(text)).toEqual([name]));

  // a research firm by its head word (a given name before it makes no person); a broadcaster by its medium first
  it.each([
    ['A poll by Harwell Research put support at 40 percent.', 'Harwell Research'],
    ['Our polling with Kestrel Research puts us at 19 percent.', 'Kestrel Research'],
    ['A rebel spokesman, speaking to Radio Tarvik, denied any role.', 'Radio Tarvik'],
  ])('%s → %s', (text, name) => expect(orgNames(text)).toEqual([name]));

  it('trims a possessive from the name', () => {
    expect(mentionTexts('The Azure Front’s leader spoke on Monday.', 'organisation')).toEqual(['Azure Front']);
  });

  it.each([
    'Passengers boarded the Coastal Express train.',
    'On Monday the talks began.',
    'The statement was brief.',
    'However, the ministers met in Paris and Berlin.',
    'Recent Developments & Sanctions',
    'MARKETS RALLY AS RATES FALL',
    'LONDON 2025-08-12\nThe talks ended without a deal.',
    'German and French officials met on Tuesday.',
    'Prices rose in the West Bank and in Europe.',
    'In April the rains came, and in May the harvest failed.',
    // a function word in capitals is stress
    'As mayor I will serve ALL residents, not just donors.',
    'We said NO to every publisher that called.',
    // a kind of body is no name
    'An NGO runs the clinic, and two other NGOs run the kitchen.',
    // a trade named by its verb's noun opens a sentence as any word does
    'Banking shares fell 2 percent on Monday.',
    'Shipping shares rose after the canal reopened.',
  ])('no organisation in %j', (text) => expect(factsOf(text, 'organisation')).toEqual([]));
});

describe('people', () => {
  it.each([
    ['President Joe Biden spoke on Monday.', 'Joe Biden', 'President'],
    ['Talks were led by Foreign Minister Maria Lopez.', 'Maria Lopez', 'Foreign Minister'],
    ['The deal was signed by the deputy director of the agency, Karen Holt, on Friday.', 'Karen Holt', 'deputy director of the agency'],
    ['Kelmont spokesman Dan Ortiz declined to comment.', 'Dan Ortiz', 'spokesman'],
    // an order before a person's name is no part of it
    ['Contact Dan Ortiz at the newsroom.', 'Dan Ortiz', null],
    ['Mullah Akhtar Velkori was killed in a drone strike.', 'Akhtar Velkori', 'Mullah'],
    // an Australian councillor's title; a batter
    ['"It was hard," Cr Dana Whitlow said.', 'Dana Whitlow', 'Cr'],
    ['The side recovered before batter Ravi Menon-Shah added 131 runs.', 'Ravi Menon-Shah', 'batter'],
    // honorifics of West African news are no role; "advocate" is a title, and the person's name ends before "of"
    ['Hajiya Amina Sule urged women to vote.', 'Amina Sule', null],
    // ...and those of Malaysian, Singaporean and Ghanaian news
    ['Mdm Tan Mei Ling said she would sell the flat.', 'Tan Mei Ling', null],
    ["Dato' Rizal Omar declined to comment.", 'Rizal Omar', null],
    ['Togbe Kwame Adzorku III spoke for the elders.', 'Kwame Adzorku III', null],
    // ...and of Indonesian, Ethiopian, Australian and Egyptian news
    ['Bapak Hendra Wiratmo said exports would rise.', 'Hendra Wiratmo', null],
    ['Ibu Sari Pramesti chairs the board.', 'Sari Pramesti', null],
    ['Weyzero Hiwot Desta runs the cooperative.', 'Hiwot Desta', null],
    ['Aunty Marlene Kerrigan-Dow welcomed the visitors.', 'Marlene Kerrigan-Dow', null],
    ['Uncle Rob Tamsin spoke at the ceremony.', 'Rob Tamsin', null],
    ['Counsellor Hossam Farid Elwan adjourned the trial.', 'Hossam Farid Elwan', null],
    // ...of Spanish, Pakistani and Nigerian news; Malaysia's honorifics of two words; Turkish ones after the given name
    ['Doña Marisol Quintanar, 81, has lived there for decades.', 'Marisol Quintanar', null],
    ['Mian Tariq Javed owns the mill.', 'Tariq Javed', null],
    ['Engr. Tunde Bakare said the rig was safe.', 'Tunde Bakare', null],
    // ...of Afghan and Pakistani news
    ['Haji Gul Rahmat, a tribal elder, was among the dead.', 'Gul Rahmat', null],
    ['Profits rose, said Tan Sri Kamarul Azlan Yusof, the chairman.', 'Kamarul Azlan Yusof', 'chairman'],
    ['The deal was backed by Datuk Seri Lim Boon Keat.', 'Lim Boon Keat', null],
    ['The contractor was silent, but Selim Bey said the beams had cracked.', 'Selim', null],
    // a person's noun in apposition with an acronym before it
    // (the role runs to where the person comes from)
    ['Siobhra Ní Bhriain, a KSU student from Baile Riabhach who tested the app, liked it.', 'Siobhra Ní Bhriain',
      'KSU student from Baile Riabhach'],
    // a role after the name runs to the end of the organisation it names, full stops of its legal form and all
    ['Joris Hoorn, operations director at Kelbrook Terminal B.V., said volumes rose.', 'Joris Hoorn',
      'operations director at Kelbrook Terminal B.V.'],
    // a weekday after the name is the date's (a day that names an event with the word before it stays: "Good Friday")
    ['President Tomas Verhal Saturday urged calm.', 'Tomas Verhal', 'President'],
    // a one-word nickname in quotes stays inside the name
    ['Tobias "Tuck" Marrow, who coaches the club, said the season was over.', 'Tobias "Tuck" Marrow', null],
    // a firm's partner by the firm's name is a person (not the firm's partner company)
    ['Harwell Vale partner Ritu Damodaran said the fund was patient.', 'Ritu Damodaran', 'partner'],
    ['The parties appointed advocate Thandi Mokoena-Reyes of Kelby Mediation as mediator.', 'Thandi Mokoena-Reyes',
      'advocate'],
    // a double-barrelled surname after a title: its second part, a given name too, starts no name (the office told
    // before the councillor's title is the role)
    ['The council leader, Cllr Imran Castell-Rowe, said the vote was a setback.', 'Imran Castell-Rowe',
      'council leader'],
    // Dutch particles: "ter", and "'t" after "van"
    ['The cut is mostly timing, said Wim ter Brugge, an analyst.', 'Wim ter Brugge', 'analyst'],
    ["Joost van 't Veld, a councillor, said so.", "Joost van 't Veld", 'councillor'],
    // a maker or a scholar set off after the name, though its given name is a month's abbreviation
    ['The sale includes two works by Jan Piotr Brelik, a portrait painter whose studio burned.', 'Jan Piotr Brelik',
      'portrait painter'],
    // a surname alone with an age between commas names the person introduced with a given name no list holds
    ['Thando Mkhabela struck 92 off 40 balls. Mkhabela, 24, then took charge.', 'Thando Mkhabela', null],
    // an office "for" a field in the language's words, then a name no list holds
    ['Commissioner for Primary Health Adaeze Nwachukwu-Bright said the clinic would open.', 'Adaeze Nwachukwu-Bright',
      'Commissioner for Primary Health'],
    // a union member's style; a surname that is also a title's word
    ['"We are tired," Comrade Tunde Afolabi told the rally.', 'Tunde Afolabi', null],
    ['Its spokesman, Arif Imam, rejected the offer.', 'Arif Imam', 'spokesman'],
    // one who takes up an office of a body
    ['When Kwaku Boateng-Addo became director of the Tarnby Maritime Museum, it was shut.', 'Kwaku Boateng-Addo',
      'director of the Tarnby Maritime Museum'],
    // a thing's word that is a frequent surname too, where what follows speaks of a person
    ['"We were slow," Ingrid Vale said on Monday.', 'Ingrid Vale', null],
    // a caption's job with no article, and where it is done
    ['[CAPTION: Tsehay Worku, senior agronomist at Kelby Seed Trust]', 'Tsehay Worku',
      'senior agronomist at Kelby Seed Trust'],
    // a machine operator "at" a firm, a world-list given name before a surname
    ['Nazia Rahimi, a machine operator at Tarnby Looms, says pay rose.', 'Nazia Rahimi',
      'machine operator at Tarnby Looms'],
  ])('%s → %s (%s)', (text, name, role) => {
    const person = factsOf(text, 'person').find((p) => p.name === name);
    expect(person).toMatchObject({ name, role });
  });

  // the fact stands at the person's first mention, and its evidence sentence is that mention's
  it.each([
    ['"The girls, Rachel and Theo, are safe," he said. Earlier, Theo Arkwright left home.', 'Theo Arkwright', 'Theo'],
    ['Arkwright said little. On Monday Theo Arkwright left home.', 'Theo Arkwright', 'Arkwright'],
  ])('%s → %s first named as %s, in its own sentence', (text, name, first) => {
    const person = factsOf(text, 'person').find((p) => p.name === name)!;
    expect(person).toMatchObject({ text: first, start: person.mentions[0]!.start });
    expect(text.slice(person.sentence_start, person.sentence_start + person.sentence.length)).toContain(first);
    expect(person.sentence_start).toBeLessThanOrEqual(person.start);
    expect(person.sentence_start + person.sentence.length).toBeGreaterThanOrEqual(person.end);
  });

  // a double-barrelled surname of a person named before, in a statement's context, is that person, no body
  it('reads "Tarvo-Lind said it would" after "Grace Tarvo-Lind" as the person', () => {
    const text = 'Grace Tarvo-Lind founded the lender in 2021. Tarvo-Lind said it would hire 40 staff next year.';
    expect(factsOf(text, 'person').flatMap((p) => p.mentions.map((m) => m.text)))
      .toEqual(['Grace Tarvo-Lind', 'Tarvo-Lind']);
    expect(orgNames(text)).toEqual([]);
  });

  it('reads "Ogun-Reis said in a statement" after "Mr Dayo Ogun-Reis" as the person', () => {
    const text = 'Mr Dayo Ogun-Reis dismissed the plan. "It is empty," Ogun-Reis said in a statement.';
    expect(factsOf(text, 'person').flatMap((p) => p.mentions.map((m) => m.text))).toEqual(['Dayo Ogun-Reis', 'Ogun-Reis']);
    expect(orgNames(text)).toEqual([]);
  });

  it('reads no person in a workplace after one named before it, ", who" telling of them', () => {
    const text = 'Thanks also to our producer Ossan at Harlow Audio, who set up the microphones.';
    expect(personNames(text)).not.toContain('Harlow Audio');
  });

  // a partner "at" a firm is a person; a partner "of" something may be a body
  // (one who speaks for a group claims responsibility in its name; an employer named before ", who" is no person)
  it.each([
    ['Two days later, KLF spokesman Tavo Mbeki-Renn claimed responsibility.', ['Tavo Mbeki-Renn'], ['KLF']],
    ['Among the hurt was Ana Ruiz, 47, a cleaner employed by Harlow Vane Facilities, who lost a leg.', ['Ana Ruiz'],
      ['Harlow Vane Facilities']],
    ['Oyelaran Brisk, a partner at Harlow, Pike & Partners LLP, argued the case.', ['Oyelaran Brisk'],
      ['Harlow, Pike & Partners LLP']],
    // one role "and" another after the name, a "co-" leading the head; a body by its description "the accelerator"
    ['Joining us is Chidike Orru, co-founder and managing director of Tarnwell.', ['Chidike Orru'], ['Tarnwell']],
    ['Chidike Orru, co-founder of Tarnwell, said it was hard.', ['Chidike Orru'], ['Tarnwell']],
    ['The founders joined Forge Ten, the accelerator, last spring.', [], ['Forge Ten']],
    // a club by its Portuguese opening words; a union whose acronym spells a compound's parts; a body whose title-like
    // opening word, a common word and a town, names no one
    ['Esporte Clube Varzelo named a new coach on Friday.', [], ['Esporte Clube Varzelo']],
    ['The Vereinigte Hafenarbeitergewerkschaft (VHG) called a strike. VHG chair Ola Berg spoke.', ['Ola Berg'],
      ['Vereinigte Hafenarbeitergewerkschaft']],
    ['Justice Matters Kelby, a campaign group set up after the flood, filled the hall.', [],
      ['Justice Matters Kelby']],
    // who cares and who rates, as kinds of business; a critic for a party
    ['The grant pays for beds at Tarnmoor Community Health; its president, Dr. Ola Berg, welcomed it.', ['Ola Berg'],
      ['Tarnmoor Community Health']],
    ['Corvel Ratings kept the outlook stable. She works in Mental Health.', [], ['Corvel Ratings']],
    ['The seawall is being rebuilt by Corlow Engineering, and they say it will hold.', [], ['Corlow Engineering']],
    ['Dana Roe of Brannock & Vey Solicitors represents the family.', ['Dana Roe'], ['Brannock & Vey Solicitors']],
    // the agency in brackets after a dateline's date
    ['TARNBY, March 9 (Kelby Wire) - Six people were hurt.', [], ['Kelby Wire']],
    ['TARNBY, 9 March 2026 (Kelby Wire) \u2014 Six people were hurt.', [], ['Kelby Wire']],
    // a transcript's speaker in capitals with the country they speak for is no dateline; a trustee's title
    ['THE CHAIR: You have the floor.\n\nMS TOVA BRINK (Norland): Thank you, Chair.', ['TOVA BRINK'], []],
    ['Motion: Trustee Okonjo. Second: Trustee Vell. Vote: 4-0.', ['Okonjo', 'Vell'], []],
    // a broadcaster, a quarterly, a collective by their heads
    ['Q (Tova Brink, Tarn Valley Broadcasting): Were civilians hurt?', ['Tova Brink'], ['Tarn Valley Broadcasting']],
    ["Ola Berg, Kestrel Quarterly's poetry editor, asked the questions.", ['Ola Berg'], ['Kestrel Quarterly']],
    ["Tom Roe of the Northern Dockers' Collective said the strike would go on.", ['Tom Roe'],
      ["Northern Dockers' Collective"]],
    // two names no dictionary holds, "of" and a firm by its legal form
    ['Counsel: Adewale Okonjo of Tarrow Pike LLP, for the claimant.', ['Adewale Okonjo'], ['Tarrow Pike LLP']],
    ['Tarvenmark, a partner of the alliance, said it would stay.', [], []],
    // a kind of business after a nationality is no name
    ['Chinese Foods are popular in the town.', [], []],
  ])('%s → people %j, organisations %j', (text, people, orgs) => {
    expect(personNames(text)).toEqual(people);
    if (orgs.length > 0) expect(orgNames(text)).toEqual(orgs);
  });

  // a transcript: one who says who they are; a speaker's label is no title of what is said, nor a body in capitals; an
  // interview's "Q." and "A." are no initials
  it.each([
    ["[01:12:09] HOST: Hello again. I'm Dana Marsh, welcome to the late report.", ['Dana Marsh'], []],
    // (the guest the label names in brackets, after a timecode, is a person)
    ['[01:12:30] GUEST (Orsi): Thanks. The bridge is sound.\n\nThe Chair: Thank you. We resume at noon.', ['Orsi'], []],
    ['The studio opened in 2016.\n\nQ. Kelby has no maps. Was that hard?\n\nA. Publishers said no.', [], []],
    // an answer's opening preposition is no word of the name after it
    ['Q. Where do you work?\nA. At Corrin Systems.\nQ. Who signed it?\nA. To be fair, Ilse Varga did.', ['Ilse Varga'],
      ['Corrin Systems']],
    ['Q. Who approved it?\nA. To Ilse Varga, our quality lead.', ['Ilse Varga'], []],
    // someone known by a given name after a possessive and a person's noun; not a business's partner
    ['My postdoc, Ilse, checked the data twice.', ['Ilse'], []],
    ['Our supplier, Kelbrook, raised its prices.', [], ['Kelbrook']],
    // a sentence inside a quotation that the parse runs on opens with a capital anyway
    ['She said: "The risk is real. Holidaymakers have long memories," she said.', [], []],
  ])('%j → people %j, organisations %j', (text, people, orgs) => {
    expect(personNames(text)).toEqual(people);
    expect(orgNames(text)).toEqual(orgs);
  });

  // a club named by its word first, as Spanish names it; a sports outlet by its kind of business
  it.each([
    ['The striker joined Club Atlético Tarvia Norte last month, the club said.', [],
      ['Club Atlético Tarvia Norte']],
    ['Q: Gareth Ames, Tarvik Sport. Was it a penalty?', ['Gareth Ames'], ['Tarvik Sport']],
    // what a company makes, in the plural, and a wire service, as last words
    ['Speakers: Orla Fenn, chief executive, Harlow Home Products; Ian Kowal, Tarnby Engines', ['Orla Fenn', 'Ian Kowal'],
      ['Harlow Home Products', 'Tarnby Engines']],
    ['Q: Ines Wells from Kelby Markets Wire. Will rates fall?', ['Ines Wells'], ['Kelby Markets Wire']],
  ])('%j → people %j, organisations %j', (text, people, orgs) => {
    expect(personNames(text)).toEqual(people);
    expect(orgNames(text)).toEqual(orgs);
  });

  // a programme's guest line of a name, a title and a body (no headline, though its words are capitalised), and what
  // a person has ("my producer") no body's kind
  it('reads a guest line and "my producer, …" as people and a body', () => {
    const text = 'RADIO KELBY - THE PHONE-IN\nStudio guest: Femi Adeyinka, Chief Executive, Tarnby Homes Housing '
      + 'Association\n\nHOST: The lines are full - my producer, Kojo Asare, is waving at me. Femi Adeyinka, welcome.';
    expect(personNames(text)).toEqual(['Femi Adeyinka', 'Kojo Asare']);
    expect(orgNames(text)).toEqual(['Tarnby Homes Housing Association']);
    expect(factsOf(text, 'person')[0]!.affiliation).toBe('Tarnby Homes Housing Association');
  });

  // a speaker's label of a name and the body spoken for, opening the line (not a caller's town, nor a title)
  it('reads "Name, Body:" labels as a person and the body spoken for', () => {
    const text = 'Phone-in\n\nTom Keogh, Limerick: I waited six hours.\n\nAnn Lee, Chief Executive: We are sorry.\n\n'
      + 'Taavo Lund, NRK: When does the window open?\n\nJoe Marr, Kelby Daily Post: Will you resign?';
    expect(personNames(text)).toEqual(['Tom Keogh', 'Ann Lee', 'Taavo Lund', 'Joe Marr']);
    expect(orgNames(text)).toEqual(['NRK', 'Kelby Daily Post']);
    expect(factsOf(text, 'person').map((p) => p.affiliation)).toEqual([null, null, 'NRK', 'Kelby Daily Post']);
  });

  // a name, a title over a field and a body are an appositive chain, no list of three names
  // (the body here has no evidence of its own: the list made it, and the field, people)
  it('reads "Name, Head of Sales, Body; …" as a person and no more', () => {
    const text = 'Guests: Ann Lee, Head of Sales, Kelby Foods; Tom Reyes, Director of Research, Harlow Institute';
    expect(personNames(text)).toEqual(['Ann Lee', 'Tom Reyes']);
  });

  // a briefing's questioners and whom they are with: a paper named by its kind first, a shipping firm, a charity; a
  // paper named a star
  it.each([
    ['QUESTION: Thank you. Joel Ruston, Tarvik Evening Star. How long will it be shut?\n\nSPOKESPERSON: Six weeks. '
      + 'Ask Captain Ravi Mendis of Tarnby Maritime, or Open Hearth Relief.',
    ['Joel Ruston', 'Ravi Mendis'], ['Tarvik Evening Star', 'Tarnby Maritime', 'Open Hearth Relief']],
    ['QUESTION: Thank you. Adaora Nwoye, Gazette Provençale. Is the envoy coming?\n\nSPOKESPERSON: Yes. We spoke '
      + 'with Captain Ravi Mendis of Tarnby Maritime and with Open Hearth Relief.',
    ['Adaora Nwoye', 'Ravi Mendis'], ['Gazette Provençale', 'Tarnby Maritime', 'Open Hearth Relief']],
  ])('%j → people %j, organisations %j', (text, people, orgs) => {
    expect(personNames(text)).toEqual(people);
    expect(orgNames(text)).toEqual(orgs);
    expect(factsOf(text, 'person').map((p) => p.affiliation)).toEqual([orgs[0], 'Tarnby Maritime']);
  });

  // a list of participants: a name and a title in capitals, the field after a title, a compound after a title
  it.each([
    ['TARVIK SYSTEMS\nLaunch of the Tarvik Arc - Analyst Question-and-Answer Call\n\nCompany participants:\n'
      + 'Tendai Moyo, Chief Financial Officer\nRavi Sundaram, Senior Vice President, Product\nAnn Lee, Vice '
      + 'President, Investor Relations\n\nAnalyst participants:\nDan Kimberley, Orlen Peak Capital\n',
    ['Tendai Moyo', 'Ravi Sundaram', 'Ann Lee', 'Dan Kimberley']],
  ])('%j → people %j', (text, names) => {
    expect(personNames(text)).toEqual(names);
    expect(factsOf(text, 'person').at(-1)!.affiliation).toBe('Orlen Peak Capital');
  });

  // ...or after the line's label, the list going on after a semicolon
  it.each([
    ['Guests: Dr Imre Farkas, Kelby Soil Institute; Ada Mol, Tarvik Growers\n', 'Imre Farkas', 'Kelby Soil Institute'],
    ['Moderator: Ana Ruiz, Radio Dunvale\nGuests: Ada Mol and Bo Lind', 'Ana Ruiz', 'Radio Dunvale'],
  ])('%j → %s of %s', (text, name, body) => {
    expect(factsOf(text, 'person').find((p) => p.name === name)?.affiliation).toBe(body);
  });

  // a title-case headline after a label keeps its case, a semicolon in it or not: its verb ends a name
  it('reads a headline after "Also Read:" as a headline', () => {
    const text = 'Talks went well, Ann Lee said.\nAlso Read: Kelby Spokesperson Defends Velmar’s Outreach To Tarvia; '
      + 'Affirms Strong Ties With Harlow\n';
    expect(personNames(text).filter((n) => n.includes('Defends'))).toEqual([]);
  });

  // a given name's possessive before a role is a person's, not a body's: no body, no affiliation by it
  it('reads "Aarav\'s co-founder" as a person\'s co-founder', () => {
    const text = 'HOST: I\'m joined by Aarav Mehta.\nAARAV: Thanks.\nHOST: Aarav\'s co-founder, Tomo Arai, built it.';
    expect(orgNames(text)).toEqual([]);
    expect(factsOf(text, 'person').map((p) => [p.name, p.affiliation])).toEqual([['Aarav Mehta', null],
      ['Tomo Arai', null]]);
  });

  // a given name opening a sentence before the Arabic article glued to a surname
  it.each([
    ['The deal closed. Samir al-Kadri, a director of the fund, said so.', ['Samir al-Kadri']],
    // a rare given name and a word no surname list holds, after "in", is where something is
    ['Ana Fonte, back from a holiday in Gran Tarvia, said the flight was late.', ['Ana Fonte']],
    // a nationality and one who does something before a name; a kind of business so placed names a body
    ['The federation banned Nigerian weightlifter Obiaku Okechi for four years.', ['Obiaku Okechi']],
    ['Dutch cell maker Velvora Cell Systems joined the bid, as did German carmaker Kelby Motors.', []],
    // a kind of body's word used as a verb names none: the surname after it is the person's
    ['Kenyan lifter Okechi Obinwa lost the title. The lifters\' union could help fund Obinwa\'s costs.',
      ['Okechi Obinwa']],
    // an editor's role after a name set off by a comma
    ['Chair: Naledi Okafor-Lind, literary editor of the Kelby Ledger', ['Naledi Okafor-Lind']],
    // counsel's rank after a name a title opens, whatever the given name
    ['Counsel to the Inquiry: Ms Yewande Okafor-Lind KC\nBefore: Dame Ines Varga (Chair)',
      ['Yewande Okafor-Lind', 'Ines Varga']],
  ])('%s → people %j', (text, names) => {
    expect(personNames(text)).toEqual(names);
  });

  // a kind of business after a given name the dictionary holds is no person ("Sky Sports" is neither a Sky nor a Sports)
  it.each([
    ['Coach Leontine Abara told Ruby Sports afterwards.', ['Leontine Abara']],
  ])('%s → people %j', (text, names) => {
    expect(personNames(text)).toEqual(names);
  });

  // a role noun in apposition after the name, closing the sentence too; a combining mark that ends a word is the name's
  it.each([
    ['The firm was founded by Chidubem Okafor-Nwosu, a software engineer.', ['Chidubem Okafor-Nwosu']],
    ['Ifeoluwa Adéṣínà, a former investment banker, runs it.', ['Ifeoluwa Adéṣínà']],
    ['The loan was signed by Tunde Adérọ̀, a banker.', ['Tunde Adérọ̀']],
  ])('%s → people %j', (text, names) => {
    expect(personNames(text)).toEqual(names);
  });

  // two names no dictionary holds, then "of the" and a body by its head word: a person of that body
  it.each([
    ['The sprint went to Osric Tamble of the Harth Cycling Club on Sunday.', ['Osric Tamble'], ['Harth Cycling Club']],
    ['Last month we had Kwabe Osante from the Harth Met Agency in the studio.', ['Kwabe Osante'],
      ['Harth Met Agency']],
  ])('%s → people %j, organisations %j', (text, people, orgs) => {
    expect(personNames(text)).toEqual(people);
    expect(orgNames(text)).toEqual(orgs);
  });

  // a word with a bracket inside is a plural or an aside, no part of a name
  it.each([
    ['We asked which Sharon Trustee(s) had signed the letter.', []],
    ['Photo by Dana Whitcomb (Harbour Times)Buy Photo', ['Dana Whitcomb']],
  ])('%s → people %j', (text, names) => {
    expect(personNames(text)).toEqual(names);
  });

  // an initial without its full stop after a person's noun
  it('reads "interviewee K Tharvel" as a person', () => {
    expect(personNames('File photo of interviewee K Tharvel. The storm was strong.')).toEqual(['K Tharvel']);
  });

  // two given names before one surname: both are people, and the second given name is no month
  it.each([
    ['The victims, Harold and June Whitaker, both 78, died at home.', ['Harold', 'June Whitaker']],
    ['Tom and Ella Brandt said they would sue the council.', ['Tom', 'Ella Brandt']],
  ])('%s → %j', (text, names) => {
    expect(personNames(text)).toEqual(names);
    expect(factsOf(text, 'date')).toEqual([]);
  });

  // a body's name, then a person's with no comma between: two names
  it.each([
    ['Chief executive of the Kelmont Trust Ann Lee said the fund would close.', 'Kelmont Trust', 'Ann Lee'],
    ['The head of the Harbour Refugee Council Dan Ortiz Vela told reporters it was full.', 'Harbour Refugee Council', 'Dan Ortiz Vela'],
  ])('%s → %s, %s', (text, org, person) => {
    expect(orgNames(text)).toContain(org);
    expect(personNames(text)).toContain(person);
  });

  it('gives the affiliation the text states', () => {
    const [person] = factsOf('Kelmont spokesman Dan Ortiz declined to comment.', 'person');
    expect(person!.affiliation).toBe('Kelmont');
  });

  it.each([
    ['Yesterday Michael Trenholm resigned from the board.', 'Michael Trenholm', 'first-name'],
    // a Portuguese particle inside a name
    ['Marco Pinto do Rego said the deal was the best they could get.', 'Marco Pinto do Rego', 'first-name'],
    ['Ilda dos Mourato Corvo, who chairs the tenants, said no.', 'Ilda dos Mourato Corvo', 'first-name'],
    ['The innings was rescued by R. Castellan, who scored a century.', 'R. Castellan', 'initial-and-surname'],
    // an initial with no full stop, where a person's context speaks
    ['The storm was strong, said K Annavel, a forecaster.', 'K Annavel', 'initial-and-surname'],
    ['Chief minister M K Selvan said the area was flooded.', 'M K Selvan', 'initial-and-surname'],
    ['The goal came from his counterpart Jorvik Santari in the second half.', 'Jorvik Santari', 'role-before-name'],
    ['General Yusuf al-Rashidi inspected the troops.', 'Yusuf al-Rashidi', 'title-before-name'],
    ['Foreign Minister Dana Whitcomb arrived late.', 'Dana Whitcomb', 'title-before-name'],
    // a given name before a body's head word that is a common surname too, where the context speaks of a person
    ["Tarvik's head of data, Tessa Court, said so.", 'Tessa Court', 'surname-shaped-head'],
    ['Linnea Church, head of sales, spoke first.', 'Linnea Church', 'surname-shaped-head'],
    ['Talks\n\nAnn Lee: Welcome.\nEdwin Fleet: Thank you. We began in May.\nAnn Lee: Why?\nEdwin Fleet: Demand.',
      'Edwin Fleet', 'surname-shaped-head'],
    // people named together after their plural
    ['The bowler removed openers Vedanth Murugesh and Tenzin Lhamo in the first over.', 'Vedanth Murugesh',
      'role-before-name'],
    ['The bowler removed openers Vedanth Murugesh and Tenzin Lhamo in the first over.', 'Tenzin Lhamo', 'list-member'],
    // a job only people hold, in apposition
    ['Tuini Kawharu, a freshwater ecologist at the Kelby Lakes Institute (KLI), led the study.', 'Tuini Kawharu',
      'role-after-name'],
    // (a given name no list holds)
    ['Taini Te Whata, a paediatrician at the clinic, saw the boy.', 'Taini Te Whata', 'role-after-name'],
    // a Welsh patronymic; "Muhammad" abbreviated before a given name
    ['Council leader Rhys ap Gwilym said residents would vote.', 'Rhys ap Gwilym', 'first-name'],
    // scholars and makers no body is, and a member of a council, before a name no list holds
    ['The jury chair, the historian Ifeoluwa Adetoro, praised it.', 'Ifeoluwa Adetoro', 'role-before-name'],
    ['The motion fell when council member Ifeoluwa Adetoro voted no.', 'Ifeoluwa Adetoro', 'role-before-name'],
    // a double surname whose second part is a street's word
    ['Our chairman, Tomas Ivanov-Lane, said so last week.', 'Tomas Ivanov-Lane', 'first-name'],
    // a given name the parse reads as a verb by its ending, opening a sentence before a particle
    ['The bank said so. Karsten van Dorp, chief operating officer of Noordvast, agreed.', 'Karsten van Dorp',
      'role-after-name'],
    // a title led by other words before a surname first, two words or more on
    ['The talks began. Jeju Trade Minister Yoon Ha-neul, who hosted them, spoke first.', 'Yoon Ha-neul',
      'title-before-name'],
    ["The group's president, Md. Tarikul Osmanur Bhuiyan, told reporters the orders fell.",
      'Md. Tarikul Osmanur Bhuiyan', 'role-before-name'],
    // a second surname that is also a name's particle ("das", "dos") when it stands alone
    ['Mira Kotian-Das joined the board in May.', 'Mira Kotian-Das', 'first-name'],
    // a role after the name that its owner's possessive opens
    ["Tavish Oduro, the firm's director of projects, joined in May.", 'Tavish Oduro', 'role-after-name'],
    // a place's word joined to a surname by a hyphen is a second surname
    ['Lorna Dempsey-Vale apologised to passengers on Monday.', 'Lorna Dempsey-Vale', 'first-name'],
    // kin named after a possessive, or together after a plural
    ["Ms Arden's son, Teodor, keeps the books.", 'Teodor', 'role-before-name'],
    ['She was travelling with her sons, Ivo and Tam, when the flight was cancelled.', 'Ivo', 'role-before-name'],
    ['She was travelling with her sons, Ivo and Tam, when the flight was cancelled.', 'Tam', 'list-member'],
    // a sentence's first name, its words after the first in no dictionary, beside a person
    ['Purna Jelsik Wanjau and Dan Odhiambo won the relay.', 'Purna Jelsik Wanjau', 'list-member'],
    ['1. Tomas Verlaine (Belgium) 10.12 seconds\n2. Ari Kovanen (Finland) 10.20', 'Ari Kovanen', 'name-with-country'],
    ['Scorers: Davor Ilic (12th), Marek Novy (80th).', 'Marek Novy', 'scorer-or-player'],
    ['"We will win," said Odelphine Marchetti after the vote.', 'Odelphine Marchetti', 'speech-or-kin-before-name'],
    // a noun for a person in apposition, a given name no list holds
    ['Ikechi Tarvobi, a local farmer, said the gunmen came at night.', 'Ikechi Tarvobi', 'role-after-name'],
    // a possessive determiner before the role
    ['Then Tobin, my deputy, went to the capital.', 'Tobin', 'role-after-name'],
    // what befalls only a person, in the passive
    ['Ikechi Dabiri was shot dead by police on Sunday.', 'Ikechi Dabiri', 'role-after-name'],
    ['Police said Obiora Tarvenko was sentenced to life.', 'Obiora Tarvenko', 'role-after-name'],
    // what is done only to a person, before the name
    ['Police arrested Ikechi Dabiri on Monday.', 'Ikechi Dabiri', 'role-before-name'],
    ['The attacker was identified as Kobina Tarvoe.', 'Kobina Tarvoe', 'role-before-name'],
  ])('%s → %s (%s)', (text, name, reason) => {
    const person = factsOf(text, 'person').find((p) => p.name === name);
    expect(person).toBeDefined();
    expect(person!.reason).toBe(reason);
  });

  it.each([
    'I support a Fair Share Amendment.',
    'Leaders signed the Marta Accord on Friday.',
    // a title's word opening a law's name
    'The fine was imposed under the General Kelby Rules Regulation.',
  ])('reads a law, a treaty or a plan named after its words as no person: %j', (text) => {
    expect(personNames(text)).toEqual([]);
  });

  it('reads an editor\'s given name in brackets as the name\'s, keeping the bracket in the mention', () => {
    const [person, ...others] = factsOf('"I think [Tomas] Brierly was right," she said. [Senator] Velland agreed.', 'person');
    expect(person).toMatchObject({ name: 'Tomas Brierly', text: '[Tomas] Brierly' });
    expect(others.map((p) => p.name)).toEqual(['Velland']);
  });

  it.each([
    // a speaker's label in capitals, its surname led by particles, before the full name in the first turn
    ['MR. VAN DER BERG: Good evening. Willem van der Berg, chair of the Kelby Residents Group.\n\nCHAIR: Thank you.',
      'Willem van der Berg'],
    // a surname before a generation's suffix
    ['MR. HALLORAN: Thank you. Conor P. Halloran Jr., treasurer of the Kelby Tenants League.', 'Conor P. Halloran Jr.'],
    // Irish "Ó" stands apart from the surname it leads
    ['Senator Ó Ceallaigh took the floor. "Siobhán Ó Ceallaigh, for the record," she said.', 'Siobhán Ó Ceallaigh'],
    // the first of two surnames joined by "y"
    ['Andrés de la Vega y Soto founded the firm in 1990. Mr. de la Vega said sales had doubled.', 'Andrés de la Vega y Soto'],
  ])('links a lone surname to the one person named in full: %j', (text, name) => {
    expect(personNames(text)).toEqual([name]);
  });

  it.each([
    ['[00:12:40] Tova Brink (Senior Reporter, Kelby Weekly): Will prices rise?', 'Senior Reporter', 'Kelby Weekly'],
    ['[00:13:05] Ivo Marr (SVP, Chip Design, Tarvik Devices Inc.): Not this year.', 'SVP, Chip Design',
      'Tarvik Devices Inc.'],
  ])('reads a speaker label\'s role and body in brackets, the body last: %j', (text, role, affiliation) => {
    expect(factsOf(text, 'person')).toEqual([expect.objectContaining({ role, affiliation })]);
  });

  it.each([
    ['APPEARANCES:\nFor the Defendant: Tova Brink, Partner, Brink & Marr LLP', 'Brink & Marr LLP'],
    ['APPEARANCES:\nFor the Defendant: Tova Brink, Partner, Brink, Lund & Marr LLP', 'Brink, Lund & Marr LLP'],
  ])('reads a role before a firm named for its partners as no partner: %j', (text, firm) => {
    expect(orgNames(text)).toEqual([firm]);
    expect(factsOf(text, 'person')).toEqual([expect.objectContaining({ name: 'Tova Brink', affiliation: firm })]);
  });

  it.each([
    ['We signed the deal with Dalton Builders last year.', ['Dalton Builders'], []],
    ['KELBY FOODS INC., Plaintiff,\nv.\nTOVA BRINK, Defendant.\nCase No. KB-CR-22-104\n\nTHE COURT: Be seated.',
      ['KELBY FOODS INC.'], ['TOVA BRINK']],
    ['Speakers: KB — Kai Brenner; LM — Lina Marr\n\nKB: Welcome back.\nLM: Thanks.', [], ['Kai Brenner', 'Lina Marr']],
    ['Then the shot went up and BANG! The crowd rose.', [], []],
  ])('reads bodies and people of a transcript\'s furniture: %j', (text, bodies, people) => {
    expect(orgNames(text)).toEqual(bodies);
    expect(personNames(text)).toEqual(people);
  });

  it.each([
    // a given name written with accents the lists give without
    ['Officials said Siobhán Tarvane would go.', ['Siobhán Tarvane']],
    // two initials written together
    ['(Editing by J.P. Tarnow)', ['J.P. Tarnow']],
    // a title of a jury's member
    ['Juror Ramona Velsk, editor of the paper, said so.', ['Ramona Velsk']],
    // a romanised given name first, a double surname after
    ['Tarvik engineer Ji-ho Seo-Lindqvist agreed.', ['Ji-ho Seo-Lindqvist']],
    // a generation's suffix after a role's word the organisation rules read
    ['Partner Ramon Tarbell III, who sits on the board, said so.', ['Ramon Tarbell III']],
  ])('reads the person: %j', (text, people) => {
    expect(personNames(text)).toEqual(people);
  });

  it.each([
    'ALBANY, N.Y. Kelwin Road was closed.',
    'The vote on the U.N. Resolution was delayed.',
    'Posted 9:10 AM ET, Tue March 3, 2026',
  ])('reads no person in a place\'s initials or a date: %j', (text) => {
    expect(personNames(text)).toEqual([]);
  });

  it('keeps the full stop of "Jr." before a dash', () => {
    expect(factsOf('Watch the guard, Dan Ortiz Jr. — everyone calls him Deuce.', 'person'))
      .toEqual([expect.objectContaining({ name: 'Dan Ortiz Jr.' })]);
  });

  it.each([
    'Meet the Orla K7, our fastest chip yet.',
    'KEYNOTE\nHall B, Kelby Expo Centre\nLive stream.',
  ])('reads no person in a name with a word of letters and digits, or one ending in a lone capital: %j', (text) => {
    expect(personNames(text)).toEqual([]);
  });

  it.each([
    ['He voted for [Tomas K.] Brierly twice.', 'Tomas K. Brierly', '[Tomas K.] Brierly'],
    ['He voted for [Ana R. J.] Velland twice.', 'Ana R. J. Velland', '[Ana R. J.] Velland'],
    ["There's Tomas [Brierly], who runs the camera.", 'Tomas Brierly', 'Tomas [Brierly]'],
  ])('reads an editor\'s bracket holding initials or the surname as the name\'s: %j', (text, name, mention) => {
    expect(factsOf(text, 'person')).toEqual([expect.objectContaining({ name, text: mention })]);
  });

  it.each([
    'They rallied on Anne-Marie Tessier Boulevard in the rain.',
    'The collapse of Dina Plaza killed many workers.',
    'The crash happened on Tom Bradley Parkway at night.',
  ])('reads a street or a square named after a person as a place: %j', (text) => {
    expect(personNames(text)).toEqual([]);
  });

  it.each([
    'A new Iowa poll shows him ahead.',
    'The latest Maria poll was a joke, she said.',
  ])('reads no pollster in a place or a person before "poll": %j', (text) => {
    expect(factsOf(text, 'organisation')).toEqual([]);
  });

  it('reads no name in a state abbreviated before a sentence: "Baltimore, Md. Police said"', () => {
    expect(personNames('The man was arrested in Baltimore, Md. Police said he was armed.')).toEqual([]);
  });

  it('reads towns listed after a known place and a preposition of place as places, not people', () => {
    const text = 'The director, Ana Lind, said it would open in Addis Ababa, Gondar and Bahir Dar by May.';
    expect(personNames(text)).toEqual(['Ana Lind']);
  });

  it('links a lone surname to the person a relative of the same name was introduced after', () => {
    const text = 'Margit Halloran, an architect, died on Saturday. Her death was announced by her son, Conor Halloran. '
      + 'Born in Cork in 1938, Halloran studied in Dublin.';
    const people = factsOf(text, 'person');
    expect(people.find((p) => p.name === 'Margit Halloran')?.mentions.map((m) => m.text)).toEqual(['Margit Halloran', 'Halloran']);
    expect(people.find((p) => p.name === 'Conor Halloran')?.mentions).toHaveLength(1);
  });

  it('links a lone given name to a person only a list decided', () => {
    const text = 'We spoke to co-founders Maya Ortega and Ben Kowalski.\n\nHow did it start?\n\nMaya: Ben and I met at college.';
    const maya = factsOf(text, 'person').find((p) => p.name === 'Maya Ortega');
    expect(maya?.mentions.map((m) => m.text)).toEqual(['Maya Ortega', 'Maya']);
  });

  it.each([
    'I also think what Supergiant did with their Early Access was brilliant.',
    'The firm cited losses at its Morgan Freight unit.',
    // a kind of business as the last word
    'A petrol station run by Sayer Fuels was hit on Sunday.',
  ])('reads a thing a body or a group owns as no person: %j', (text) => {
    expect(personNames(text)).toEqual([]);
  });

  it.each([
    // speech after the name: "added that" (a pattern once held a stray control character here and never matched)
    ['Tarsa Velmont added that the talks had stalled.', 'Tarsa Velmont'],
  ])('reads a person by what follows the name: %j', (text, name) => {
    expect(personNames(text)).toEqual([name]);
  });

  it('reads what a person named before "of" belongs to as no second person', () => {
    expect(personNames('News\n\nThe study was led by Dr. Grace Liu of Carson Medicine.')).toEqual(['Grace Liu']);
  });

  it.each([
    'It is the company Ann Lee founded in 2010.',
    'It is the firm Dana Whitcomb built.',
    // the maker of a work, a relative clause's subject
    'It was the song Ann Lee wrote for her mother.',
    // a kind a person is called by: "partner", "rival"
    'He lives with his partner Ann Lee.',
    'Her rival Ann Lee in the race conceded.',
  ])('keeps a person after a kind of body when the name ends in a surname: %j', (text) => {
    expect(personNames(text)).toHaveLength(1);
  });

  it('reads no person after "the" from what follows the name', () => {
    expect(personNames('When the Green Left asked me to stand, I said yes.')).toEqual([]);
  });

  it('reads a role phrase that a speech verb follows as the speaker, not a role of the place before it', () => {
    const text = 'Seven were at the regional hospital in Lorvin, a hospital spokeswoman said.';
    expect(personNames(text)).toEqual([]);
  });

  // a frequent surname alone is also a common word: it counts only in a slot a person fills
  it.each([
    ['Baker said on Monday that the vote would wait.', 'Baker', 'surname-before-speech-verb'],
    ['The vote would wait, Sharp said on Monday.', 'Sharp', 'surname-before-speech-verb'],
    ['Critics defended Turner’s handling of the crisis.', 'Turner', 'surname-possessive-before-noun'],
    ['The council praised Walker for the rescue.', 'Walker', 'surname-after-stance-verb'],
    ['Hunter, 61, stepped down on Friday.', 'Hunter', 'surname-with-age-or-who'],
    ['Minister Defends Fisher’s Plan For Rail Links\nThe plan was announced on Monday.', 'Fisher', 'surname-possessive-before-noun'],
  ])('%s → %s (%s)', (text, name, reason) => {
    const person = factsOf(text, 'person').find((p) => p.name === name);
    expect(person).toBeDefined();
    expect(person!.reason).toBe(reason);
    expect(person!.confidence).toBeLessThan(0.7);
  });
  it.each([
    // a work or a ship named after its kind
    'Her novel Mara Lost won the prize.', 'The film Golden Hour opens on Friday.', 'The ship Ever Bright was refloated.',
    'The ferry Marlow Star capsized on Sunday.', 'The fishing boat Ada Rose sank off the cape.',
    // what a product adds is no speech
    'Users can now upload videos, while Grok added voice chat.',
    // a building named before its kind
    'A fire at the Willow Grange care home killed a resident.',
    // a street whose first word is a verb's form, opening a sentence
    'Tolling Street said the reforms were fair.',
    // the pronoun closing a sentence is no initial of the next one's first word
    'He wants the town kept safe. So do I. But the truth matters.', 'We agreed. So did I. The vote was close.',
  ])('reads no person: %s', (text) => expect(personNames(text)).toEqual([]));
  // "who" after a place tells of the person before it
  it.each([
    ['Maureen Tapley, 71, a retired cook from nearby Pellan, who has waited a year, spoke.', 'Pellan'],
    ['A bus driver in Tarvel, who asked not to be named, said the route was cut.', 'Tarvel'],
    // a list's member at a sentence's start takes no word before a given name into the name
    ['Nonpartisan Dan Wanjau and Ann Lee won seats.', 'Nonpartisan Dan Wanjau'],
    // "who" after a place tells of the person before "from" (no comma before it)
    ['Maeve Ní Bhriain, a KSU student from Baile Riabhach who tested the app, liked it.', 'Baile Riabhach'],
    // the dateline's place named again in one word, though a given name too
    ['ROSARIO, Argentina - Rivers rose on Monday. Crews worked through the night in towns of Rosario and Santa Fe.',
      'Rosario'],
  ])('reads %j: %s is no person', (text, place) => expect(personNames(text)).not.toContain(place));
  it.each([
    'U.S. Harbour and Customs Enforcement said the workers were held.',
    // a wildfire by its name, a fire service by its state's
    'The Ross Fire had burned 18,000 acres by Sunday, according to Val Fire.',
    'Physicians for Harbour Rights said so.',
    'Kelton Right to Life called the ruling a tragedy.',
    // nor one whose first word is a plural or a mass noun
    'Prices rose 4.1 percent last quarter, according to Statistics Tarvia.',
  ])('reads no person in a name whose last word is a thing\'s, no surname, or whose first is a plural: %s', (text) => {
    expect(personNames(text)).toEqual([]);
  });
  it.each([
    'Staff said the paper had cut its budget.', 'Press said the vote was close.',
  ])(
    'reads no surname in a noun for a group: %s', (text) => expect(personNames(text)).toEqual([]),
  );

  // compromise tags a frequent surname that ends many places' names (hall, hill, marsh, lane) a place
  it.each([
    ['Tom Hall said the plan had failed.', 'Tom Hall'],
    ['Agency representative Lena Marsh called the attack an outrage.', 'Lena Marsh'],
    ['A trader, Ann Woods, who saw the raid, hid under a stall.', 'Ann Woods'],
    ['Lena Hill, 54, was taken to hospital.', 'Lena Hill'],
    // a word that names a place alone ("park") is a surname where what follows speaks of a person
    ['Lena Park said the study was flawed.', 'Lena Park'],
    ['Lena Park, a professor at Harwell University, led the study.', 'Lena Park'],
    // ...also the second of two surnames joined by a hyphen
    ['Parents were divided. Jodie Varnum-Hall said families were angry.', 'Jodie Varnum-Hall'],
  ])('%s → %s, though its surname ends places’ names', (text, name) => {
    expect(personNames(text)).toContain(name);
  });

  it('reads a company named without its suffix as the company, not a person', () => {
    const text = 'Brantley Software to buy Corvex\n\nBrantley Software Inc said on Monday it agreed to buy Corvex.';
    expect(personNames(text)).toEqual([]);
    expect(mentionTexts(text, 'organisation')).toContain('Brantley Software');
  });

  it.each([
    'Harwell Pharma is recalling 1.2 million bottles of pills.',
    'Harwell Freight did not respond to a request for comment.',
    'Kelmont Rail said so on Monday.',
    'Ann Lee joined Orvik Logistics last year.',
    // a maker recalls its products: no speech
    'Rival Stellan Auto recalled 40,000 trucks last month.',
    'Stellan Auto recalled thousands of trucks.',
    // makers and carriers
    'Orlen Devices said demand was strong.',
    'Kelby Instruments said it would cut 200 jobs.',
    'Bluefen Cruises said the ship would return to port.',
    'Rival Tarvik Biologics began a trial of its own.',
  ])('no person ending in a kind of business in %j', (text) => {
    expect(personNames(text).filter((n) =>
      /Pharma|Freight|Rail|Logistics|Auto|Devices|Instruments|Cruises|Biologics/.test(n))).toEqual([]);
  });

  it.each([
    'Ann Lee recalled that the bridge shook.',
    'Ann Lee recalled the day the bridge shook.',
  ])('a person who recalls something in %j', (text) => expect(personNames(text)).toEqual(['Ann Lee']));

  it.each([
    'Its rival Datavane was bought last year.',
    'The firm lost ground to its rival Kelmont Foods.',
    'Its predecessor Norvane was slower.',
    // a person comes to a company from a rival body
    'The firm hired its new chief in 2009 from rival Datavane.',
  ])('no person in %j: after "its" or "from" a rival is a company', (text) => expect(factsOf(text, 'person')).toEqual([]));

  it.each([
    // "ur" joins a name as "ul" does, and a bowler's kind is a person noun
    ['The paceman Saif-ur-Kamal took four wickets.', 'Saif-ur-Kamal'],
    ['Councillor-elect Mok Kin-wai won the seat.', 'Mok Kin-wai'],
    ['Late on, Seo Ji-Hoon was booked for a foul.', 'Seo Ji-Hoon'],
    // a frequent surname romanised otherwise, opening a sentence where the parse reads it as a verb
    ['Park Min-seo of the Harbour Party conceded on Wednesday.', 'Park Min-seo'],
    // ...or the given name first, also opening a sentence
    ['The plan was backed by Ka-ming Tsoi, who chairs the board.', 'Ka-ming Tsoi'],
    ['Local leaders agreed. Min-seo Baek, who chairs the board, said so.', 'Min-seo Baek'],
    // an office in capitals, told by "the", then its holder set off
    ['The Minister of Trade, Lerako Tlali, said he would cut tariffs.', 'Lerako Tlali'],
    // a syllable that closes on "l"
    ['The studio was run by Kim Bo-ral until March.', 'Kim Bo-ral'],
    // a wire story's closing credits name its journalists
    ['The port reopened.\n\n(Reporting by Rizal Tanoko; Editing by Bo Lind)', 'Rizal Tanoko'],
  ])('a name of its own shape in %j', (text, name) => expect(personNames(text)).toContain(name));

  it.each([
    'The hikers were stopped by Norwegian soldiers at the border.',
    // a quantifier before a plural names a group
    'The temple is open to all Buddhists who travel there.',
    // a kind of body right before the name is whose the speech is
    'The group Saif-e-Kalam said so.',
    'Many Republicans who backed the bill were angry.',
    'The envoy, Canadian officials said, would stay.',
  ])('no person named for a nationality or a group in %j', (text) => expect(personNames(text)).toEqual([]));

  it.each([
    'Rita Vance, a Democrat who was elected in 2022, resigned.',
    'The Republican said he would run again.',
  ])('no person named for a party member in %j', (text) => {
    expect(personNames(text).filter((n) => /Democrat|Republican/.test(n))).toEqual([]);
  });

  it.each([
    ['His main rival, Oduya Kamwere, got 44% of the vote.', 'Oduya Kamwere'],
    ["The victim's brother, Wekesa Otiende, said the family wanted answers.", 'Wekesa Otiende'],
    // kin in an interview: "my", "our", and a grandmother, an uncle, a cousin
    ['My grandmother, Adaeze, made pots for the market.', 'Adaeze'],
    ['Her uncle, Jonas, said she was shot near the market.', 'Jonas'],
    ['A witness, Oduya Kamwere, said the gunmen fled.', 'Oduya Kamwere'],
    ['Police arrested Ada Forest, wife of the playwright.', 'Ada Forest'],
    ['On Wednesday, the Varga administration imposed new sanctions.', 'Varga'],
    ['A resident, Wekesa Otiende, said the water rose fast.', 'Wekesa Otiende'],
    ['Gunmen shot dead a tribal elder, Haji Gul Rahman, as he left the mosque.', 'Gul Rahman'],
    ['Police said their eight-week-old baby, Ilka, was unhurt.', 'Ilka'],
    // a nationality among the person noun's modifiers
    ['And a young Kenyan writer, Wanjiru Otieno, whose debut comes out next year.', 'Wanjiru Otieno'],
    // a photographer's credit: a name and the agency the picture is from
    ['Supporters march in the capital. Photo: Zelin Marou/Reuters', 'Zelin Marou'],
    // ...in brackets closing a caption, with any agency's name, and a name's particles after a given name
    ['Container ships wait off the coast on Monday. (Kees van der Linden/KNP)', 'Kees van der Linden'],
    ['Container ships wait off the coast on Monday. (Kees Jansen/KNP)', 'Kees Jansen'],
    // (opening a sentence too, and what follows the agency's name is no second person)
    ['Supporters march in the capital. Tavoq Quiring/Reuters Kelby Desk notes follow.', 'Tavoq Quiring'],
    // ...or after a paper's name, closing a caption in brackets or a line
    ['Pickets outside the depot on Monday. (Kelby Courier/Tavoq Quiring)', 'Tavoq Quiring'],
    ['Pickets outside the depot on Monday. KELBY COURIER/Tavoq Quiring\n\nThe strike went on.', 'Tavoq Quiring'],
    ['Photo caption: A player during his game against Kelby. KNS/Tavoq Quiring', 'Tavoq Quiring'],
    // one's role told with "our" before the name
    ['Our producer there, Tavoq Quiring, argued for more time.', 'Tavoq Quiring'],
    // a caption line's name in capitals, a role and a body
    ['CAPTION: TAVOQ QUIRING, Fisherman, Kelby Fishers Cooperative\n\nThe reef came back.', 'TAVOQ QUIRING'],
    ['CAPTION: SARI QUIRING, Policy Advisor, Kelby Soil Council\n\nQUIRING: We talk.', 'SARI QUIRING'],
    // a given name's first part that the parse reads as a function word
    ['Per-Ivar Quiring, president of the Kelby Sailing Federation, said so.', 'Per-Ivar Quiring'],
    // those one lives or works beside, in interviews
    ['It was me and my college roommate, Priscilla, recording in a closet.', 'Priscilla'],
    ['My co-host Luis wants a singer on the show.', 'Luis'],
  ])('a person noun around a comma names a person in %j', (text, name) => expect(personNames(text)).toEqual([name]));
  it('reads no person after "its main rival,"', () => {
    expect(factsOf('The firm lost ground to its main rival, Datavane.', 'person')).toEqual([]);
  });

  it.each([
    'The injured were taken to hospitals in La Vereda and Marcona.',
    'Rescuers reached El Sauce on Monday.',
    'Port Tarvin was closed.',
    // (nor does a saint's name of a town)
    'Few voters in Saint Tarvin or Kelby watched the debate.',
  ])('no person in %j: an article or particle opens a place, not a given name', (text) => {
    expect(factsOf(text, 'person')).toEqual([]);
  });

  it.each([
    'Storm Hilde battered the coast on Saturday, killing three people.',
    'Hurricane Ines made landfall near the port.',
  ])('no person in %j: a named storm is an event', (text) => expect(factsOf(text, 'person')).toEqual([]));

  it.each([
    'An elderly woman in Ndavara was killed by gunmen.',
    'Our K-9 was injured during the search.',
    'They met in Victoria Park on Sunday.',
    'Police arrested Kelmont residents on Monday.',
  ])('no person in %j: the place or thing before the passive is not its subject', (text) => {
    expect(factsOf(text, 'person')).toEqual([]);
  });

  // what follows a person's "of" is where the person works or comes from, and the speech verb after it is the person's
  it.each([
    ['Tomas Brandt of Kettle Forge said the same thing.', ['Tomas Brandt']],
    // one who takes another's office: both are people, whatever lists know their names
    ['Olu Adeyemi replaced Chidi Okonkwo as chief executive of the bank.', ['Olu Adeyemi', 'Chidi Okonkwo']],
    ['Kelmont replaced Velkor as the largest supplier.', []],
    // a romanised syllable after a hyphen ends a name even when it is also a particle
    ['The city mayor Tan Kuo-bin opened the bridge.', ['Tan Kuo-bin']],
    // lower-case particles are no common nouns of a body's name
    ['Rafael van der Berg, a member of the Kelby City Council, objected.', ['Rafael van der Berg']],
    ['Ann Lee of Harwell said the plan had failed.', ['Ann Lee']],
  ])('%s → people %j', (text, names) => expect(personNames(text)).toEqual(names));

  it('gives no person a place the lexicon knows, though it is also a given name, after a speech verb', () => {
    expect(personNames('"A great trend," said Georgia Coastal\'s Fernandez.')).not.toContain('Georgia Coastal');
  });

  it.each([
    'He sold his car and bought a yellow 1977 Kelby Marquis.',
    'She drove her 2015 Velkor Civic to work.',
  ])('no person in %j: a model by its year', (text) => expect(personNames(text)).toEqual([]));

  it.each([
    'The bomb went off in a cafe on Calle de Velkor in the old town.',
    'She lived on Rua Kelby for twenty years.',
  ])('no person in %j: a street named with the word first', (text) => expect(personNames(text)).toEqual([]));

  it.each([
    'The defeat left Kelby Rovers bottom of the Premier Division.',
    'The case went to the Commander Wing on Monday.',
  ])('no person in %j: after "the", a title and a word that is no name name a thing', (text) => {
    expect(factsOf(text, 'person')).toEqual([]);
  });

  it.each([
    'We said NO to every publisher that called.',
    'They told me NEVER to call again.',
  ])('no person in %j: a function word in capitals is stress', (text) => expect(factsOf(text, 'person')).toEqual([]));

  it.each([
    'National Orvane said most homes would be reconnected by Monday.',
    'Federal Kelmont said it would appeal.',
  ])('no person in %j: a name that opens with "National", "Federal" is no one\'s', (text) => {
    expect(factsOf(text, 'person')).toEqual([]);
  });

  it.each([
    'Doctors at Harwell General treated 12 people.',
    'Staff at Harwell General said the ward was full.',
  ])('no person in %j: a name ends in no title', (text) => expect(factsOf(text, 'person')).toEqual([]));
  it('still reads a frequent surname that is also a title', () => expect(personNames('Tom Major said so.')).toEqual(['Tom Major']));

  it.each([
    'Attacks have killed 1,200 people, according to a tally by the Kelby Conflict Monitor.',
    'The figures were published by the Ann Harwell Trust Fund.',
  ])('no person in %j: a name after "the" that ends its phrase takes no article as a person would', (text) => {
    expect(factsOf(text, 'person')).toEqual([]);
  });
  it.each([
    ['They watched the Wes Tarvik film on Friday.', 'Wes Tarvik'],
    ['She met the Ann Lee who wrote the report.', 'Ann Lee'],
  ])('a person in %j: before a noun, or before "who", the name is still a person\'s', (text, name) => {
    expect(personNames(text)).toEqual([name]);
  });

  it('links a lone given name to the one person introduced with it', () => {
    const text = 'The woman, named locally as Chloe Barrett, 29, was found dead. "Our thoughts are with Chloe\'s family," he said.';
    const people = factsOf(text, 'person');
    expect(people.map((p) => p.name)).toEqual(['Chloe Barrett']);
    expect(people[0]!.mentions.map((m) => m.text)).toEqual(['Chloe Barrett', 'Chloe']);
  });

  it.each([
    'The mayor of Virginia Beach said the beach would reopen.',
    'Beverly Hills police said the road was closed.',
    'Victoria Park said it would close early.',
  ])('no person in %j: a place that starts with a given name', (text) => expect(factsOf(text, 'person')).toEqual([]));

  it('takes no role from a title-case headline across its verb', () => {
    const [person] = factsOf('Spokesperson Defends Sharp’s Plan For Rail Links\nThe plan was announced on Monday.', 'person');
    expect(person).toMatchObject({ name: 'Sharp', role: null });
  });

  it('knows the frequent surnames only, written with one capital', () => {
    expect(['Smith', 'Baker', 'Turner'].map(isCommonSurname)).toEqual([true, true, true]);
    // rare in the census list (beyond the top ranks), a country, or not written as a name
    expect(['Britain', 'Women', 'SMITH', 'smith', 'Kelmont'].map(isCommonSurname)).toEqual([false, false, false, false, false]);
  });

  it('links a surname that a body\'s context words surround to the person the article named', () => {
    const text = 'Attorney General Tomas Quill said the state would appeal. "We will defend this law," Quill said in a '
      + 'statement.';
    const [person] = factsOf(text, 'person');
    expect(person!.mentions.map((m) => m.text)).toEqual(['Tomas Quill', 'Quill']);
    expect(factsOf(text, 'organisation')).toEqual([]);
  });

  it.each([
    ['Lina El Ghazi, the co-leader, agreed. "It was hard," El Ghazi said.', 'Lina El Ghazi', 'El Ghazi'],
    ['Pau Ferrer i Soler, a co-leader, will serve. On Monday Ferrer i Soler said the deal held.', 'Pau Ferrer i Soler',
      'Ferrer i Soler'],
  ])('links a later surname of two words or more to the full name: %s', (text, name, surname) => {
    const people = factsOf(text, 'person');
    expect(people.map((p) => p.name)).toEqual([name]);
    expect(people[0]!.mentions.map((m) => m.text)).toEqual([name, surname]);
  });

  it('links later given names of two words to the person named in full before', () => {
    const people = factsOf('Juan Carlos Vela is a nurse at a clinic. Juan Carlos, go ahead.', 'person');
    expect(people.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Juan Carlos Vela', ['Juan Carlos Vela', 'Juan Carlos']],
    ]);
  });

  it('links no later name that opens with a given name to a longer one', () => {
    expect(personNames('Mary Ann Lee came on Monday. Ann Lee left on Tuesday.')).toEqual(['Mary Ann Lee', 'Ann Lee']);
  });

  it('links a later surname to the full name', () => {
    const [person] = factsOf('Senator John Harwell arrived. Harwell said the talks went well.', 'person');
    expect(person!.mentions.map((m) => m.text)).toEqual(['John Harwell', 'Harwell']);
    expect(person!.mentions[1]!.reason).toContain('surname-link');
  });

  it('finds a surname in an all-capitals headline once the article names the person', () => {
    const text = 'TENNIS - HARWELL WINS OPENER\nMaria Harwell beat her rival on Monday. Harwell said she felt fine.';
    expect(mentionTexts(text, 'person')).toEqual(['HARWELL', 'Maria Harwell', 'Harwell']);
  });

  it.each([
    'LONDON — Meanwhile Ann Lee said so.',
    'HARLOW (Reuters) - Meanwhile Ann Lee said so.',
  ])('reads the word after a dateline\'s dash as a sentence\'s first: %s', (text) => {
    expect(personNames(text)).toEqual(['Ann Lee']);
  });

  it('keeps titles and demonyms out of the name', () => {
    expect(personNames('Canadian sprinter Tomas Verlaine won the final.')).toEqual(['Tomas Verlaine']);
    expect(personNames('He beat Frenchman Luc Aubry in the final.')).toEqual(['Luc Aubry']);
    expect(personNames('Irishwoman Ann Lee won the race.')).toEqual(['Ann Lee']);
    const [trooper] = factsOf('Northfield State Police Trooper Dana Whitcomb was hurt.', 'person');
    expect(trooper).toMatchObject({ name: 'Dana Whitcomb', role: 'Trooper', affiliation: 'Northfield State Police' });
  });

  it('gives every mention offsets that hold and a confidence in 0..1', () => {
    const text = 'Senator John Harwell arrived. Harwell’s aides, and Harwell, spoke. Acme Corp agreed.';
    for (const fact of [...factsOf(text, 'person'), ...factsOf(text, 'organisation')]) {
      for (const m of fact.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(fact.confidence).toBeGreaterThan(0);
      expect(fact.confidence).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    'The Monday meeting ended.',
    'In April the rains came.',
    'The talks ended.',
    'However, Officials Said Nothing.',
    'The Resistance Front claimed the attack in April.',
    'RAIN HALTS PLAY AT THE OVAL',
    'NEW YORK 2025-08-12\nMarkets were closed.',
    'Despite the delay, the United Nations met on Friday.',
    'American and British officials met on Tuesday.',
    '"The area is safe," said Sgt. Once they left, There was silence.',
    'The American, who won in 2020, withdrew.',
    'Officers closed Hazel Road on Monday.',
    // common surnames out of a person's slot, or things that fill one
    'Price rises hit shoppers.',
    'Reuters said the deal was off.',
    'Germany’s exports fell in July.',
    'Baker Street was closed on Monday.',
    'The Herald said the mayor had resigned.',
    'Turner said it would recall 3,000 vans.',
    'King said the talks were over.',
    'Officials defended Moody’s and Fitch’s ratings.',
    'The team praised Cooper’s long border patrols.',
    'Walker Harbour Bank cut rates on Monday. Walker said the cut would help savers.',
    'FISHER SAYS RATES WILL FALL',
    // a quoted title opening a span is no nickname
    'The band played "Hope" Monday night.',
  ])('no person in %j', (text) => expect(factsOf(text, 'person')).toEqual([]));
});

describe('the first of two surnames', () => {
  it('is a mention of the one person named in full with it', () => {
    const people = factsOf('Marisa Lucía Ordaz Tenorio leads the union. The plant will reopen, Ordaz said.', 'person');
    expect(people.map((p) => p.name)).toEqual(['Marisa Lucía Ordaz Tenorio']);
    expect(people[0]!.mentions.map((m) => m.text)).toContain('Ordaz');
  });
});

describe('a surname whose particles open it in lower case', () => {
  it.each([
    ['Kees van der Linden chairs the panel. Later van der Linden said the data were clear.', 'van der Linden'],
    ['Maria Luisa dela Peña leads the group. "We will fight," dela Peña said.', 'dela Peña'],
    // the Arabic article joined by a hyphen opens a sentence's surname (the parse reads "El" as Spanish's article)
    ['Judge Hossam Farid El-Warraky took the stand. El-Warraky said the invoices were forged.', 'El-Warraky'],
    // ...or in capitals, as a sentence's start writes them; a Dutch academic form of address ends no sentence
    ['Its finance chief, drs. Anke de Wit, spoke first. De Wit said the unit would be sold.', 'De Wit'],
    ['Jorrit van der Hoek runs the yard. Van der Hoek said orders were up.', 'Van der Hoek'],
  ])('%s → a mention "%s" of the person', (text, mention) => {
    const people = factsOf(text, 'person');
    expect(people).toHaveLength(1);
    expect(people[0]!.mentions.map((m) => m.text)).toContain(mention);
  });

  it.each([
    // the end of a body's name after an abbreviation, given once
    'The bid by Cie. Financiere de Valmorel was rejected.',
    // two capitalised words after the particle are no lone surname
    'Cie. de Transports Kelvane rejected the bid. The board of Cie. de Transports Kelvane met.',
  ])('%s → no person', (text) => {
    expect(factsOf(text, 'person')).toEqual([]);
  });
});

describe('bylines, transcripts\' initials, kin and sites', () => {
  it.each([
    // a byline's outlet keeps its first word, though the line is all capitals
    ['Ferry fares to rise\nBy Agata Pronk, Southern Press Service\n\nKELBY - Fares will rise.', 'Southern Press Service'],
    // a zoo is a body that lends and employs
    ['The okapi will arrive at Tarnby Zoo next month.', 'Tarnby Zoo'],
    // a Nordic surname that ends as a follower's noun opens a firm's name
    ['The deal was advised by Almqvist Hane Kapital AB on Friday.', 'Almqvist Hane Kapital AB'],
  ])('%s → the organisation %s', (text, name) => {
    expect(orgNames(text)).toContain(name);
  });

  it.each([
    // a given name alone after "in" is a place, and so is its pair
    '"Families in Kendra and Rose Hill should see them too," she said.',
    // places before a second "and", which joins a clause and no third member
    'Kelby Air Ltd, which flies from Tarnby to the Skerries and Vallow, and Norrow Aviation plc agreed terms.',
  ])('%s → no person, and no place taken for a body', (text) => {
    expect(personNames(text)).toEqual([]);
    expect(orgNames(text).every((n) => /\b(?:Ltd|plc)$/.test(n))).toBe(true);
  });

  it.each([
    // a town's name as the second of two surnames, in a byline
    ['Porters strike\nMarcela Pereira Valencia, Kelby Post\n\nKELBY - Porters struck.', 'Marcela Pereira Valencia'],
    // initials in brackets after a name, as the transcript then labels the turns
    ['Interviewee: Mervyn Tully (MT), born 1940\nInterviewer: Nora Heath (NH)\n\nNH: Hello.\nMT: Hello.',
      'Nora Heath'],
    // one named as kin, the name alone
    ['SALGADO: Adaku, my granddaughter, sows rice with me.', 'Adaku'],
  ])('%s → the person %s', (text, name) => {
    expect(personNames(text)).toContain(name);
  });

  it('takes no initials in brackets for a news outlet or a body', () => {
    const text = 'Interviewee: Mervyn Tully (MT), born 1940\n\nMT: We worked the docks.';
    expect(orgNames(text)).toEqual([]);
    expect(personNames(text)).toEqual(['Mervyn Tully']);
  });

  it('reads a body\'s site after its possessive as a place, and the site listed with it', () => {
    const text = "Pickets stood at Harvel's Ostby and Lundmark sites. A porter who has worked at Ostby for years said "
      + 'she would strike.';
    expect(orgNames(text)).not.toContain('Lundmark');
  });

  it.each([
    // a firm's partners' names, then the firm's full name
    ['Its contractor is Renner & Oakby Site Works Ltd.\n\nUnder the plan, Renner & Oakby will hire 30.',
      'Renner & Oakby Site Works Ltd', 'Renner & Oakby'],
    // the word that opens several names is the one company among them with its legal form
    ['Quillvault to close\n\nQuillvault Trading Ltd entered administration. The Quillvault Savers Forum '
      + 'met on Monday.', 'Quillvault Trading Ltd', 'Quillvault'],
  ])('%s → %s, also called %s', (text, name, alias) => {
    const org = factsOf(text, 'organisation').find((o) => o.name === name);
    expect(org?.aliases).toContain(alias);
  });
});

describe('short given names, people named after a role and a comma, and whom a speaker works for', () => {
  it('links a given name told short to the one given in full, with the same double surname', () => {
    const text = 'Oluwatobi Lasisi-Vere, an engineer at the agency, spoke first. Later the host said: Tobi '
      + 'Lasisi-Vere, thank you.';
    expect(personNames(text)).toEqual(['Oluwatobi Lasisi-Vere']);
  });

  it.each([
    ['Then our intern, Quyen, built a small tool.', 'Quyen'],
  ])('%s → the person %s', (text, name) => {
    expect(personNames(text)).toEqual([name]);
  });

  it('reads a caller\'s given name in capitals as a speaker after a time stamp', () => {
    const text = '[07:02] HOST: Welcome back.\n[07:02] GUEST: Thanks.\n[07:03] HOST: Travel now.\n'
      + '[07:03] ESI (Travel): Morning, the bridge is shut.';
    expect(personNames(text)).toContain('ESI');
    expect(orgNames(text)).toEqual([]);
  });

  it.each([
    // counsel, a post-nominal, then the firm, after a label of three words
    ['In the District Court for Kelby\nFor the Plaintiff: Marit Lunn, Esq., Lunn & Marr LLP\n\nQ. Good morning.',
      'Marit Lunn', 'Lunn & Marr LLP'],
    // one who signs on and says what they do for a body
    ['MODERATOR (Ilka Voll): Thanks. I am Ilka Voll, I edit Kelby Monthly, and I have three guests.\n\nGUEST: Hi.',
      'Ilka Voll', 'Kelby Monthly'],
  ])('%s → %s of %s', (text, name, body) => {
    expect(factsOf(text, 'person').find((p) => p.name === name)?.affiliation).toBe(body);
  });
});

describe('whom a byline\'s writer and a meeting\'s members work for', () => {
  it.each([
    // two writers before the outlet closing the byline
    ['Ferries halted\nBy Agata Pronk and Lev Marr, Kelby Daily\n\nKELBY - Ferries stopped.', 'Agata Pronk',
      'Kelby Daily'],
    // the wire agency of the dateline, the byline naming none
    ['Ferries halted\nBy Agata Pronk\n\nKELBY (Tarvik Press Agency) - Ferries stopped on Friday.', 'Agata Pronk',
      'Tarvik Press Agency'],
    // the holder of the article's copyright
    ['Ferries halted\nBy Agata Pronk\n\nKELBY - Ferries stopped on Friday.\n\n© 2026 Kelby Ledger. All rights '
      + 'reserved.', 'Agata Pronk', 'Kelby Ledger'],
    // a name and a bar, then the outlet, alone on the line
    ['Ferries halted\nAgata Pronk | Launchbay Weekly\n\nKELBY - Ferries stopped on Friday.', 'Agata Pronk',
      'Launchbay Weekly'],
  ])('%s → %s of %s', (text, name, body) => {
    expect(factsOf(text, 'person').find((p) => p.name === name)?.affiliation).toBe(body);
  });

  it('gives those present at a meeting the body whose name heads its minutes', () => {
    const text = 'KELBY HARBOUR TRUST\nMinutes of the Board meeting held in public\n\nPresent:\n'
      + 'Ms Agata Pronk (Chair)\nMr Lev Marr (Chief Executive)\n\n1. The Chair opened the meeting of the Kelby Harbour '
      + 'Trust board.';
    const people = factsOf(text, 'person');
    expect(people.map((p) => [p.name, p.affiliation])).toEqual([
      ['Agata Pronk', 'Kelby Harbour Trust'], ['Lev Marr', 'Kelby Harbour Trust']]);
  });

  it('takes no body from a dateline or a heading for one named in the story', () => {
    const text = 'Ferries halted\nBy Agata Pronk\n\nKELBY (Tarvik Press Agency) - Lev Marr, a ferry passenger, '
      + 'said so.';
    expect(factsOf(text, 'person').find((p) => p.name === 'Lev Marr')?.affiliation).toBeNull();
  });
});

describe('captions\' post-nominals and a legal form that ends a sentence', () => {
  it.each([
    // a caption's name, a post-nominal, a dash and a role
    ['SUPER: Ifeyinwa Kelbu-Marr MP — Minister for Ports, Harbours Office\n\nMINISTER: Thank you.',
      'Ifeyinwa Kelbu-Marr'],
    // counsel's rank after the name
    ['Tomas Roe-Tillet KC, for the claimant, said the contract was void.', 'Tomas Roe-Tillet'],
  ])('%s → the person %s', (text, name) => {
    expect(personNames(text)).toContain(name);
  });

  it('ends a company\'s name at its legal form written with a stop, a person named after it', () => {
    const text = 'We signed with Kelbank Tarvel S.A. Ilda Kelbu, its head of payments, spoke first.';
    expect(orgNames(text)).toEqual(['Kelbank Tarvel S.A.']);
    expect(personNames(text)).toEqual(['Ilda Kelbu']);
  });

  it('keeps a seat\'s post-nominal before a name in the role', () => {
    expect(personNames('The Kelby Labour MP Ann Lee said so.')).toEqual(['Ann Lee']);
  });
});

describe('a broadcast caption\'s role and body', () => {
  it.each([
    ['SUPER: Caspar Kelm-Avery — Chief Engineer, Tarnby County Council\n\nHOST: Welcome.', 'Chief Engineer'],
    ['SUPER: Caspar Kelm-Avery MP — Chief Surveyor, Tarnby County Council\n\nHOST: Welcome.', 'Chief Surveyor'],
  ])('%s → the role %s and the body', (text, role) => {
    const person = factsOf(text, 'person').find((p) => p.name === 'Caspar Kelm-Avery');
    expect([person?.role, person?.affiliation]).toEqual([role, 'Tarnby County Council']);
  });
});

describe('a transcript\'s legend of speakers\' initials and its header\'s lines of those taking part', () => {
  const minutes = 'Speakers: RB = Rosalind Thorne-Ure (Chair); TOV = Tomas Orre-Vik (Treasurer); AH = Anwar (plot 9)'
    + '\n\nRB: Welcome, everyone.\n\nTOV: The accounts balance.\n\nAH: Seconded.';
  it('reads each entry as a person, the initials as no body and no one else', () => {
    expect([personNames(minutes), orgNames(minutes)])
      .toEqual([['Rosalind Thorne-Ure', 'Tomas Orre-Vik', 'Anwar'], []]);
  });
  it('keeps the role in brackets', () => {
    expect(factsOf(minutes, 'person').map((p) => p.role)).toEqual(['Chair', 'Treasurer', null]);
  });
  it('reads initials in brackets after a name as no body the person serves', () => {
    const text = 'Interviewer: Greta Vossel (GV)\nGV: Where were you born?\nBo Lindgrave (BL): In Kelby.\nBL: Yes.';
    expect([personNames(text), orgNames(text)]).toEqual([['Greta Vossel', 'Bo Lindgrave'], []]);
  });
  it.each([
    // a host's line, names set off by commas
    ['Hosts: Vimsha Rathnayake, Teodric Mahlangu-Ree\n\nVimsha: Hello.', 'Vimsha Rathnayake'],
  ])('%s → the person %s', (text, name) => expect(personNames(text)).toContain(name));
  it.each([
    // a body's head word makes the entry a body
    'Guests: Kelby Rowing Club; Tarvik Sailing Club\n\nHOST: Welcome.',
    // initials that spell a body's name nobody sets out in a legend stay a body
    'The plan of the Kelby Water Board (KWB) was read out.\n\nKWB: We agree.',
  ])('no person in %j', (text) => expect(personNames(text)).toEqual([]));
});

describe('a phone-in\'s callers and producer by a given name alone, and a sergeant\'s force', () => {
  const show = 'TARNSIDE FM: BREAKFAST - TRANSCRIPT\nOn air: Wenna Pask (presenter)\n\n'
    + 'WENNA: Six weeks, then. Tunji\'s calling from Kelby. Go ahead, Tunji.\n\nTUNJI: Can cyclists cross?\n\n'
    + 'WENNA: Our producer Fergus went down to the river at dawn.';
  it.each(['Tunji', 'Fergus'])('reads %s as a person', (name) => expect(personNames(show)).toContain(name));
  it('reads a role before the force whose sergeant one is', () => {
    const person = factsOf('Ivo Marr, a traffic sergeant with Tarnside Constabulary, says the lane stays closed.',
      'person').find((p) => p.name === 'Ivo Marr');
    expect(person?.affiliation).toBe('Tarnside Constabulary');
  });
  it('reads a bus company by its head word', () => {
    expect(orgNames('I am meeting Skerrow Buses at nine.')).toContain('Skerrow Buses');
  });
  it.each([
    // (not a company whose producer is told: "our producer, Kelby Farms")
    'We buy from our supplier Kelby Farms every week.',
  ])('no person in %j', (text) => expect(personNames(text)).toEqual([]));
});

describe('a show one is welcomed back to, a model with its number, a trade\'s register', () => {
  it.each([
    '[00:00:04] HOST: Welcome back to Fair Price here on Tarnside Television. Tonight: kettles.',
    'Ivo Marr bought a Clara Vent 28 from a local shop two winters ago.',
  ])('no person in %j', (text) => expect(personNames(text).filter((n) => n !== 'Ivo Marr')).toEqual([]));
  it('reads a trade\'s register as a body', () => {
    expect(orgNames('She is listed on the Tarnside Gas Fitters Register.')).toContain('Tarnside Gas Fitters Register');
  });
});
