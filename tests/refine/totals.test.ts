// How each casualty figure stands in the totals: its incident, how much of it counts, and why (the typed
// `note`, never the rule's reason). The totals are always the sum of what counts.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { TOTALS_NOTES, totalsDetail, type TotalsNote } from '../../src/refine/totals.js';
import type { CasualtyFact } from '../../src/facts/index.js';
import { PUBLISHED } from '../helpers.js';

type Row = [text: string, note: TotalsNote, incident: number | null, counted: number];

const TABLE: Array<[article: string, figures: Row[]]> = [
  // "also" after a figure of others: one more (the same figure of others twice is one)
  ['The bus overturned, and 12 others were injured. A firefighter who joined the rescue was also hurt.', [
    ['12 others were injured', 'counted', 1, 12],
    ['A firefighter who joined the rescue was also hurt', 'counted', 1, 1],
  ]],
  ['The bus overturned, and 12 others were injured. Twelve other people were also hurt, police said.', [
    ['12 others were injured', 'counted', 1, 12],
    ['Twelve other people were also hurt', 'repeat', 1, 0],
  ]],
  // a participle's definite victims after the event are its own; after a headline's figure they repeat it
  ['A coach overturned on Monday, killing the driver and a passenger and injuring 11 others.', [
    ['killing the driver', 'counted', 1, 1],
    ['a passenger', 'counted', 1, 1],
    ['injuring 11 others', 'counted', 1, 11],
  ]],
  ['Two killed, 11 hurt in coach crash\n\nA coach overturned on Monday, killing the driver and a passenger and injuring 11 others.', [
    ['Two killed', 'counted', 1, 2],
    ['11 hurt', 'counted', 1, 11],
    ['killing the driver', 'repeat', 1, 0],
    ['a passenger', 'repeat', 1, 0],
    ['injuring 11 others', 'repeat', 1, 0],
  ]],
  ['Nine villagers were killed, including four teachers.', [
    ['Nine villagers were killed', 'counted', 1, 9],
    ['including four teachers', 'subset', null, 0],
  ]],
  ['Twenty people died in the quake. By evening the death toll rose to 45.', [
    ['Twenty people died', 'repeat', 1, 0],
    ['death toll rose to 45', 'counted', 1, 45],
  ]],
  // the further victims are what the updated toll counts
  ['The death toll from the siege rose to 26 after two more victims died in hospital.', [
    ['death toll from the siege rose to 26', 'counted', 1, 26],
    ['two more victims died', 'repeat', 1, 0],
  ]],
  ['The June ambush killed 23 soldiers. The July bombing killed nine villagers.', [
    ['killed 23 soldiers', 'counted', 1, 23],
    ['killed nine villagers', 'counted', 2, 9],
  ]],
  ['A woman was shot on Main Street on Monday. In March 2023, five people were shot at the same corner.', [
    ['A woman was shot', 'counted', 1, 1],
    ['five people were shot', 'background', null, 0],
  ]],
  ['A boy was shot on Elm Street on Wednesday. On Monday, two girls were shot a few blocks away.', [
    ['A boy was shot', 'counted', 1, 1],
    ['two girls were shot', 'background', null, 0],
  ]],
  ['So far this year, 73 people have been killed in the city. A man was shot dead on Friday.', [
    ['73 people have been killed', 'aggregate', null, 0],
    ['A man was shot dead', 'counted', 1, 1],
  ]],
  ['Two men were shot on Friday night. One died at the scene.', [
    ['Two men were shot', 'part', 1, 1],
    ['One died', 'counted', 1, 1],
  ]],
  // the wounded told in the same sentence as the dead do not stand between the dead and "also killed"
  ['Gunmen stormed a market on Friday, killing 14 people and wounding 30 others. A police officer was also killed.', [
    ['killing 14 people', 'counted', 1, 14],
    ['wounding 30 others', 'counted', 1, 30],
    ['A police officer was also killed', 'counted', 1, 1],
  ]],
  // …nor do parts of the wounded told in between
  ['Gunmen killed 14 people and wounded 30 others in a market on Friday. It was the deadliest attack since March, when 22 '
    + 'soldiers died in an ambush. Several of the wounded were in critical condition. Twelve of the injured were flown '
    + 'out on Saturday. A guard was also killed.', [
    ['killed 14 people', 'counted', 1, 14],
    ['wounded 30 others', 'counted', 1, 30],
    ['22 soldiers died', 'aggregate', null, 0],
    // (parts of the wounded figure, taken from it past the dead of March told between)
    ['Several of the wounded were in critical condition', 'subset', null, 0],
    ['Twelve of the injured', 'subset', null, 0],
    ['A guard was also killed', 'counted', 1, 1],
  ]],
  // "a year" as a span or a time is no rate: the figure in its sentence is the event's
  ['A car bomb killed 12 people and wounded 30 in Kelby on Monday, the worst attack there in over a year.', [
    ['killed 12 people', 'counted', 1, 12],
    ['wounded 30', 'counted', 1, 30],
  ]],
  ['A landslide killed six people in Kelby on Monday. Landslides there kill about 40 people a year.', [
    ['killed six people', 'counted', 1, 6],
    ['kill about 40 people a year', 'aggregate', null, 0],
  ]],
  ['A woman was stabbed on Saturday night. A second woman, who tried to help, was treated for a minor cut.', [
    ['A woman was stabbed', 'counted', 1, 1],
    ['A second woman, who tried to help, was treated for a minor cut', 'counted', 1, 1],
  ]],
  ['Police fired on protesters on Friday, killing seven people. Rights groups say 31 people have been killed since then.', [
    ['killing seven people', 'counted', 1, 7],
    ['31 people have been killed', 'aggregate', null, 0],
  ]],
  ['Airstrikes killed at least 22 people overnight. Officials say more than 60,000 people have been killed since the '
    + 'war began.', [
    ['killed at least 22 people', 'counted', 1, 22],
    ['more than 60,000 people have been killed', 'aggregate', null, 0],
  ]],
  ['An airstrike on a school killed at least 27 people on Thursday. The ministry says more than 43,000 people have been '
    + 'killed in the war.', [
    ['killed at least 27 people', 'counted', 1, 27],
    ['more than 43,000 people have been killed', 'aggregate', null, 0],
  ]],
  // a ranked victim within the figure before it is one of them (a third person's death gives the toll, three); past
  // it, one more
  ['Three people were killed on Tuesday. A man and his wife were pulled dead from the rubble, and a third person died '
    + 'in hospital.', [
    ['Three people were killed', 'repeat', 1, 0],
    ['A man and his wife were pulled dead', 'repeat', 1, 0],
    ['a third person died', 'counted', 1, 3],
  ]],
  // a ranked death gives the toll, which a lower toll told after it (how it stood before) does not replace
  ['A ninth person has died after Tuesday\'s derailment. Eight people were killed at the scene, and the toll rose to '
    + 'eight by Wednesday.', [
    ['A ninth person has died', 'counted', 1, 9],
    ['Eight people were killed', 'repeat', 1, 0],
    ['the toll rose to eight', 'repeat', 1, 0],
  ]],
  // people taken to hospital, of whom a ranked victim died later: one death of them
  ['Four people died at the scene. Twelve people were taken to hospital, and a fifth victim died there on Sunday.', [
    ['Four people died', 'repeat', 1, 0],
    ['Twelve people were taken to hospital', 'part', 1, 11],
    ['a fifth victim died', 'counted', 1, 5],
  ]],
  // the dead named among the hurt are the dead of them
  ['Rescuers pulled 30 people from the rubble. Of those, 14 were taken to hospital, including the two who later died.', [
    ['14 were taken to hospital', 'part', 1, 12],
    ['the two who later died', 'counted', 1, 2],
  ]],
  // a figure in a clause that dates another event before the one told is background
  ['The blast killed a soldier and wounded four others, the army said, a day after a roadside bomb killed two '
    + 'civilians in a nearby village.', [
    ['killed a soldier', 'counted', 1, 1],
    ['wounded four others', 'counted', 1, 4],
    ['killed two civilians', 'background', null, 0],
  ]],
  // (its event a bare plural)
  ['A shell killed a porter and wounded six others, two days after airstrikes killed 19 in the same town.', [
    ['killed a porter', 'counted', 1, 1],
    ['wounded six others', 'counted', 1, 6],
    ['killed 19', 'background', null, 0],
  ]],
  ['Three skiers were injured on Saturday. A fourth skier was rescued with serious injuries.', [
    ['Three skiers were injured', 'counted', 1, 3],
    ['A fourth skier was rescued with serious injuries', 'counted', 1, 1],
  ]],
  // a count inside another figure's victims is a figure of its own; patients are the hurt
  ['A car bomb killed six people and injured 15 on Thursday. Doctors said they had received 13 patients and two bodies.', [
    ['killed six people', 'counted', 1, 6],
    ['injured 15', 'counted', 1, 15],
    ['13 patients', 'repeat', 1, 0],
    ['two bodies', 'repeat', 1, 0],
  ]],
  // a season before the article's incident is another time: "last winter"
  ['Three skiers were killed on Saturday when an avalanche struck. Last winter, 19 people died in avalanches.', [
    ['Three skiers were killed', 'counted', 1, 3],
    ['19 people died', 'background', null, 0],
  ]],
  ['No one was hurt in the blast.', [['No one was hurt', 'zero', null, 0]]],
  // an event of a past year before a stated zero of the article's own: the zero is the article's figure
  ["The quake that struck the region in 2015 killed 8,000 people. Tuesday's tremor caused cracks but no casualties.", [
    ['killed 8,000 people', 'background', null, 0],
    ['no casualties', 'zero', null, 0],
  ]],
  // a sentence that opens with the whole its figure is part of
  ['Of the 26 people injured in the blast, four later died in hospital.', [
    ['the 26 people injured', 'part', 1, 22],
    ['four later died', 'counted', 1, 4],
  ]],
  // (the whole told again before its part: the dead come off the figure first told)
  ['Three people were killed and eleven injured when a minibus overturned on Tuesday. Of the eleven people injured, two '
    + 'later died in hospital, bringing the toll to five.', [
    ['Three people were killed', 'repeat', 1, 0],
    ['eleven injured', 'part', 1, 9],
    ['the eleven people injured', 'repeat', 1, 0],
    ['two later died', 'repeat', 1, 0],
    ['toll to five', 'counted', 1, 5],
  ]],
  ['Of the 30 people hurt, 12 were seriously injured.', [
    ['the 30 people hurt', 'counted', 1, 30],
    ['12 were seriously injured', 'subset', null, 0],
  ]],
  // a bomber who blew himself up is one of the dead, besides those he killed
  ['The bomber blew himself up at the checkpoint, killing two guards and wounding four.', [
    ['The bomber blew himself up', 'counted', 1, 1],
    ['killing two guards', 'counted', 1, 2],
    ['wounding four', 'counted', 1, 4],
  ]],
  // the bodies recovered "so far" from one collapse are its running count, no statistic over many events
  ['A footbridge fell into the river at Tolvey late on Tuesday. Divers had found six bodies so far by Wednesday, the '
    + 'fire chief said. Twenty people were taken to hospital.', [
    ['six bodies', 'counted', 1, 6],
    ['Twenty people were taken to hospital', 'counted', 1, 20],
  ]],
  // (a smaller earlier report stays the base of the further dead told after it)
  ['Eight workers were killed when a warehouse collapsed on Saturday. The mayor had earlier reported six deaths; two '
    + 'more bodies were found under a crane on Saturday evening.', [
    ['Eight workers were killed', 'counted', 1, 8],
    ['six deaths', 'repeat', 1, 0],
    ['two more bodies', 'repeat', 1, 0],
  ]],
  // one of the hurt, named by their kind, who died is among the dead the toll counts, and no longer hurt
  ['A tanker overturned on the bypass on Monday, killing nine people and injuring six. One of the injured drivers died '
    + 'in hospital on Tuesday, bringing the death toll to 10.', [
    ['killing nine people', 'repeat', 1, 0],
    ['injuring six', 'part', 1, 5],
    ['One of the injured drivers died', 'repeat', 1, 0],
    ['death toll to 10', 'counted', 1, 10],
  ]],
  // two groups of other kinds of person, "and" joining their clauses, add up (not where one may take in the other)
  ['A stand gave way at the stadium on Monday. Four paramedics were hurt, the ambulance service said, and 15 fans '
    + 'were treated for cuts.', [
    ['Four paramedics were hurt', 'counted', 1, 4],
    ['15 fans were treated for cuts', 'counted', 1, 15],
  ]],
  ['A stand gave way at the stadium on Monday. Four people were hurt, the ambulance service said, and 15 fans '
    + 'were treated for cuts.', [
    ['Four people were hurt', 'repeat', 1, 0],
    ['15 fans were treated for cuts', 'counted', 1, 15],
  ]],
  // the hurt told as those who then died are among the dead, not the hurt
  ['The toll from the riot at Kelby jail rose to eight after three wounded men died overnight, and 19 others '
    + 'are still being treated.', [
    ['The toll from the riot at Kelby jail rose to eight', 'counted', 1, 8],
    ['19 others are still being treated', 'counted', 1, 19],
  ]],
  // an event told as another like it, or one before it, is background
  ['A tram left the rails in Varnet on Monday, killing four. A similar derailment on that route killed nine '
    + 'people.', [
    ['killing four', 'counted', 1, 4],
    ['killed nine people', 'background', null, 0],
  ]],
  ['A lorry hit a van on the ring road on Friday, injuring six; the two previous pile-ups there killed a total of 13 '
    + 'people.', [
    ['injuring six', 'counted', 1, 6],
    ['killed a total of 13 people', 'background', null, 0],
  ]],
  ['A blaze at a tannery in Orsk killed 11 workers on Friday, eleven years after the Orsk mill fire killed 90 '
    + 'people.', [
    ['killed 11 workers', 'counted', 1, 11],
    ['killed 90 people', 'background', null, 0],
  ]],
  // deaths on the roads over a holiday are a statistic
  ['A bus fire killed five people on Sunday. Separately, police said 204 people died in road accidents over '
    + 'the holiday.', [
    ['killed five people', 'counted', 1, 5],
    ['204 people died', 'aggregate', null, 0],
  ]],
  // attackers told by "the", two or more, whose death was not told before, add to the victims
  ['Gunmen stormed the hamlet of Tarsel on Sunday, leaving 14 villagers dead, and the four attackers were shot dead by '
    + 'troops.', [
    ['leaving 14 villagers dead', 'counted', 1, 14],
    ['the four attackers were shot dead', 'counted', 1, 4],
  ]],
  // a toll raised, from an event told at length
  ['Divers found two more bodies on Monday, pushing the death toll from the collapse of the old footbridge in Varnet '
    + 'to 11.', [
    ['two more bodies', 'repeat', 1, 0],
    ['death toll from the collapse of the old footbridge in Varnet to 11', 'counted', 1, 11],
  ]],
  // the attacker the police shot dead after the deed is one more dead than the victims
  ['A man drove a van into a queue on Monday, killing three people and injuring 12, before being shot dead by police.', [
    ['killing three people', 'counted', 1, 3],
    ['injuring 12', 'counted', 1, 12],
    ['before being shot dead', 'counted', 1, 1],
  ]],
  // (told as what the police did: "Police shot dead the attacker"; one of those he stabbed died later)
  ['Police officers in Varnet shot dead the attacker, who had stabbed four shoppers, one of whom later died.', [
    ['shot dead the attacker', 'counted', 1, 1],
    ['stabbed four shoppers', 'part', 1, 3],
    ['one of whom later died', 'counted', 1, 1],
  ]],
  ['A gunman opened fire at a market on Monday, killing four people, before he was shot dead by police.', [
    ['killing four people', 'counted', 1, 4],
    ['he was shot dead', 'counted', 1, 1],
  ]],
  // the victims' count and the attacker's death told again add nothing: three dead, whoever tells it
  ['A gunman opened fire in a food hall on Friday, killing three people and wounding five. The gunman was later shot '
    + 'dead by officers. "The confirmed figure is three dead and five wounded," the mayor told reporters. "It leaves '
    + 'out the gunman, who was shot by police and died." The three people killed worked in the hall.', [
    ['killing three people', 'counted', 1, 3],
    ['wounding five', 'counted', 1, 5],
    ['The gunman was later shot dead', 'repeat', 1, 0],
    ['three dead', 'repeat', 1, 0],
    ['five wounded', 'repeat', 1, 0],
    ['the gunman, who was shot by police and died', 'repeat', 1, 0],
    ['The three people killed', 'repeat', 1, 0],
  ]],
  // a headline's fear yields to the figure told after it; what was reported earlier, told after the figure, too
  ['Nine feared dead in bus plunge\n\nSix people were killed and 30 were hurt when a bus left a mountain road on '
    + 'Saturday, police said. A local website had earlier reported that nine people had died.', [
    ['Nine feared dead', 'repeat', 1, 0],
    ['Six people were killed', 'counted', 1, 6],
    ['30 were hurt', 'counted', 1, 30],
    ['nine people had died', 'repeat', 1, 0],
  ]],
  // ...and its figure told again later, as others still give it
  ['A boiler blast at a dye works killed nine people on Tuesday, officials said. The fire brigade had said on Tuesday '
    + 'night that 12 people had died; the district office said three bodies had been counted twice. Several '
    + 'news sites still reported 12 deaths on Wednesday.', [
    ['killed nine people', 'counted', 1, 9],
    ['12 people had died', 'repeat', 1, 0],
    ['three bodies', 'repeat', 1, 0],
    ['12 deaths', 'repeat', 1, 0],
  ]],
  // an earlier report and the later toll in one sentence: the later toll stands
  ['Initial reports said 30 people had died, but the ministry later put the toll at 21 dead and 48 injured.', [
    ['30 people had died', 'repeat', 1, 0],
    ['21 dead', 'counted', 1, 21],
    ['48 injured', 'counted', 1, 48],
  ]],
  // attackers killed add to victims listed with a further one
  ['The attack killed three police officers and a civilian; two assailants were shot dead by guards.', [
    ['killed three police officers', 'counted', 1, 3],
    ['a civilian', 'counted', 1, 1],
    ['two assailants were shot dead', 'counted', 1, 2],
  ]],
  // a toll over a season or a year beside the incident's own figure is a statistic
  ["Twenty people were killed in Monday's flash flood, bringing this year's monsoon death toll to 146.", [
    ['Twenty people were killed', 'counted', 1, 20],
    ['death toll to 146', 'aggregate', null, 0],
  ]],
  ["Last year's derailment on the line killed 22 people. This time passengers were led out without injury.", [
    ['killed 22 people', 'background', null, 0],
    ['without injury', 'zero', null, 0],
  ]],
  // the first dated sentence covers all its dates: last week's shooting, told on Monday, is the incident of Aug. 5;
  // a victim hurt who then died is among the dead; a name's neighbour struck too is one more hurt
  ['A man who was shot in his driveway last week has died, police said Monday. Ramon Ellery, 58, was shot on Aug. 5 as '
    + 'he returned home. He had been in critical condition and died on Sunday. Ellery’s neighbour, a 61-year-old man, was '
    + 'also struck by a bullet.', [
    ['A man who was shot in his driveway last week has died', 'counted', 1, 1],
    ['Ramon Ellery, 58, was shot', 'repeat', 1, 0],
    ['He had been in critical condition and died', 'repeat', 1, 0],
    ['Ellery’s neighbour, a 61-year-old man, was also struck by a bullet', 'counted', 1, 1],
  ]],
  // a condition told of a number is of the hurt counted before it: the hurt who died later are taken from those
  ['Thirty-one injured passengers were taken to hospital, where doctors said six were in critical condition. Early on '
    + 'Sunday, one of the injured died.', [
    ['Thirty-one injured', 'part', 1, 30],
    ['six were in critical condition', 'subset', null, 0],
    ['one of the injured died', 'counted', 1, 1],
  ]],
  // ...told inside the part who died: the hurt are a figure of their own, less the one who died
  ['A coach overturned on a hill road on Sunday. One of the 14 people hurt in the crash died in hospital on Tuesday, '
    + 'bringing the toll of dead to five.', [
    ['One of the 14 people hurt in the crash died', 'repeat', 1, 0],
    ['the 14 people hurt', 'part', 1, 13],
    ['toll of dead to five', 'counted', 1, 5],
  ]],
  // a part of the hurt whose whole is given as a number: "eight of the 1,140 injured"
  ['The ministry gave a toll of 287 dead and 1,140 injured. Doctors say eight of the 1,140 injured have died since.', [
    ['287 dead', 'counted', 1, 287],
    ['1,140 injured', 'part', 1, 1132],
    ['eight of the 1,140 injured have died', 'counted', 1, 8],
    ['the 1,140 injured', 'repeat', 1, 0],
  ]],
  // a part of the survivors is of the hurt taken to hospital, whatever harm it tells; a further group adds to those
  ['Twenty people with burns were taken to hospital, including two who later died. Doctors said six of the survivors '
    + 'had burns to half their bodies. A further 15 people were treated at the scene for smoke inhalation.', [
    ['Twenty people with burns were taken to hospital', 'part', 1, 18],
    ['two who later died', 'counted', 1, 2],
    ['six of the survivors had burns', 'subset', null, 0],
    ['A further 15 people were treated at the scene for smoke inhalation', 'counted', 1, 15],
  ]],
  // one who died at the scene is none of those taken to hospital after
  ['We confirm that our driver, Olen Marsh, 52, died at the scene. Fourteen passengers were taken to hospital.', [
    ['Olen Marsh, 52, died', 'counted', 1, 1],
    ['Fourteen passengers were taken to hospital', 'counted', 1, 14],
  ]],
  // a figure "in" a named year before the main incident's is an earlier event's
  ['A coach crash on Monday killed two people. In 2019, a pile-up on the same road killed five drivers.', [
    ['killed two people', 'counted', 1, 2],
    ['killed five drivers', 'background', null, 0],
  ]],
  // an earlier report's figures joined by "and" are all the report's
  ['Three people were killed and six injured in the blast on Monday. Officers had reported at first that two had '
    + 'been killed and seven wounded.', [
    ['Three people were killed', 'counted', 1, 3],
    ['six injured', 'counted', 1, 6],
    ['two had been killed', 'repeat', 1, 0],
    ['seven wounded', 'repeat', 1, 0],
  ]],
  // ...and the dead of that report, told after those taken to hospital, are none of them
  ['A wall fell on a crew on Monday, killing three. Nine were taken to hospital. Officers had reported at first that '
    + 'two had been killed.', [
    ['killing three', 'counted', 1, 3],
    ['Nine were taken to hospital', 'counted', 1, 9],
    ['two had been killed', 'repeat', 1, 0],
  ]],
  // a further figure is none of those taken to hospital, whatever its count
  ['Five people died in the blaze on Monday. Twelve people were taken to hospital and a further seven were treated at '
    + 'the scene for burns.', [
    ['Five people died', 'counted', 1, 5],
    ['Twelve people were taken to hospital', 'counted', 1, 12],
    ['a further seven were treated at the scene for burns', 'counted', 1, 7],
  ]],
  // ...nor are the dead told as others than those taken to hospital
  ['The coach left the road on Monday. Besides the two dead, 19 passengers were taken to hospital.', [
    ['the two dead', 'counted', 1, 2],
    ['19 passengers were taken to hospital', 'counted', 1, 19],
  ]],
  // an event phrase dated well before the main incident is an earlier event
  ['A bomb at the Kelby bus station killed four people on Monday. It was the second attack this month; a blast on June 3 '
    + 'killed 11.', [
    ['killed four people', 'counted', 1, 4],
    ['killed 11', 'background', null, 0],
  ]],
  // the date told just before the opening figures is the main incident's: a later figure dated before it is background
  ['A tram left the rails near Tolvey station on Friday evening. Two passengers were killed and nine were injured. Last '
    + 'month a bus crash on the same road killed three people.', [
    ['Two passengers were killed', 'counted', 1, 2],
    ['nine were injured', 'counted', 1, 9],
    ['killed three people', 'background', null, 0],
  ]],
  // an earlier report's words in another clause of the sentence do not make the figure an earlier report's
  ['A blast hit a depot on Monday, wounding dozens. Officials had given no figure, but the clinic said it treated 41 '
    + 'wounded people.', [
    ['wounding dozens', 'repeat', 1, 0],
    ['41 wounded', 'counted', 1, 41],
  ]],
  // "the remaining N" after a figure of the hurt is the rest of it, not a new toll of the hurt
  ['A boiler blew up at a dairy on Monday, injuring 20 workers. Four of them are in intensive care. The remaining 16 '
    + 'were treated for cuts.', [
    ['injuring 20 workers', 'counted', 1, 20],
    ['16 were treated for cuts', 'subset', null, 0],
  ]],
  // (after some of the hurt died it is those still hurt)
  ['A boiler blew up at a dairy on Monday, injuring 20 workers. Two of the injured later died. The remaining 18 '
    + 'injured stay in care.', [
    ['injuring 20 workers', 'repeat', 1, 0],
    ['Two of the injured later died', 'counted', 1, 2],
    ['18 injured', 'counted', 1, 18],
  ]],
  // an undated opening figure takes the date of a later sentence about the same victim: a figure dated days before it is
  // an earlier shooting
  ['A 70-year-old woman was shot and wounded on a canal path, officers said.\n\nAt 4 p.m. Tuesday, the woman had '
    + 'stopped near a bridge. On Sunday, a 6-year-old boy was shot a mile away.', [
    ['A 70-year-old woman was shot and wounded', 'counted', 1, 1],
    ['a 6-year-old boy was shot', 'background', null, 0],
  ]],
  // (not a date told of someone else: the Monday shooting may be the one the article is about)
  ['A 70-year-old woman was shot and wounded on a canal path, officers said.\n\nAt 4 p.m. Tuesday, the council met. '
    + 'On Sunday, a 6-year-old boy was shot a mile away.', [
    ['A 70-year-old woman was shot and wounded', 'counted', 1, 1],
    ['a 6-year-old boy was shot', 'counted', 1, 1],
  ]],
  // (not one dated after it: "shot on Saturday … died on Tuesday" is the same incident's update)
  ['A man opened fire at a depot on Saturday. Two workers were shot. One of them died in hospital on Tuesday.', [
    ['Two workers were shot', 'part', 1, 1],
    ['One of them died', 'counted', 1, 1],
  ]],
  // an anaphoric figure that adds up the hurt of the sentence before is those hurt, none of the dead
  ['A gunman killed two people on Monday. Four others were wounded, and three students were hurt as they fled. All '
    + 'seven were taken to hospital.', [
    ['killed two people', 'counted', 1, 2],
    ['Four others were wounded', 'repeat', 1, 0],
    ['three students were hurt', 'repeat', 1, 0],
    ['All seven were taken to hospital', 'counted', 1, 7],
  ]],
  // the attacker's own death after the clause of his deed is one more than his victims
  ['The gunman, who killed four people on Monday, was shot dead by police.', [
    ['killed four people', 'counted', 1, 4],
    ['was shot dead', 'counted', 1, 1],
  ]],
  // a figure of "earlier this month" is an earlier event than the one told
  ['A boat capsized off the coast on Sunday and 11 people drowned. Earlier this month, 19 people died when a dinghy '
    + 'sank.', [
    ['11 people drowned', 'counted', 1, 11],
    ['19 people died', 'background', null, 0],
  ]],
  // a sentence years later than a past event's is another past event
  ['A wall fell on a market in Tolvey on Monday, killing six people. In 2016, a roof collapse at a school in the town '
    + 'killed 14 pupils. Three years later, a warehouse fell, killing dozens of workers.', [
    ['killing six people', 'counted', 1, 6],
    ['killed 14 pupils', 'background', null, 0],
    ['killing dozens of workers', 'background', null, 0],
  ]],
  // a death that brings the total to a figure is the updated toll
  ['A coach rolled off a pass on Friday, killing three hikers. One of the hurt died at a clinic on Saturday, '
    + 'bringing the total to four.', [
    ['killing three hikers', 'repeat', 1, 0],
    ['One of the hurt died', 'subset', null, 0],
    ['total to four', 'counted', 1, 4],
  ]],
  // "It rose to" just after a toll is the toll, moved; the bodies found that raised it are none more
  ['A ferry sank off the cape on Friday. The toll stood at 30 by noon. It climbed to 33 at dusk when divers found three '
    + 'more bodies.', [
    ['The toll stood at 30', 'repeat', 1, 0],
    ['It climbed to 33', 'counted', 1, 33],
    ['three more bodies', 'repeat', 1, 0],
  ]],
  // a death ranked before its appositive gives the toll its rank
  ['Divers recovered the bodies of three anglers from the lake, and a fourth victim, a boatman who had joined the '
    + 'search, died in hospital.', [
    ['bodies of three anglers', 'repeat', 1, 0],
    ['a boatman who had joined the search, died', 'counted', 1, 4],
  ]],
  // attackers' definite victim: one of their own where no figure told of them, a repeat of one that did
  ['Gunmen robbed a bus on Monday and killed the driver.', [
    ['killed the driver', 'counted', 1, 1],
  ]],
  ['A bank guard was shot dead on Monday. Police said three gunmen killed the guard before fleeing.', [
    ['A bank guard was shot dead', 'counted', 1, 1],
    ['killed the guard', 'repeat', 1, 0],
  ]],
  // the dead named among those taken to hospital, after the rest of the clause, are none of the hurt
  ['A fire swept a tannery on Friday, killing three workers. Medics said they treated 80 people for smoke inhalation '
    + 'and cuts, including a welder who later died.', [
    ['killing three workers', 'counted', 1, 3],
    ['treated 80 people for smoke inhalation', 'part', 1, 79],
    ['a welder who later died', 'repeat', 1, 0],
  ]],
  // those left of the hurt after some of them died are the injured the totals count
  ['A van fell into a canal on Friday, killing five. Some 19 wounded riders were flown to clinics. Three of '
    + 'them died on Saturday, lifting the death toll to eight. The remaining 16 wounded stay in care.', [
    ['killing five', 'repeat', 1, 0],
    ['Some 19 wounded', 'repeat', 1, 0],
    ['Three of them died', 'repeat', 1, 0],
    ['death toll to eight', 'counted', 1, 8],
    ['16 wounded', 'counted', 1, 16],
  ]],
  // an earlier event dated by its year, not by the event it is compared with
  ['A mudslide buried a hamlet in the hills on Tuesday, killing nine people. In 2016, a rockfall on the same pass, a '
    + "mile from Tuesday's collapse, killed 31 people.", [
    ['killing nine people', 'counted', 1, 9],
    ['killed 31 people', 'background', null, 0],
  ]],
  // more found after an earlier report's toll add to that toll, not to the figure told before it
  ['A hotel fire killed 9 guests on Sunday. Officials had put the toll at seven earlier. Two more bodies were '
    + 'recovered from the roof.', [
    ['killed 9 guests', 'counted', 1, 9],
    ['toll at seven', 'repeat', 1, 0],
    ['Two more bodies', 'repeat', 1, 0],
  ]],
  // a toll that rose twice in one clause: the later figure
  ['A tower block collapsed on Sunday. Rescuers found two dead at first; the toll rose to four by noon and to six by '
    + 'night.', [
    ['two dead', 'repeat', 1, 0],
    ['the toll rose to four', 'repeat', 1, 0],
    ['to six', 'counted', 1, 6],
  ]],
  // a similar event, with its year, in the clause after a semicolon: the year is not the first clause's
  ['A flood in the valley killed 12 farmers; in a similar flood on that river in 2009, 70 people died.', [
    ['killed 12 farmers', 'counted', 1, 12],
    ['70 people died', 'background', null, 0],
  ]],
];

describe('totals detail', () => {
  it.each(TABLE)('%s', (article, rows) => {
    const result = extract(article, { published: PUBLISHED });
    const detail = totalsDetail(result.facts);
    const figures = result.facts.filter((f): f is CasualtyFact => f.type === 'casualty');
    expect(figures.map((f) => {
      const d = detail.figures.get(f.id)!;
      return [f.text, d.note, d.incident, d.counted];
    })).toEqual(rows);
    // what counts adds up to the totals, kind by kind
    for (const kind of ['killed', 'injured'] as const) {
      const sum = figures.filter((f) => f.kind === kind).reduce((n, f) => n + detail.figures.get(f.id)!.counted, 0);
      expect(sum, kind).toBe(result.totals[kind]);
    }
  });

  it('leaves out a figure of "last year" where the article has no publication date to date either by', () => {
    const text = 'Gunmen killed 14 people on Friday. Last year, more than 200 civilians were killed in the province.';
    const result = extract(text, { published: null });
    expect(result.totals).toEqual({ killed: 14, injured: 0 });
    const last = result.facts.find((f): f is CasualtyFact => f.type === 'casualty' && f.count === 200)!;
    expect(totalsDetail(result.facts).figures.get(last.id)!.note).toBe('background');
  });

  it('leaves out a figure of a month other than the dateline\'s where the article has no publication date', () => {
    const text = 'TARVIK, Norland, April 3 - A bus left the road on Tuesday, killing 11 passengers. In October, a '
      + 'ferry fire on the river killed 40 people.';
    expect(extract(text, { published: null }).totals).toEqual({ killed: 11, injured: 0 });
  });

  it.each([
    'Fire swept a dance hall in Orsk on Saturday, killing nine. It revived memories of the Kelby mill fire on Christmas '
      + 'Eve 1998, which killed 48 people and injured about 150.',
    'Fire swept a dance hall in Orsk on Saturday, killing nine. A similar fire at a club in Kelby on 3 May 2019 killed '
      + '48 people and injured about 150.',
  ])('leaves out a figure of another event like it, without a publication date too: %s', (text) => {
    for (const published of [PUBLISHED, null]) {
      expect(extract(text, { published }).totals).toEqual({ killed: 9, injured: 0 });
    }
  });

  it('leaves out a tally since a day well before the main incident', () => {
    const text = 'Floods swept three villages on Sunday, killing 12 people. Since the rains began on June 2, floods '
      + 'have killed 140 people in the province.';
    expect(extract(text, { published: '2025-07-15' }).totals).toEqual({ killed: 12, injured: 0 });
  });

  it('leaves out a figure of a year two or more before the publication\'s, though it be the only one dated', () => {
    const text = 'A small plane crashed on landing, killing 11 of the 15 people on board. In March 2019, another crash '
      + 'at the airport killed 40 people.';
    expect(extract(text, { published: '2025-07-15' }).totals).toEqual({ killed: 11, injured: 0 });
  });

  it('keeps a figure whose sentence names an earlier year after it', () => {
    const text = 'Gunmen killed two guards on Monday. They also killed a farmer who had bought the land in 1980.';
    expect(extract(text, { published: PUBLISHED }).totals).toEqual({ killed: 3, injured: 0 });
  });

  it.each([
    // an early report's figure, told after the toll
    ['A gunman shot four people dead at a depot. Early reports on social media spoke of seven dead.', 4, 0],
    // another source's lower toll, after the toll
    ['The outbreak has killed 19 people, the charity said. A council spokesman quoted a lower death toll of 12.', 19, 0],
    // a toll the attacker's death raised
    ['The attack killed six people. The gunman\'s death raised the number of dead to seven.', 6, 0],
    // a larger figure no one could confirm
    ['The ministry said 15 people had died. A website said 18 had died, a figure that could not yet be '
      + 'confirmed.', 15, 0],
  ])('leaves out a figure the text tells as not the toll: %s', (text, killed, injured) => {
    expect(extract(text, { published: PUBLISHED }).totals).toEqual({ killed, injured });
  });

  it.each([
    // an adjective opens what the hurt suffered, after an auxiliary too
    ['Nine climbers have suffered serious injuries, rescuers said.', 0, 9],
    ['Four firefighters suffered heat exhaustion at the blaze.', 0, 4],
    // a bare verb after a modal tells what may come
    ['A breach of the old dam would kill hundreds of people, engineers warned.', 0, 0],
    // a relative clause of no harm between the person and the outcome
    ['A fire destroyed a barn overnight. The guard who spotted the smoke was treated for burns.', 0, 1],
    ['A ranch hand was hurt when the barn collapsed.', 0, 1],
    ['A cyclist was treated for a fractured wrist after the pile-up.', 0, 1],
    // further victims told by "plus", "in addition"
    ['A dozen riders were hurt in the crash, plus three paramedics who were hurt at the scene.', 0, 15],
    ['Five people were hurt in the fire; in addition, two firefighters were injured.', 0, 7],
    ['Thirty people were hurt in the blast. In addition to those, four police officers were injured.', 0, 34],
    ['A man stabbed three shoppers. A guard who tackled him was also hurt. Two more shoppers were treated for cuts.', 0, 6],
    // another incident before, "one in June"
    ['Three workers were hurt in a fall at the plant, the second there after one last June that injured five.',
      0, 3],
    // a claim the sentence calls disputed
    ['The militia claimed to have killed 30 troops, a figure the ministry disputed.', 0, 0],
    // a toll revised down, with what it is of between
    ['Police lowered the fatality toll from Sunday\'s ferry fire at the pier to six.', 6, 0],
    // a first figure told as an earlier statement
    ['Four people died in the crash. The mayor initially told reporters that five people had died.', 4, 0],
    // the hurt of whom some died, told by their number
    ['Ten hikers were hurt, three of them seriously. One of those three, a retired teacher, has since died.', 1, 9],
    ['Hospitals treated 20 people for burns after the explosion. The 20 include the two who later died.', 2, 18],
    // the story's event told against a larger one whose toll is that one's
    ['A van overturned on Monday, killing four people. The accident happened during a week of gales that have killed '
      + '12 people.', 4, 0],
    ['Three men were shot dead outside a cafe on Friday. The shooting comes amid a feud between gangs that has claimed '
      + '40 lives.', 3, 0],
    // (not a sentence that tells the larger event as the story's)
    ['Volunteers searched all night amid floods that have killed 30 people.', 30, 0],
    // a suspect's death, told with what they were held for or after a deed of theirs
    ['The man accused of torching the depot was shot dead by officers at a roadblock.', 1, 0],
    ['Officers said the suspect, named as Ivo Brank, 27, drove at a checkpoint and was later killed.', 1, 0],
    ['The suspect was killed by officers after he stabbed three passengers, one of whom died later.', 2, 2],
    // victims after an attacker's death add to it, not to the headline's figure before
    ['Blast kills five at border post\n\nA bomber blew herself up at a border post on Monday, killing three guards and '
      + 'two drivers.', 6, 0],
    // (not an attacker of the same statement: the victims are others than the attacker, and no more)
    ['The gunman and four diners were killed in the attack, and 12 people were wounded.', 5, 12],
    // those still in hospitals, treated somewhere and sent home, taken to hospital by those who helped
    ['Eight people died. Doctors said 40 people remain in hospitals across the capital.', 8, 40],
    ['Eight people died. Another 30 who had drunk less were treated at rural health posts and sent home.', 8, 30],
    ['Paramedics treated five climbers for cuts and took two more to hospital.', 0, 7],
    ['Medics said nine marchers were treated for tear gas exposure.', 0, 9],
    // a relative clause's "was also" of no harm
    ['A firefighter who was also trapped under the beams suffered a broken arm.', 0, 1],
    // one ranked past those counted before
    ['Eight porters were hospitalised and a ninth died when the tank burst.', 1, 8],
    // an event's toll, a toll as it stands, the number of the hurt after an aside
    ["The avalanche's toll rose to 14 overnight.", 14, 0],
    ['A first report of 30 dead proved wrong, the army said; the official toll is 12.', 12, 0],
    ['The number of wounded, first put at 60, was later revised to 52.', 0, 52],
    // a report or a figure the sentence denies, the confirmed one after
    ['Officials denied rumours that 60 pilgrims had died in the crush, saying seven were killed and 31 hurt.', 7, 31],
    ['The navy rejected claims that 20 sailors had been killed, confirming two deaths and six wounded.', 2, 6],
    // a war's or a season's toll in the figure's own clause, the story's figure beside it
    ['A mine blast wounded three farmers near the border, part of a conflict that has killed some 9,000 people.', 0, 3],
    ['The storm adds to a monsoon season in which floods have killed 400 people; Monday\'s storm killed nine.', 9, 0],
    // one body found; the only one hurt; what happened after "but", a hypothetical before it
    ['Six climbers are missing after the avalanche, and one body has been recovered.', 1, 0],
    ['The ship could have sunk with all hands, but the only person injured was the cook.', 0, 1],
    // one left hurt, after another outcome or alone
    ['The crash left two men dead and a boy with head injuries.', 2, 1],
    ['A gas blast killed a baker and left his neighbour with burns.', 1, 1],
    // treated somewhere and released, the sentence's only outcome
    ['Four others were treated on the spot and released.', 0, 4],
  ])('counts what the sentence tells: %s', (text, killed, injured) => {
    expect(extract(text, { published: PUBLISHED }).totals).toEqual({ killed, injured });
  });

  it('dates a toll by when it was counted, days after its event may be', () => {
    const text = 'The death toll from a mudslide that buried the road rose to eight on Thursday. Rescuers dug twelve '
      + 'injured drivers out on Monday.';
    expect(extract(text, { published: '2026-11-27' }).totals).toEqual({ killed: 8, injured: 12 });
  });

  it('a note is one of the documented ones', () => {
    const result = extract(TABLE.map(([a]) => a).join(' '), { published: PUBLISHED });
    for (const figure of totalsDetail(result.facts).figures.values()) expect(TOTALS_NOTES).toContain(figure.note);
  });
});
