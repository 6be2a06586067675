// Names in the records news comes with (issue 12): bylines and credits, minutes, hearings and transcripts' labels,
// nicknames, and bodies named in French and Portuguese. Every name here is made up for the test.
import { describe, expect, it } from 'vitest';
import { factsOf } from '../helpers.js';

const orgNames = (text: string): string[] => factsOf(text, 'organisation', null).map((o) => o.name);
const people = (text: string) => factsOf(text, 'person', null);
const personNames = (text: string): string[] => people(text).map((p) => p.name);
const affiliationOf = (text: string, name: string): string | null | undefined =>
  people(text).find((p) => p.name === name)?.affiliation;

describe('a nickname in quotes between the given name and the surname', () => {
  it.each([
    ["Ferry mate Nella 'Dova' Aune said the rota was unfair.", "Nella 'Dova' Aune"],
    ['Striker Ivo "Big Ivo" Pelka scored twice.', 'Ivo "Big Ivo" Pelka'],
    ['The trainer Marten ‘Quell’ Ostler spoke.', 'Marten ‘Quell’ Ostler'],
  ])('%s → %s', (text, name) => {
    expect(personNames(text)).toEqual([name]);
  });

  it.each([
    "Rivals call it the 'Big Deal' Tuesday.",
    "Kelbo's 'Green' Plan was dropped.",
  ])('no nickname joins a name in %j', (text) => {
    expect(personNames(text).filter((n) => /['"]/.test(n))).toEqual([]);
  });
});

describe('bodies named in French and Portuguese, their kind first or second', () => {
  it.each([
    ["The Banque Mutuelle d'Orvanne lent the money.", "Banque Mutuelle d'Orvanne"],
    ['The Maison Coopérative des Pêcheurs de Tarvé was sold on Monday.', 'Maison Coopérative des Pêcheurs de Tarvé'],
    ["Members of the Fédération des Pêcheurs de l'Orvanne voted.", "Fédération des Pêcheurs de l'Orvanne"],
    ['Councillors of the Câmara de Vereadores de Kelbo voted.', 'Câmara de Vereadores de Kelbo'],
  ])('%s → %s', (text, name) => {
    expect(orgNames(text)).toEqual([name]);
  });
});

describe('whom a byline or a credit names after its writers', () => {
  it.each([
    ['Bakery shuts\nAnn Selby | Kelby Avisa\n\nThe bakery shut on Monday.', 'Ann Selby', 'Kelby Avisa'],
    ['Rents rise\nBy Ann Selby and Ivo Pelka, Brasque Diário\n\nRents rose.', 'Ivo Pelka', 'Brasque Diário'],
    ['Rain\nIvo Pelka for The Gazelle Courant\n\nRain fell all week.', 'Ivo Pelka', 'Gazelle Courant'],
    ['Rain\n\nRain fell all week.\n\nEdited by Ann Selby, Tarvia Nachrichten', 'Ann Selby', 'Tarvia Nachrichten'],
  ])('%j: %s works for %s', (text, name, outlet) => {
    expect(orgNames(text)).toContain(outlet);
    expect(affiliationOf(text, name)).toBe(outlet);
  });

  it('an outlet named after its town, the town a place of the dateline', () => {
    const text = 'Bakery sold\nIda Ferrant | Quillby Avisen\n\nQUILLBY — A bakery chain was sold on Tuesday.';
    expect(orgNames(text)).toEqual(['Quillby Avisen']);
    expect(affiliationOf(text, 'Ida Ferrant')).toBe('Quillby Avisen');
  });

  it('the holder of the copyright is a body', () => {
    expect(orgNames('Rain fell all week.\n\n© 2026 Tarvia Nachrichten. All rights reserved.')).toEqual(['Tarvia Nachrichten']);
  });

  it.each([
    'Rain\nBy Ann Selby, Kelbo\n\nRain fell all week.',
    'Rain\nBy Ann Selby, East Kelbo\n\nRain fell all week.',
    'Tornado\n\nBy Ann Selby | DENVER, Colorado, May 14\n\nA storm hit.',
  ])('where the writer writes from is no body: %j', (text) => {
    expect(orgNames(text)).toEqual([]);
  });
});

describe("transcripts' and hearings' labels", () => {
  const briefing = 'Briefing: Chief Inspector Sorcha MacNeill (SM), Kelbo Police; Deputy Mayor Arvind Pal Sethi (APS), '
    + 'Leader of Kelbo Borough Council\n\nSM: The road stays shut.\n\nAPS: Buses will run.\n\nSM: Questions, please.';
  it('initials in brackets that label the turns are the person’s, not a body’s; their bodies follow', () => {
    expect(personNames(briefing)).toEqual(expect.arrayContaining(['Sorcha MacNeill', 'Arvind Pal Sethi']));
    expect(orgNames(briefing).sort()).toEqual(['Kelbo Borough Council', 'Kelbo Police']);
    expect(affiliationOf(briefing, 'Sorcha MacNeill')).toBe('Kelbo Police');
    expect(affiliationOf(briefing, 'Arvind Pal Sethi')).toBe('Kelbo Borough Council');
  });

  it('a name in capitals labelling a turn is the person named in full before, with the body in its brackets', () => {
    const text = '[12:40] HOST: Over to you, Vesna Kordic.\n\n'
      + '[12:41] VESNA KORDIC (Kelbo): Will the pool reopen?\n\n[12:42] MAYOR: In May.';
    expect(orgNames(text)).toEqual(['Kelbo']);
    expect(people(text).find((p) => p.name === 'Vesna Kordic')).toMatchObject({ affiliation: 'Kelbo' });
    expect(people(text).find((p) => p.name === 'Vesna Kordic')!.mentions.map((m) => m.text))
      .toEqual(['Vesna Kordic', 'VESNA KORDIC']);
  });

  it.each([
    // a role in brackets labelling a turn is no title of the first word said
    ['Q: (CHAIR) Welcome back. Who signed the contract?\n\nA: (FINANCE DIRECTOR) Nobody yet.', []],
    ['(MODERATOR) Morning, everyone.\n(PANELLIST) Thanks.', []],
    // (a title put in brackets in running text still is one)
    ["''We were let down by (Governor) Ruskin,'' Ann Selby said.", ['Ruskin', 'Ann Selby']],
  ])('a role in brackets: %j', (text, names) => {
    expect(personNames(text).sort()).toEqual([...names].sort());
  });

  it('one who asks "from The" a paper works for it', () => {
    const text = '[09:15] Ann Selby from The Gazelle Courant: Will fares rise?';
    expect(affiliationOf(text, 'Ann Selby')).toBe('Gazelle Courant');
  });

  it.each([
    ['I will hand over to DI Ivo Pelka, who leads the inquiry.', 'Ivo Pelka'],
    ['DCI Ann Selby gave the update.', 'Ann Selby'],
  ])('a police rank abbreviated opens no name: %s', (text, name) => {
    expect(personNames(text)).toEqual([name]);
  });

  // (initials that also open bodies' names are a rank only before a given name and a surname)
  it.each([
    ['Witnesses spoke to DC Ivo Pelka of Kelbo Constabulary.', 'Ivo Pelka', 'DC', 'Kelbo Constabulary'],
    ['PC Ann Selby of Kelbo Police made the arrest.', 'Ann Selby', 'PC', 'Kelbo Police'],
    ['DS Ann Selby said the van was found.', 'Ann Selby', 'DS', null],
  ])('a rank whose initials open other names too: %s', (text, name, role, affiliation) => {
    expect(people(text)).toEqual([expect.objectContaining({ name, role, affiliation })]);
    expect(orgNames(text)).toEqual(affiliation ? [affiliation] : []);
  });

  it.each([
    ['Shares in PC World rose 4 percent, the retailer said.', ['PC World']],
    ['DC United beat Kelbo 2-1 on Sunday.', ['DC United', 'Kelbo']],
    ['DS Smith said packaging demand fell.', []],
  ])('the same initials opening a body or before a surname alone are no rank: %s', (text, orgs) => {
    expect(personNames(text)).toEqual([]);
    expect(orgNames(text)).toEqual(orgs);
  });

  it('a criminal case’s title names no teams', () => {
    expect(orgNames('Rex v Ivo Marten Pelka\n\nAppearances follow.')).toEqual([]);
  });

  it('barristers’ chambers are a body', () => {
    const text = 'Counsel Ann Selby, of Vey Court Chambers, appeared for the appellant.';
    expect(orgNames(text)).toContain('Vey Court Chambers');
    expect(affiliationOf(text, 'Ann Selby')).toBe('Vey Court Chambers');
  });

  it('a time zone in capitals is no body', () => {
    expect(orgNames('Kelbo shareholders met in Perth at 9:30 am AWST on Friday.')).toEqual([]);
  });

  it('degrees after a name and a comma are neither bodies nor people', () => {
    const text = 'Ann Selby, MD, FRCS, operated on the boy on Friday.';
    expect(personNames(text)).toEqual(['Ann Selby']);
    expect(orgNames(text)).toEqual([]);
  });

  it('a record headed by a bank names it whole', () => {
    expect(orgNames('Harbour Savings Bank of Tarvia\nAnnual results call\n\nCHAIR: Welcome.'))
      .toContain('Harbour Savings Bank of Tarvia');
  });
});

describe('initials given in brackets after a name and used in running text', () => {
  const minutes = 'KELBO SCHOOL DISTRICT\n\nPresent: Mira Quell-Ostrand (MQO), President; Ivo K. Pelka Jr. (IKP), '
    + 'Clerk.\n\nMQO opened the meeting. IKP read the minutes. The Kelbo Space Centre (KSC) sent a letter.';
  it('are the person’s, not a body’s, and the people work for the body heading the minutes', () => {
    expect(personNames(minutes)).toEqual(['Mira Quell-Ostrand', 'Ivo K. Pelka Jr.']);
    expect(orgNames(minutes)).toEqual(['KELBO SCHOOL DISTRICT', 'Kelbo Space Centre']);
    expect(affiliationOf(minutes, 'Mira Quell-Ostrand')).toBe('KELBO SCHOOL DISTRICT');
  });
});

describe("a council's minutes", () => {
  const minutes = 'KELBO CITY COUNCIL\n\nRecord of a meeting of Kelbo City Council, Tuesday\n\n'
    + 'Present: Councillors Ann Selby (in the chair), Ivo Pelka and Marten Ostler.\n\n'
    + 'Apologies: Councillor Nella Aune.\n\n'
    + 'Item 4, the pool: MOVED by Councillor Pelka, SECONDED by Councillor Ostler. '
    + 'The amendment was LOST.\n\nSignature ..............  Date ..............';
  it('those present, and a councillor anywhere in it, are members of the council heading it', () => {
    for (const name of ['Ann Selby', 'Ivo Pelka', 'Marten Ostler', 'Nella Aune']) {
      expect(affiliationOf(minutes, name)).toBe('Kelbo City Council');
    }
  });

  it('a motion’s words in capitals and a form’s field name no one', () => {
    expect(orgNames(minutes)).toEqual(['Kelbo City Council']);
    expect(personNames(minutes)).not.toContain('Date');
  });

  it('a councillor in news names no council the article does not head', () => {
    expect(affiliationOf('Councillor Ann Selby said the bridge would close.', 'Ann Selby')).toBeNull();
  });
});

describe('roles and bodies told around a name', () => {
  it.each([
    ['The Kelbo Broadcasting Corporation dropped the film. The corporation’s chair, Prof. Ann Selby, said so.',
      'Ann Selby', 'chair', 'Kelbo Broadcasting Corporation'],
    ['Tarvia Ferries AS runs six routes. Ivo Pelka, 51, ran a yard. He starts in May.\n\n'
      + 'The company’s chair, Ann Selby, said the board agreed.', 'Ann Selby', 'chair', 'Tarvia Ferries AS'],
    ["Ann Selby, a crane driver at the docks, was elected treasurer of the Kelbo Metalworkers' Union (KMU).",
      'Ann Selby', "treasurer of the Kelbo Metalworkers' Union", "Kelbo Metalworkers' Union"],
  ])('%s → %s, %s of %s', (text, name, role, affiliation) => {
    expect(people(text).find((p) => p.name === name)).toMatchObject({ role, affiliation });
  });

  it('degrees and a role of two parts stand between a listed name and its body', () => {
    const text = 'Presenter: Ann Selby, MD, PhD, Reader in Surgery, Hand Trauma Unit, Kelbo University Hospital\n'
      + 'Discussant: Ivo Pelka, MD, Tarvia Medical Center\n\nThanks, everyone.';
    expect(affiliationOf(text, 'Ann Selby')).toBe('Kelbo University Hospital');
    expect(affiliationOf(text, 'Ivo Pelka')).toBe('Tarvia Medical Center');
  });

  it('a caption’s parts set apart by middle dots: handle, name, role, body', () => {
    const text = '[On-screen caption: IVOP · Ivo Pelka · In-game leader · Kelbo Rovers FC]\n\nHOST: Welcome back.';
    expect(affiliationOf(text, 'Ivo Pelka')).toBe('Kelbo Rovers FC');
    expect(orgNames(text)).toEqual(['Kelbo Rovers FC']);
  });

  it('a nicknamed name and the plain one are one person, and the nickname alone names them too', () => {
    const text = 'NAN: Good evening. I\'m Ann Selby.\n\nCALLER: Hello, Ann "Big Nan" Selby!\n\nNAN: Hello.';
    const found = people(text);
    expect(found.map((p) => p.name)).toEqual(['Ann Selby']);
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['NAN', 'Ann Selby', 'Ann "Big Nan" Selby', 'NAN']);
  });
});

describe('a legal form that keeps its stop', () => {
  it('ends a body before the next sentence the parse ran on', () => {
    expect(orgNames('It was sold to the Dutch group Zandvoort Bakkers B.V. The company’s chair said so.'))
      .toEqual(['Zandvoort Bakkers B.V.']);
  });
});

describe("a record's heading", () => {
  it('a company with its legal form, and a general meeting that is no person', () => {
    const text = 'Kelbo Mining Limited — Annual General Meeting\n\nCHAIR: Thanks, everyone.';
    expect(orgNames(text)).toEqual(['Kelbo Mining Limited']);
    expect(personNames(text)).toEqual([]);
  });

  it('an officer’s title in brackets after a speaker is no body', () => {
    expect(orgNames('[00:01] IVO PELKA (CPO): Thank you.\n\n[00:02] HOST: Next.')).toEqual([]);
  });
});

describe('a record of appearances, a turn that names its speaker, a surname in capitals or of two words', () => {
  const appearances = 'APPEARANCES:\nFor the Plaintiff: ORLA VENN, ESQ., Tarvik Law LLP\n'
    + 'For the Defendant: Ivo Pelka, Esq., Marr & Pelka LLP\n\nQ. Please state your name.';
  it.each([['ORLA VENN', 'Tarvik Law LLP'], ['Ivo Pelka', 'Marr & Pelka LLP']])('%s of %s', (name, body) => {
    expect(affiliationOf(appearances, name)).toBe(body);
  });
  it('a speaker who says her name and her office is of the body she names', () => {
    const text = 'THE CHAIR: Next, Ms Selby.\n\nMS. SELBY: Good evening. My name is Ann Selby and I\'m treasurer of the '
      + 'Kelbo Allotment Society. We have ninety plots.';
    expect(affiliationOf(text, 'Ann Selby')).toBe('Kelbo Allotment Society');
  });
  it.each([
    // (a Turkish dotless i in the name, plain in capitals)
    ['THE CHAIR: Councillor Kılıç, briefly.\n\nCOUNCILLOR KILIÇ: Ayla Kılıç, portfolio holder for parks. The budget is '
      + 'short.', ['Ayla Kılıç']],
    // (a surname of two words, its first no given name, after the name in full)
    ['THE CHAIR: Ms Vela Ordaz, please.\n\nMS. VELA ORDAZ: I am Lucía Vela Ordaz. The rents are too high.',
      ['Lucía Vela Ordaz']],
  ])('one person: %j', (text, names) => {
    expect(personNames(text)).toEqual(names);
  });
});

describe("a contact block's lines and a film's list of speakers", () => {
  // (a name and its title on one line, the body alone on the line above, else below)
  const contacts = 'Tessby Mills plc said sales rose.\n\nMedia contacts\n\nTessby Mills plc\nIrma Kvist, Head of Corporate '
    + 'Affairs\nEmail: ir@tessby.example\n\nSigned,\nPavel Horak, Finance Director\nHarrowgate Foods Ltd\n';
  it.each([['Irma Kvist', 'Tessby Mills plc'], ['Pavel Horak', 'Harrowgate Foods Ltd']])('%s of %s', (name, body) => {
    expect(affiliationOf(contacts, name)).toBe(body);
  });
  // (names in capitals, one to a line before a dash and a role: a list, not a run of datelines)
  const speakers = 'SPEAKERS\nNADIA FERREIRA — Producer, Kestrin Reel Films\nTOBIAS ENGEL — Welder, Ostby Marine Ltd\n\n'
    + '[00:01:02] FERREIRA: Tobias, when did you start?\n\n[00:01:09] ENGEL: In 1994.';
  it.each([['NADIA FERREIRA', 'Kestrin Reel Films'], ['TOBIAS ENGEL', 'Ostby Marine Ltd']])('%s of %s', (name, body) => {
    expect(affiliationOf(speakers, name)).toBe(body);
  });
});

describe('a record\'s heading in capitals before a hyphen, and the lines of those who take part for its body', () => {
  const call = 'TARNVALE FERRIES PLC - FULL-YEAR RESULTS - ANALYST CALL\nDate: 3 March 2026\n'
    + 'Company participants: Ilse Varro-Kemp, chief executive; Tomasz Orrin, chief financial officer\n'
    + 'Analysts: Bea Lund, Kelby Securities\n\nOperator: Welcome to the Tarnvale Ferries results call.\n\n'
    + 'Ilse Varro-Kemp: Thank you. Our chair, Ruth Amadi-Lowe, retires in May.';
  it('reads the heading\'s company, its short form no person, and its participants as its people', () => {
    expect(orgNames(call)).toContain('TARNVALE FERRIES PLC');
    expect(personNames(call)).not.toContain('Tarnvale Ferries');
    expect(affiliationOf(call, 'Ilse Varro-Kemp')).toBe('TARNVALE FERRIES PLC');
    expect(affiliationOf(call, 'Tomasz Orrin')).toBe('TARNVALE FERRIES PLC');
  });
  const hearing = 'KELBY NURSING STANDARDS COUNCIL - CONDUCT PANEL SITTING\nRegistrant: Ona Vesk\n'
    + 'Panel of the Kelby Nursing Standards Council: Olufemi Adaralegbe-Stone (panel chair); Marit Vennholm (lay '
    + 'member)\n'
    + 'For the Council: Tunde Asari-Bell, case presenter\n\nPANEL CHAIR: We resume.\n\n'
    + 'CASE PRESENTER: Thank you, chair.';
  it.each(['Olufemi Adaralegbe-Stone', 'Marit Vennholm', 'Tunde Asari-Bell'])('%s serves the heading\'s body',
    (name) => {
    expect(affiliationOf(hearing, name)).toBe('Kelby Nursing Standards Council');
  });
  it('reads a label in capitals ending in a part played as no one', () => {
    expect(personNames(hearing)).not.toContain('CASE PRESENTER');
  });
  const briefing = 'KELBY FIRE AND RESCUE SERVICE - MEDIA BRIEFING: DEPOT FIRE\nPlace: Service headquarters, Kelby\n'
    + 'Speakers: Chief Fire Officer Ama Kessie-Ward; Councillor Ivo Marrak, council leader (Tarnside Independents)\n\n'
    + 'CHIEF FIRE OFFICER KESSIE-WARD: Good afternoon. Kelby Fire and Rescue Service is contacting owners.\n\n'
    + 'COUNCILLOR MARRAK: The Tarnside Independents group will help.';
  it('gives the heading\'s body to a speaker listed by rank, and a role\'s bracket its party', () => {
    expect(affiliationOf(briefing, 'Ama Kessie-Ward')).toBe('Kelby Fire and Rescue Service');
    expect(affiliationOf(briefing, 'Ivo Marrak')).toBe('Tarnside Independents');
    expect(personNames(briefing)).not.toContain('Tarnside Independents');
  });
  it('reads a body\'s head word alone before its site as no body', () => {
    expect(orgNames(briefing)).not.toContain('Service');
  });
});
