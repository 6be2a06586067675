// People with their roles, and the organisations those roles name (issue 12, item 4).
// Every name here is made up for the test, except the two banks of the issue's own example.
import { describe, expect, it } from 'vitest';
import { factsOf } from '../helpers.js';
import { SURNAME_SLOTS } from '../../src/facts/person/patterns.js';

const orgNames = (text: string): string[] => factsOf(text, 'organisation').map((o) => o.name);
const personNames = (text: string): string[] => factsOf(text, 'person').map((p) => p.name);

describe('titles and roles stay out of the name', () => {
  it.each([
    ['Senate Majority Leader Jane Doe said the vote would wait.', 'Jane Doe', 'Senate Majority Leader', null],
    ['Speaker Tom Roe said the House would vote on Friday.', 'Tom Roe', 'Speaker', null],
    ['Cllr Tom Roe, who leads the opposition, voted against.', 'Tom Roe', 'Cllr', null],
    // "the firm" after the role calls back the body named before; an acronym's possessive after "the" is the owner,
    // named as the organisation it stands for
    ['Analysts at Tarlow Research put the cost at 18m. "It matters," said Ola Berg, a retail analyst at the firm.',
      'Ola Berg', 'retail analyst at the firm', 'Tarlow Research'],
    ["The Kelby Grocers Federation (KGF) met. Ola Berg, the KGF's chief executive, spoke.", 'Ola Berg',
      'chief executive', 'Kelby Grocers Federation'],
    // "the company's" calls back the sentence before's first body, not the news agency of its dateline
    ["OSLO, Nov 3 (Kelby Wire) - Tarvik Systems Inc. said it would cut jobs. The company's chief executive, Ola Berg, "
      + 'told staff.', 'Ola Berg', 'chief executive', 'Tarvik Systems Inc.'],
    // a title in the plural before a list of names
    ['Present: Councilmembers Ola Berg and Tom Roe; City Manager Ann Lee.', 'Ola Berg', 'Councilmembers', null],
    // the style of judges and ministers is no part of the name, nor a role
    ['The Honourable Ola Berg said no.', 'Ola Berg', null, null],
    ['The Hon. Justice Ola Berg ruled on Friday.', 'Ola Berg', 'Justice', null],
    // (a given name's syllable "Hon" is no style)
    ['Chan Hon Ming said the talks went well.', 'Chan Hon Ming', null, null],
    // an academic form of address yields to the office right before it
    ['Students protested on Friday. Kelby University president Dr Ola Berg met them.', 'Ola Berg', 'president',
      'Kelby University'],
    // the office right before the name, not the former one set off after it
    ['Tarvik chief executive Omar Quell, 51, a former pilot, said the deal would close.', 'Omar Quell',
      'chief executive', 'Tarvik'],
    // a chairperson before the name; a managing partner after it
    ['KCHE chairperson Ola Berg said the grant was fair.', 'Ola Berg', 'chairperson', 'KCHE'],
    // one who coordinates a body, or covers a field at one
    ['Ines Quenby, who coordinates the Kelby Renters Forum, said tenants wanted repairs.', 'Ines Quenby', null,
      'Kelby Renters Forum'],
    ['Ravi Tondel, who covers insurers at Tolvey Park Securities, said claims had risen.', 'Ravi Tondel', null,
      'Tolvey Park Securities'],
    // two roles before the comma, the first after the body's possessive
    ["Kalvo's founder and chief executive, Lena Varga, will join the board.", 'Lena Varga',
      'founder and chief executive', 'Kalvo'],
    // a capitalised title after one's own name
    ["I'm Ola Berg, Deputy Commissioner of the Kelby Fire Service.", 'Ola Berg',
      'Deputy Commissioner of the Kelby Fire Service', 'Kelby Fire Service'],
    ['Kiptanui Owino, managing partner of Tarvik Seed Capital, said investors had waited.', 'Kiptanui Owino',
      'managing partner of Tarvik Seed Capital', 'Tarvik Seed Capital'],
    // a kind of body alone belongs to the title; the agency "the agency's" calls back is whom it serves
    ['Battalion Chief Ola Berg said 40 homes burned.', 'Ola Berg', 'Battalion Chief', null],
    ['The Battalion Chief Ola Berg said 40 homes burned.', 'Ola Berg', 'Battalion Chief', null],
    ["The fire grew, the Kelby Forestry Department said. Battalion Chief Ola Berg, the agency's spokesman, said so.",
      'Ola Berg', 'Battalion Chief', 'Kelby Forestry Department'],
    // who leads a team at work
    ['Tarvik Systems cut jobs. Ola Berg, a Tarvik team lead who joined in 2019, said so.', 'Ola Berg',
      'Tarvik team lead', 'Tarvik Systems'],
    // a second description after "and a" closes the role
    ['The Kelby Riders Union (KRU) met. "No," said Ola Berg, the KRU\'s president and a former champion.', 'Ola Berg',
      'president', 'Kelby Riders Union'],
    // an academic form of address yields to the office named after the name
    ['It will be led by Prof Ola Berg, head of the School of Tidal Studies, from May.', 'Ola Berg',
      'head of the School of Tidal Studies', 'School of Tidal Studies'],
    ['Dr Ola Berg said the data were clear.', 'Ola Berg', 'Dr', null],
    // who keeps a collection; a post and its field, no name
    ['Senior Curator Ola Berg said the jar was rare.', 'Ola Berg', 'Senior Curator', null],
    // who rules on a game
    ['The clock failed, and Chief Arbiter Ola Berg ruled that play would go on.', 'Ola Berg', 'Chief Arbiter', null],
    // a player's position
    ['Winger Kofi Marlow finished in the corner.', 'Kofi Marlow', 'Winger', null],
    ['They sent on flanker Jack Marlow at the break.', 'Jack Marlow', 'flanker', null],
    ['Acme CEO Jane Doe said sales rose.', 'Jane Doe', 'CEO', 'Acme'],
    // one's own words after one's name
    ["My name is Maud Brask, I'm a principal at Orrin Dale Partners, and we represent the families.", 'Maud Brask',
      'principal at Orrin Dale Partners', 'Orrin Dale Partners'],
    // a list of speakers' line: a part in brackets after the body
    ['Speakers:\n- Liv Brattli, head of press, Tarnvik Rocket Systems (moderator)\n- Ole Viken, range officer',
      'Liv Brattli', 'head of press', 'Tarnvik Rocket Systems'],
    // a kind of body in lower case before or opening the role calls back the article's body of that kind
    ['The Central Bank of Tarvia cut rates. "We are in no hurry," central bank Governor Rosa Quintela said.',
      'Rosa Quintela', 'Governor', 'Central Bank of Tarvia'],
    ['The Kelby Journalists Union objected. "We want a guarantee," said union president Rui Tavor.', 'Rui Tavor',
      'union president', 'Kelby Journalists Union'],
    // an age before the role is no part of it
    ['Among those laid off is Ana Vidal, a 29-year-old support manager at Kelby Games, who found out by email.',
      'Ana Vidal', 'support manager at Kelby Games', 'Kelby Games'],
    // one who sits on a body's board
    ['Kelby Trust board member Tove Villar voted against.', 'Tove Villar', 'board member', 'Kelby Trust'],
    ['Former Kelby Trust board chair Ravinder Ghuman resigned.', 'Ravinder Ghuman', 'board chair', 'Kelby Trust'],
    // a rank opens a title over a field, no body
    ['The lab will be run by Chief Technology Officer Ann Lee.', 'Ann Lee', 'Chief Technology Officer', null],
    ['Acme chief executive Jane Doe said sales rose.', 'Jane Doe', 'chief executive', 'Acme'],
    // two offices joined by "and"
    ['Tarvane co-founder and chief executive Ilse Dorrin said sales rose.', 'Ilse Dorrin', 'co-founder and chief executive',
      'Tarvane'],
    ['Co-founder and chief executive Ilse Dorrin said sales rose.', 'Ilse Dorrin', 'Co-founder and chief executive', null],
    ['Tom Okafor, chief financial officer of Harwell, said costs fell.', 'Tom Okafor', 'chief financial officer of Harwell', 'Harwell'],
    // counsel for a body; a given name inside the body's name after "for" is none
    ['Tova Brink, senior counsel for Marrow Vale Developers, told the court the sale was valid.', 'Tova Brink',
      'senior counsel for Marrow Vale Developers', 'Marrow Vale Developers'],
    // a name and its body in brackets, as a transcript gives who asks
    ['Q (Ilse Dorrin, Kelby Gazette): What changed at half-time?', 'Ilse Dorrin', null, 'Kelby Gazette'],
    ['On the panel: Tova Brink (Harlow Trust), who spoke first.', 'Tova Brink', null, 'Harlow Trust'],
    // a role closed by a list's semicolon; a journalist with an outlet; what the name "is", and where; a body "is
    // commanded by" the name
    ['Tonight we hear from Ola Berg; Tova Brink, general secretary of the Kelby Dockers\' Union; and Tom Roe.',
      'Tova Brink',
      "general secretary of the Kelby Dockers' Union", "Kelby Dockers' Union"],
    ['Ilse Dorrin, a journalist with Radio Tarnmoor, covered the floods.', 'Ilse Dorrin',
      'journalist with Radio Tarnmoor',
      'Radio Tarnmoor'],
    ['Ilse Dorrin was a paramedic with the Kelby Ambulance Trust.', 'Ilse Dorrin', null, 'Kelby Ambulance Trust'],
    ['The Kelby Dawn Front is led by Tova Brink, who says the group will fight on.', 'Tova Brink', null,
      'Kelby Dawn Front'],
    // a byline's writer and whom they write for; a picture's credit; a provost's title
    ['Storm cuts power\n\nBy Chidike Orru, Kelby Vale University\n\nThe storm struck at night.', 'Chidike Orru', null,
      'Kelby Vale University'],
    ['Storm cuts power\n\nBy Chidike Orru | The Kelby Evening Post\n\nThe storm struck at night.', 'Chidike Orru', null,
      'Kelby Evening Post'],
    // a speaker who gives the floor their name and body; "their" for a body; a question's role; an instructor
    ['CHAIR: Next question.\n\nAUDIENCE MEMBER: Tova Brink, Harlow Makers Cooperative. Our members build boats.',
      'Tova Brink', null, 'Harlow Makers Cooperative'],
    ['The Kelby Renters Network says renters are shut out. Their coordinator, Mika Vell, told us so.', 'Mika Vell',
      'coordinator', 'Kelby Renters Network'],
    ['Q: You are Ilse Dorrin, an inspector with the Harlow Safety Authority?', 'Ilse Dorrin',
      'inspector with the Harlow Safety Authority', 'Harlow Safety Authority'],
    ['Tobi Arn, an instructor at Eastvale Technical College, is running.', 'Tobi Arn',
      'instructor at Eastvale Technical College', 'Eastvale Technical College'],
    // a caption's name, role and body
    ['NARRATOR: The pit closed.\n\n[Caption: Dr Sam Oyelo - senior geologist, Tarnby Geological Survey]\n', 'Sam Oyelo',
      'senior geologist', 'Tarnby Geological Survey'],
    // …or a header line's, a note in brackets closing it; and one that title case would not leave in lower case
    ['Speakers:\nDr Sam Oyelo — chief forecaster, Tarnby Meteorological Institute (TMI)\n\nOYELO: Rain.', 'Sam Oyelo',
      'chief forecaster', 'Tarnby Meteorological Institute'],
    ['Speakers:\nAdelowo Okonji-Varn — director-general, Directorate for Flood Defence\n', 'Adelowo Okonji-Varn',
      'director-general', 'Directorate for Flood Defence'],
    ['Speakers:\nAnn Lee — head of drainage works, Coastal Defences and Drought Agency\n', 'Ann Lee',
      'head of drainage works', 'Coastal Defences and Drought Agency'],
    // a rank before one who does a job is a role, one an academic form of address yields to
    ['Dr Sam Oyelo, chief forecaster at the Tarnby Weather Office, said rain would fall.', 'Sam Oyelo',
      'chief forecaster at the Tarnby Weather Office', 'Tarnby Weather Office'],
    // a label's list of names and their parties is no headline; a questioner's outlet in a label's brackets
    ['HARLOW DECIDES\nCandidates: Tomo Arai (Social Reform League); Ines Varga (Liberal Future Party)\n\nARAI: Hi.',
      'Ines Varga', null, 'Liberal Future Party'],
    ['Q (Tova Brink, Velo Kelby): Congratulations. Was that the plan?\nA: Yes.', 'Tova Brink', null, 'Velo Kelby'],
    // a questioner who gives name and outlet after a time-stamped label; a paper named "Daily" first
    ['[00:05:05] TOVA BRINK: Tova Brink, Harlow Evening Post. Was it a robbery?', 'Tova Brink', null,
      'Harlow Evening Post'],
    ['[11:16] TOVA BRINK: Tova Brink, Daily Kelbian. Why trust this one?', 'Tova Brink', null, 'Daily Kelbian'],
    // a field before the employer; the body opening the sentence before a role; whom a lawyer represents
    ['Ola Berg, a senior lecturer in tax law at Kelby Vale University, said so.', 'Ola Berg',
      'senior lecturer in tax law at Kelby Vale University', 'Kelby Vale University'],
    ['At Tarvel Securities, economist Ola Berg said the cut was priced in.', 'Ola Berg', 'economist',
      'Tarvel Securities'],
    ['Ann Vell KC, representing Kelby Media Group, argued the case.', 'Ann Vell', null, 'Kelby Media Group'],
    // one speaks for a body; a numbered item of minutes; a body set off after a role that names none
    ['Tova Brink, speaking for Friends of Harlow Creek, asked for a buffer.', 'Tova Brink', null,
      'Friends of Harlow Creek'],
    ['Mika Vell, on behalf of the Kelby Growers Union, read a statement.', 'Mika Vell', null, 'Kelby Growers Union'],
    ['Minutes\n\n3. Tova Brink, Harlow Tenants Association. Ms Brink asked for a delay.', 'Tova Brink', null,
      'Harlow Tenants Association'],
    ['Ola Berg, vice president of sales, Tarvik Homes Group, said prices would rise.', 'Ola Berg',
      'vice president of sales', 'Tarvik Homes Group'],
    ['"We agree," said Ola Berg, chief economist, Harlow Bank.', 'Ola Berg', 'chief economist', 'Harlow Bank'],
    // a capitalised title with its field or region before the head
    ['With me is Ola Berg, Country Director for the Kelby Food Fund. She flew in.', 'Ola Berg',
      'Country Director for the Kelby Food Fund', 'Kelby Food Fund'],
    ['Tova Brink, Regional Sales Manager at Tarvik Foods Ltd, said so.', 'Tova Brink',
      'Regional Sales Manager at Tarvik Foods Ltd', 'Tarvik Foods Ltd'],
    // whom a body takes on or lets go serves it (not whom it meets)
    ['Kelby Rovers sacked manager Ola Berg on Monday.', 'Ola Berg', 'manager', 'Kelby Rovers'],
    ['Tarvik Foods has appointed chief executive Tova Brink to the board.', 'Tova Brink', 'chief executive',
      'Tarvik Foods'],
    ['Tarvik Foods met finance minister Tova Brink on Monday.', 'Tova Brink', 'finance minister', null],
    // a function word opening the sentence is no part of the role before the name
    ['As party leader, Tova Brink must explain the loss.', 'Tova Brink', 'party leader', null],
    // a speaker's label giving the name and the body, a bullet or a bracket before it
    ['Q and A\n\n- Ola Berg, Harlow Gazette: What went wrong after the break?', 'Ola Berg', null, 'Harlow Gazette'],
    ['Town hall\n\n[Tova Brink, Kelby Foods Inc.]: Will the plant close?', 'Tova Brink', null, 'Kelby Foods Inc.'],
    // (not the state after a town the role ends with)
    ['Ola Berg, manager of the plant in Harlow, N.Y., said prices would rise.', 'Ola Berg',
      'manager of the plant in Harlow', null],
    ['The harbour flooded at dawn. Photo: Ola Berg / Kelby Vale University', 'Ola Berg', null, 'Kelby Vale University'],
    // (a given name no list holds, the slash spaced)
    ['Bakery wins prize\n\nThe bakery won.\n\nPICTURED: The baker with the trophy. Photo: Tavio Marwen / Kelby Lens '
      + 'Agency', 'Tavio Marwen', null, 'Kelby Lens Agency'],
    ['Provost Chidike Orru opened the new library.', 'Chidike Orru', 'Provost', null],
    // two words qualifying the title, a given name no list holds after it
    ['Coastal Fisheries Minister Tavita Lolohea said the quota would stay.', 'Tavita Lolohea',
      'Coastal Fisheries Minister', null],
    // one who keeps a business, opening the sentence, is no part of the name
    ['Owner Ilka Varsányi-Holt, 52, said the shop would stay open.', 'Ilka Varsányi-Holt', null, null],
    // the body named right after the name with "of" says more than the role's "the band's" before it
    ['Tarnvault CEO Ann Lee said it would act. "It matters," said the band\'s manager, Ola Berg of Harlow Artist '
      + 'Management.', 'Ola Berg', 'manager', 'Harlow Artist Management'],
    ['Mira Castell, housing critic for the Harbour Forward Party, said no.', 'Mira Castell',
      'housing critic for the Harbour Forward Party', 'Harbour Forward Party'],
    // a member of a body; an acronym before a government title names the body
    ['Sen. Tova Brink, a member of the governing Kelby Unity Alliance (KUA), defended it.', 'Tova Brink',
      'Sen.', 'Kelby Unity Alliance'],
    ['The Department of Harbour Works (DHW) paid. DHW Undersecretary Ilse Dorrin told the hearing.', 'Ilse Dorrin',
      'Undersecretary', 'Department of Harbour Works'],
    // a party and a state in brackets before ", who chairs"
    ['Rep. Tova Brink (R-Texas), who chairs the House Harbors Committee, called for hearings.', 'Tova Brink', 'Rep.',
      'House Harbors Committee'],
    // a body after where it is based
    ['Observers will watch the vote, said Ilse Dorrin of the Kelby-based Ballot Watch Tarvia.', 'Ilse Dorrin', null,
      'Ballot Watch Tarvia'],
    // a member's seat, then the party, in brackets
    ['Tova Brink (Kelby East) (Harbour Unity Party): When will the ferry run again?', 'Tova Brink', null,
      'Harbour Unity Party'],
    // who speaks for a firm: "from" it, or "with" it before the clause ends (not "with its officials")
    ['Our next question comes from Ilse Dorrin from Harlow Securities.', 'Ilse Dorrin', null, 'Harlow Securities'],
    ['The next question is from Tova Brink with Harlow & Pike.', 'Tova Brink', null, 'Harlow & Pike'],
    ['They met Tova Brink with Kelby Bank officials on Monday.', 'Tova Brink', null, null],
    // an honorific after a given name no dictionary holds is part of the name
    ['In a filing, land commissioner Mahad Haji Dirie said the fee was never paid.', 'Mahad Haji Dirie',
      'commissioner', null],
    // a company's possessive before an office of its own, the name in an appositive (the company by its full name)
    ["Drivers at Ferrowby Buses will strike. Ferrowby's managing director, Ilse Dorrin, called it a shame.", 'Ilse Dorrin',
      'managing director', 'Ferrowby Buses'],
    // a relative clause's verb is no part of the role; a body the office holder leads is none either
    ['Ola Renn, who is chief executive, said sales rose.', 'Ola Renn', 'chief executive', null],
    ["The People's Union of Prime Minister Tomas Hallek won 44 seats.", 'Tomas Hallek', 'Prime Minister', null],
    // a director's field and an owner: lower-case role phrases before the name
    ['It was backed by medical director Fiona Aldo on Monday.', 'Fiona Aldo', 'medical director', null],
    ['The memo came from chief people officer Dan Ortiz.', 'Dan Ortiz', 'chief people officer', null],
    ['The plan was backed by ex-chief executive Dan Ortiz.', 'Dan Ortiz', 'ex-chief executive', null],
    ['Ann Lee, his lawyer, said the case was weak.', 'Ann Lee', 'lawyer', null],
    // "its": the body named earlier in the sentence, else the first one of the sentence before
    ['Kelmont Tool cut 300 jobs last year. Its chief executive, Ann Lee, said the worst was over.', 'Ann Lee', 'chief executive', 'Kelmont Tool'],
    ['Halvik Foods sold its stake and its chairman, Tom Roe, is stepping in.', 'Tom Roe', 'chairman', 'Halvik Foods'],
    ['The storm passed. Its chief executive, Ann Lee, said so.', 'Ann Lee', 'chief executive', null],
    ['News\n\nChief content officer Lydia Marsh told staff in a memo.', 'Lydia Marsh', 'Chief content officer', null],
    ['Club owner Viktor Salas said results were poor.', 'Viktor Salas', 'Club owner', null],
    // a speech verb before a role word is no part of it
    ['"They came at six," said editor-in-chief Milena Vosk.', 'Milena Vosk', 'editor-in-chief', null],
    // a verb after the comma opens the predicate: no role
    ['The woman, named as Mara Ellick, was a former teacher.', 'Mara Ellick', null, null],
    // an owner's possessive before a capitalised title is whom the role serves, no part of it
    ["Norland's Economy Minister Ilse Varga said the bill would pass.", 'Ilse Varga', 'Economy Minister', 'Norland'],
    // two fields of one office joined by "and"; two people joined by "and"
    ['Work and Pensions Secretary Liz Okafor spoke.', 'Liz Okafor', 'Work and Pensions Secretary', null],
    ['Energy Minister Ola Hill and Finance Minister Dan Holm met.', 'Dan Holm', 'Finance Minister', null],
    ['Ann Lee and Finance Minister Dan Holm met.', 'Dan Holm', 'Finance Minister', null],
    // words before the role's last article or possessive are a clause's
    ['I meet their president, Arne Solvik, every month.', 'Arne Solvik', 'president', null],
    ['Our captain, Jonas Ekberg, held the dressing room together.', 'Jonas Ekberg', 'captain', null],
    // musicians by their part; a conjunction opens no role
    ['The singer Hana Kowal and drummer Dev Rao spoke to us.', 'Dev Rao', 'drummer', null],
    ['It starred a painter and singer-songwriter Ann Lee.', 'Ann Lee', 'singer-songwriter', null],
    // a form of address between the role and the name is the name's, not the role's end
    ['Most cases are in children, state epidemiologist Dr. Anjali Rao said.', 'Anjali Rao', 'state epidemiologist', null],
    ["The hospital's medical director, Dr. Tom Reed, said so.", 'Tom Reed', 'medical director', null],
    ["The study's lead author, Dr. Ann Lee, said so.", 'Ann Lee', 'lead author', null],
    // a preposition the parse reads as a noun is no part of the role
    ['He curled a free kick past goalkeeper Sam Whitlock.', 'Sam Whitlock', 'goalkeeper', null],
    // those who represent or write for others; where the person works, after "at", is whom the role serves
    ['My agent, Carla Brennick at Moorfield Literary, read every version.', 'Carla Brennick', 'agent', 'Moorfield Literary'],
    ['Her publicist, Dana Whitcomb, declined to comment.', 'Dana Whitcomb', 'publicist', null],
    // a role phrase with an article that a speech verb follows is the speaker's
    ['The victim was Ann Lee, a police spokeswoman said.', 'Ann Lee', null, null],
    // an analyst's firm before the role word is whom the analyst works for
    ['Nobody doubts it, said Tarvel analyst Hana Obuya.', 'Hana Obuya', 'analyst', 'Tarvel'],
    ['Vostrian Interior Minister Lena Marsh visited the camp.', 'Lena Marsh', 'Vostrian Interior Minister', null],
    ['Shadow Home Secretary Ada Quill asked for a vote.', 'Ada Quill', 'Shadow Home Secretary', null],
    // a minister's title that opens with a body's head word; a given name right after the title opens the name
    ['Energy Cabinet Secretary Grace Wanjala Oketch told senators.', 'Grace Wanjala Oketch', 'Energy Cabinet Secretary',
      null],
    ['Trade Secretary Zahra Omari Idris told senators.', 'Zahra Omari Idris', 'Trade Secretary', null],
    ['Northfield State Police Trooper Dana Whitcomb was hurt.', 'Dana Whitcomb', 'Trooper', 'Northfield State Police'],
    // an office holder's spokesman: the body, then the office, then the role noun
    ['UN Secretary-General spokesman Felix Arno urged restraint.', 'Felix Arno', 'Secretary-General spokesman', 'UN'],
    // an acronym that compromise reads as a determiner after a comma is still whom the role serves
    ['Cases rose in May, WHO Director-General Tedros Amani told reporters.', 'Tedros Amani', 'Director-General', 'WHO'],
    // a title abbreviated with a full stop is a title; a place before it is whom it serves
    ['Gov. Alan Mercer declared a state of emergency.', 'Alan Mercer', 'Gov.', null],
    ['Lt. Gov. Ann Lee said the roads were shut.', 'Ann Lee', 'Lt. Gov.', null],
    ['Brig. Gen. Tarek Velmani said the attackers wore uniforms.', 'Tarek Velmani', 'Brig. Gen.', null],
    // a byline's role, capitalised, closing its line
    ['By Martha Quill, Local Democracy Reporter\nCouncillors voted on Monday.', 'Martha Quill', 'Local Democracy Reporter', null],
    // a common word for a body opening the sentence before a role is part of the role
    ['Council leader Ian Dorsey said the decision was painful.', 'Ian Dorsey', 'Council leader', null],
    ['Capt. Dale Hutchins, 44, was killed when the flames turned.', 'Dale Hutchins', 'Capt.', null],
    ['St. Kelvin Police Sgt. Ann Lee said two men were held.', 'Ann Lee', 'Sgt.', 'St. Kelvin Police'],
    // a body's name may open with a given name ("Val"), when a common noun ends it
    ['"We lost two," said Val Water Director Joe Tanaka.', 'Joe Tanaka', 'Director', 'Val Water'],
    ['Ann Lee Director Joe Tanaka said it.', 'Ann Lee Director Joe Tanaka', null, null],
    // a role between dashes or inside brackets, and a body's possessive before the role
    ["Dana Reyes — Kelmont's chief operating officer — said the plan was sound.", 'Dana Reyes', 'chief operating officer',
      'Kelmont'],
    ['The decision (announced by Dana Reyes, the head of Kelby Transit) surprised many.', 'Dana Reyes',
      'head of Kelby Transit', 'Kelby Transit'],
    ["Dana Reyes, Kelmont's former chief executive, said so.", 'Dana Reyes', 'former chief executive', 'Kelmont'],
    // an office by its function at its employer: the employer is a body
    ['Ola Berg, vice president of sales at Velkor, quit on Friday.', 'Ola Berg', 'vice president of sales at Velkor', 'Velkor'],
    // a role after an age, when it opens with an article or an owner (not a verb phrase ending in "head")
    ["Ola Berg, 45, the bank's head of trading, resigned.", 'Ola Berg', "bank's head of trading", null],
    ['Dan Ortiz, 23, was shot in the head.', 'Dan Ortiz', null, null],
    // "the trust's": the body named before whose name ends so, or, for a word any body goes by, the one "its" names
    ['Dunmere Table Trust runs the food bank. "We are busy," said Ola Berg, the trust\'s chief executive.', 'Ola Berg',
      'chief executive', 'Dunmere Table Trust'],
    ["Shares in Kelmont fell. Ola Berg, the company's finance chief, said so.", 'Ola Berg', 'finance chief', 'Kelmont'],
    // the office one is given or becomes; "as" after an appointing verb
    ['Velkor named Ola Berg as its new chief executive.', 'Ola Berg', 'chief executive', null],
    ['Ola Berg was appointed finance minister in March.', 'Ola Berg', 'finance minister', null],
    ['Ola Berg was named head coach on Monday.', 'Ola Berg', 'head coach', null],
    ['He worked with Ola Berg as a teenager.', 'Ola Berg', null, null],
    // the office one holds, after a copula, of a body named after it (not one she may come to hold)
    ['Ola Berg has been chief executive of Velkor Foods since 2021.', 'Ola Berg', 'chief executive of Velkor Foods',
      'Velkor Foods'],
    ['Ola Berg is co-founder of Kelmont Labs.', 'Ola Berg', 'co-founder of Kelmont Labs', 'Kelmont Labs'],
    ['Ola Berg is likely to be chairman of Velkor Foods.', 'Ola Berg', null, null],
    ['Ola Berg was in charge of Velkor Foods.', 'Ola Berg', null, null],
    // a fellow of an institute, by its name before the role
    ['Kelby Institute senior fellow Ola Berg wrote the report.', 'Ola Berg', 'senior fellow', 'Kelby Institute'],
    // a service's field before a title is part of the role, not whom it serves
    ['A firefighter died on Saturday, Fire Chief Daniel Ortega said.', 'Daniel Ortega', 'Fire Chief', null],
    // a member of a legislature by the letters of the office
    ['Ruth Adair, the Labour MP for Kelby North, has resigned.', 'Ruth Adair', 'Labour MP for Kelby North', null],
    // a business's officer by function, before the name: the word before is the business
    ['Kelmont finance chief Ana Ruiz told analysts.', 'Ana Ruiz', 'finance chief', 'Kelmont'],
    ['Harwell chief operating officer Ana Ruiz left.', 'Ana Ruiz', 'chief operating officer', 'Harwell'],
    // a given name the parse reads as a place with the word after it ("Nina Park"), after a title
    ['Kelmont Labs co-founder Nina Park left the company in May.', 'Nina Park', 'co-founder', 'Kelmont Labs'],
    ['Chief executive Nina Park left the company.', 'Nina Park', 'Chief executive', null],
    // the body's acronym in brackets ends the role after the name
    ['"We pulled 14 out," said Ilya Demir, head of the Tarvik Rescue Authority (TRA).', 'Ilya Demir',
      'head of the Tarvik Rescue Authority', 'Tarvik Rescue Authority'],
    ['Ann Lee, Managing Director of the Kelby Trust (KT), said so.', 'Ann Lee', 'Managing Director of the Kelby Trust',
      'Kelby Trust'],
    // a titled business person "of" a name: the name is the firm
    ['Analyst Priya Raman of Kelsall said the cuts were overdue.', 'Priya Raman', 'Analyst', 'Kelsall'],
    // a party's word before a name is no part of it; a role "at" a body in apposition
    ['His opponents are Labour candidate Ann Lee and Conservative Mark Ellery.', 'Mark Ellery', null, null],
    ['Centrist Hanna Voss won the run-off on Sunday.', 'Hanna Voss', null, null],
    // a follower of a creed or a cause (a surname in -qvist stays whole)
    ['A film about Methodist Tom Varga was shown.', 'Tom Varga', null, null],
    ['Anna Lundqvist won the race.', 'Anna Lundqvist', null, null],
    // a role first given beside the surname alone belongs to the person named before (the body's possessive goes to
    // the affiliation, as a body's name before a role does: "Acme CEO")
    ['Ravi Menon founded the firm. "We grew fast," Menon, Quillbright\'s chief executive, said.', 'Ravi Menon',
      'chief executive', 'Quillbright'],
    ['Ravi Menon left early. Later, Menon said he was happy.', 'Ravi Menon', null, null],
    // a noun for a person (no title) opening a sentence before a name is no part of it
    ['Witness Tom Redfern said he heard the engine stop.', 'Tom Redfern', null, null],
    ['Shopkeeper Nadia Velkor said two men took the till.', 'Nadia Velkor', null, null],
    // (a referee's is a title, the role of one who rules on a game)
    ['Referee Tomas Quenby booked five players.', 'Tomas Quenby', 'Referee', null],
    ['My editor at Ferrow, Tom Besant, liked it.', 'Tom Besant', 'editor at Ferrow', 'Ferrow'],
    // who stands for office, in apposition: a person, though compromise calls "Hill" a place
    ['We spoke to Dana Hill, a presidential candidate, on Monday.', 'Dana Hill', 'presidential candidate', null],
    // an abbreviation among the words before the role's head
    ['We spoke to Dana Hill, U.S. Green Party presidential candidate, on Monday.', 'Dana Hill',
      'U.S. Green Party presidential candidate', 'U.S. Green Party'],
    // a member of a legislature named in apposition
    ['Among those killed was a former lawmaker, Hassan Ali Dheere, and two guards.', 'Hassan Ali Dheere', 'former lawmaker', null],
    // whom a leader or an officer leads belongs to the role
    ['Police detained opposition leader Selim Arkan at his home.', 'Selim Arkan', 'opposition leader', null],
    ['The board handed the job to finance chief Elena Sarto.', 'Elena Sarto', 'finance chief', null],
    ['District police chief Dan Ortiz said the road was closed.', 'Dan Ortiz', 'District police chief', null],
    ['Conservative leader Pierre Duval called for an inquiry.', 'Pierre Duval', 'Conservative leader', null],
    ['Three children died, police spokeswoman Lena Marsh told reporters.', 'Lena Marsh', 'police spokeswoman', null],
    // a common word for a body opening the sentence belongs to the role; a name there is whom the role serves
    ['Government spokesman Abdi Warsame said 43 hostages were freed.', 'Abdi Warsame', 'Government spokesman', null],
    ['Station manager Ines Parrow said the trains would run.', 'Ines Parrow', 'Station manager', null],
    ['Plant director Oskar Lind closed the gates.', 'Oskar Lind', 'Plant director', null],
    ['Kelmont spokesman Abdi Warsame said no.', 'Abdi Warsame', 'spokesman', 'Kelmont'],
    ['The two, a driver and engineer Maria Ocampo, were killed.', 'Maria Ocampo', 'engineer', null],
    // a court's level belongs to the judge's title
    ['U.S. District Judge Paula Ormond said the plea stood.', 'Paula Ormond', 'District Judge', 'U.S.'],
    ['Assistant District Attorney Dan Ortiz asked for a delay.', 'Dan Ortiz', 'Assistant District Attorney', null],
    // a capitalised title after the name, then the body it serves; the titles are no part of the body's name
    ['Dana Ruiz, Managing Director of the Kelby Trust, said so.', 'Dana Ruiz', 'Managing Director of the Kelby Trust', 'Kelby Trust'],
    ['Dana Ruiz, CEO of Kelmont, said so.', 'Dana Ruiz', 'CEO of Kelmont', 'Kelmont'],
    ['Dana Ruiz, Chairman of Velkor, said the plant would close.', 'Dana Ruiz', 'Chairman of Velkor', 'Velkor'],
    ['Ann Lee, Tom Dean of Kelby and two aides left.', 'Ann Lee', null, null],
    // ...or alone, the body set off after it, as a caption or a briefing's line has it
    ['Speaker: Ines Ferro, Chief Spokesperson, Ministry of Roads and Ports\n\nFERRO: Good morning.', 'Ines Ferro',
      'Chief Spokesperson', 'Ministry of Roads and Ports'],
    ['Dana Ruiz, Regional Sales Manager, Velkor Foods, said the plant would close.', 'Dana Ruiz',
      'Regional Sales Manager', 'Velkor Foods'],
    // (a title over a field is no body: "Head of Communications")
    ['Briefer: Ines Ferro, Head of Communications, Tarvik District Council\n\nGood morning.', 'Ines Ferro',
      'Head of Communications', 'Tarvik District Council'],
    // ...or after the acronym of the body; the title is then no part of the body's name
    ['Dana Ruiz, KSA Administrator, said the launch would wait.', 'Dana Ruiz', 'KSA Administrator', 'KSA'],
    // the body named right after the name, with "of"
    ['Ann Lee of Kelmont Corp said the plant would close.', 'Ann Lee', null, 'Kelmont Corp'],
    // ...also a name no dictionary holds, and one in a list after a body
    ['Guests included Osric Tamble of Harth Weekly Magazine.', 'Osric Tamble', null, 'Harth Weekly Magazine'],
    ['Guests included Brisk Quarterly and Osric Tamble of Harth Daily.', 'Osric Tamble', null, 'Harth Daily'],
    // a given name that also names a month, where the parse reads the name as a person's
    ['Two men, Karel Simek and Jan Holub of Stavex Group, were fined.', 'Jan Holub', null, 'Stavex Group'],
    ['Spokeswoman Dana Whitcomb of the Harbour Council said no.', 'Dana Whitcomb', 'Spokeswoman', 'Harbour Council'],
    // a sentence's first word is capitalised anyway; an article is no part of the role
    ['Chief financial officer Linh Tarvo said costs fell.', 'Linh Tarvo', 'Chief financial officer', null],
    ['Dana Whitcomb, a Kelmont spokeswoman, said no.', 'Dana Whitcomb', 'Kelmont spokeswoman', 'Kelmont'],
    // jobs of business and public life are roles too, after the name or before it; an opening article is not
    ['Ann Lee, the Kelmont chief executive, said sales rose.', 'Ann Lee', 'Kelmont chief executive', 'Kelmont'],
    ['Ann Lee, an economist at Harwell Bank, said rates would fall.', 'Ann Lee', 'economist at Harwell Bank', 'Harwell Bank'],
    // a body named whole before its officer's title serves as the affiliation, also opening a sentence
    ['Office of Planning and Budget Director Lena Fairbanks declined to comment.', 'Lena Fairbanks', 'Director',
      'Office of Planning and Budget'],
    ['Department of Health spokesman Tom Reed said so.', 'Tom Reed', 'spokesman', 'Department of Health'],
    // the employer after "at", not a place inside the office
    ['"No rush," said Tara Quinlan, chief UK economist at Halvorsen Partners.', 'Tara Quinlan',
      'chief UK economist at Halvorsen Partners', 'Halvorsen Partners'],
    // the body after the place it is in, described by its trade or by the place's possessive
    ['"Demand is strong," said Rita Pires, a partner at the Lisbon sports finance consultancy Kelmont Desportiva.',
      'Rita Pires', 'partner at the Lisbon sports finance consultancy Kelmont Desportiva', 'Kelmont Desportiva'],
    ['Ingrid Malm, head of sustainability at Sweden\'s Tarvik Mode AB, said orders held.', 'Ingrid Malm',
      "head of sustainability at Sweden's Tarvik Mode AB", 'Tarvik Mode AB'],
    // the body whose possessive stands right before the name
    ["The Kelby Labour Party's Ann Lee won the seat.", 'Ann Lee', null, 'Kelby Labour Party'],
    ["Harwell Systems' Dana Reyes said sales rose.", 'Dana Reyes', null, 'Harwell Systems'],
    // a rank of two words before the name, the office and its body after it
    ['"It was precise," said Brigadier General Tomas Revel, spokesman for the Kelby Joint Command.', 'Tomas Revel',
      'Brigadier General', 'Kelby Joint Command'],
    // (a rank of one word yields to the office after the name: the descriptive role wins over a bare title)
    ['Colonel Samir Velek, spokesman for the Kelby Ministry of the Interior, said the road was shut.', 'Samir Velek',
      'spokesman for the Kelby Ministry of the Interior', 'Kelby Ministry of the Interior'],
    // the body one heads, a party described before its name, the body "whose" officer one is, the body one founded
    ['Ama Boateng, who heads the Kelby Growers Alliance, said prices fell.', 'Ama Boateng', null, 'Kelby Growers Alliance'],
    // ...or a body a name set off after it describes by that kind; the body one is led by, a nationality before the
    // role; not a list's next item
    ["The Kelby League club is owned by Tarnholt Holdings, an investment group. The group's chief operating officer, " +
      'Greta Farel, agreed.', 'Greta Farel', 'chief operating officer', 'Tarnholt Holdings'],
    ['It is owned by Tarnholt Holdings, an investment group led by Norlandic financier Tomas Vell.', 'Tomas Vell', null,
      'Tarnholt Holdings'],
    ['Its publisher, Kelby Foods, and a group headed by Norlandic businessman Tomas Vell made a bid.', 'Tomas Vell',
      null, null],
    // ...or the body one works for, a noun of what one is before "who"
    ['Marta Ferro, a steward who has worked for Solmara Air since 2009, said so.', 'Marta Ferro', 'steward',
      'Solmara Air'],
    ['Ann Lee, a nurse who works at Kelby General Hospital, said so.', 'Ann Lee', 'nurse', 'Kelby General Hospital'],
    // ...or where one researches a field (a body named for a field the parse calls a place: "for Museum Research")
    ['Ines Dobra, who researches textile dating at the Kelby Institute for Museum Research, agreed.', 'Ines Dobra', null,
      'Kelby Institute for Museum Research'],
    // ...or the body one is a trustee or a member of, called back by its kind too
    ['Alan Munby, a trustee of the Kelby Ashdown Trust, said so.', 'Alan Munby', 'trustee of the Kelby Ashdown Trust',
      'Kelby Ashdown Trust'],
    ['The Kelby Roads Board met. Gary Odunsi, a member of the board, voted no.', 'Gary Odunsi',
      'member of the board', 'Kelby Roads Board'],
    // ...or the body one joined, teaches at or serves on the board of
    ['Signe Tobbe, who joined Kelby Foods in 2019, said the plant would close.', 'Signe Tobbe', null, 'Kelby Foods'],
    ['Tomas Ekwall, who teaches at Norrvik University, agreed.', 'Tomas Ekwall', null, 'Norrvik University'],
    ['Asha Anvekar, who serves on the board of Harwell Capital, agreed.', 'Asha Anvekar', null, 'Harwell Capital'],
    // ...or the body the clause calls back by its kind; a player's part in an ensemble is a role
    ["The Kelby Symphony Orchestra chose a leader. Jon Whitby, who leads the orchestra's trustees, said so.",
      'Jon Whitby', null, 'Kelby Symphony Orchestra'],
    ["The Kelby Symphony Orchestra chose a leader. Ivo Sokol, the orchestra's principal cellist, agreed.", 'Ivo Sokol',
      'principal cellist', 'Kelby Symphony Orchestra'],
    ['Alan Chu, a professor of piano at Kelby Conservatory of Music, agreed.', 'Alan Chu',
      'professor of piano at Kelby Conservatory of Music', 'Kelby Conservatory of Music'],
    // ...or set off after a title of counsel, "the" left out before its head word; and where a judge sits, a style of
    // address before the judge no part of the name or of the role
    ['For the Crown: Ravi Anand, Senior Advocate, Office of the District Prosecutor.', 'Ravi Anand',
      'Senior Advocate', 'Office of the District Prosecutor'],
    ['Remarks of His Honour Judge Tomas Brennock, sitting at Kelby Crown Court.', 'Tomas Brennock', 'Judge',
      'Kelby Crown Court'],
    // ...or after the role in a speaker's brackets
    // (a title alone and a committee's fields joined by "and", in the brackets; a water company's witnesses)
    ['Witnesses: Tove Rask, Chief Executive, Tarnby Water\n\nAda Veltman (Chair, Tenant Protection and Transit '
      + 'Committee): Order. Would the witness introduce herself?', 'Ada Veltman', 'Chair',
      'Tenant Protection and Transit Committee'],
    ['Witnesses: Tove Rask, Chief Executive, Tarnby Water\n\nAda Veltman (Chair, Tenant Protection and Transit '
      + 'Committee): Order. Would the witness introduce herself?', 'Tove Rask', 'Chief Executive', 'Tarnby Water'],
    ['THE SPEAKER: The First Minister, Anna Holm.\n\nANNA HOLM (First Minister, Kelby Unity Party): The figures stand.',
      'Anna Holm', 'First Minister', 'Kelby Unity Party'],
    // ...or "its", or the verb right after the name; and a presenter signing on
    ['The Kelby Audit Office is unhappy. Ines Marov, who leads its roads team, wrote to us.', 'Ines Marov', null,
      'Kelby Audit Office'],
    ["Carla Mendes chairs the Tarvik Fishers' Cooperative, which objects.", 'Carla Mendes', null,
      "Tarvik Fishers' Cooperative"],
    ["Good morning, I'm Joost Verhoef and this is Kelby Radio.", 'Joost Verhoef', null, 'Kelby Radio'],
    // ...a kind of body opening the sentence, capitalised there, calls back the body named before it
    ["The Tarvik Dockers' Union will ballot members. Union secretary Ade Lomax said pay was not guaranteed.",
      'Ade Lomax', 'Union secretary', "Tarvik Dockers' Union"],
    // ...a body, then the field the role answers for (not a verb: "Kelby hired director …")
    ['The Kelby Tennis Association (KTA) runs the event. KTA tournament director Iva Marn said sales rose.', 'Iva Marn',
      'director', 'Kelby Tennis Association'],
    ['Kelby Rovers thanked director Iva Marn on Monday.', 'Iva Marn', 'director', null],
    // ...a sentence that says what one is; a barrister where she practises; a label's profession and the body's
    // acronym after it
    ["Ivo Brannagh is the Kelby Ledger's architecture critic.", 'Ivo Brannagh', 'architecture critic', 'Kelby Ledger'],
    ['Ada Mol, a barrister at Harlow Chambers who knows the judge well, disagrees.', 'Ada Mol',
      'barrister at Harlow Chambers', 'Harlow Chambers'],
    ['Panel: Uchenna Okolo, Chief Epidemiologist, Kelby Institute for Disease Control (KIDC)\nHost: Welcome.',
      'Uchenna Okolo', 'Chief Epidemiologist', 'Kelby Institute for Disease Control'],
    // ...after a plural's possessive describing it, or past the country whose body it is
    ["Rosa Mendaro, who heads employers' group Kelby Business Federation, said so.", 'Rosa Mendaro', null,
      'Kelby Business Federation'],
    ["Ama Boateng, who heads Chile's Ministry of Trade and Fisheries, said no.", 'Ama Boateng', null,
      'Ministry of Trade and Fisheries'],
    // a body and its acronym in brackets, then the role, before the name or after it
    ["Crew were not paid, Kelby Dockers' Union (KDU) leader Ines Solvik said.", 'Ines Solvik', 'leader',
      "Kelby Dockers' Union"],
    ["Ines Solvik, Kelby Dockers' Union (KDU) regional official, said crew were not paid.", 'Ines Solvik',
      "Kelby Dockers' Union (KDU) regional official", "Kelby Dockers' Union"],
    ['Opposition leader Tomasz Wrona of the right-wing Kelby Movement called for a vote.', 'Tomasz Wrona',
      'Opposition leader', 'Kelby Movement'],
    ['The union joined the Kelby Labour Federation (KLF), whose president, Marie Dupont, warned of strikes.', 'Marie Dupont',
      'president', 'Kelby Labour Federation'],
    ['Parties such as the Kelby Star Party, whose secretary-general, Bayu Harjo, said the rules were fair, agreed.',
      'Bayu Harjo', 'secretary-general', 'Kelby Star Party'],
    ['Shares in Tarvik Resorts, the hotel company founded by businessman Omar Tarvik in the 1990s, rose.', 'Omar Tarvik',
      null, 'Tarvik Resorts'],
    ['Tarvik Denim Mills Ltd, founded by Karim Hossain in 1994, resumed production.', 'Karim Hossain', null,
      'Tarvik Denim Mills Ltd'],
    // one who owns it
    ['It paid Harrow Advisory Group Inc., a consultancy owned by Marcus Adeyo, whose wife led it.', 'Marcus Adeyo', null,
      'Harrow Advisory Group Inc.'],
    // where the office is stands in the role, no body it serves
    ['"Safety has improved," said Greta Lind, the WHO\'s country director in Accra.', 'Greta Lind',
      'country director in Accra', 'WHO'],
    ['The victim was Tom Brennan, an obstetrician in Kelby.', 'Tom Brennan', 'obstetrician in Kelby', null],
    // a trade worked for a body, after an age; a given name's "a machine operator at" is the person's job
    ['Rosa Merrow, 24, a sewing operator at Tarvik Knitwear Ltd in Ashgate, said she was unpaid.', 'Rosa Merrow',
      'sewing operator at Tarvik Knitwear Ltd in Ashgate', 'Tarvik Knitwear Ltd'],
    ['Rosa Merrow, a machine operator at Tarvik Knitwear Ltd, said she was unpaid.', 'Rosa Merrow',
      'machine operator at Tarvik Knitwear Ltd', 'Tarvik Knitwear Ltd'],
    // (a co-worker is no job)
    ['Keller saw another former co-worker, Dan Whitby Jr., 66, driving a tractor.', 'Dan Whitby Jr.', null, null],
    // a sentence's opening possessive is whom the role after it serves
    ['Veltrona bought the payments firm Quillmark. Quillmark\'s founder, Petra Lindqvist, will leave.', 'Petra Lindqvist',
      'founder', 'Quillmark'],
    // letters of an honour or counsel's rank after a name are no part of it; a barrister's title is a role
    ['Prosecutor Simon Blake KC told the court the doses were fatal.', 'Simon Blake', 'Prosecutor', null],
    ['Defence barrister Leah Grant said her client would appeal.', 'Leah Grant', 'Defence barrister', null],
    ['The solicitor Leah Grant said no.', 'Leah Grant', 'solicitor', null],
    // one who runs a university or a business, or teaches, named after a given name on no list
    ['Olu Adeyemi, the vice-chancellor, resigned on Friday.', 'Olu Adeyemi', 'vice-chancellor', null],
    // a relative clause after the role is no part of it
    ['Sam Okoro, a neurologist at Kelmont Hospital who was not involved, agreed.', 'Sam Okoro', 'neurologist at Kelmont Hospital',
      'Kelmont Hospital'],
    ['Ann Lee, a nurse at Linford General Hospital, said so.', 'Ann Lee', 'nurse at Linford General Hospital', 'Linford General Hospital'],
    ['Ann Lee, a cardiologist, said patients should keep taking the drug.', 'Ann Lee', 'cardiologist', null],
    ['It worked, said Dr. Anika Sorensen, the study\'s lead author.', 'Anika Sorensen', "study's lead author", null],
    ['Ann Lee, an engineer with Harwell Bank, said so.', 'Ann Lee', 'engineer with Harwell Bank', 'Harwell Bank'],
    // a profession in lower case right before the name, and "head" before a profession
    ['Head teacher Simon Ashby said the school would stay open.', 'Simon Ashby', 'Head teacher', null],
    ['We spoke to surgeon Dana Whitlock after the operation.', 'Dana Whitlock', 'surgeon', null],
    ['Local journalist Yusuf Temirkan told reporters that residents fled.', 'Yusuf Temirkan', 'Local journalist', null],
    ['The house was designed by architect Tomas Revik in 1990.', 'Tomas Revik', 'architect', null],
    // a possessive, an adverb of time and "since" a year are no part of the role
    ['Tarvik said Sandra Okafor, its chief financial officer since 2019, would leave.', 'Sandra Okafor',
      'chief financial officer', null],
    ['It named Daniel Reyes, currently finance director of its European unit, as successor.', 'Daniel Reyes',
      'finance director of its European unit', null],
    ['The Kelmont chief executive, Ann Lee, said sales rose.', 'Ann Lee', 'Kelmont chief executive', 'Kelmont'],
    // (a given name inside a body's name after the role's "of" opens no person, a plural noun ending it)
    ['Ann Lo, chief executive of Northern Grace Terminals, said so.', 'Ann Lo',
      'chief executive of Northern Grace Terminals', 'Northern Grace Terminals'],
    // (the whole of a body's name before the role, though an "and" stands in it)
    ['A Ministry of Roads and Coastal Works spokeswoman, Ines Ferro, said no.', 'Ines Ferro',
      'Ministry of Roads and Coastal Works spokeswoman', 'Ministry of Roads and Coastal Works'],
    ['Kelmont grew fast. Its chief executive, Ann Lee, said sales rose.', 'Ann Lee', 'chief executive', null],
    ['My first editor, Magnus Dahl, cut every sentence in half.', 'Magnus Dahl', 'first editor', null],
    // a prosecutor's title is one role, no body
    ['Deputy Prosecuting Attorney Dana Whitlow told the court the loss was large.', 'Dana Whitlow',
      'Deputy Prosecuting Attorney', null],
    // a title still to be taken
    ['Prime Minister-designate Henrik Sand said so.', 'Henrik Sand', 'Prime Minister-designate', null],
    ['President-elect Ann Lee met the cabinet.', 'Ann Lee', 'President-elect', null],
    ['Chief Executive Dana Orvik wrote in a memo to staff.', 'Dana Orvik', 'Chief Executive', null],
    ['County Executive Rita Vance is expected to sign the budget.', 'Rita Vance', 'County Executive', null],
    ['Councilmember Rita Vance voted against it.', 'Rita Vance', 'Councilmember', null],
    ['Jonas Pell, an analyst at Corliss & Dunn, said the data were clean.', 'Jonas Pell', 'analyst at Corliss & Dunn',
      'Corliss & Dunn'],
    ["Spain's Environment Minister, Sara Quill, said the fire was out.", 'Sara Quill', 'Environment Minister', 'Spain'],
    // a title, "of" or "for" and what it serves, then the name
    ['Secretary of State Ann Lee said the talks would go on.', 'Ann Lee', 'Secretary of State', null],
    ['The talks were led by Secretary of State Ann Lee.', 'Ann Lee', 'Secretary of State', null],
    ['US Secretary of Defense Dan Ortiz arrived on Monday.', 'Dan Ortiz', 'Secretary of Defense', 'US'],
    ['Minister for Trade Dan Ortiz said the deal was close.', 'Dan Ortiz', 'Minister for Trade', null],
    // a minister's portfolio is part of the role
    ['Energy minister Lena Marsh said engineers were working.', 'Lena Marsh', 'Energy minister', null],
    ['A court jailed former deputy health minister Tomas Quill.', 'Tomas Quill', 'former deputy health minister', null],
    ['Shadow minister Paul Hale said there was no demand for it.', 'Paul Hale', 'Shadow minister', null],
    ['Kelmont grew fast, and its chief executive, Ann Lee, said sales rose.', 'Ann Lee', 'chief executive', null],
    ['Ann Lee, the Harbour Party co-leader, said the deal was fair.', 'Ann Lee', 'Harbour Party co-leader', 'Harbour Party'],
    ['Rivertown boss Ann Lee said the result was harsh.', 'Ann Lee', 'boss', null],
    ['Competition chief Ann Lee said the firm had broken the rules.', 'Ann Lee', 'Competition chief', null],
    // an honorific is no role; the role before it is
    ['Mr Tom Okafor said the bank would wait.', 'Tom Okafor', null, null],
    ['The board was led by chairman Sir Martin Hale until May.', 'Martin Hale', 'chairman', null],
    // a function word before a role word is no part of the role
    ['The motion was backed by councillor Ann Lee.', 'Ann Lee', 'councillor', null],
    ['The talks stalled when coach Ann Lee walked out.', 'Ann Lee', 'coach', null],
    // a role phrase that starts inside a body's name serves that body
    ['The vote was called by Harbour Party leader Tomas Quill.', 'Tomas Quill', 'leader', 'Harbour Party'],
    ['Kelmont Bank chief economist Ann Lee said rates would fall.', 'Ann Lee', 'chief economist', 'Kelmont Bank'],
    // members of a legislature: the title and the party before it stay out of the name
    ['Harbour Party MP Rachel Moss asked for a vote.', 'Rachel Moss', 'MP', 'Harbour Party'],
    ['Congresswoman Ann Lee said the bill would pass.', 'Ann Lee', 'Congresswoman', null],
    ['Assemblyman Tom Okafor disagreed with the plan.', 'Tom Okafor', 'Assemblyman', null],
    ['Lawmaker Dana Whitcomb left the chamber.', 'Dana Whitcomb', 'Lawmaker', null],
    // a place after "of" is where the person is from, not whom they serve
    ['A letter from Ann Lee of Brantholm reached the council.', 'Ann Lee', null, null],
    // an officer named by their function, after the body
    ['Kelby Rail personnel chief Oskar Brenning called it unnecessary.', 'Oskar Brenning', 'personnel chief', 'Kelby Rail'],
    // a founder's title after a body's name: the body is whom the founder serves
    ['Brightledger co-founder Tomasz Wierzba will join the board.', 'Tomasz Wierzba', 'co-founder', 'Brightledger'],
    // a role after the name may close a headline's line; an auditor's office is a role
    ['Interview: Mara Ilves, founder of Kelvantra\n\nShe spoke to us.', 'Mara Ilves', 'founder of Kelvantra', 'Kelvantra'],
    ["I'd ask the state comptroller, Ana Ferreira-Lutz, to audit it.", 'Ana Ferreira-Lutz', 'state comptroller', null],
    // an office with "-general"; an auditor of a body before the name; who knows a field, at a body
    ["Ama Sefa, the KRA's commissioner-general, said the audit was done.", 'Ama Sefa', 'commissioner-general', 'KRA'],
    ['HCA auditor Lina Duarte said in May that the court would watch.', 'Lina Duarte', 'auditor', 'HCA'],
    ['Ola Brink, a shipping specialist at Tarvik Maritime Group, said so.', 'Ola Brink',
      'shipping specialist at Tarvik Maritime Group', 'Tarvik Maritime Group'],
    // who brokers a dispute
    ['The sides met when a federal mediator, Paul Orsi, joined the talks.', 'Paul Orsi', 'federal mediator', null],
    ['District magistrate Asha Rawlins said the driver was among the dead.', 'Asha Rawlins', 'District magistrate', null],
    ['The talks were led by chief negotiator Tomas Quill.', 'Tomas Quill', 'chief negotiator', null],
    ['The complaint came from a group founded by activist Mira Osei.', 'Mira Osei', 'activist', null],
    // an acronym before any title names the body the title serves
    ['KTO Secretary General Ann Velmar said she looked forward to it.', 'Ann Velmar', 'Secretary General', 'KTO'],
    // a sentence's opening adverb is neither role nor affiliation
    ['Also Councilman Ray Odum, who broke with the party, endorsed him.', 'Ray Odum', 'Councilman', null],
    // the body after "who chairs the … of", "who plays for", "who rides for"; "whose" before a role right before the
    // name
    ['Tomas Breck, who chairs the health committee of the Council of Mayors, spoke.', 'Tomas Breck', null,
      'Council of Mayors'],
    ['Fast bowler Imran Tolvey, who plays for the Harbour Gulls, spoke.', 'Imran Tolvey', 'Fast bowler',
      'Harbour Gulls'],
    // a rider's team, named after its sponsor with "Racing"
    ['Ola Berg, who rides for Tamsin Vale Racing, said she would not start.', 'Ola Berg', null, 'Tamsin Vale Racing'],
    ['The story ran in the Harbour Sentinel, whose reporter Dana Whitcomb was held.', 'Dana Whitcomb', 'reporter',
      'Harbour Sentinel'],
    // a party group's office; a role right before the name is the person's now, before one given after
    ['The Civic Union (CU) objected. "No," said CU caucus leader Ann Velmar.', 'Ann Velmar', 'caucus leader',
      'Civic Union'],
    ['Kelvane Motor Corp. will merge. Kelvane president Aiko Moritani will become chief executive.', 'Aiko Moritani',
      'president', 'Kelvane Motor Corp.'],
    // the short name's possessive opening the sentence, the role right before the name
    ['Tarnby Air Holdings cut routes. Tarnby’s finance chief Oda Lund said fares would rise.', 'Oda Lund',
      'finance chief', 'Tarnby Air Holdings'],
    // the party a lawmaker comes from; an office before a doctor's form of address and a comma
    ['Ana Velloso, a lawmaker from the opposition Harbour Unity party, spoke.', 'Ana Velloso',
      'lawmaker from the opposition Harbour Unity party', 'Harbour Unity'],
    ["TarvMar Ferries Ltd sails daily. TarvMar's operations director, Dr Ann Velmar, said so.", 'Ann Velmar',
      'operations director', 'TarvMar Ferries Ltd'],
    // the body after a kind of body, whatever the parse made of the name before it
    ['Nora Velk, an analyst at the Kelby think tank Centro de Vivienda para la Juventud, said so.', 'Nora Velk',
      'analyst at the Kelby think tank Centro de Vivienda para la Juventud', 'Centro de Vivienda para la Juventud'],
    // a scientist by the field's ending; the body after "from the", after an age and "of the", "who was employed by"
    ['We spoke with hydrologist Petra Tarmo of the Kelby Institute for River Studies (KIRS).', 'Petra Tarmo',
      'hydrologist', 'Kelby Institute for River Studies'],
    ['Colm Varrow from the Harbour Unity Party rang twice.', 'Colm Varrow', null, 'Harbour Unity Party'],
    ['Among the dead was Corporal Eli Tarvo, 24, of the 61st Signals Battalion.', 'Eli Tarvo', 'Corporal',
      '61st Signals Battalion'],
    ['Ann Lee, 56, of Kelby Heights, said she was glad.', 'Ann Lee', null, null],
    ['They shot the guard, Tomas Valde, 52, who was employed by the security firm Tarvik Guard.', 'Tomas Valde', 'guard',
      'Tarvik Guard'],
    // an employer after a participle; a unit's number in the body a role serves; "the press" calls back its body
    ['Rosa Kelo, 27, a nurse working for Harbour Relief Corps, was hurt.', 'Rosa Kelo',
      'nurse working for Harbour Relief Corps', 'Harbour Relief Corps'],
    ['Brigadier General Ivo Tavo, commander of the army\'s 52nd Rifle Brigade, spoke.', 'Ivo Tavo',
      'Brigadier General', '52nd Rifle Brigade'],
    ["Kelby Lane Press has three titles. We spoke with the press's founder, Ana Velmar, about paper.", 'Ana Velmar',
      'founder', 'Kelby Lane Press'],
    // a body called back at a sentence's start; one that led a body; a body called back by the noun that heads its name;
    // a part of a body called back
    ["The Harbour Land Council voted. The council's chairwoman, Dana Kelo, said the vote was unanimous.", 'Dana Kelo',
      'chairwoman', 'Harbour Land Council'],
    ['Dr Ana Velmar, who had led Kelby Teaching Hospitals Trust since 2021, resigned.', 'Ana Velmar', 'Dr',
      'Kelby Teaching Hospitals Trust'],
    ['The Royal College of Kelby met. "We filed reports," said Pat Kelo, the college\'s head of training for the '
      + 'Midlands.', 'Pat Kelo', 'head of training for the Midlands', 'Royal College of Kelby'],
    ['The Kelby Brotherhood of Electrical Workers objected. "It is ours," said Tom Vuko, regional officer of the '
      + "union's Kelby branch.", 'Tom Vuko', "regional officer of the union's Kelby branch",
    'Kelby Brotherhood of Electrical Workers'],
    // who keeps a place or guards it, and the employer after the participle
    ['Among the hurt was Ana Ruiz, 47, a cleaner employed by Harlow Vane Facilities, who lost a leg.', 'Ana Ruiz',
      'cleaner employed by Harlow Vane Facilities', 'Harlow Vane Facilities'],
    // a politician's party named in the role, or just before it, beats the place the seat is for
    ['Ann Lee, the Harbour Democrat MP for Kelby, spoke. The Harbour Democrats later backed her.', 'Ann Lee',
      'Harbour Democrat MP for Kelby', 'Harbour Democrats'],
    ['Tarvik senator Ivo Tavo said no. The Tarvik Party will vote against the bill.', 'Ivo Tavo', 'senator', 'Tarvik Party'],
    // a business's title that names no body serves the last business named before it
    ['Tarvik Foods Inc. cut 300 jobs on Monday. Chief executive Ana Velmar told staff the market had changed.',
      'Ana Velmar', 'Chief executive', 'Tarvik Foods Inc.'],
    ['Kelby Robotics N.V. fell 11%. The company was hit by delays, a company spokesperson, Ivo Tavo, said.', 'Ivo Tavo',
      'company spokesperson', 'Kelby Robotics N.V.'],
    // …a business, not a regulator or a place
    ['The Kelby Securities Commission fined a broker. Chairman Ana Velmar said more fines would follow.', 'Ana Velmar',
      'Chairman', null],
    // the body led by one whose role is told before the name; whom a body names to a post of its own
    ['The Harbour Union (HU), led by former Kelby mayor Ines Varga, came second.', 'Ines Varga', 'mayor',
      'Harbour Union'],
    ['The Kelby Valley Opera (KVO) on Monday named Uruguayan conductor Ines Varga as its new principal conductor.',
      'Ines Varga', 'conductor', 'Kelby Valley Opera'],
    // a body called back after "who joined", a noun of what one is before "who", a nationality before the kind
    ['Kelby Technical University won a grant. Its lab is run by Dr Ola Berg, a British-Kenyan electrochemist who '
      + 'joined the university last spring.', 'Ola Berg', 'British-Kenyan electrochemist',
    'Kelby Technical University'],
    ['Harlow Lakeside University will take part. Professor Chen Wei, who runs the Korean university\'s physics '
      + 'lab, will visit.', 'Chen Wei', 'Professor', 'Harlow Lakeside University'],
    // an age before a bare role of a body named after it, or before a body called back; a month is no place
    ['Kelby & Strand LLP will merge. Tomo Arai, 61, chair of Kelby & Strand, said so.', 'Tomo Arai',
      'chair of Kelby & Strand', 'Kelby & Strand LLP'],
    ['The Harwell Vale Hospitals Trust was rated inadequate. Bo Lind, 58, the trust\'s chief executive since 2021, '
      + 'apologised.', 'Bo Lind', 'chief executive', 'Harwell Vale Hospitals Trust'],
    ['The Harwell Vale Hospitals Trust was rated inadequate. Dr Ana Ruiz, who became head of the trust in March, '
      + 'spoke.', 'Ana Ruiz', 'head of the trust', 'Harwell Vale Hospitals Trust'],
    // …and its invented places are places, not bodies; a town in the role yields to the body led
    ['TARVIA/HOLMBY, Nov 3 (Tarn Wire) - The Harbour Reform League (HRL), led by former Tarvia mayor Ines Varga, won.',
      'Ines Varga', 'mayor', 'Harbour Reform League'],
    // the journalists a wire story credits, under a dateline of two places
    ['KELBY/HARLOW, May 2 (Tarn Wire) - Prices rose.\n\n(Reporting by Ana Velmar; Editing by Ivo Tavo)', 'Ivo Tavo',
      null, 'Tarn Wire'],
    // a monthly named after its kind is the body one writes for
    ['Ines Varga, a critic for the monthly Revue Kelby, said so.', 'Ines Varga', 'critic for the monthly Revue Kelby',
      'Revue Kelby'],
    // who commanded a body; who was a delegate of one
    ['The worst was Tomo Arai, who commanded the Kelby Valleys Front. He kept us waiting.', 'Tomo Arai', null,
      'Kelby Valleys Front'],
    ['It belonged to Ines Varga, who is the delegate for the Kelby Relief Committee.', 'Ines Varga',
      'delegate for the Kelby Relief Committee', 'Kelby Relief Committee'],
    // a town before the kind of body after "of the"
    ["Kelo's lawyer, Ines Varga of the Lyon firm Renard Avocats, said tests were flawed.", 'Ines Varga', 'lawyer',
      'Renard Avocats'],
    // the body one has, after "whose" (its kind maybe before it), not a rival's
    ['Housing Minister Ivo Tavo, whose Ministry of Homes and Towns funds the scheme, spoke.', 'Ivo Tavo',
      'Housing Minister', 'Ministry of Homes and Towns'],
    ['Ana Velmar, 58, whose family investment company Velmar Holdings owns a third of it, backed the bid.', 'Ana Velmar',
      null, 'Velmar Holdings'],
    ['Ana Velmar, whose rival Kelby Foods Ltd bid first, said no.', 'Ana Velmar', null, null],
    // the journalists a wire story credits at its end work for its dateline's agency
    ['KELBY, May 2 (Tarn Wire) - Prices rose.\n\n(Reporting by Ana Velmar in Kelby; Editing by Ivo Tavo)', 'Ivo Tavo',
      null, 'Tarn Wire'],
    ['KELBY, May 2 (Tarn Wire) - Prices rose, Ivo Tavo said.', 'Ivo Tavo', null, null],
    // a business's own lawyer after its possessive; where the office is, after the role
    ['Tarvik Group lost the case. Tarvik\'s general counsel Ola Brandt said it would appeal.', 'Ola Brandt',
      'general counsel', 'Tarvik Group'],
    ["KTL's general manager in Peru, Ola Brandt, said the mine would reopen.", 'Ola Brandt', 'general manager in Peru',
      'KTL'],
    // "the charity's" after a body told as one of many charities
    ['Kelby Otter Rescue (KOR), one of the region\'s largest animal charities, lost its chair on Friday. Trustees met '
      + 'again. The charity\'s founder, Ada Obi, backed the vote.', 'Ada Obi', 'founder', 'Kelby Otter Rescue'],
    // a scientist by their science, where they work after it
    ['Dr Ines Varga, a chemist at Kelby Polytechnic, said the samples were clean.', 'Ines Varga',
      'chemist at Kelby Polytechnic', 'Kelby Polytechnic'],
    // the body whose place "where" opens before the role
    ['Permits come from the Kelby Port Authority, where deputy director Ivo Strand signs them each spring.',
      'Ivo Strand', 'deputy director', 'Kelby Port Authority'],
    // (a court's registrar too, found trying the session's rules on an article written for the purpose)
    ['The case went before the Kelby Industrial Court, where deputy registrar Torvald Pike set a hearing for Thursday.',
      'Torvald Pike', 'deputy registrar', 'Kelby Industrial Court'],
    // a speaker who says who they are, then where they are
    ["Host: Hello and welcome. I'm Tessa Quarrie, and I run the archive here at the Kelby Canal Trust. Today: locks.",
      'Tessa Quarrie', null, 'Kelby Canal Trust'],
    // a name between "the" and a role in a body is the body's; a participle's clause after the role is no part of it,
    // a field's noun in -ing is
    ['Ola Brandt, the Varga Quillen partner leading the appeal, spoke first.', 'Ola Brandt', 'Varga Quillen partner',
      'Varga Quillen'],
    ['Ola Brandt, head of planning at Kelby Rail, spoke first.', 'Ola Brandt', 'head of planning at Kelby Rail',
      'Kelby Rail'],
    // a body's possessive before the role, its name joined by "&" or a plural's with no "s"
    ["Ivo Marr, Brennock & Tull's head of old masters, said ten bidders took part.", 'Ivo Marr',
      'head of old masters', 'Brennock & Tull'],
    ["Ivo Marr, Tarvik Holdings' head of sales, said so.", 'Ivo Marr', 'head of sales', 'Tarvik Holdings'],
    // a council member by the council's kind, from the body after
    ["Tarsono Wibisono, a town council member from the Harapan Baru Party, said no.", 'Tarsono Wibisono',
      'town council member from the Harapan Baru Party', 'Harapan Baru Party'],
    // a byline's writer and whom they wrote for; an email's sender and their body
    ['Inside the depot\n\nBy Maeve Quinlan, for Tarvik Quarterly\n\nThe roof leaked.', 'Maeve Quinlan', null,
      'Tarvik Quarterly'],
    ['From: Maeve Quinlan, The Harbour Review\nTo: Ivo Marr\n\nThanks for the questions.', 'Maeve Quinlan', null,
      'Harbour Review'],
    // a player's position before the name, the side's name before it
    ['The hosts slumped after Kelby Rovers seamer Lahiru Fonseka took two wickets.', 'Lahiru Fonseka', 'seamer',
      'Kelby Rovers'],
    // a photographer after the outlet in a caption's credit, or before it after "for"
    ['Pickets outside the depot on Monday. (Kelby Courier/Tavoq Quiring)', 'Tavoq Quiring', null, 'Kelby Courier'],
    ['A designer in Milan. Photograph: Tove Karn for The Kelby Review', 'Tove Karn', null, 'Kelby Review'],
    // a minister of a portfolio whose ministry the article names
    ['The Fisheries Ministry pays for it. Fisheries Minister Ivo Marr welcomed the plan.', 'Ivo Marr',
      'Fisheries Minister', 'Fisheries Ministry'],
    // a company by its short name before its officer, its legal form Norway's
    ['Tarnvik Radar Systems AS builds the dish. Ivo Marr, Tarnvik\'s chief engineer, said it worked.', 'Ivo Marr',
      'chief engineer', 'Tarnvik Radar Systems AS'],
    // a caption line's role of any words, a person's noun last
    ['CAPTION: IVO MARR, Fisherman, Kelby Fishers Cooperative\n\nThe reef came back.', 'IVO MARR', 'Fisherman',
      'Kelby Fishers Cooperative'],
    // counsel, the firm and the party it acts for
    ['APPEARANCES: Ivo Marr, Marr Tarnby LLP, for the Plaintiff.', 'Ivo Marr', null, 'Marr Tarnby LLP'],
    // a role told with "your" is the one spoken to's, not the speaker's body
    ['Ivo Marr (Kelby Evening Post): Hello.\n\nTom Roe: Hi.\n\nIvo Marr: Your striker Ola Berg scored.\n\nTom Roe: Yes.',
      'Ola Berg', 'striker', null],
    // a unit of the holder's own body is a part of the title, the body named before it whom it serves
    ['Kelby Fire Service Station Commander Ravi Tondel said the crews had left.', 'Ravi Tondel', 'Station Commander',
      'Kelby Fire Service'],
    // a term in capitals before the role names no body ("HR manager")
    ['Tribunal\n\nWitness today: Mrs Ines Quenby, HR manager, Tarvik Logistics Ltd\n\nJUDGE: Go on.', 'Ines Quenby',
      'HR manager', 'Tarvik Logistics Ltd'],
    // a bare title yields to the office set off after the name with its body (not an elected office's)
    ['Lt. Ivo Marr, a spokesman for the Kelby Police Department, said the road was shut.', 'Ivo Marr',
      'spokesman for the Kelby Police Department', 'Kelby Police Department'],
    ['Hearing\n\nCouncillor Ivo Marr, chair of the committee (Kelby Green Party)\n\nCHAIR: Welcome.', 'Ivo Marr',
      'Councillor', 'Kelby Green Party'],
    // an entry of a participants' line: the name, a role in lower case, the body
    ['Podcast\n\nParticipants: Tova Brink, soil scientist, University of Kelby; Ola Berg, head gardener, Tarvik Abbey '
      + 'Trust\n\nTOVA: Hi.', 'Ola Berg', 'head gardener', 'Tarvik Abbey Trust'],
    // a bracket set off after the name, before the role and its body (or the body in the bracket)
    ['Panel\n\nPanellists: Tova Brink (MBA 2012), chief executive, Kelby Foods Ltd; Ola Berg (MBA 2015), partner, '
      + 'Tarvik Ventures\n\nHOST: Welcome.', 'Tova Brink', 'chief executive', 'Kelby Foods Ltd'],
    ['Hearing\n\nMembers: Tova Brink (Kelby Green Party), committee member; Ola Berg, clerk\n\nCHAIR: Welcome.',
      'Tova Brink', 'committee member', 'Kelby Green Party'],
    // a body's head inside a title, titles all before it; a participants' line of a title, a name and the body
    ['Assistant Chief Ambulance Officer Ravi Tondel said the crews had left.', 'Ravi Tondel',
      'Assistant Chief Ambulance Officer', null],
    ['On the platform: Ines Quenby, spokeswoman; Watch Manager Ravi Tondel, Kelby Fire and Rescue Service; Ivo '
      + 'Marr, surgeon.', 'Ravi Tondel', 'Watch Manager', 'Kelby Fire and Rescue Service'],
  ])('%s → %s, role %s, affiliation %s', (text, name, role, affiliation) => {
    const person = factsOf(text, 'person').find((p) => p.name === name);
    expect(person).toMatchObject({ name, role, affiliation });
  });

  it.each([
    ['Acme CEO Jane Doe said sales rose.', 'Acme'],
    ['Acme chief executive Jane Doe said sales rose.', 'Acme'],
    ['Tom Okafor, chief financial officer of Harwell, said costs fell.', 'Harwell'],
  ])('%s → %s is an organisation too', (text, org) => expect(orgNames(text)).toContain(org));

  it.each([
    // a portfolio or a plural title is no organisation
    'Budget Minister Cara Venn met the unions.',
    'Editorial Manager Ross Penn and President Ida Lark spoke.',
    'Co-Chairs Prince Aldo Venn and Ida Lark met.',
    'Senate Majority Leader Jane Doe said the vote would wait.',
    // a unit of the holder's own body before the title, in title case or in a speaker's label in capitals
    'Area Manager Ines Quenby said the fire was out.',
    'Store Manager Ravi Tondel locked the doors.',
    'Assistant Chief Ambulance Officer Ravi Tondel said the crews had left.',
    'Question from the floor.\n\nSTATION MANAGER RAVI TONDEL: The crews stood down at noon.',
  ])('no organisation in %j', (text) => expect(orgNames(text)).toEqual([]));

  it('names no person "<town> Mayor" before a spokesman', () => {
    expect(personNames('Harwell Mayor spokesman Tom Quill said so.')).toEqual(['Tom Quill']);
  });
});

describe("a transcript's \"our\" is the speaker's body", () => {
  const text = "[09:00:04] Mira Dahl: Good morning. I'm Mira Dahl, head of press at Kelby General Hospital. Next, our "
    + 'clinical director, Dr Ivo Berg.\n\n[09:00:40] Ivo Berg: Thank you.\n\n[09:02:15] Mira Dahl: Thank you. Now Dr '
    + 'Lena Sato, who leads our burns unit.\n\n[09:02:22] Lena Sato: Good morning.';
  it.each([['Ivo Berg', 'clinical director'], ['Lena Sato', 'Dr']])('%s', (name, role) => {
    const person = factsOf(text, 'person').find((p) => p.name === name);
    expect(person).toMatchObject({ role, affiliation: 'Kelby General Hospital' });
  });
  it('is no body without a speaker\'s label', () => {
    const person = factsOf('Our clinical director, Dr Ivo Berg, spoke first.', 'person')[0];
    expect(person).toMatchObject({ name: 'Ivo Berg', affiliation: null });
  });
});

describe("a transcript's speakers by their labels", () => {
  // names no list of given names holds, labels of three lines or more, one after the speaker's part in brackets
  const text = 'Morning call-in, 3 May\n\n[Host] Adewunmi Vekemo: Good morning, it is nine.\nCaller: Hi, it is Dev.\n'
    + 'Adewunmi Vekemo: Go ahead, Dev.\nNgqondo Velaphi: I run the depot. When is the road open?\n'
    + 'Q (Kiptanui Owino, Tarvik Wire): Will the council pay?';
  it.each(['Adewunmi Vekemo', 'Ngqondo Velaphi', 'Kiptanui Owino'])('%s', (name) => {
    expect(personNames(text)).toContain(name);
  });
  it('reads a full name in capitals opening a turn, a given name first', () => {
    const text = 'TOVE KARN: Right, let us start.\n\nOLA BERG: Relief, yes.\n\nTOM ROE: How much?\n\nKOFI TARNBY: Was the '
      + 'penalty fair?';
    expect(personNames(text)).toContain('KOFI TARNBY');
  });
  it('…and with the speaker\'s outlet in brackets before the colon', () => {
    const text = 'Briefing\n\nMS KARN: Good afternoon.\n\nKOFI TARNBY (Kelby Gazette): How long will the search go on?\n\n'
      + 'MS KARN: Days.\n\nKOFI TARNBY (Kelby Gazette): Thank you.';
    expect(factsOf(text, 'person').find((p) => p.name === 'KOFI TARNBY')?.affiliation).toBe('Kelby Gazette');
  });
  it('links a given name in capitals to the one person named in full, though only in the first turn', () => {
    const show = 'KELBY RADIO - Episode 3\n\nTOVE: Hi, welcome to the show. I\'m Tove Quarnby.\n\nIVAR: And I\'m '
      + 'Ivar Lundholt.\n\nTOVE: Today we talk boats.\n\nIVAR: Boats!';
    expect(factsOf(show, 'person').map((p) => [p.name, p.mentions.length])).toEqual([['Tove Quarnby', 3],
      ['Ivar Lundholt', 3]]);
  });
  it.each([
    // a title line's opening, a web page's labels outside a transcript
    'Harbour This Morning: the port reopens\n\nHost: Welcome.\nGuest: Thanks.\nHost: So?',
    'A man was hurt.\n\nSuicide Prevention Lifeline: 988\nPrevious Story: Bus crash',
  ])('names no speaker in %j', (article) => expect(personNames(article)).toEqual([]));
});

describe("a committee transcript's speaker and the body in brackets", () => {
  const text = 'Committee hearing\n\nTova Brink (Chair): Welcome.\nIvo Marr (Mebyon Kelby): Thank you, Chair.\n'
    + 'Lena Vos (Tarn Valley Voice): Forty staff.\nTova Brink: Go on.';
  it.each([
    ['Ivo Marr', 'Mebyon Kelby'], ['Lena Vos', 'Tarn Valley Voice'], ['Tova Brink', null],
  ])('%s → %s', (name, body) => {
    expect(factsOf(text, 'person').find((p) => p.name === name)?.affiliation).toBe(body);
  });
  it('names no body in a part in capitals with the speaker in brackets', () => {
    const article = 'Talk\n\nHOST (Ada Quill): Welcome.\nAUDIENCE MEMBER (Ivo Marr): Thank you.\nHOST: Go on.';
    expect(orgNames(article)).toEqual([]);
  });
});

describe('a titled surname is the person named in full', () => {
  it.each([
    ['Striker Okonkwo joins Valmont\n\nValmont have signed striker Emeka Okonkwo from Dorrington.', 'Emeka Okonkwo', 'striker', 2],
    ['Minister Okafor resigns\n\nFinance Minister Tunde Okafor resigned on Monday.', 'Tunde Okafor', 'Finance Minister', 2],
  ])('%s → %s', (text, name, role, mentions) => {
    const people = factsOf(text, 'person');
    expect(people.map((p) => p.name)).toEqual([name]);
    expect(people[0]).toMatchObject({ role });
    expect(people[0]!.mentions).toHaveLength(mentions);
  });

  it('keeps a titled surname nobody names in full, with its role', () => {
    expect(factsOf('President Varga said no.', 'person')[0]).toMatchObject({ name: 'Varga', role: 'President' });
  });
});

describe('organisations where a first name or a speech verb misleads', () => {
  it('reads banks named by analysts at them as organisations, not people', () => {
    const text = 'Analysts at Morgan Stanley and Goldman Sachs said the deal was fair.';
    expect(orgNames(text)).toEqual(['Morgan Stanley', 'Goldman Sachs']);
    expect(personNames(text)).toEqual([]);
  });

  it('reads a body joined by "and" to a firm one as a body, though only a speech verb follows it', () => {
    const text = 'Economists at Harvel Bank and Kestrel Economics said they expected a cut.';
    expect(orgNames(text)).toEqual(['Harvel Bank', 'Kestrel Economics']);
    expect(personNames(text)).toEqual([]);
  });

  it.each([
    ['Veltrona agreed to sell the unit to rival Tessaro Pay on Tuesday.', 'Tessaro Pay'],
    ['Tessaro Pay, which is listed on Nasdaq, gained 6%.', 'Tessaro Pay'],
    ['Nasdaq-listed Veltrix fell 2% on Monday.', 'Veltrix'],
    // a kind of business opening the sentence, after a paragraph, before a given name
    ['Revenue rose.\n\nRival Harlan Snacks, which reports next week, has struggled.', 'Harlan Snacks'],
    // a kind of business after a word no dictionary holds
    ['Revenue was lifted by the contract with Corlow Foods.', 'Corlow Foods'],
    ['Welcome to the Tarnvale Coastal Logistics annual results call.', 'Tarnvale Coastal Logistics'],
  ])('reads a business by its market or its rival in %j', (text, org) => {
    expect(orgNames(text)).toContain(org);
    expect(personNames(text)).toEqual([]);
  });

  it.each([
    // a builder's short name, though a given name opens it
    ["Lawyers for Jolene Crest Developers filed. Jolene Crest's managing director, Tova Brink, said it would win.",
      ['Jolene Crest Developers'], ['Tova Brink']],
    // a police force named for two places, after a person's "of"
    ['Inspector Ilse Dorrin of Tarnby and Wexley Police appealed for witnesses.',
      ['Tarnby and Wexley Police'], ['Ilse Dorrin']],
    // a country after a title that other words open names a body, not a person
    ['Ilse Dorrin, who leads the campaign group Water Justice Malawi, welcomed the verdict.', ['Water Justice Malawi'],
      ['Ilse Dorrin']],
  ])('reads the bodies and the people of %j', (text, orgs, people) => {
    expect(orgNames(text)).toEqual(orgs);
    expect(personNames(text)).toEqual(people);
  });

  it.each([
    // a lone surname that a statement or a told names, after the person named in full
    ['Forward Grace Nwoye has signed. "I am happy," Nwoye said in a statement. The coach said Nwoye would add pace.', 'Nwoye'],
    // ...also after a generation's mark
    ['Judge Mara Quell told Dale Brenner Jr. on Friday that he erred. Quell told Brenner that it was reckless.', 'Brenner'],
  ])('reads no organisation in a surname: %j', (text, surname) => {
    expect(orgNames(text)).toEqual([]);
    expect(factsOf(text, 'person').flatMap((p) => p.mentions.map((m) => m.text))).toContain(surname);
  });

  it('reads no person in the subject of a reported clause', () => {
    expect(personNames('Tom Okafor said Harwell expects profits to rise.')).toEqual(['Tom Okafor']);
  });

  it('still reads a frequent surname as the subject of a reported clause', () => {
    expect(personNames('Aides said Baker had left the city.')).toEqual(['Baker']);
  });

  it('reads a company with and without its legal form as one organisation', () => {
    const orgs = factsOf('Harwell Systems said on Monday it would cut jobs. Harwell Systems Inc. shares fell.', 'organisation');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ name: 'Harwell Systems Inc.', aliases: ['Harwell Systems'] });
    expect(orgs[0]!.mentions).toHaveLength(2);
  });

  it.each([
    ['A former executive of Castlegate Bank was convicted. Castlegate, which settled last year, was not charged.',
      'Castlegate Bank', 'Castlegate'],
  ])('reads a bank of two words by its first word too: %j', (text, name, alias) => {
    const orgs = factsOf(text, 'organisation');
    expect(orgs.map((o) => [o.name, o.aliases])).toEqual([[name, [alias]]]);
  });

  it('reads no bank in a word of the language that opens a bank\'s name', () => {
    expect(orgNames('The Reserve Bank held rates. Reserve forces were called up.')).toEqual(['Reserve Bank']);
  });

  it.each([
    ['Kelmont Capital Partners will appeal. Kelmont Capital shares fell.', 'Kelmont Capital Partners', 'Kelmont Capital'],
    ['Harwell Media Group bought a radio station. Harwell Media said so.', 'Harwell Media Group', 'Harwell Media'],
  ])('reads a company with and without the word for its shape as one organisation: %j', (text, name, alias) => {
    const orgs = factsOf(text, 'organisation').filter((o) => o.name.startsWith(alias));
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ name, aliases: [alias] });
  });

  it('keeps a long name whole when its acronym spells only its last words', () => {
    const text = 'The Northern Council Office for the Relief of Coastal Towns (ORCT) said aid was blocked. ORCT added that roads were closed.';
    const orgs = factsOf(text, 'organisation');
    expect(orgs.map((o) => o.name)).toEqual(['Northern Council Office for the Relief of Coastal Towns']);
    expect(orgs[0]!.aliases).toEqual(['ORCT']);
    expect(orgs[0]!.mentions.map((m) => m.text)).toEqual(['Northern Council Office for the Relief of Coastal Towns', 'ORCT', 'ORCT']);
  });
});

describe('name shapes', () => {
  it.each([
    // a generation suffix keeps its full stop inside a sentence, as a company's legal form does
    ['President Dan Ortiz Jr. flew to the coast on Tuesday.', 'Dan Ortiz Jr.'],
    ['The prize went to Dan Ortiz Sr., the founder.', 'Dan Ortiz Sr.'],
    // at the end of a sentence the stop is the sentence's
    ['The speech was given by Dan Ortiz Jr.', 'Dan Ortiz Jr'],
    // a body's officer after the body's whole name, "and" and all (not "Work and Pensions Secretary", a portfolio)
    ['Office of Planning and Budget Director Lena Fairbanks declined to comment.', 'Lena Fairbanks'],
    // the town one comes from is no part of the name, where the parse read the two as one place
    ['The passenger who died was identified as Helga Marsh of Leeds, England.', 'Helga Marsh'],
    // a Spanish surname with a plural article after "de"
    ['Board chair Iker de las Fuentes said the vote would wait.', 'Iker de las Fuentes'],
    // a surname that names streets, with an age after
    ['Norvane chief executive Ann Lane, 51, said the plant would close.', 'Ann Lane'],
  ])('%s → %s', (text, name) => expect(personNames(text)).toEqual([name]));

  it.each([
    // a romanised given name of two syllables joined by a hyphen, the second in lower case
    ['Councillor Tam Kai-wan voted against the bill.', ['Tam Kai-wan']],
    ['Two members, Senator Ho Chun-lai and Mr Fok, left.', ['Ho Chun-lai', 'Fok']],
    // a title and what it governs name no one; the person after them does
    ['The plan was signed by the Governor of Norland.', []],
    ['Governor of Norland Ada Quill said on Monday the plan would wait.', ['Ada Quill']],
    // a business named after its owner is no person
    ['Shots were fired outside the Rosa Lind Cafe on Friday.', []],
    // nor is a stadium named with the word first, after a person
    ['Six wins in a row at Stade Lucien-Borde, the coach said.', []],
    // nor is an event that a given name opens
    ['Tickets for the 2040 Summer Olympics and the Grace Valley Festival sold out.', []],
    // nor is a feast named by its weekday; an auxiliary opening a question is no given name
    ['Will the buses run on Easter Monday?', []],
    ['Will Tarvel Ferries cut fares next year?', []],
    ['Will Dunmore said he would stand.', ['Will Dunmore']],
    // a person, then the acronym of the body they belong to
    ['The rest were Tam Kai-wan of LPF and others.', ['Tam Kai-wan']],
    // a list's last role is no title of the next name; a body's officer after its short name's possessive
    ['Speakers: Tove Karn, Press Officer; Battalion Chief Ola Berg', ['Tove Karn', 'Ola Berg']],
    ["Fire hit the Fenwick Textiles depot. Fenwick's general manager, Ola Berg, said staff were safe.", ['Ola Berg']],
    // a post and its field after a name is no one's name
    ['With me is Dr. Min-ji Seo, Senior Curator of Glass, who chose these pieces.', ['Min-ji Seo']],
  ])('%s → %j', (text, people) => expect(personNames(text)).toEqual(people));

  it.each([
    'Kelmont-run mills and Hong Kong-based firms closed.',
    'The well-known pro-reform group met.',
  ])('joins no participle to a name: %j', (text) => {
    for (const p of factsOf(text, 'person')) expect(p.name).not.toMatch(/-\p{Ll}/u);
  });
});

describe('a lone first word of a person named earlier', () => {
  it.each([
    ['Marek Lund and Irena Voss founded the studio. Later Irena said it was hard.', 'Irena Voss', ['Irena Voss', 'Irena']],
    ['Councillor Tam Kai-wan voted no. Asked why, Tam said the bill was rushed.', 'Tam Kai-wan', ['Tam Kai-wan', 'Tam']],
  ])('%s → %s', (text, name, mentions) => {
    const person = factsOf(text, 'person').find((p) => p.name === name);
    expect(person?.mentions.map((m) => m.text)).toEqual(mentions);
  });

  it.each([
    // a place that is also a first name, and a name two people share
    'Virginia Holt spoke in Richmond. Voters in Virginia were unmoved.',
    'Ann Lee and Ann Vorst disagreed. Later Ann left the room.',
  ])('links no lone word in %j', (text) => {
    for (const p of factsOf(text, 'person')) expect(p.mentions.map((m) => m.text)).not.toContain(text.includes('Virginia') ? 'Virginia' : 'Ann');
  });
});

describe('long organisation names', () => {
  it.each([
    ['The Harbour Foundation for the Visual Arts gave the money.', 'Harbour Foundation for the Visual Arts'],
    ['Grants came from the Joint Council for Coastal Towns on Monday.', 'Joint Council for Coastal Towns'],
    // the article at a sentence's start is no part of the name
    ['The Coastal Herald said the mayor had resigned.', 'Coastal Herald'],
    // up to three common words after "and" are still what the body is for
    ['The Department of Housing and Regional Development said so.', 'Department of Housing and Regional Development'],
    ['The Institute for Fiscal and Monetary Studies published a report.', 'Institute for Fiscal and Monetary Studies'],
    // a prefix joined by a hyphen after "and" stays inside the name; a body named for its members keeps its possessive
    ['Monitors from the Bureau for Trade and Co-operation arrived.', 'Bureau for Trade and Co-operation'],
    ['Observers from the Office for Trust and Co-operation in Kelbia (OTCK) arrived.', 'Office for Trust and Co-operation in Kelbia'],
    ["The Medical Practitioners' Guild called a strike.", "Medical Practitioners' Guild"],
    // a portfolio body's list of portfolios, closed by "and", is its name
    ['The Ministry of Agriculture, Fisheries and Food said so.', 'Ministry of Agriculture, Fisheries and Food'],
    ['The Department for Coasts, Food and Rural Affairs said so.', 'Department for Coasts, Food and Rural Affairs'],
    // ...or a list of portfolios that the body's head closes
    ['The Senate Health, Harbours, Labor and Pensions Committee met.', 'Senate Health, Harbours, Labor and Pensions Committee'],
    // ...or a service, a board, an authority or a council; a committee's charge after "on", an Oxford comma before "and"
    ['Talks at the Mediation, Review and Arbitration Service resumed.', 'Mediation, Review and Arbitration Service'],
    ['Members of the Drivers, Guards and Signal Staff Union walked out.', 'Drivers, Guards and Signal Staff Union'],
    ['The Senate Committee on Harbours, Trade, and Fisheries met.',
      'Senate Committee on Harbours, Trade, and Fisheries'],
    // a body of the members a list names: a federation, a union, a society, an association, a guild
    ['The Federation of Rail, Bus and Tram Workers called a strike.', 'Federation of Rail, Bus and Tram Workers'],
    ['The Society of Painters, Sculptors and Engravers held its show.', 'Society of Painters, Sculptors and Engravers'],
    // a firm named for its partners, closed by its legal form
    ['Ann Lee, a partner at Marlow, Okonjo and Reyes LLP, said so.', 'Marlow, Okonjo and Reyes LLP'],
    ['The firm Tarrago, Quintana y Asociados said so.', 'Tarrago, Quintana y Asociados'],
    // a body of two countries after "the", its field and its head
    ['The Norway and Sweden Curling Board said so.', 'Norway and Sweden Curling Board'],
    ["The conservative People's Union of Prime Minister Tomas Hallek won 44 seats.", "People's Union"],
  ])('%s → %s', (text, name) => expect(orgNames(text)).toEqual([name]));

  it.each([
    // a list that a person or a place ends, or that "and" does not close, is no portfolio list
    ['The Ministry of Defence, Kelby Police and the army said so.', ['Ministry of Defence', 'Kelby Police']],
    ['The Department for Transport, Ann Lee said.', ['Department for Transport']],
    // surnames set off by commas with no legal form after them name no firm
    ['Marlow, Okonjo and Reyes all said so.', []],
  ])('%s → %j', (text, names) => expect(orgNames(text)).toEqual(names));

  it('keeps a second body of its own after "and" apart', () => {
    expect(orgNames('The Ministry of Defence and Kelmont Aerospace signed a deal.')).toEqual([
      'Ministry of Defence', 'Kelmont Aerospace',
    ]);
  });

  it('keeps an acronym before "and" apart from the body after it', () => {
    expect(orgNames('The ILO and Kelby Labour Federation signed a deal.')).toEqual(['ILO', 'Kelby Labour Federation']);
  });

  it.each([
    // a single head word, or a person after "for", joins nothing
    ['Voters backed the Council for years.', 'Council'],
    ['The Trade Council voted for Ann Lee on Monday.', 'Trade Council'],
  ])('joins nothing in %j', (text, name) => {
    for (const o of factsOf(text, 'organisation')) expect(o.name).not.toMatch(/ for /);
    expect(text).toContain(name);
  });
});

it.each([
  'An IED exploded near the market at 0400 UTC.',
  'The file was posted as a PDF and the cameras (CCTV) saw nothing.',
  'Spending on AI rose again this year.',
  'The firm invested in AI chips, EV batteries and an LNG terminal.',
])('reads no organisation in a device, format, term or time acronym: %j', (text) => expect(orgNames(text)).toEqual([]));

// every surname slot's own example is a test: the lone surname comes out with that slot's reason
it.each(SURNAME_SLOTS.map((s) => [s.reason, s.example]))('surname slot %s: %s', (reason, example) => {
  const people = factsOf(example, 'person');
  expect(people.map((p) => p.reason)).toContain(reason);
});

// a given name alone in a surname's slot is a person, as interviews call people; one that is also a word is not
it.each([
  ['Danny said he had a van.', ['Danny']],
  ["We loved Jess's songs.", ['Jess']],
  ['Critics blamed Martin for the split.', ['Martin']],
  ['Will said nothing about it.', []],
])('a lone given name in a slot: %j', (text, people) => {
  expect(factsOf(text, 'person').map((p) => p.name)).toEqual(people);
});

describe('a greeting before a name, or "No." before a number, is no part of one', () => {
  it.each([
    ['Caller: Hi Tova, it is Mika Vell here, from Harlow.', ['Mika Vell']],
    ['HOST: Thanks Ola. Hello Tova Brink, you are on air.', ['Tova Brink']],
    ['Dear Ann Vell, thank you for the letter.', ['Ann Vell']],
    // (nor is the abbreviation of "number" before one)
    ['IN THE CIRCUIT COURT\nCase No. 2023-CV-0412\nQ. Do you know Ann Vell?', ['Ann Vell']],
  ])('%j → %j', (text, names) => expect(personNames(text)).toEqual(names));
});

describe('a person named in capitals in a caption, then as a sentence writes it', () => {
  it('takes the name as a sentence writes it', () => {
    const text =
      'TOVA BRINKMANN, Plaintiff,\nv.\nKELBY FREIGHT, Defendant.\n\nQ. Have you met the plaintiff, Tova Brinkmann?';
    expect(personNames(text)).toContain('Tova Brinkmann');
  });
});

describe("a role after a plural's possessive, between commas", () => {
  it('names the person before it', () => {
    const text = "Reefs bleach early. Yarran Coolwell, the rangers' coordinator, spotted it two weeks before the "
      + 'alerts.';
    expect(personNames(text)).toEqual(['Yarran Coolwell']);
  });
});

describe('two names no list holds, "of" and a brand\'s one word with a capital inside it', () => {
  it('are a person and the body the person belongs to', () => {
    const text = 'On my left sits the moderator. Next to her, Chidera Okonkwo of AeroHarth, which sells spraying '
      + 'services.';
    expect(personNames(text)).toEqual(['Chidera Okonkwo']);
    expect(factsOf(text, 'organisation').map((o) => o.name)).toEqual(['AeroHarth']);
  });
});

describe('one word after a speech verb, before a plural it qualifies', () => {
  it.each([
    'A survey published on Monday says British renters face higher deposits.',
    'The district fell last week, said Tarvani fighters who spoke to reporters.',
  ])('names no person: %j', (text) => expect(personNames(text)).toEqual([]));
});

it('reads no body nor person in one word between a kind of body and a plural it qualifies', () => {
  const text = 'Relief officials said the fighting was between rival Kelbian factions.';
  expect(factsOf(text, 'organisation').concat(factsOf(text, 'person'))).toEqual([]);
});

it('reads no person in a town named for its port', () => {
  expect(personNames('The line sent its ships on to Beira and Port Gerard for the week.')).toEqual([]);
});

describe('minutes and webinar captions', () => {
  it('reads initials and a surname as the person given in full before', () => {
    const text = 'Officers: Kwesi Tandoh (Director of Roads). Cllr Ola Berg asked about costs. K. Tandoh: They rose.';
    expect(personNames(text)).toEqual(['Kwesi Tandoh', 'Ola Berg']);
  });
  it.each([
    'Officers: Ola Berg (Head of Planning Services); Tom Roe (Treasurer).',
    'PANELIST (Ola Berg, Chief Nursing Data Officer, Kelby Health Trust): Hello.',
  ])('names no person or body after a post: %j', (text) => {
    expect(personNames(text)).toEqual(['Ola Berg', ...(text.includes('Tom Roe') ? ['Tom Roe'] : [])]);
    expect(orgNames(text).filter((o) => /Services|Officer/.test(o))).toEqual([]);
  });
  it('keeps a bracket out of the role before the name', () => {
    const [person] = factsOf('Present: the Chair (Alderman Ola Berg), presiding.', 'person');
    expect(person?.role).toBe('Alderman');
  });
  it('takes the body after the role inside a caption\'s brackets', () => {
    const [person] = factsOf('PANELIST (Ola Berg, Head of Research, Tarvik Labs): Good afternoon.', 'person');
    expect(person?.affiliation).toBe('Tarvik Labs');
  });
});

describe('transcripts: mastheads, speakers in brackets, styles of address', () => {
  it.each([
    ['KELBY HILLS CONSTABULARY\nTranscript of a press briefing\n\nThe search goes on, the inspector said.',
      'KELBY HILLS CONSTABULARY'],
    ['TARNBY BOROUGH COUNCIL | MINUTES\n\nMembers met on Monday.', 'TARNBY BOROUGH COUNCIL'],
    // its acronym in brackets after it; a district that serves; a court and what it is of
    ['KELBY NEWS NETWORK (KNN) — "EARLY TRADE"\n\nPrices fell on Monday.', 'KELBY NEWS NETWORK'],
    ['TARNBY UNIFIED SCHOOL DISTRICT\nBoard of Trustees — Minutes\n\nMembers met on Monday.',
      'TARNBY UNIFIED SCHOOL DISTRICT'],
    ['SUPERIOR COURT OF TARNBY COUNTY\nTrial Transcript\n\nThe hearing went on.', 'SUPERIOR COURT OF TARNBY COUNTY'],
    // (or a colon, then what the document is)
    ['TARNBY SAILING CLUB: MINUTES OF THE SPRING MEETING\n\nMembers met on Monday.', 'TARNBY SAILING CLUB'],
  ])('reads the body whose document it is on its first line: %j', (text, body) => {
    expect(orgNames(text)).toEqual([body]);
  });
  it.each([
    'RUGBY UNION\n\nThe home side won on Saturday.',
    'COUNCIL VOTES TO CUT FARES\n\nMembers met on Monday.',
    'FARES: COUNCIL VOTES FOR A CUT\n\nMembers met on Monday.',
  ])('reads no masthead in a section label or a headline: %j', (text) => expect(orgNames(text)).toEqual([]));
  it('reads no masthead in a dateline\'s place before its agency', () => {
    expect(orgNames('NEW KELBY (NKA) — Prices fell on Monday.')).toEqual(['NKA']);
  });
  it.each([
    ['ANCHOR (OSWIN TELLAKER): Good evening.\n\nANCHOR: Thank you.', 'OSWIN TELLAKER'],
    ['WITNESS (BRONAGH QUARRENDON): That is right.\n\nQUARRENDON: Yes.', 'BRONAGH QUARRENDON'],
  ])('reads the speaker in brackets after the part they play: %j', (text, name) => {
    expect(personNames(text)).toEqual([name]);
  });
  it('reads a speaker with a role and an outlet in brackets, not a dateline', () => {
    const text = 'REPORTER (Kelby TV): Is it open?\n\nSIMON TELLAKER, REPORTER (Tarn Wire Agency): Any sign?\n\nNo.';
    const [person] = factsOf(text, 'person');
    expect(person).toMatchObject({ name: 'SIMON TELLAKER', affiliation: 'Tarn Wire Agency' });
  });
  it('keeps a style of address out of the role and the affiliation', () => {
    const text = 'Before: HER HONOUR JUDGE BRONAGH QUARRENDON\nCounsel: MR. TOM ROE for the Claimant';
    const [person] = factsOf(text, 'person');
    expect(person).toMatchObject({ name: 'BRONAGH QUARRENDON', role: 'JUDGE', affiliation: null });
  });
  it('reads no role where one addressed by name is told what they are', () => {
    const text = 'MS. ROE: Mr. Quarrendon, you are the site manager employed by Kelby Stone, correct?';
    expect(factsOf(text, 'person').find((p) => p.name === 'Quarrendon')?.role ?? null).toBeNull();
  });
});

describe('portfolios, titles before unlisted given names, listed names that are words', () => {
  it('reads a minister\'s portfolio as the role, no body', () => {
    const text = 'Emergency Services Minister Ola Berg said a review would follow.';
    expect(factsOf(text, 'person')).toMatchObject([{ name: 'Ola Berg', role: 'Emergency Services Minister' }]);
    expect(orgNames(text)).toEqual([]);
  });
  it.each([
    ['Opposition MP Nkiruka Abdimalik Ibrahim said the committee should act.', 'Nkiruka Abdimalik Ibrahim'],
    ['Senior Counsel Temesgen Abdiaziz Omar said no.', 'Temesgen Abdiaziz Omar'],
  ])('keeps a word no dictionary holds after a title in the name: %j', (text, name) => {
    expect(personNames(text)).toEqual([name]);
  });
  it.each([
    'The thermometer at the airport read 38 degrees Celsius at noon.',
    'The holding company was backed by Gulf investors, the filing showed.',
  ])('reads no listed company in a unit or a qualifier: %j', (text) => expect(orgNames(text)).toEqual([]));
});

describe('phone-ins, races and prizes', () => {
  it('reads a caller\'s town in the label\'s brackets as no body', () => {
    const text = 'HOST: First, Edna Kellow in Tarnby.\n\nCALLER (EDNA KELLOW, TARNBY): Hello there.\n\nHOST: Next.';
    expect(orgNames(text)).toEqual([]);
    expect(factsOf(text, 'person')[0]?.affiliation ?? null).toBeNull();
  });
  // (a caller named by a given name alone, after a timecode; the label's word is no body)
  it.each<[string, string[]]>([
    ['[09:01:10] HOST: Good morning.\n\n[09:01:30] CALLER (TOVELINA, NORTH ARDMERE): Hello, I drive a taxi.\n\n'
      + '[09:02:05] HOST: Thanks. Next line.\n\n[09:02:20] CALLER (BRANIMIR, QUAYWICK): Hello there.', ['Tovelina',
      'Branimir']],
    ['HOST: Good morning.\n\nCALLER (EDNA KELLOW, TARNBY): Hello there.\n\nHOST: Next.', ['EDNA KELLOW']],
  ])('reads a caller in the label\'s brackets before the town: %j', (text, people) => {
    expect(personNames(text).map((n) => n.toUpperCase())).toEqual(people.map((n) => n.toUpperCase()));
    expect(orgNames(text)).toEqual([]);
  });
  it('reads a group\'s own member by a given name as a person', () => {
    const text = 'HOST: Please hold, and our producer, Levent Osterby, will call you back.';
    expect(personNames(text)).toEqual(['Levent Osterby']);
    expect(orgNames(text)).toEqual([]);
  });
  it('joins two capitalised names an en dash joins', () => {
    expect(orgNames('Ivo Marr of Halvik–Tarnel Racing Club won the stage.')).toEqual(['Halvik–Tarnel Racing Club']);
  });
  it.each([
    'Riders feared the drop from the Puerto de Kelvas in the rain.',
    'The stage finishes on the Alto de Tarnia after 160 km.',
  ])('reads no person in a mountain pass: %j', (text) => expect(personNames(text)).toEqual([]));
  it('reads no team in the field a prize is for', () => {
    const text = 'The collection won the Kelby Prize for Poetry last night. It was her first win, and the title has '
      + 'sold out.';
    expect(orgNames(text)).toEqual([]);
  });
  it('reads no body in a reference code', () => {
    expect(orgNames('Recording reference: KT/REC/0042\n\nInterviewer: Where were you born?')).toEqual([]);
  });
  it('reads an archive as a body', () => {
    expect(orgNames('The reels are held by the Tarnby Film Archive in the library.')).toEqual(['Tarnby Film Archive']);
  });
});

describe('roles after a name: who commands an incident, who was appointed by a body', () => {
  it.each([
    ['"It is spreading fast," said Ola Berg, incident controller for the Tarnby Fire Authority.', 'Ola Berg',
      'Tarnby Fire Authority'],
    ['Ivo Marr, the arbiter appointed by the Kelby Wage Board, will meet both sides on Friday.', 'Ivo Marr',
      'Kelby Wage Board'],
  ])('%s', (text, name, body) => {
    expect(factsOf(text, 'person').find((p) => p.name === name)?.affiliation).toBe(body);
  });
});

describe('a capitalised role in brackets after a name, as minutes give it', () => {
  it.each([
    ['Officers: Tobias Quarnell (Head of Planning Services); Ilse Marr (Chief Finance Officer).', 'Tobias Quarnell',
      'Head of Planning Services'],
    ['Officers: Tobias Quarnell (Head of Planning Services); Ilse Marr (Chief Finance Officer).', 'Ilse Marr',
      'Chief Finance Officer'],
  ])('%s → %s', (text, name, role) => {
    expect(factsOf(text, 'person').find((p) => p.name === name)?.role).toBe(role);
  });
});

describe('a body served by a possessive capitalised title, a contact block, or a verb after the name set off', () => {
  it.each([
    ["Kelby Optics AG recalled a lens. Kelby's Chief Quality Officer, Dr Ilse Varn, said tests had failed.", 'Ilse Varn',
      'Chief Quality Officer', 'Kelby Optics AG'],
    ['Tarvik Foods Ltd recalled a sauce on Friday.\n\nPress office\nIlse Varn\nHead of Corporate Affairs, Tarvik Foods\n'
      + 'press@tarvik.example', 'Ilse Varn', 'Head of Corporate Affairs', 'Tarvik Foods Ltd'],
    ['Her rival, Dr Ilse Varn, directs the Kelby Institute for Soil Science.', 'Ilse Varn', 'Dr',
      'Kelby Institute for Soil Science'],
  ])('%s', (text, name, role, body) => {
    const person = factsOf(text, 'person').find((p) => p.name === name);
    expect([person?.role, person?.affiliation]).toEqual([role, body]);
  });
});

describe('people and bodies told apart by what describes them', () => {
  // (a description's kind of body inside its own clause describes no body: "a nurse who commutes daily")
  it.each([
    ['Ailbhe Carrow, a ward nurse who commutes daily to the city, said the delays hurt.', 'Ailbhe Carrow'],
    ['Obiora Vantrell, the shipping magnate, said the bid was fair.', 'Obiora Vantrell'],
  ])('%s → person %s', (text, name) => {
    expect([personNames(text), orgNames(text)]).toEqual([[name], []]);
  });
  it('reads a body of four words that opens with a given name, its acronym defined', () => {
    expect(orgNames('Shares of Kelby Foods plc and West Calder Cocoa Processors (WCCP) fell.'))
      .toContain('West Calder Cocoa Processors');
  });
});

describe("a body served by any description before \"at\", a spokesperson after a body's news, a page's masthead", () => {
  it.each([
    // any words of a job, then "at" and a body's name
    ['Tomas Reyna, head cellarman at Tarvik Brewing Company, said the casks had leaked.', 'Tomas Reyna',
      'head cellarman at Tarvik Brewing Company', 'Tarvik Brewing Company'],
    ['Dr Lena Osk, a flood modeller at the University of Kelby, led the survey.', 'Lena Osk',
      'flood modeller at the University of Kelby', 'University of Kelby'],
    // a spokesperson told right after a body's news speaks for it
    ['The Kelby Canal Trust said it would repair the lock. A spokesman, Tomas Reyna, said work would start in May.',
      'Tomas Reyna', 'spokesman', 'Kelby Canal Trust'],
    // a byline's writer writes for the paper whose masthead opens the page, in capitals after "THE" too
    ['THE TARVIK LEDGER\nCourts | Monday 4 May 2026\n\nBy Lena Osk, Courts Reporter\n\nA jury heard the case.',
      'Lena Osk', 'Courts Reporter', 'TARVIK LEDGER'],
    // a title after "our" in a company's call, and a title only a company has: the company whose record it is
    ['KELBY FERRIES PLC\nResults call\n\nOperator: I hand over to Lena Osk, Head of Investor Relations.\n\nLena Osk: '
      + 'Thanks. With me is Tomas Reyna, our Chief Financial Officer.', 'Tomas Reyna', 'Chief Financial Officer',
    'KELBY FERRIES PLC'],
  ])('%s', (text, name, role, body) => {
    const person = factsOf(text, 'person').find((p) => p.name === name);
    expect([person?.role, person?.affiliation]).toEqual([role, body]);
  });
  it.each([
    // one served at a place is no one working there
    'Lena Osk, a patient at Kelby General Hospital, said she waited nine hours.',
    // a verb's clause
    'Lena Osk, speaking at the Kelby Canal Trust, said the lock would close.',
  ])('no body: %s', (text) => {
    expect(factsOf(text, 'person').find((p) => p.name === 'Lena Osk')?.affiliation).toBeNull();
  });
  it("a tribunal's branch before \"Judge\" is part of the title, no body", () => {
    const judge = factsOf('Before: Employment Judge Lena Osk; Members: Mr T. Vey and Ms R. Lind.', 'person')
      .find((p) => p.name === 'Lena Osk');
    expect([judge?.role, judge?.affiliation]).toEqual(['Employment Judge', null]);
  });
});

describe('stage companies, letters after a name, a portfolio\'s ministry', () => {
  it.each([
    // a company of the stage, a lessor
    ['The Tarvik City Ballet has a new director.', 'Tarvik City Ballet'],
    ['She sang with the Norland National Opera for a decade.', 'Norland National Opera'],
    ['The Kelby Sinfonia will tour in May.', 'Kelby Sinfonia'],
    ['The airline hired two jets from Harlow Aircraft Leasing while its own were grounded.', 'Harlow Aircraft Leasing'],
    // a council's group of members of no party; a photo agency after a spaced slash
    ['Opposition leader Ivo Marr, of the Tarnside Independents, called the plan in.', 'Tarnside Independents'],
    ['Picture caption: Parents outside the school. Picture: Ivo Marr / Tarnside Lens', 'Tarnside Lens'],
  ])('%s → %s', (text, org) => expect(orgNames(text)).toContain(org));
  it.each([
    // a byline's role closing the line is no outlet; the page's masthead is
    ['KELBY EVENING STAR | Arts | 2 May 2026\n\nBy Ivo Marr, Opera Critic\n\nThe season opened.', 'Ivo Marr',
      'Opera Critic', 'KELBY EVENING STAR'],
    // a legal suffix with a slash
    ['Ivo Marr, a spokesman for Tarvik Line A/S, said two ships would sail.', 'Ivo Marr',
      'spokesman for Tarvik Line A/S', 'Tarvik Line A/S'],
    // letters after the name before the role
    ['Cross-examined by Ivo Marr KC, counsel for Tarvik Gravel Ltd, the driver agreed.', 'Ivo Marr',
      'counsel for Tarvik Gravel Ltd', 'Tarvik Gravel Ltd'],
    // how long one has held the role
    ['Mrs Ivo Marr, headteacher of Kelby Lane Junior School for the past nine years, wept.', 'Ivo Marr',
      'headteacher of Kelby Lane Junior School', 'Kelby Lane Junior School'],
    // sciences and trades the role words had missed
    ['Professor Ivo Marr, an electrochemist at the Kelby Polytechnic who took no part in it, praised it.', 'Ivo Marr',
      'electrochemist at the Kelby Polytechnic', 'Kelby Polytechnic'],
    ['Ivo Marr, the shop steward for the Kelby Dockers\' Union, called the ballot decisive.', 'Ivo Marr',
      'shop steward for the Kelby Dockers\' Union', 'Kelby Dockers\' Union'],
    // a portfolio's minister and the ministry whose field opens with its word
    ['The Department for Harbours and Inland Waterways issued rules. Harbours Minister Ivo Marr backed them.',
      'Ivo Marr', 'Harbours Minister', 'Department for Harbours and Inland Waterways'],
    ['The Regional Ministry of Economic Development gave a grant, said Economy Minister Ivo Marr.', 'Ivo Marr',
      'Economy Minister', 'Regional Ministry of Economic Development'],
    // a title in capitals after the body's possessive; the body a clause calls back, its kind before "for"
    ['The University of Tarnside backed the study. The university\'s Vice-Chancellor, Ivo Marr, praised it.',
      'Ivo Marr', 'Vice-Chancellor', 'University of Tarnside'],
    ['The Tarnside Centre for Soil Studies led it. "It took years," Professor Ivo Marr, who heads the centre, said.',
      'Ivo Marr', 'Professor', 'Tarnside Centre for Soil Studies'],
  ])('%s', (text, name, role, body) => {
    const person = factsOf(text, 'person').find((p) => p.name === name);
    expect([person?.role, person?.affiliation]).toEqual([role, body]);
  });
  it('a ministry of another field serves no minister', () => {
    const text = 'The Ministry of Health gave a grant, said Economy Minister Ivo Marr.';
    expect(factsOf(text, 'person').find((p) => p.name === 'Ivo Marr')?.affiliation).toBeNull();
  });
  it('"Partner" opening a sentence is a title, not a firm\'s kind', () => {
    const text = 'The boutique firm is handling the deal. Partner Isolde Thorne wants bids in by 30 November.';
    expect([personNames(text), orgNames(text)]).toEqual([['Isolde Thorne'], []]);
  });
});
