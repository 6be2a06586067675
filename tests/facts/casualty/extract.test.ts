import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/pipeline.js';
import type { CasualtyFact } from '../../../src/facts/index.js';
import { factsOf, PUBLISHED, totalsOf } from '../../helpers.js';


describe('casualty figures', () => {
  // sentence → the first figure's kind, count and victims (null: not checked)
  it.each([
    ['Ten civilians were killed in the blast.', 'killed', 10, 'civilians'],
    // the outcome after a relative clause is the subject's, not that of the person named inside the clause
    ['A security guard who tried to stop the bomber was also killed.', 'killed', 1, 'A security guard'],
    ['A witness who saw the gunman said he was wounded.', 'injured', 1, 'he'],
    // the outcome at the end of a count's relative clause wins, as for one person (no speech inside the clause)
    ['Four hikers who were hurt in the rockfall have since died.', 'killed', 4, 'hikers'],
    ['Three guards who saw the blast said a porter died.', 'killed', 1, 'a porter'],
    // (a relative clause of a count opened by its own "were", no harm after it)
    ['Three porters who were on the quay were hurt.', 'injured', 3, 'porters'],
    // a person noun that modifies another is no head: "a senior cleric", "a local trader"
    ['A local trader was shot dead at his stall.', 'killed', 1, 'A local trader'],
    ['Gunmen killed a senior cleric outside the mosque.', 'killed', 1, 'a senior cleric'],
    ['A referee was hospitalised after being punched by a player.', 'injured', 1, 'A referee'],
    // "went on to": what did happen, unlike "planned to"
    ['The gunman went on to kill five people.', 'killed', 5, 'people'],
    // an appositive that tells harm is a clause of its own, not a description of the subject to skip
    ['The gunman, who killed five people, later died in hospital.', 'killed', 5, 'people'],
    ['Five of their relatives died in the fire.', 'killed', 5, 'relatives'],
    ['The attack killed thirty-one people.', 'killed', 31, 'people'],
    // the victims end where a phrase of place or time begins
    ['The storm killed more than 150 people across the region.', 'killed', 150, 'people'],
    ['The fighting killed 40 civilians over the weekend.', 'killed', 40, 'civilians'],
    ['The clashes caused 17 police and militia deaths.', 'killed', 17, 'police and militia'],
    ['At least 12 people were injured.', 'injured', 12, 'people'],
    ['Police said 1,200 people were wounded.', 'injured', 1200, 'people'],
    ['The death toll rose to 45 on Monday.', 'killed', 45, null],
    // a long phrase of what the toll is from, up to the verb that gives it; a preposition gives it only right after
    ["The death toll from Saturday's bombing at a crowded market in the city of Kelby has risen to 31.", 'killed', 31, null],
    ['The death toll of an attack at one mosque was 40.', 'killed', 40, null],
    ['The death toll from the mine collapse stands at nine.', 'killed', 9, null],
    // a relative clause that tells no harm of its own stands between the victims and their outcome
    ['Four hikers who went missing on Friday were found dead on Monday.', 'killed', 4, 'hikers'],
    ['Two pedestrians were struck by the car and taken to hospital.', 'injured', 2, 'pedestrians'],
    ['No one was injured in the fire.', 'injured', 0, null],
    ['There were no casualties.', 'injured', 0, null],
    ['No deaths were reported after the storm.', 'killed', 0, null],
    ['Nobody was hurt when the roof collapsed.', 'injured', 0, null],
    // a suicide is a death, as "killed himself" is
    ['The gunman later took his own life, police said.', 'killed', 1, 'The gunman'],
    // an injury named by its body part, a broken bone or burns
    ['A bus driver sustained head injuries.', 'injured', 1, 'A bus driver'],
    ['A woman suffered a broken leg in the crash.', 'injured', 1, 'A woman'],
    ['A 15-year-old boy suffered cuts to his hand in the fight.', 'injured', 1, 'A 15-year-old boy'],
    ['A man in his 60s has died after a tree fell on his car.', 'killed', 1, 'A man in his 60s'],
    // the victims may be told by what they were doing, or by some of them
    ['Two journalists covering the protests were killed by sniper fire.', 'killed', 2, 'journalists covering the protests'],
    ['A photographer covering the march was shot in the leg.', 'injured', 1, 'A photographer covering the march'],
    ['Two people including a child were killed.', 'killed', 2, 'people including a child'],
    // more ways to die and to be hurt
    ['A toddler was mauled to death by a dog.', 'killed', 1, 'A toddler'],
    ['Three firefighters were treated for heat exhaustion.', 'injured', 3, 'firefighters'],
    ['A police officer was hit by a car during the protest.', 'injured', 1, 'A police officer'],
    ['A teenager was left with life-changing injuries after the attack.', 'injured', 1, 'A teenager'],
    ['Nine people needed hospital treatment.', 'injured', 9, 'people'],
    ['Three people were rescued from the rubble with injuries.', 'injured', 3, 'people'],
    ['The driver was freed by firefighters with serious injuries.', 'injured', 1, 'The driver'],
    ['A woman in her late twenties was stabbed outside the bar.', 'injured', 1, 'A woman in her late twenties'],
    ['A woman aged 27 was shot and wounded in the park.', 'injured', 1, 'A woman aged 27'],
    ['Two passengers suffered minor cuts and bruises.', 'injured', 2, 'passengers'],
    ['Two workers suffered broken bones.', 'injured', 2, 'workers'],
    ['A man suffered severe burns to his arms.', 'injured', 1, 'A man'],
    ['A hiker was pulled alive from the snow with a broken leg.', 'injured', 1, 'A hiker'],
    ['A climber was treated for hypothermia.', 'injured', 1, 'A climber'],
    // heads of states and bodies, and envoys, are people a figure counts
    ['The president was assassinated on Monday.', 'killed', 1, 'The president'],
    ['The envoy was killed when the convoy was hit.', 'killed', 1, 'The envoy'],
    // where the victim was, between the victim and the outcome: on, aboard, inside
    ['A man on a motorcycle was killed.', 'killed', 1, 'A man on a motorcycle'],
    ['A third person on the ground suffered minor burns.', 'injured', 1, 'A third person on the ground'],
    ['A woman aboard the ferry died.', 'killed', 1, 'A woman aboard the ferry'],
    ['The explosion left 3 dead and 12 injured.', 'killed', 3, null],
    ['Gunmen stormed the market, killing twenty-two traders.', 'killed', 22, 'traders'],
    ['Two hundred people were hospitalised after the riot.', 'injured', 200, 'people'],
    ['A dozen protesters were wounded by rubber bullets.', 'injured', 12, 'protesters'],
    ['Five fishermen lost their lives when the boat capsized.', 'killed', 5, 'fishermen'],
    ['Rescuers said 14 bodies were recovered from the rubble.', 'killed', 14, null],
    ['The raid left seven militants dead.', 'killed', 7, 'militants'],
    ['Soldiers shot dead four suspected smugglers near the border.', 'killed', 4, 'suspected smugglers'],
    ['Three police officers were hurt in the clash.', 'injured', 3, 'police officers'],
    ['Eight students were massacred in the dormitory.', 'killed', 8, 'students'],
    ['The mine collapse caused 9 fatalities.', 'killed', 9, null],
    ['Two guards, both in their forties, were killed in the raid.', 'killed', 2, 'guards'],
    ['The army said it killed 12 Northern Front fighters during the assault.', 'killed', 12, 'Northern Front fighters'],
    ['Three guests at the party, all in their twenties, were wounded.', 'injured', 3, 'guests at the party'],
    ['A gunman shot four people around midnight near the pier.', 'injured', 4, 'people'],
    ['Raiders killed two herders Tuesday and stole cattle.', 'killed', 2, 'herders'],
    // who escaped with cuts, or had burns, were hurt
    ['Two men escaped with cuts and bruises and were treated at the site.', 'injured', 2, 'men'],
    ['Three miners had burns and were taken to hospital.', 'injured', 3, 'miners'],
    // treated somewhere named in a few words; admitted to a clinic or health centre
    ['Another nine survivors were treated on the riverbank for cuts.', 'injured', 9, 'survivors'],
    ['Seven migrants were treated on board for severe hypothermia.', 'injured', 7, 'migrants'],
    ['Six boys were admitted to the district health complex.', 'injured', 6, 'boys'],
    ['Four porters were admitted to a clinic in Tarrow.', 'injured', 4, 'porters'],
    // victims named with their ages: one each
    ['Ilse Quent, 34, and Bram Prane, 61, of Tilby, were killed in the crash.', 'killed', 2, null],
    ['Ilse Quent, 34, Bram Prane, 61, and Tobin Ash, 8, all died.', 'killed', 3, null],
    ['Killed were Ilse Quent, 34, and Bram Prane, 61.', 'killed', 2, null],
    ['The injured were Ilse Quent, 34, of Bexford, and Bram Prane, 61.', 'injured', 2, null],
    ['Police identified the dead as Ilse Quent, 34, and Bram Prane, 61.', 'killed', 2, null],
    ['Those killed were identified by police as Ilse Quent, 34, a nurse; Bram Prane, 61, a retired driver; and '
      + 'Tobin Ash, 9.', 'killed', 3, null],
    // one who died, then where: one of the dead, not one in hospital
    ['A 78-year-old woman who died in hospital on Tuesday was named.', 'killed', 1, 'A 78-year-old woman'],
    ['Hikers found the bodies of three climbers below the ridge.', 'killed', 3, 'climbers'],
    ['The body of an elderly man was pulled from the canal.', 'killed', 1, 'an elderly man'],
    ['A boy and his grandfather were wounded by stray bullets.', 'injured', 2, 'A boy and his grandfather'],
    ['A nurse and a 30-year-old patient who were shot on the ward survived.', 'injured', 2, null],
    ['Detectives are treating it as a double-homicide.', 'killed', 2, null],
    ['Investigators reached the scene of a double fatal shooting.', 'killed', 2, null],
    ['Investigators reached the scene of a triple shooting.', 'injured', 3, null],
    // a stabbing wounds as a shooting does; injuries treated count
    ['A woman was stabbed near the station on Saturday night.', 'injured', 1, 'A woman'],
    ['A man stabbed two people at the market.', 'injured', 2, 'people'],
    ['A second woman was treated for a minor cut to her hand.', 'injured', 1, 'A second woman'],
    ['Two firefighters were treated for smoke inhalation.', 'injured', 2, 'firefighters'],
    // the victims a reader would name: not "of the", not "children were among those"
    ['Twelve of the injured were flown to the capital.', 'injured', 12, 'injured'],
    ['Three children were among those killed.', 'killed', 3, 'children'],
    ['Four pilgrims were among the dead.', 'killed', 4, 'pilgrims'],
    // a possessive opens the complement's noun, never ends the victims
    ['She was charged in the shooting death of her boyfriend at their home.', 'killed', 1, 'her boyfriend at their home'],
    ['Four residents remain in critical condition.', 'injured', 4, 'residents'],
    ['14 of the wounded remained in critical condition.', 'injured', 14, 'wounded'],
    ['A civilian driver travelling behind the convoy was injured by shrapnel.', 'injured', 1, 'A civilian driver travelling behind the convoy'],
    // a count stops before a word it only starts ("one family" is no " on"); injuries one is rescued with
    ['A strike on a house killed nine members of one family on Monday.', 'killed', 9, 'members of one family'],
    ['A fourth skier was rescued with serious injuries.', 'injured', 1, 'A fourth skier'],
    ['The number of dead stood at 19 on Sunday.', 'killed', 19, null],
    ['A pilot was killed when a small plane crashed into a field.', 'killed', 1, 'A pilot'],
    ['A paramedic was injured when the ambulance overturned.', 'injured', 1, 'A paramedic'],
    // deaths in water and in crowds; a burns unit is a hospital
    ['At least 23 people drowned when the ferry capsized.', 'killed', 23, 'people'],
    ['Two boys were crushed to death when the wall fell.', 'killed', 2, 'boys'],
    ['Eleven villagers were burnt alive when gunmen set fire to their homes.', 'killed', 11, 'villagers'],
    ['Four fishermen were presumed dead after the storm.', 'killed', 4, 'fishermen'],
    // lives a disaster claimed; the people medics treated for injuries
    ['The attack claimed 15 lives, officials said.', 'killed', 15, null],
    ['Doctors treated 12 children for burns.', 'injured', 12, 'children'],
    ['A third firefighter was airlifted to a burn center.', 'injured', 1, 'A third firefighter'],
    // a guard or a passer-by is a person; "hit and later succumbed" is one outcome
    ['His bodyguard, Luis Herrera, was wounded in the arm.', 'injured', 1, 'His bodyguard'],
    ['A passer-by, a street vendor, was also hit and later succumbed to her wounds.', 'killed', 1, 'A passer-by'],
    // a bare toll in a report of the dead
    ['The toll rose to 41 by Monday evening, the agency said.', 'killed', 41, null],
    // a long relative clause between the victim and the outcome
    ['A man who held three people hostage in a west Harlow apartment for nearly nine hours was killed by police.',
      'killed', 1, 'A man'],
    // taken to hospital by what carried them; what the victims came with; a gas breathed in, an ear's harm
    ['Fourteen passengers were taken by ambulance to Carrow Base Hospital.', 'injured', 14, 'passengers'],
    ['Twenty-eight passengers with burns were taken to Kelby Sadar Hospital.', 'injured', 28, 'passengers with burns'],
    ['Eleven of the miners were also treated for carbon monoxide inhalation.', 'injured', 11, null],
    ['A further four were treated for ruptured eardrums.', 'injured', 4, null],
    ['Six residents were treated for breathing difficulties.', 'injured', 6, 'residents'],
    ['The clinic said 80 people were treated for respiratory problems after the blaze.', 'injured', 80, 'people'],
    // one dug out of the snow with a harm
    ['A fourth skier was dug out alive with a broken leg.', 'injured', 1, null],
    // where the victims rode
    ['Six pilgrims aboard the van were injured.', 'injured', 6, 'pilgrims aboard the van'],
    ['Four people on board the ferry were injured.', 'injured', 4, 'people on board the ferry'],
    // victims in five words
    ['The house fire killed five members of the same family.', 'killed', 5, 'members of the same family'],
    // the victims' ages each, after them
    ['Three girls aged 6, 8 and 11 were hurt when a wall fell.', 'injured', 3, 'girls aged 6, 8 and 11'],
    ['Three boys aged 7, 9 and 12 were among the injured.', 'injured', 3, 'boys'],
    // a death after a fall, the past irregular
    ['A 52-year-old window cleaner fell from a ladder and later died.', 'killed', 1, 'A 52-year-old window cleaner'],
    // a possessed victim whose harm is "suffered", an appositive between
    ['Its driver, a 40-year-old man, suffered a broken leg.', 'injured', 1, 'Its driver'],
  ])('%s → %s %d', (sentence, kind, count, victims) => {
    const [fact] = factsOf(sentence, 'casualty');
    expect(fact).toMatchObject({ kind, count });
    if (victims) expect(fact!.victims).toBe(victims);
    expect(sentence.slice(fact!.start, fact!.end)).toBe(fact!.text);
  });

  it('reads a part of those on board as the figure, no statistic of many events', () => {
    const [fact] = factsOf('The boat capsized, killing 9 of the 30 people on board.', 'casualty');
    expect(fact).toMatchObject({ kind: 'killed', count: 9, aggregate: false });
  });

  it('reads a year of a country\'s road deaths as a statistic', () => {
    const [fact] = factsOf('In 2025, 880 people died on the nation\'s roads, official data show.', 'casualty');
    expect(fact).toMatchObject({ kind: 'killed', count: 880, aggregate: true });
  });

  // a year that names a disaster, before or after its noun, is no head count
  it.each([
    ['The mudslide of 2012 killed more than 300 villagers.', [300]],
    ['The 2001 flood killed more than 900 people.', [900]],
  ])('reads no year as a count in: %s', (sentence, counts) => {
    expect(factsOf(sentence, 'casualty').map((f) => f.count)).toEqual(counts);
  });

  // a name after "of", "in" or "to" ends another's phrase: the one who died is never the place
  it.each([
    ['A porter flown to a clinic in the city of Quillby died.', 'Quillby'],
    ['The driver of the bus to Quillby died at the scene.', 'Quillby'],
  ])('no victim named by the place in: %s', (sentence, place) => {
    expect(factsOf(sentence, 'casualty').map((f) => f.victims)).not.toContain(place);
  });

  it.each([
    ['A man was shot and killed outside a bar on Friday.', 'killed', false],
    ['A woman was injured when the wall fell.', 'injured', false],
    ['One person died at the scene.', 'killed', false],
    ['The victim was pronounced dead at the hospital.', 'killed', false],
    ['He died at the hospital two days later.', 'killed', false],
    ['A 25-year-old man was shot in the leg.', 'injured', true],
    ['An elderly shopkeeper was stabbed to death.', 'killed', false],
    ['The gunmen killed a taxi driver and fled.', 'killed', false],
    ['A teenager who was shot on Sunday night has died.', 'killed', false],
    ['The farmer later passed away at the clinic.', 'killed', false],
    ['A neighbour was shot and later died on the sidewalk.', 'killed', false],
    ['31-year-old Maria Olsen was shot in the hip.', 'injured', true],
    ['The gunman opened fire, killing Peter Vance, 19, near the gate.', 'killed', false],
    ['An accidental discharge claimed a life on Sunday.', 'killed', false],
    ['The crash sent a cyclist to the hospital.', 'injured', true],
    ['One woman was shot and has minor injuries.', 'injured', true],
    ['A toddler sustained a gunshot wound to the leg.', 'injured', true],
    ['A clerk suffered minor injuries in the robbery.', 'injured', false],
    ['A 16 year old was shot and killed near the park.', 'killed', false],
    ['Rosa Mendel, 42, was shot in the shoulder outside her shop.', 'injured', true],
    ['Theo Marsh, 7, who was wounded on Friday, went home today.', 'injured', false],
    ['Ivan Petrov, 58, of Lakeview, died at the hospital.', 'killed', false],
    ['A second victim drove himself to a hospital with a wound to the arm.', 'injured', true],
    ['A man walked into a city hospital after the gunfire.', 'injured', true],
    ['Marguerite died later at the regional hospital.', 'killed', false],
    ['A cyclist was treated for minor injuries at the scene.', 'injured', false],
    ['A teenager was released from the hospital on Sunday.', 'injured', true],
    ['A clerk suffered a graze wound to the arm.', 'injured', true],
    ['A jogger was grazed by a stray bullet.', 'injured', true],
    ['A 40-year-old man was shot at Elm Street and Fifth Avenue.', 'injured', true],
    ['Police said Omar Haddad was pronounced dead at the scene.', 'killed', false],
    ['One passenger survived with burns to both arms.', 'injured', false],
    ['A stray bullet injured a patron at the diner.', 'injured', false],
    // "hit" after what is fired; a body part after "hit"; one who showed up at a hospital
    ['A stray bullet hit a 10-year-old girl as she slept.', 'injured', true],
    ['A man was hit in the shoulder and is in stable condition.', 'injured', true],
    ['A woman showed up at Kelby General Hospital with a gunshot wound.', 'injured', true],
    // a name's or a noun's possessive before the person; one hurt who then died
    ['Police said Ellery’s neighbour, a 61-year-old man, was also struck by a bullet.', 'injured', true],
    ['He was in critical condition at the hospital and died on Sunday.', 'killed', false],
    // what came before a death, however long
    ['Ivo Brandt, 41, was electrocuted while repairing a cable on Wednesday and died later in hospital.', 'killed', false],
    ['A worker collapsed during the march through the town centre and died on the way to hospital.', 'killed', false],
    ['A bystander suffered shrapnel wounds in the blast.', 'injured', false],
  ])('singular victim: %s → %s (hit %s)', (sentence, kind, hit) => {
    const [fact] = factsOf(sentence, 'casualty');
    expect(fact).toMatchObject({ kind, count: 1, hit });
  });

  it.each([
    ['At least 12 people were killed.', 12, 12, null, true],
    ['More than 40 people were injured.', 40, 41, null, true],
    ['Nearly 100 people died in the floods.', 100, null, null, true],
    ['Up to 30 villagers were wounded.', 30, null, 30, true],
    ['Dozens of people were injured.', 24, 24, null, true],
    ['The attack killed 3-5 soldiers.', 3, 3, 5, true],
    ['Hundreds were wounded in the stampede.', 200, 200, null, true],
  ])('bounds: %s', (sentence, count, min, max, approximate) => {
    const [fact] = factsOf(sentence, 'casualty');
    expect(fact).toMatchObject({ count, min, max, approximate });
  });

  it.each([
    'The statement named three terrorist groups.',
    'A 25-year-old man was arrested.',
    'The ministry pledged 500 dollars to each family.',
    'Five vehicles were damaged.',
    'The convoy travelled 40 km to the border.',
    'He was shot at but not hit.',
    'He shot the intruder.',
    'The shooter fired 12 rounds into the crowd.',
    'He was charged with two counts of murder.',
    'The bill was killed in committee.',
    'The meeting on 21 June killed the proposal.',
    'She was not injured.',
    'Officers were called at 3:15 a.m. to the scene.',
    '15-year-old Sam Reed was arrested on Friday.',
    'Police arrested Kim Hale, 24, on Tuesday.',
    'Officers said 2 spoke with the injured at the scene.',
    'Someone shot at the house twice overnight.',
    'She was the third teacher to be wounded this year.',
    'He was the fourth local official killed in the region this year.',
    'The clinic treats 300 patients a day.',
    // admitted with something other than a harm
    'The university admitted 500 students with top grades this year.',
    'The clinic admitted 40 patients with appointments on Monday.',
    'The toll on the bridge rose to 5 pounds.',
    'Both with gunshot wounds, said the nurse.',
    'Dana Frost, 31, shot the intruder twice.',
    'Carl Webb, 45, was arrested at his home.',
    'Six hunters have killed deer on the ridge since Monday.',
    'Relatives arrived at the hospital late on Sunday.',
    'Her parents went to the hospital to see her.',
    'He is survived by his wife and two sons.',
    'The driver survived unhurt when the car rolled over.',
    // a negation after where the person was is no outcome
    'A passenger in the car was not hurt.',
    'Two passengers were not injured.',
    'A man and his son were arrested after the robbery.',
    'Doctors said the bullet could have hit her in the heart and killed her.',
    'Hopes died when the talks collapsed.',
    'The report was released from the hospital archive in May.',
    'A gunman shot at Elm Street homes overnight.',
    'Most died of natural causes, the report said.',
    'Without the vest, the round would have killed the officer.',
    // "for" is no agent noun: a camp for displaced people is no victim
    'Rockets struck a camp for displaced people near the town.',
    "The fall could've left several hikers injured.",
    // (the modal between the count and its outcome)
    'Had the ferry been full, 30 people could have died, the coastguard said.',
    'Had the stand collapsed, dozens might have been killed.',
    // two people no harm came to
    'Neither the skipper nor his deckhand was hurt when the trawler ran aground.',
    'Neither the rider nor a spectator was injured.',
    // an aim, a threat or a failed attempt is no casualty
    'He believed he was about to kill dozens of people.',
    'He planned to kill 20 people at the concert.',
    'The group threatened to kill 10 hostages.',
    'He was plotting to kill three officers.',
    'A gunman and his driver shot at the patrol car.',
    'The body of the truck was damaged.',
    // livestock killed are no victims
    'The fire destroyed 120 homes and killed more than 300 head of cattle.',
    'The flood killed 40 buffaloes and 12 pigs on the farm.',
    // a player's injury is no casualty of an event
    'The striker suffered a broken leg in training last season.',
    'Three players are injured and will miss the final.',
    // broken things and burnt things are no injuries; nor are a budget's cuts
    'The department suffered cuts to its budget after the crash in tax receipts.',
    'Schools suffered deep cuts after the attack on the budget.',
    'The window was broken and two men fled.',
    // "hit" by what is not fired, or in what is no body
    'The storm hit two villages after the attack on the dam.',
    'The party was hit in the polls after the shooting scandal.',
    'The fire left burns on the walls of three flats.',
    'Lena Ortiz, 29, who shot at the car, fled on foot.',
    // nor an arrest and a charge after it
    'Four suspects were arrested in the raid and charged.',
    // a toll that is a charge, and a number of people that falls, are no casualty figures
    'Toll charges on the bridge rose to 12 percent more than last year.',
    'The number of people killed on the roads fell to 1,200 last year.',
    // a life's end in an article that tells of no violence, accident or disaster
    'When he died, my mother found his logbooks in the attic.',
    'Ann Whitcomb died on Sunday at the age of 94, her family said.',
    // (a named hospital is a workplace; someone's kin who died, in such an article, too)
    'Ann Whitcomb trained at St. Olaf\'s Hospital. She died at home on Sunday. Her husband, the architect Per Lind, died in 2015.',
    // what a party, a team or a firm lost are no dead
    'The party lost eight seats in the election.',
    'The firm lost 200 workers to its rivals last year.',
    // a thing struck, whose place ends in a person's suffix, is no one ("glacier")
    'An avalanche struck their camp on the Harrow glacier overnight.',
    // the outcome as a noun after "the" in a relative clause is no one hurt
    'The play is about a medic who cares for the wounded at the front.',
    // a drill or a story tells no event
    'Rescuers ran a simulated ferry sinking with 60 casualties on Sunday.',
    'In the novel, a flood kills 30 villagers before the dam is rebuilt.',
    // animals killed are no people
    'Thousands of seabirds died after the tanker leaked.',
    'Dozens of dolphins died after the spill.',
    // a dead heat is a race's tie
    'The two horses crossed the line in a dead heat.',
    // a clinic's patients over a year are no one event's hurt
    'The clinic treated 3,000 patients last year.',
    'In the remake nine characters get killed before the credits roll.',
  ])('no casualty in %j', (sentence) => {
    const facts = factsOf(sentence, 'casualty').filter((f) => f.count > 0);
    expect(facts).toEqual([]);
  });

  it('keeps one person who died where the article tells of harm', () => {
    const facts = factsOf('A man was shot on Monday. He died on Tuesday.', 'casualty');
    expect(facts.map((f) => [f.kind, f.count])).toEqual([['injured', 1], ['killed', 1]]);
  });

  it('marks a subset and does not add it to the totals', () => {
    const result = extract('The bombing killed nine villagers, including four teachers.', { published: PUBLISHED });
    const [whole, part] = result.facts.filter((f) => f.type === 'casualty');
    expect(whole).toMatchObject({ count: 9, subset_of: null });
    expect(part).toMatchObject({ count: 4, subset_of: whole!.id, victims: 'teachers' });
    expect(result.totals).toEqual({ killed: 9, injured: 0 });
  });

  it('marks a partitive figure as part of the figure before it', () => {
    const result = extract('Six people were killed in the attack. Two of the dead were police officers.', { published: PUBLISHED });
    const [whole, part] = result.facts.filter((f): f is CasualtyFact => f.type === 'casualty');
    expect(part).toMatchObject({ count: 2, subset_of: whole!.id });
    expect(result.totals.killed).toBe(6);
  });

  it('links the event, perpetrator, place and date of a figure', () => {
    const text = 'The government attributed the May bombing of a bus in Quetta to the Sindhudesh Front, which killed twelve passengers.';
    const result = extract(text, { published: PUBLISHED });
    const fact = result.facts.find((f): f is CasualtyFact => f.type === 'casualty')!;
    expect(fact).toMatchObject({ kind: 'killed', count: 12, victims: 'passengers' });
    expect(fact.event?.text).toBe('May bombing of a bus');
    expect(fact.location?.text).toBe('Quetta');
    expect(fact.date?.value).toBe('2025-05');
    expect(fact.date?.fact).toMatch(/^date-/);
    for (const span of [fact.event, fact.location, fact.date]) expect(text.slice(span!.start, span!.end)).toBe(span!.text);
  });

  it('links an event named after the figure only when the figure happened in it', () => {
    const [inIt] = extract('Nine people were killed in the March bombing of a market.', { published: PUBLISHED }).facts.filter((f): f is CasualtyFact => f.type === 'casualty');
    expect(inIt!.event?.text).toBe('March bombing of a market');
    const [away] = extract('Two boys were shot a few streets away from Friday’s shooting.', { published: PUBLISHED }).facts.filter((f): f is CasualtyFact => f.type === 'casualty');
    expect(away!.event).toBeNull();
  });

  // sentence → what the first figure links to: its date's value or its place's text
  // (a bomber's own death is a figure of its own, before those he killed)
  const firstFigure = (text: string): CasualtyFact => extract(text, { published: PUBLISHED }).facts
    .find((f): f is CasualtyFact => f.type === 'casualty' && f.reason !== 'attacker-blew-himself-up')!;
  it.each([
    // a dateline's date opens the sentence; the day by the figure is when it happened
    ['BRANTHOLM, Norland, Aug. 11, 2025 - Gunmen raided a market on Saturday, killing seven traders.', 'date', '2025-08-09'],
    ['Police said on Monday that a woman was found shot on Saturday.', 'date', '2025-08-09'],
    // the dateline's date nearer the figure than the day it happened
    ['KELBY, Tarvia (Aug. 11) - Gunmen killed 14 people and wounded 20 others at a market on Saturday.', 'date', '2025-08-09'],
    // the place after the kind of place it is
    ['Gunmen killed seven traders in the northern town of Kelmont on Saturday.', 'place', 'Kelmont'],
    ['Two soldiers were wounded near the border village of Ostrava Dol.', 'place', 'Ostrava Dol'],
    ['Three people died in a fire in Harwell.', 'place', 'Harwell'],
    // a place opening the sentence
    ['In Harwell, a couple were killed when a tree fell onto their car.', 'place', 'Harwell'],
    // a place's possessive names the place
    ["At least 14 people were killed in Tarvia's northern Kelmont province.", 'place', 'Tarvia'],
    // not a date that opens the next clause, nor one named in a comparison set off by commas
    ['Earlier this month, gales along the shore killed 15 fishermen, and in May last year a bus crash killed 22.',
      'date', '2025-08'],
    ["In 2016, a rockfall on the same pass, a mile from Friday's collapse, killed 31 people.", 'date', '2016'],
  ])('links the nearest calendar date or the named place: %s → %s %s', (text, link, expected) => {
    const fact = firstFigure(text);
    expect(link === 'date' ? fact.date?.value : fact.location?.text).toBe(expected);
  });
  it('reads a toll that passes a figure as more than it', () => {
    expect(firstFigure('The death toll climbed past 100 on Tuesday.')).toMatchObject({ count: 100, min: 101, approximate: true });
  });

  it.each([
    // attackers named by a noun: the agent after "by", or the subject of an attack verb before the figure
    ['Gunmen on motorbikes stormed a market in Kelmont, killing seven traders.', 'Gunmen'],
    ['Two farmers were killed by suspected bandits near the river.', 'suspected bandits'],
    ['A suicide bomber blew himself up at a checkpoint, killing five soldiers.', 'A suicide bomber'],
    ['In the north, armed raiders attacked a camp, leaving three people dead.', 'armed raiders'],
    // a headline's present tense
    ['Gunmen kill nine at roadside market', 'Gunmen'],
    // the figure's own victims are never its attackers; a noun that names no attacker is none
    ['Police said two gunmen were killed in the shootout.', null],
    ['Soldiers killed three militants after they attacked a base.', null],
    ['One attacker was killed and a rifle left behind by the attackers was found.', null],
    ['A man was shot dead by police on Friday.', null],
    // where the hurt were taken is no attribution
    ['The two wounded were taken to Kelby University Hospital.', null],
  ])('names the attackers of: %s', (text, perpetrator) => {
    const fact = firstFigure(text);
    expect(fact.perpetrator?.text ?? null).toBe(perpetrator);
    if (fact.perpetrator) expect(fact.perpetrator.fact).toBeNull();
  });

  it('prefers a calendar date to a vague one in the sentence', () => {
    const result = extract('Police now say a man was shot on Friday.', { published: PUBLISHED });
    const fact = result.facts.find((f): f is CasualtyFact => f.type === 'casualty')!;
    expect(fact.date?.value).toBe('2025-08-08');
  });
});

describe('article totals', () => {
  it.each([
    // distinct events, each dated in its own phrase, add up
    ['The June ambush resulted in 23 deaths. The July bombing killed nine villagers. Three people were injured.', 32, 3],
    // repeated mentions of the same figure count once
    ['Five people were killed in the shooting. Police named the five victims on Monday. All five were killed instantly.', 5, 0],
    // an updated toll replaces the earlier figure
    ['Twenty people died in the quake. By evening the death toll rose to 45.', 45, 0],
    // a headline's present tense
    ['Death toll from the landslide reaches 12 as search continues\n\nRescuers worked through the night.', 12, 0],
    ['Initial reports put the number of dead at 19. The death toll from the blast at the Kelby market has risen to 31.', 31, 0],
    // after "and", a possessed person's "was" may be left out
    ['A woman was killed and her husband seriously injured in the crash.', 1, 1],
    ['The driver was arrested and his car seized after the crash.', 0, 0],
    // one person named by "the" who was found dead or strangled: a casualty in an article of harm
    ['The journalist was found dead in his apartment on Monday.', 1, 0],
    ['Police said the woman had been strangled.', 1, 0],
    // a sentence that opens by saying it tells another incident adds, whatever place its opening phrase names
    ['A bomb killed nine people in Harwell on Thursday. In a separate attack in the Kelby district, gunmen shot dead a '
      + 'tribal elder.', 10, 0],
    // a graze is a wound no one dies of: a death told after it is someone else's
    ['A man shot by a deputy during a standoff has died. A deputy was grazed by gunfire and treated by paramedics. '
      + 'He died at a hospital on Wednesday night.', 1, 1],
    // no one, with a short phrase saying who, is no victim: "one on the ground was hurt" is not read
    ['The cargo plane crashed, killing all four crew members. No one on the ground was hurt.', 4, 0],
    ['None of the four people inside the house was hurt.', 0, 0],
    ['Five people were hurt in Tarnby. In Olvern, 80 people were moved to a school; no one there was reported hurt.', 0, 5],
    // a number of confirmed deaths is a toll; an earlier toll someone had put, and the bodies found since, are in it
    ['The number of confirmed deaths has risen to 17. On Saturday officials had put the toll at 11, but six more '
      + 'bodies were recovered overnight.', 17, 0],
    // those of the hurt who later died are among the dead only; a part that is among the dead adds none
    ['Five people were injured in the crash. One of the injured later died in hospital.', 1, 4],
    ['Five people were injured, one of whom later died.', 1, 4],
    // (a part that names the hurt is taken from them, whatever figure came between)
    ['Two people died and five were injured. Later a third victim died, bringing the toll to three. One of the five '
      + 'injured, a cyclist, later died in hospital.', 4, 4],
    ['Two people were killed and five hurt. Two of the 40 passengers, both students, were among the dead.', 2, 5],
    // a figure that is believed, feared or thought; deaths that rise to a figure are a running toll
    ['Between 8 and 11 miners are believed to have been killed in the collapse.', 8, 0],
    ['At least 12 people are feared to have died in the fire.', 12, 0],
    ['Three people died on Monday. Deaths from the outbreak have risen to 19.', 19, 0],
    // what an attack left, its second figure with injuries; those treated; a count among the dead is within the toll
    ['The bombing left three people dead and 17 others with injuries.', 3, 17],
    ['About 40 people received treatment for smoke inhalation.', 0, 40],
    ['Two Kelbian tourists were among the dead.', 2, 0],
    ['The blast killed 20 people. Two Kelbian tourists were among the dead.', 20, 0],
    // a murder charge for a shooting says the one shot died; an attempt, or a charge beside the shooting, does not
    ['A jury convicted Dan Hale of murder on Thursday for shooting his neighbour.', 1, 0],
    ['Dan Hale was charged with attempted murder for shooting his neighbour.', 0, 1],
    ['He is charged with murder and accused of shooting Ann Lee, 18.', 0, 1],
    // so are murder charges a suspect faces or that were filed; an attempted-murder charge is not
    ['Two men face murder charges over the accidental shooting of their friend.', 1, 0],
    ['Murder charges were filed on Friday in the shooting of a 19-year-old clerk.', 1, 0],
    ['He faces an attempted murder charge in the shooting of his cousin.', 0, 1],
    // people named by a thing they work on are people; a participle after the victims opens no more of them
    ['The blast killed five building workers.', 5, 0],
    ['Two bus drivers were injured when the convoy was shelled.', 0, 2],
    ['Gunmen killed two police officers guarding the gate.', 2, 0],
    // "shot four people, one fatally": the part of those shot who died
    ['Police said the assailant stabbed four people, one fatally, before being detained.', 1, 3],
    ['Five people were shot, two of them fatally, outside a bar.', 2, 3],
    // those admitted, where the sentence tells of a hospital; not those admitted to a course
    ['Doctors at the district hospital said 31 people were admitted by nightfall.', 0, 31],
    ['The hospital said 40 students were admitted to its nursing course this year.', 0, 0],
    // of a part of the hurt, those who later died are no longer hurt
    ['Five miners died and 20 were hurt. Nine of the injured were admitted to Kelby General Hospital; three of them later '
      + 'died.', 8, 17],
    // …also where a headline told the hurt first
    ['Mine blast kills five, injures 20\n\nFive miners died and 20 were hurt. Nine of the injured were admitted to '
      + 'Kelby General Hospital; three of them later died.', 8, 17],
    // dug out alive and flown to hospital with injuries; treated in hospitals; who lived through a wreck
    ['Rescuers said 19 tenants were dug out of the mud alive and flown to hospital with injuries.', 0, 19],
    ['Clinics reported that 28 people were treated in hospitals across the province.', 0, 28],
    ['Twelve crew members survived the capsizing, the coastguard said.', 0, 0],
    // "and another" with the verb of the death left out
    ['Police said one rider died at the roadside and another en route to hospital.', 2, 0],
    // casualties or injuries "N of them fatal": the dead among them
    ['The coach crash caused eleven casualties, three of them fatal.', 3, 8],
    ['Doctors recorded seven injuries, two of which were fatal, after the stand gave way.', 2, 5],
    ['The fire caused 14 injuries, none of them fatal.', 0, 14],
    // one of the wounded who later died is one more dead, and no longer among the wounded; "two of the dead" are
    // among the dead
    ['Gunmen killed two men. Six other people were wounded, one of whom later died in hospital.', 3, 5],
    ['A bomb killed 2 and wounded 6, one of whom later died.', 3, 5],
    ['The blast killed six people and injured 51. Two of the dead were crew members.', 6, 51],
    // a second object joined by "along with" or "as well as"; a killer who then killed himself is one more
    ['A drone strike killed a senior commander along with four of his bodyguards.', 5, 0],
    ['The shelling killed a doctor as well as two nurses.', 3, 0],
    ['The gunman killed his wife, her sister and a neighbour and then killed himself.', 4, 0],
    // "also" before an outcome tells more victims than those before it
    ['Security forces killed six militants in a gunfight that also left two soldiers dead.', 8, 0],
    ['The bomb killed four people. It also killed two police officers guarding the gate.', 6, 0],
    // a contracted negative says the harm did not happen
    ["Two tellers weren't hurt in the robbery, a spokesman said.", 0, 0],
    ["Three officers weren't wounded.", 0, 0],
    ["A bomb killed two soldiers. The driver wasn't injured.", 2, 0],
    // attackers killed are others than the victims before them; a part of attackers killed before is a subset
    ['Militants ambushed the convoy, killing 14 soldiers. Troops killed at least 20 of the attackers.', 34, 0],
    ['Police killed five attackers. Two of the attackers died at the scene.', 5, 0],
    // robbers and intruders are attackers too
    ['A guard was shot in the shoulder in a robbery. He returned fire, wounding one of the robbers.', 0, 2],
    // an earlier report's toll, told after the update, replaces nothing
    ['The toll rose to 31 on Monday. Initial reports had put the number of dead at 19.', 31, 0],
    // people rescued and taken to hospital with a condition were hurt; so were people admitted with bullet wounds
    ['Two hikers were pulled out alive and airlifted to hospital in Tarvik with severe hypothermia.', 0, 2],
    ['Medics said three protesters were killed and 27 admitted with bullet wounds after the riot.', 3, 27],
    // two victims, the first told of with "the", or both
    ['Officers in Kelby confirmed that the 31-year-old cyclist and a pedestrian were killed at the junction.', 2, 0],
    ['Both the skipper and the deckhand survived with bruises when the trawler ran aground.', 0, 2],
    // a storm's toll a week before the one told is another event's
    ['Storm Orla killed three people on Monday, a week after Storm Petra claimed five lives in the same valley.', 3, 0],
    // how many children a parent has is no count of victims
    ['A father of four was killed when a wall fell on him on Monday.', 1, 0],
    ['The 41-year-old mother of two was seriously injured when her bike was hit.', 0, 1],
    // people named among the hurt counted before are a part of them
    ['Nine people were taken to hospital after the crash. Among those taken to hospital were a pilot '
      + 'and an 80-year-old man who suffered a broken arm.', 0, 9],
    ['Six people were injured in the blast. Among the injured was a boy who lost a finger.', 0, 6],
    // ...nor does a larger one, revised since
    ['The stand collapsed. Police said 16 people were hurt. They had earlier put the number of injured at 20.', 0, 16],
    // those who remain in hospital, or are treated there, were hurt
    ['The toll rose to 31. At least 58 people remain in hospital, 12 of them in critical condition.', 31, 58],
    // one storm over a weekend is no weekend's tally of many events; last month's storm is another event
    ['Typhoon Mira tore through the islands over the weekend, killing at least 23 people. Last month, Typhoon Kalmaegi ' +
      'killed more than 200 people.', 23, 0],
    // nor is one spell of weather: the rain and its floods are one event
    ['Heavy rain over the weekend caused rivers to burst their banks, killing at least 11 people. Last July, floods in ' +
      'the same region killed 47 people.', 11, 0],
    // a tally is no incident's figure, but where the article states nothing else it is the total
    ['Over the weekend, 11 people were killed and 30 wounded in separate shootings in Kelby.', 11, 30],
    ['Over the weekend, 11 people were killed in separate shootings in Kelby. On Sunday a driver was shot dead.', 1, 0],
    // a count of events before "and" is no count of victims
    ['The regulator had reports of 12 crashes and three injuries linked to the fault.', 0, 3],
    // a toll whose event is named in the possessive
    ['A bomb killed 14 people at the market on Sunday. The death toll from Sunday\'s blast rose to 17.', 17, 0],
    // others add to a figure of the same outcome
    ['A man was killed in the crash. Two other passengers were also killed.', 3, 0],
    // "others" after a death are injured, not added to an injured figure
    ['One person was killed and seven others were injured. Seven people were treated in hospital for injuries.', 1, 7],
    // people shot, some of whom died
    ['Two men were shot on Friday night. One died at the scene.', 1, 1],
    ['A 19-year-old man was shot on Elm Street. He died at the hospital.', 1, 0],
    ['Two men were shot. One died at the scene and the other died later at the hospital.', 2, 0],
    // the people shot are the dead and the injured stated before, when the numbers agree
    ['The gunfire killed one man and injured three others. Police said four people were shot in all.', 1, 3],
    ['A teenager was killed at home on Friday. Relatives said he accidentally shot himself.', 1, 0],
    // right beside the dead, the shot are others
    ['Officers found two bodies and two victims who were shot.', 2, 2],
    // one victim named among the dead was killed, not only shot, and is one of the dead counted before
    ['Six people were killed in the raid. Among the dead was a local teacher, Ana Brel, who was shot as she ran.', 6, 0],
    ['Among the injured was a guard who was shot in the leg.', 0, 1],
    // the dead among the injured
    ['Four people were hurt, including a 19-year-old man who died on Sunday.', 1, 3],
    ['Three people were hospitalised after the shooting. Officials later said one shooting victim had died.', 1, 2],
    // a victim described again as one who died is the same person
    ['The crash killed a 17-year-old in Dover. Earlier reports said it critically injured a 17-year-old.', 1, 0],
    ['A man was shot dead and a man was injured in the same street.', 1, 1],
    // the killer who then kills himself is one more dead
    ['A man shot his wife to death and then killed himself.', 2, 0],
    ['Police said a woman fatally shot her neighbour before shooting herself. She was treated at the scene.', 1, 1],
    ['Both men inside the car were killed, and two others were hurt.', 2, 2],
    ['A jury heard evidence about the slayings of three hikers.', 3, 0],
    ['The gang opened fire at a wedding, gunning down two guests.', 2, 0],
    ['A woman was found deceased in the kitchen.', 1, 0],
    // hands on a boat or a farm, a cook, a midwife are people a figure counts
    ['A deckhand was flown to hospital with serious burns after the fire.', 0, 1],
    ['Three climbers and their guide died on the ridge on Sunday.', 4, 0],
    ['The death toll from a 6.1 earthquake that struck the coast before dawn on Monday rose to 23.', 23, 0],
    ['A farmhand and a cook were killed when the barn collapsed.', 2, 0],
    // treatment still under way says who is hurt
    ['One of the injured later died, bringing the number of fatalities to three. Four others remain under treatment.',
      3, 4],
    ['The number of dead rose to 9 on Monday; 14 people are still being treated.', 9, 14],
    ['The claims are being treated as urgent after two people were hurt.', 0, 2],
    // "the deceased" as a noun; a toll put right
    ['Compensation was paid to the families of the seven deceased.', 7, 0],
    ['The toll was revised down to 12 from 15 after some victims were counted twice.', 12, 0],
    // a death told eleven months before, in a clause after the story's own figure, is another incident
    ['Three pupils were hurt in the stabbing. It comes 11 months after a boy was killed in a fight nearby.', 0, 3],
    // victims are others than the attacker whose death was told before them
    ['The attacker was shot dead by officers after stabbing three people, one of whom died later in hospital.', 2, 2],
    ['The bomber, who set off his vest at the gate, was the only fatality; five guards were wounded.', 1, 5],
    // ages by decade among the victims; an age after "of" is no count
    ['Two women in their 30s were injured in the crash.', 0, 2],
    ['A girl of 9 was badly hurt when the wall fell.', 0, 1],
    // a toll after an aside, raised from one figure to another, or brought to a figure with a word before "toll"
    ['The death toll, first given as nine, was revised down to seven.', 7, 0],
    ['Officials put up the death toll of the floods from 40 to 52 on Friday.', 52, 0],
    ['The storm killed 20 people on the coast, taking the provincial toll to 31.', 31, 0],
    // an event after the figure that names its own year is the figure's (and an earlier one), not the one before
    ['A bomb went off at the market on 3 May, killing five people at the spot where 20 died in a 2019 attack.', 5, 0],
    // deaths above the usual are a statistic, not the event's toll
    ['Nine people have died in the heat, the ministry said. Separately, the institute estimated that 900 more '
      + 'deaths than usual from all causes were recorded in July.', 9, 0],
    // a victim told in a relative clause between commas; an attacker the count leaves out adds to it
    ['Her husband, who was also killed, had been a teacher.', 1, 0],
    ['The driver, who was hurt in the crash, was 40.', 0, 1],
    ['Four guards were killed, not counting the gunman, who was shot dead by police.', 5, 0],
    ['The toll rose to nine, which does not count the suicide bomber, who also died.', 10, 0],
    ['The driver, who was not hurt, called the police.', 0, 0],
    // cuts with bruises, and "treated and released", tell the hurt
    ['Four riders suffered cuts and bruises in the fall.', 0, 4],
    ['Two people were treated and released at the scene.', 0, 2],
    ['The budget suffered cuts and the plan was released in May.', 0, 0],
    // a joiner after a capitalised word ("on Monday, and three staff …") joins no object, and throws nothing
    ['The blast killed two welders on Monday, and three staff are still unaccounted for, the firm said.', 2, 0],
    // …told near them: militants a strike killed, and a toll from another source paragraphs later, are one count
    ['The ministry said the strike had killed eight militants. It said no civilians were hurt. Elders disputed this. '
      + 'Later, a local chief said 14 villagers were dead.', 14, 0],
    // a ranked attacker is ranked among attackers, not among the victims counted before
    ['A bomber struck the checkpoint, killing nine people. A second attacker was shot dead by soldiers.', 10, 0],
    // a part of people no figure counts, with injuries
    ['Thirty people were rescued from the building, 12 of them with injuries, while three bodies were recovered.', 3, 12],
    ['A man with injuries was seen running from the house.', 0, 0],
    // two single victims of different kinds in one sentence are two; a noun that may take in the other is one
    ['A man was shot and a woman was wounded.', 0, 2],
    ['Police said the driver, 82, suffered minor injuries, while his wife, 79, was airlifted to hospital.', 0, 2],
    ['A man was shot on Elm Street, and a victim was taken to hospital.', 0, 1],
    // a death and a separate wounded victim
    ['A man was shot and killed and a woman was wounded.', 1, 1],
    ['A policeman was killed and another injured in the blast.', 1, 1],
    // coordinated victims add
    ['A 21-year-old man and a 23-year-old man were killed.', 2, 0],
    ['A suicide bomber killed a senior cleric and four of his students.', 5, 0],
    ['Four soldiers and 39 civilians were killed in the fighting.', 43, 0],
    // an attack's weapon or attackers, then a definite victim and those coordinated with it
    ['Gunmen killed the village chief, his wife and their three children.', 5, 0],
    ['A car bomb killed the deputy governor of Varn province and two of his bodyguards.', 3, 0],
    // a part of people no figure counts (the rescued) is none of the dead
    ['Seventeen migrants drowned when their boat capsized. Another 38 were rescued, four of whom were taken to hospital.',
      17, 4],
    // whom the police shot dead is none of those he hurt
    ['A man was shot dead by police in Tarvik on Thursday night after he stabbed an officer.', 1, 1],
    // a revised figure replaces the one before, with the further victims it came from
    ['The directorate gave a preliminary toll of 14 dead and 20 wounded, before revising it that evening to 16 dead and '
      + '23 wounded after three more wounded people were registered at a clinic.', 16, 23],
    // whoever counts puts its own toll at a figure, which replaces a count told before it
    ['Witnesses counted at least 10 bodies, but the ministry put the official toll at six dead and 23 wounded.', 6, 23],
    // the number killed, without "of"
    ['A second patient has died, raising the number killed in the coach crash to six. Eleven others were hurt.', 6, 11],
    // the attacker named among the dead is one of them
    ['Four people were killed in the shooting, including the gunman, who turned the weapon on himself.', 4, 0],
    // a hospital by its name, with injuries; treatment at the scene; an infirmary
    ['A man was pronounced dead at the scene and a woman was taken to Harnley General with head injuries.', 1, 1],
    ['A firefighter was treated at the scene for heat exhaustion.', 0, 1],
    ['Two children were pulled from the house. Both were taken to Corbrook Royal Infirmary.', 0, 2],
    // whoever counts puts the toll at a figure
    ['Officials put the death toll from the cyclone at 1,012, with 3,400 people injured.', 1012, 3400],
    // what a blaze left: a figure right after the verb, burns as the injuries
    ['The blaze at the mill killed 28 workers, most of them women, and left 61 others with burns.', 28, 61],
    // a count of deaths coordinated with one of injuries keeps its own outcome
    ['Officials confirmed one death in Tarrow Bay and 27 injuries across the island.', 1, 27],
    // a statistic over a year is not an event
    ['A woman was shot dead on Main Street. So far this year, 73 people have been killed in the city.', 1, 0],
    // the event itself says someone died
    ['Police are investigating a fatal shooting on Oak Street. The victim was 30.', 1, 0],
    ['Detectives said the deaths were a murder-suicide.', 2, 0],
    // a gunshot wound is being shot: the later death is the same victim
    ['A man suffered a gunshot wound on Pine Road. He was pronounced dead at the hospital.', 1, 0],
    // a figure in a sentence dated well before the main incident is background, not added
    ['A woman was shot on Main Street on Monday. In March 2023, five people were shot at the same corner.', 0, 1],
    // and so is an undated repeat of that background figure
    ['Two men were shot on Oak Street on Monday. A shooting there in May 2022 left four injured. That attack left four people injured.', 0, 2],
    // people shot two days or more before the main incident were hurt in another
    ['A boy was shot on Elm Street on Wednesday. On Monday, two girls were shot a few blocks away.', 0, 1],
    // a night spans two days: the day before is still the same incident
    ['Two men were wounded early on Sunday. A third man was shot late on Saturday.', 0, 3],
    // a follow-up days later is the same incident
    ['A man was shot on Elm Street on August 2. He died on Saturday.', 1, 0],
    // people found with gunshot wounds, or shot at a place, were hit
    ['Two women were found with gunshot wounds on the porch.', 0, 2],
    ['Four men who were shot at a birthday party will recover, doctors said.', 0, 4],
    // a further object after "and" shares the verb
    ['The gunfire injured two men and a 9-year-old boy.', 0, 3],
    ['The attack killed a guard and three visitors.', 4, 0],
    // a definite person and a possessed one before a plural verb are two victims; before a singular verb, one
    ['The pilot and his passenger died when the plane crashed.', 2, 0],
    ['Fourteen people perished in the fire.', 14, 0],
    ['The driver and her daughter were killed in the crash.', 2, 0],
    ['Police shot the gunman and his brother was wounded.', 0, 1],
    ['Police shot the gunman and two officers were hurt.', 0, 2],
    // the count after a definite person the verb names first (who may be the attacker, or counted before), unless
    // the verb's subject is the event, whose own victim the person is
    ['The crash killed the driver and three passengers on Sunday.', 4, 0],
    ['The gunman killed the driver and three passengers on Sunday.', 3, 0],
    ['A gunman shot a clerk and fled in a car.', 0, 1],
    ['Police are investigating the shooting of his 6-year-old son and his sister.', 0, 2],
    ['A woman is fighting for her life after a shooting on Monday.', 0, 1],
    // people recovering were hurt and survived
    ['Three people are recovering after being shot outside a bar.', 0, 3],
    // an emergency number is no count
    ['She called 911 saying she had been shot.', 0, 1],
    // a count of the year so far is a statistic
    ['Three children have been killed already in 2024 in accidents at home. A boy was shot on Monday.', 0, 1],
    // a large figure dated only by a year is that year's tally, not the incident's
    ['A man was shot on Elm Street on Monday. In 2023, 212 people were shot in the city.', 0, 1],
    ['Two men were wounded on Friday. By this time last year, 150 people had been shot here.', 0, 2],
    // a further victim who reached a hospital alone adds to the figure before
    ['Two men were taken to a hospital, and a third victim drove herself to a hospital later.', 0, 3],
    // "the other two" are further victims, not a repeat
    ['One guard was found dead at the gate while the other two died in hospital.', 3, 0],
    ['Three hikers were shot. One died and the other two were wounded.', 1, 2],
    // people hit and further people hit in one sentence are one figure, the dead taken from the whole
    ['One man was killed and three others were hurt. Two people were shot and two others were grazed by bullets.', 1, 3],
    // single victims of different ages are different people; the same age is the same person
    ['A stray bullet left a 2-year-old girl wounded. Nearby, a 30-year-old man had been shot in the arm.', 0, 2],
    ['A 30-year-old man was shot on Elm Street. A 30-year-old man was later taken to a hospital.', 0, 1],
    // "shot and injured his cousin": the one who shot is no victim
    ['A 12-year-old boy shot and critically wounded his 9-year-old cousin.', 0, 1],
    // those who survived a shooting were hurt
    ['A gunman shot four people on the bus. Three died at the scene and one survived.', 3, 1],
    // tallies over many shootings or a whole city are statistics, not the incident
    ['A teenager was shot on Oak Road. The holiday left nine people dead and 30 hurt in 25 shootings.', 0, 1],
    ['A woman was wounded on Friday. By Sunday at least 14 more people had been shot across the city.', 0, 1],
    ['A boy was killed on Sunday. In the past 14 months, nine residents were wounded by stray bullets.', 1, 0],
    ['A man was shot on Friday. A series of shootings overnight left three dead and five hurt.', 0, 1],
    ['A girl was wounded on Sunday. Four shootings overnight left nine people hurt.', 0, 1],
    ['A girl was wounded on Sunday. Such attacks have killed 41 people in the first ten months of the year.', 0, 1],
    ['A bus crash killed four on Monday. Storms had killed 30 people elsewhere in the country this week.', 4, 0],
    // a sentence that says it tells another incident adds that incident's figures
    ['A drone strike killed nine people and wounded 16. Separately, a roadside bomb killed a soldier and injured two others.', 10, 18],
    ['Gunmen killed four villagers on Monday. In another attack, two soldiers were killed at a checkpoint.', 6, 0],
    // (a toll stated after the aside still replaces what came before it)
    ['Four people were killed. Separately, two soldiers were killed. The overall death toll rose to 5.', 5, 0],
    // a small figure dated by a year is still an incident ("last year": a case now in court)
    ['Deputies arrested two men who shot three teenagers at a party last year.', 0, 3],
    // zero statements
    ['Fighting broke out near the border. No casualties were reported.', 0, 0],
    // an ordinal after a figure is one more, unless the figure already counts it
    ['Three soldiers were killed and a fourth was critically wounded in the ambush.', 3, 1],
    ['Three people were killed in the blast. A fourth died in hospital.', 4, 0],
    // an event's definite victim is one of its own, and one more counted with what was told before only once
    ['The crash killed the pilot. His two passengers survived with minor injuries.', 1, 2],
    ['Two people died. The crash killed the driver and his son.', 2, 0],
    // an event's own definite victim and a count after it are all its victims; an attacker before a count is not
    ['The crash killed the pilot and two passengers.', 3, 0],
    ['The plane came down in a field, killing the pilot and two passengers.', 3, 0],
    ['The blast killed the bomber and two bystanders.', 2, 0],
    // what a force lost are its own dead, more than those it killed
    ['The army said its troops had killed 40 militants and lost eight soldiers in the two-day battle.', 48, 0],
    ['The army lost eight soldiers in the battle.', 8, 0],
    // a wound named by the body part it is treated for
    ['A security guard was treated for a head wound after the robbery.', 0, 1],
    // what the victim was doing when hit is no end of the clause
    ['A stray bullet struck a 7-year-old girl sleeping in her bedroom; she is expected to survive.', 0, 1],
    ['Gunmen shot a boy playing in the street.', 0, 1],
    // "one" after "of" inside the victims is no count of its own
    ['Four members of one family were among the dead.', 4, 0],
    // a killer who turned his weapon on himself is one dead more, and none of those he shot
    ['A gunman killed four people before turning the gun on himself.', 5, 0],
    ['A man shot three people, killing one, before turning the gun on himself.', 2, 2],
    ['He turned the gun on himself and was taken to hospital in critical condition.', 0, 0],
    // an attacker shot dead is none of those he stabbed
    ['The attacker was shot dead by police after stabbing two people.', 1, 2],
    // a wound before "and taken to hospital" is the outcome: the wounded are not among the dead shot before them
    ['Gunmen killed a farmer on Thursday. The farmer was shot dead outside his house. His two sons were wounded and '
      + 'taken to hospital.', 1, 2],
    // attackers killed are others than their victims
    ['Three hostages and a police officer were killed during the siege, and six attackers died in the final assault.',
      10, 0],
    ['Militants attacked a checkpoint, killing four soldiers. The army said 15 militants were killed in the clashes '
      + 'that followed.', 19, 0],
    ['At least 12 people were killed, including three attackers.', 12, 0],
    // a list of single victims counts each member, and an ordinal victim after it adds
    ['A man, a woman, a teenager and a child were killed in the fire.', 4, 0],
    ['Three people were injured. The victims, a 37-year-old man, a 58-year-old man and a 64-year-old woman, were taken '
      + 'to hospitals. A fourth person, a 30-year-old man, showed up at a hospital with a graze wound.', 0, 4],
    // the deaths a bombing caused; a decade's toll is history, no part of the article's incident
    ['The bombing resulted in the deaths of nine people.', 9, 0],
    ['A soldier was killed on Monday. The junta killed 900,000 people in the 1960s.', 1, 0],
    ['A soldier was killed on Monday. The junta\'s purges caused the deaths of up to 900,000 people during its rule '
      + 'in the early 1960s.', 1, 0],
    // a count's people may take modifiers; one person named among the dead
    ['The attack killed six soldiers and two U.S. contractors.', 8, 0],
    ['A teenager was among those killed.', 1, 0],
    ['Twelve people were killed. A teenager was among the dead.', 12, 0],
    // the injured pulled out alive
    ['Four workers were pulled out alive with injuries, and the bodies of two others were recovered.', 2, 4],
    // a cut to a limb is a wound, one more beside the dead
    ['A man has died after being stabbed. A second man, aged 27, suffered a cut to his arm and was treated at the '
      + 'scene.', 1, 1],
    // a couple is two victims; "a couple of" is a count
    ['An elderly couple was killed when a tree fell on their house.', 2, 0],
    ['A young couple were injured in the crash.', 0, 2],
    ['A retired couple and their granddaughter were killed when floodwater carried their van into a ditch.', 3, 0],
    ['The blast injured a couple of people nearby.', 0, 2],
    // others than the couple killed, not more than the headline's figure
    ['Two killed, 11 hurt as storm hits town\n\nA tornado hit the town late Thursday, killing a couple in their home '
      + 'and injuring 11 other people.', 2, 11],
    // those who sought treatment were hurt
    ['Cholera killed two people in Kelby, and 340 more sought treatment at clinics.', 2, 340],
    // a possessive before the count
    ['A bolt of lightning killed a shepherd on the hill and injured his two nephews.', 1, 2],
    // a figure revised in the passive
    ['A count of 20 dead was revised down to 17 on Monday.', 17, 0],
    // a toll moved from the figure it had, with a word for which toll; the figure is not that of a range
    ['The final toll was lowered from 22 to 19 dead, with 40 people injured.', 19, 40],
    // the dead and the hurt each put at a figure ("27 and the injured" is no count of the injured)
    ['On Tuesday the governor put the number of the dead at 14 and the injured at 52.', 14, 52],
    // care the hurt needed; those whom the emergency services treated
    ['Two porters needed hospital care following a fume leak at the Kelby depot.', 0, 2],
    ['Two passers-by required medical attention.', 0, 2],
    ['Ambulance crews treated 11 people on site after a stage fell.', 0, 11],
    // the hurt a part of them is taken from, in a worse state than the rest
    ['Medics said six of the 14 hurt were still in intensive care after the blast at the depot.', 0, 14],
    // a combined total; treatment the hurt needed; a victim knocked down and killed; a figure revised later
    ['The two bombs killed 4 and 7 people; they hurt a combined total of 31.', 11, 31],
    ['Everyone left the burning coach, and only two riders needed treatment for light burns.', 0, 2],
    ['On Sunday two walkers were knocked down and killed as a tractor reversed.', 2, 0],
    ['The first counts of 12 deaths were subsequently revised up to 15.', 15, 0],
    // a clause after a semicolon has its own date, and last year's quake is background
    ['A flood last year killed 120 people in Kelby; on Sunday a storm hurt 9 residents.', 0, 9],
    // an event phrase that names an earlier year than the article's is a past event, alone in the article too
    ['The town marked the anniversary of the 2004 pit disaster, which killed 41 miners, with a silence.', 0, 0],
    ['A court jailed the organiser of the 2018 market bombing that killed 12 people for life.', 0, 0],
    // "both" counts two people
    ['Officers shot dead both attackers after they had killed three guards at the depot.', 5, 0],
    // a breakdown by place, in one sentence, adds up; a caption said twice does not
    ['In Kelby five people died, in Tarvik two died and eight were hurt, and in Harlow three people were injured.',
      7, 11],
    ['Two walkers died in Ashby County and three were killed in Lowe County.', 5, 0],
    ['Gallery: Fatal crash in Kelby Valley Gallery: Fatal crash in Kelby', 1, 0],
    // …the place told after the figures of a clause, and a next sentence that opens with its own place
    ['Nine people were killed and four injured in Kelby, five were killed and two injured in Tarvik. In Harlow '
      + 'district, two children drowned.', 16, 6],
    // a source revising its own figures; a monitor's higher figure before it does not stand
    ['The ministry said 20 were killed. A monitor said 25 had been killed. Late on Sunday the ministry revised its '
      + 'figures to 23 dead and 40 wounded.', 23, 40],
    // what the count stood at before, and more not yet counted, add nothing; those treated for a heat illness are hurt
    ['The heat has killed 31 people, up from the 24 deaths reported on Friday. A further nine deaths are still being '
      + 'verified. Clinics treated more than 600 patients for heat-related conditions.', 31, 600],
    // the hurt who died are the dead, whatever noun and appositive follow "of the injured"; a part of the hurt read by
    // its own rule after "including" is no figure they are taken from
    ['A blast killed six miners and hurt 15 people, including two rescuers who were treated for burns. Three of the '
      + 'injured miners, all brothers, died in hospital.', 9, 12],
    // people of a place or a vehicle, all of them, and others beside them
    ['The jet came down on a suburb, killing all 40 people aboard and two people on the road.', 42, 0],
    // the dead named are those counted, none of those taken to hospital
    ['A wall fell on the crowd, killing two people. The dead were named as Ana Ruiz, 44, and her son. Officials said 50 '
      + 'people were taken to hospital.', 2, 50],
    // a figure revised in the sentence after it
    ['Medics said at first that 12 riders were hurt. Later the transport agency revised that figure to 15.', 0, 15],
    // a year after "in" is no count
    ['Floods in 2019 killed more than 400 people across the country.', 400, 0],
    // a further count with the verb left out, in another place or treated for another harm; not a year
    ['Three people were killed in Harrowby and two in nearby Tarvik End as the tornado crossed the county.', 5, 0],
    ['Medics said 14 passengers were treated for cuts and 6 for shock at the station.', 0, 20],
    ['Two people were killed in Kelby on Friday and two in 2019.', 2, 0],
    // the day a span opened inside "since" ("since the cold snap started on May 2") dates no figure; a figure told of a
    // period named before ("That winter's floods") is an earlier event's; "N of those patients died" are of the hurt
    // told just before
    ['The cold has killed 21 people, the ministry said on Wednesday. Clinics have treated 60 people for hypothermia '
      + 'since the cold snap started on August 4. Nine of those patients died. The river froze in 1998. That winter\'s '
      + 'floods left 300 dead.', 21, 51],
    // bodies found are none of those admitted to hospital
    ['Divers recovered four more bodies on Tuesday, bringing the death toll in the ferry sinking to 12. Of the 90 '
      + 'people rescued, 26 were admitted to hospital, officials said. The four bodies were in the engine room.', 12, 26],
    // a day a span opens ("waited since Monday") does not date a figure as an earlier event's
    ['A tunnel caved in at the Kelby works on Sunday. Crews reached the last of the buried men on Wednesday, bringing '
      + 'the toll to 12. "Altogether 12 workers are dead and five were injured," the minister said at the gates, where '
      + 'families had stood since Monday.', 12, 5],
    // the figure a toll reached, then a clause of more bodies found: no second figure of bodies
    ['Officials first said five miners had died. By noon the toll reached 14 when divers found more bodies in the '
      + 'shaft.', 14, 0],
    // a figure the same sentence calls wrong is no figure
    ['A union told reporters that 15 miners had died, but the governor insisted the toll was inflated and that nine '
      + 'deaths were confirmed.', 9, 0],
    // hospitals throughout a city took in one event's hurt: no tally over the city
    ['A gas leak at the Kelby plant sickened workers on Monday. Nineteen workers were taken to hospitals throughout the '
      + 'city. Two remain in critical condition.', 0, 19],
    // those of the hurt who did not survive, told after the toll, are among its dead
    ['A coach left the road on Monday. A further two died in a hospital, raising the toll to 15. "We took in 22 '
      + 'injured people. Two of them did not survive their wounds," a surgeon said.', 15, 20],
    // the rest of the hurt, after the dead of them told with the whole, or set apart from them
    ['A boiler burst at a mill on Monday. Three workers died on site and two others died later, officials said, '
      + 'with 30 people hospitalised. The remaining 28 patients were treated for burns.', 5, 28],
    ['A stand collapsed at a derby on Sunday, killing nine. The hospital took in 33 casualties. Aside from the four '
      + 'who died there, 29 were hurt.', 9, 29],
    // a part of those rescued taken to hospital: none of them is counted dead
    ['A barge sank on Tuesday and 14 people died. Fishermen pulled 60 people from the river. Of them, 12 were admitted '
      + 'to hospital; the rest were unhurt. Two boys were among the dead.', 14, 12],
    // …but those told after to have died in hospital are of them
    ['A barge sank on Friday, killing 8. Rescuers pulled 40 people from the river. Of them, 15 were admitted to '
      + 'hospital. Three more passengers died in hospital on Saturday, taking the toll to 11.', 11, 12],
    // a yearly gathering's name is no yearly tally
    ['A crush at the annual Kelby River Fair killed 12 people on Monday. Thirty were hurt.', 12, 30],
    // a part admitted to hospital, "of whom", is of the treated; those told after add to the treated
    ['Fire swept a hostel on Friday. Thirty guests were treated for burns, nine of whom were flown to hospital. Three '
      + 'firefighters were also injured.', 0, 33],
    // exposure to a gas, a dislocated joint: people hurt
    ['A chlorine leak at a pool killed one man. Besides him, 31 swimmers were treated for chlorine exposure.', 1, 31],
    ['A climber dislocated her knee in the fall and was carried down on Sunday.', 0, 1],
    // a dash's aside after the victims; a report the sentence denies
    ['The two car bombs killed 17 people — 11 near the market and six at the depot — and wounded 40.', 17, 40],
    ['Reports that four miners had died in the cave-in were later dismissed by the company.', 0, 0],
    // a headline's "dozens" yields to the body's exact figure, and responders add to "others" (found on the new-user
    // trial's own report); a part of the dozens leaves them standing
    ['Tank blast: one dead, dozens hurt\n\nOne worker was killed and 19 others were hurt when a tank exploded on '
      + 'Monday. Later a wall fell and injured three firefighters.', 1, 22],
    ['Dozens were injured in Friday\'s crush; five of them are in a critical condition.', 0, 24],
    // responders hurt after victims of another kind are more; one of them told again is not
    ['A tank blew up at the depot on Monday. Nine workers were treated in hospital. Hours later a second explosion hurt '
      + 'two firefighters. One firefighter broke an arm.', 0, 11],
  ])('%s → killed %d, injured %d', (text, killed, injured) => {
    expect(totalsOf(text)).toEqual({ killed, injured });
  });

  it.each([
    // without a publication date "this year" has no value, and a large figure so dated is still the year's tally
    ['Gunmen killed eight guests at a wedding on Saturday. Armed gangs have killed more than 1,200 people in the region '
      + 'this year.', 8, 0],
    ['A man was shot on Friday. Two years ago, 40 people were shot in the town.', 0, 1],
    // without a publication date the year of "the 2018 bombing" may be the article's own
    ['A court jailed the organiser of the 2018 market bombing that killed 12 people for life.', 12, 0],
    // …but a figure dated by a named year or a month of one, beside the article's own, is an earlier event's
    ['A bus fell into a gorge on Monday, killing 9 people. In March 2021, 31 people died in a crash on the same road.',
      9, 0],
    ['Six people died in the fire on Friday. The 2009 collapse of a mine nearby killed 80 workers.', 6, 0],
    // …and so is a tally since a part of a month
    ['A bridge fell on Friday, killing three. Floods have left 52 people dead since mid-July, the ministry said.', 3, 0],
    // …and so is one dated by the last fiscal year
    ['Two people died in the crash on Friday. Some 1,800 people died on national roads during the last fiscal year.', 2, 0],
  ])('without a publication date: %s → killed %d, injured %d', (text, killed, injured) => {
    expect(extract(text, { published: null }).totals).toEqual({ killed, injured });
  });
});
