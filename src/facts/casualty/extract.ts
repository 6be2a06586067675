import type { Context } from '../../context.js';
import type { Draft } from '../common.js';
import type { FactModule } from '../types.js';
import { CasualtyFact, isPart, type FigureRole } from './schema.js';
import { casualtyRules, type CasualtyRule, type Outcome } from './patterns.js';
import { ACLED_RULES, casualtyConventions } from './conventions/acled.js';
import {
  AGGREGATE_CUES,
  ANY_COUNT,
  ATTACKER_NOUN,
  INCLUDING_NEXT,
  KILLER_HIMSELF,
  NOT_AMONG,
  NOT_IN_THE_FIGURES_AFTER,
  NOT_VICTIMS,
  SEASON_TOLL_BEFORE,
  ONE_DISASTER,
  OUTCOME_STEMS,
  TALLY_CUES,
  coordinatedCount,
  coordinatedObject,
  OBJECT_JOINER,
  coordinatedCouple, coordinatedDefinite, coordinatedName, coordinatedPerson,
  eventPattern,
  inComparisonAside,
  subsetPattern,
} from './context-patterns.js';
import { NUMBER_WORD_SOURCE, parseCount, type ParsedCount } from './numbers.js';
import { readClause, type Clause } from './clause.js';
import { HURT_AFTER_COUNT } from './rule-parts.js';
import { rx } from '../../util/regex.js';
import { withWrappedLinesJoined } from '../../util/wrapped-lines.js';
import { RANKS } from '../../lexicon/numbers.js';

type CasualtyDraft = Draft<CasualtyFact>;

// a toll that moved past its figure: "climbed past 100", "topped 100"
const TOLL_PAST = /\b(?:past|passed|passes|topped|tops|surpassed|surpasses|exceeded|exceeds) \S+$/i;
// a part that died of those just counted: "nine casualties, two of them fatal", "shot four, one fatally"
const FATAL_PART = /\b(?:fatal(?:ly)?|mortally)$/i;
// victims that add to a figure stated before: "three others", "another man", "two more people"
const ADDITIONAL = /\b(?:other|others|another|additional|further|more|second|third|fourth|fifth)\b/i;
// victims already introduced: "the five victims", "the man", "those"
const DEFINITE = /^(?:the|that|this|these|those|both|he|she|him|her)$|^(?:the|that|this|these|those|both)\b/i;
// outcomes that take no object, so need no auxiliary: "four people died", "two dead"
const INTRANSITIVE =
  /^(?:died|dies|die|dead|drowned|succumbed|passed|lost|in |suffered|sustained|suffering|sustaining|pronounced|declared|found|confirmed)/i;
// what follows an active verb: "killed the guard", "shot him"
const OBJECT_NEXT = rx('i')`^\s+(?:the|a|an|his|her|their|its|him|them|it|himself|herself|themselves|each other|one another|
  \d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|many)\b`;
// "a boy shot and critically injured his brother": a second active verb with its object
const VERB_AND_OBJECT = rx('i')`^,? and (?:[a-z]+ly )?(?:killed|injured|wounded|hurt|shot|struck|stabbed)\s+(?:the|a|an|his|
  her|their|its|him|them|himself|herself|\d+|one|two|three|four|five)\b`;
// "hundreds of wounded" → "wounded"; "scores of people" → "people"; "two of the dead" stays a partitive
const OF_OUTCOME = /^of(?: (?!(?:the|them|those|whom)\b)(.+))?$/i;
// "three children were among those killed": the victims are the children
// "four residents remain in critical condition": the victims are the residents
const AMONG_TAIL = /(?:^|\s+)(?:(?:were|was|are|is) among (?:the|those)|remain|remains|remained)$/i;

/** The victims as a reader names them: "twelve of the injured" → "injured" (not "of the"), "children were among
 * those killed" → "children". */
function shownVictims(victims: string, outcomeWord: string | undefined): string {
  if (/^of (?:the|those)$/i.test(victims) && outcomeWord) return outcomeWord.trim();
  return victims.replace(AMONG_TAIL, '');
}
const PARTICIPLE = /^(?:killed|wounded|injured|shot|hurt|murdered|executed|struck)$/i;
const PASSIVE = /\b(?:was|were|been|be|is|are|got|get|being)\b/i;
// a modal perfect before the figure's clause: "could have hit her and killed her", "would have died"
// (or what one would be doing now: "by now we would be mourning scores")
const MODAL_PERFECT_SOURCE =
  String.raw`\b(?:(?:could|would|might|should)(?: not|n['’]t)? have|(?:could|would|might)['’]ve|` +
  String.raw`(?:could|would|might)(?: now| still)? be (?:counting|burying|mourning|talking about|looking at|` +
  String.raw`dealing with)) `;
const HYPOTHETICAL = new RegExp(String.raw`${MODAL_PERFECT_SOURCE}(?:[\w'’-]+,? ){0,6}$`, 'i');
// (the same inside a match: "30 people could have died")
const MODAL_PERFECT = new RegExp(MODAL_PERFECT_SOURCE, 'i');
// a figure the same sentence then calls wrong: "a union said 12 had died, but the governor insisted the toll was
// inflated"
const REFUTED_AFTER = rx('i')`^[^.;:!?]{0,100}?, but [^.;:!?]{0,100}?\b(?:said|says|insisted|
  added)\b(?: that)? (?:th(?:at|is|e)|their|his|her) (?:figure|number|toll|count|claim|report)s? (?:was|were|is|
  are|had been) (?:wrong|incorrect|false|untrue|inaccurate|exaggerated|inflated)\b`;
// (or that the sentence's next phrase calls disputed: "the militia said it had killed 40 troops, a
// figure the ministry rejected")
const DISPUTED_AFTER = rx('i')`^[^.;:!?]{0,60}?, (?:(?:a|the) (?:figure|claim|number|toll|report|count)s?
  \x20(?:that |which )?(?:(?:was|were|has been|had been) )?(?:[\w'’-]+ ){0,4}?(?:denied|disputed|rejected|dismissed|
  refuted|said (?:it|they) could not (?:confirm|verify))\b|
  but [^.;:!?]{0,50}\b(?:said|says|insisted) (?:that )?(?:this|that|it|the (?:figure|claim|number|report)) (?:was|is)
  \x20(?:incorrect|wrong|inaccurate|false|untrue|not true|exaggerated|inflated)\b)`;
// (or takes back: "a union put the dead at five, but its leader then retracted the figure")
// (or, after what another source said, takes it back: "…, but police said some were listed twice, and the paper
// has since retracted that figure", "…; the council said it had no basis and the mayor withdrew it")
const WITHDRAWN_AFTER = rx('i')`^[^.;:!?]{0,100}?(?:,? but (?:[^.;:!?]{0,100}? )?|; [^.;:!?]{0,120}? )
  (?:withdrew|retracted|corrected|deleted)\x20(?:(?:that|the|this|its|their) (?:figure|claim|number|toll|count|report|
  post)\b|it\b(?! from))`;
// (or that a source's count holds the missing: "a monitor put the dead at 30, but that figure counts five still
// missing")
const COUNTS_THE_MISSING_AFTER = rx('i')`^[^.;:!?]{0,60}?, but (?:its|their|the|that|this) (?:count|figure|toll|tally|
  number) (?:also )?(?:includes?|counts?) [^.;:!?]{0,60}\b(?:missing|unaccounted for)\b`;
// a sentence that takes back or rejects the figure the sentence before told: "It withdrew the figure hours later",
// "The navy rejected those figures outright" (not one that names what it rejects: "denied the claim that …")
// (its subject a few words, no figure of its own: "The union said six had died, but then retracted the figure")
// (or calls it groundless, or unconfirmed: "Ministers called the claim false", "The agency said the union's count had
// not been confirmed", "The police said they could not verify the figure")
// (or removes the message that told it, or corrects it: "The band posted that a fan was dead. It deleted the message
// soon after", "He corrected the figure a day later, as two of the missing turned up unhurt")
const A_FIGURE_TOLD = String.raw`(?:figures?|claims?|reports?|numbers?|tolls?|counts?|posts?|messages?|statements?|` +
  String.raw`tweets?)\b`;
const TAKEN_BACK_NEXT = rx('i')`^(?:[\w'’",-]+ ){0,8}?(?:later |then |since |quickly |swiftly )?(?:
  (?:withdrew|retracted|rejected|dismissed|denied|disputed|refuted|deleted|removed|corrected)\x20(?:the|that|this|its|
  their|those|these)
  \x20${A_FIGURE_TOLD}(?! of\b| that (?!(?:morning|afternoon|evening|night|day|week)\b))|
  (?:called|described) (?:the|that|this|its|their) ${A_FIGURE_TOLD} (?:as )?["“]?(?:baseless|false|unfounded|untrue|
  exaggerated|inflated|wrong|propaganda)\b|
  said (?:(?:the|that|this|its|their) )?(?:[\w-]+['’]s? )?${A_FIGURE_TOLD} (?:had|has|have) not been (?:independently )?
  (?:verified|confirmed)\b|
  said (?:it|they) could not (?:independently )?(?:confirm|verify) (?:the|that|this|its|their) ${A_FIGURE_TOLD})`;
// (or after what else they hold: "The total includes the figures from both towns as well as a death at a farm")
const FIGURE_INCLUDES_BEFORE = rx('i')`\b(?:figure|count|toll|total|tally|number)s? (?:also )?(?:includes?|included)
  (?: [^.;:!?]{1,60}?(?: as well as|,? and|, plus))? $`;
const UNHARMED_AFTER = rx('i')`^[^.;:!?]{0,50}? (?:and|but) (?:were |was )?(?:later |otherwise )?(?:found to be |
  declared )?(?:unharmed|unhurt|uninjured)\b`;
const NOT_AMONG_BEFORE = new RegExp(`\\bnot ${NOT_AMONG} (?:(?:the|those) )?$`, 'i');
const OWN_CLAUSE = /^[\w-]+ (?:were|was|are|is|had|have|has)\b/i;
const THEY_OPENING = /^(?:They|These|Those|He|She|Both|All)\b/;
// …unless that sentence holds two sources' figures: "Police said five had died, while a rights group put it at 12"
const TWO_SOURCES = /\b(?:while|whereas)\b|\bbut\b[^.;]{0,60}\b(?:said|says|put|puts|reported|counted)\b/i;
// a share of a group: "half of the", "roughly a third of the"
const SHARES: Record<string, number> = {
  half: 1 / 2, athird: 1 / 3, onethird: 1 / 3, aquarter: 1 / 4, onequarter: 1 / 4, twothirds: 2 / 3,
  threequarters: 3 / 4,
};
const SHARE_VERB = /\b(?:were|was|are|is|have|has|had|suffered|sustained)\b/i;
const SHARE_OF_BEFORE = new RegExp(String.raw`(?<![\w-])(?<about>(?:about|around|roughly|nearly|almost|some) )?` +
  String.raw`(?<share>half|(?:a|one)[- ](?:third|quarter)|two[- ]thirds|three[- ]quarters) of $`, 'i');
const ALL_BUT_BEFORE = /\b[Aa]ll but $/;

// the dead reported who were found alive: "two climbers reported dead have since turned up safe"
const FOUND_ALIVE_AFTER =
  /^,? (?:had|have|has|were|was) (?:since |later |now )?(?:been )?(?:found|turned up) (?:alive|safe)\b/i;
// a report the sentence opens with, then denies: "Reports that nine had drowned were later withdrawn by police"
const REPORT_THAT_BEFORE = /\b(?:[Rr]eports?|[Cc]laims?|[Rr]umou?rs?) that (?:[\w'’-]+ ){0,3}$/;
const DENIED_AFTER = rx('i')`^[^.;:!?]{0,80}?\b(?:was|were|have been|has been|had been)(?: later| since| quickly)?
  \x20(?:denied|dismissed|retracted|withdrawn|refuted|shown to be (?:false|wrong))\b`;
// a report or a figure a verb of the sentence denies before it: "Officials denied rumours that 60 pilgrims had
// died", "The navy rejected claims that 20 sailors were killed", "The ministry disputed the figure of 30 dead"
const DENYING_VERB = /\b(?:den[iy]|dismiss|reject|disput|refut)/i;
const DENIED_BEFORE = rx('i')`\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|disput(?:es|ed|ing|e)|
  refut(?:es|ed|ing|e))\x20(?:[\w'’-]+ ){0,3}?(?:(?:reports?|claims?|rumou?rs?|allegations?|suggestions?) that (?:[\w'’-]+ ){0,3}|
  (?:(?:the|a|an) )?(?:(?:earlier|initial|first|previous) )?(?:figure|toll|count|number|claim|report) of
  \x20(?:some |about |around |at least |more than )?)$`;
// a war, a season, a wave that has killed, in the figure's clause: its own verb's tense before the count's verb
// (not an outbreak's, which is one event's: "The outbreak has killed 19 people")
const WIDER_EVENT_BEFORE = rx('i')`\b(?:war|conflict|insurgency|uprising|season|wave|spate|surge)\b[^;:.!?]{0,60}?
  \b(?:has|have|had)(?: so far| already| now)? $`;
// a verb in its bare form after a modal tells what may come, not what came: "a breach would kill hundreds"
const MODAL_BEFORE = /\b(?:could|would|might|may|can|will|shall|should|must)(?: not|n['’]t)?(?: [a-z]+ly)? $/;
const BARE_VERB = /^(?:kill|injure|wound|hurt|maim)\b/i;
// an aim, a threat or a failed attempt before the verb: "planned to kill 20 people", "threatened to kill 10 hostages"
// two people no harm came to: "Neither the skipper nor his deckhand was hurt" (the match may open at either)
const NEITHER_NOR_BEFORE = /\b[Nn]either (?:(?:[\w'’-]+ ){1,5}nor ?)?$/;
const INTENDED = rx('i')`\b(?:plan(?:s|ned|ning)?|plot(?:s|ted|ting)?|want(?:s|ed)?|intend(?:s|ed|ing)?|intent|
  hop(?:es|ed|ing)|threat(?:s|en|ens|ened|ening)?|vow(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|
  s(?:eek|eeks|ought|eeking)|aim(?:s|ed|ing)?|conspir(?:ed|ing|acy)|about|going|enough|able|fail(?:s|ed|ing)?|
  ready|willing|prepared|designed|meant) to $`;
// a sentence that tells a drill or a story, no event: "Rescuers ran a simulated ferry sinking with 60 casualties", "In
// the novel, a flood kills 30 villagers", "in the remake nine characters get killed off"
const PRETENDED = rx('i')`\b(?:simulat(?:ed|es|ing|ion)|
  (?:emergency|evacuation|disaster|mass[- ]casualty) (?:drill|exercise)s?|
  (?:in|of) the (?:film|movie|novel|book|play|series|video game|episode)(?:'s (?:plot|story))?,|
  characters (?:are|were|get|got) killed|killed off)`;
const AMONG_THE_DEAD = /^\W*among (?:the|those) (?:dead|killed|slain|fatalities)\b/i;
const AMONG_THE_HURT = rx('i')`^\W*among (?:the|those) (?:injured|wounded|hurt|hospitali[sz]ed|
  (?:who were )?(?:taken|admitted|rushed|airlifted) to (?:the |a )?hospitals?)\b`;
const ONE: ParsedCount = { count: 1, min: null, max: null, approximate: false };
const TWO: ParsedCount = { ...ONE, count: 2 };
const ZERO: ParsedCount = { count: 0, min: null, max: null, approximate: false };

// no-break and thin spaces: between digit groups a thousands separator ("1 200"), elsewhere a space;
// one character for one, so offsets stay true
const DIGIT_GROUP_SPACE = /(?<=\d)[\u00a0\u2007\u2009\u202f](?=\d{3}(?!\d))/g;
const ODD_SPACE = /[\u00a0\u2007\u2009\u202f]/g;
// (and a hard-wrapped line's break is a space, as the parser read it: util/wrapped-lines.ts)
const readableSpaces = (text: string): string =>
  withWrappedLinesJoined(text.replace(DIGIT_GROUP_SPACE, ',').replace(ODD_SPACE, ' '));

// words of violence, accidents, disasters and their aftermath: an article without any tells of no casualty event
const HARM_WORDS = rx('i')`\b(?:shot|shoot|gun|kill|murder|homicide|attack|bomb|blast|explo|stab|crash|collision|fire|
  flood|quake|storm|hurricane|cyclone|typhoon|tornado|landslide|avalanche|wound|injur|hurt|victim|assault|violence|
  accident|clash|strike|raid|ambush|war|fighting|overdose|drown|poison|outbreak|epidemic|assassinat|execut|lynch|
  behead|massacr|slain|slay|martyr|scene|pronounced dead|found dead|strangl|suffocat|smother|mauled|
  gored|collaps|wreckage|rubble|struck by a)`;
// the same subject's death after its injury, a few words on: "… and died there on Sunday", "shot himself as officers
// entered the hall and was pronounced dead"
const DIED_AFTER = rx('i')`^(?: (?!and\b)[\w.'’-]+){0,8}?,? and (?:later |eventually |then |subsequently )?(?:died|
  succumbed|passed away|was (?:later )?(?:pronounced|declared) dead)\b`;
// someone's kin: "her husband", "his late mother" (not "his passenger": one with him when it happened)
const KIN = /^(?:his|her|their|my|our) (?:late )?(?:husband|wife|son|daughter|father|mother|brother|sister|partner|parents?|grand\w+)\b/i;
// (a hospital in lower case is where the hurt are taken; a named one, "St. Olaf's Hospital", is an employer too)
const HOSPITAL_WORDS = /\b(?:hospital|clinic)/;
// a charge of killing in the sentence of a shooting: "convicted of second-degree murder for shooting his neighbour"
// (the charge for that shooting, not one beside it: "charged with murder and accused of shooting" two who lived)
// ("two men face murder charges over the accidental shooting of their friend")
const KILLING_CHARGE = String.raw`\b(?:murder|manslaughter|homicide)\b`;
const MURDER_CHARGE = new RegExp(
  String.raw`(?:\b(?:convicted|charged|guilty|accused|indicted|sentenced|fac(?:e|es|ed|ing))\b.{0,80}?${KILLING_CHARGE}` +
    String.raw`|${KILLING_CHARGE} (?:charges?|counts?))` +
    String.raw`.{0,40}?\b(?:for|in|after|over) (?:the )?(?:fatal |accidental |deadly )?(?:shooting|stabbing|beating)\b`,
  'i',
);
// ("plus two medics hurt at the scene", "; in addition, a nurse was hurt": inside a sentence, as one opening with
// "In addition" may add another matter)
const ALSO_BEFORE = /\b(?:[Aa]lso|plus|in addition,?|additionally,) $/;
// (or after an opening that says so: "In addition to those, two wardens were hurt")
const ADDITION_OPENING = /^(?:[Ii]n addition to|[Bb]esides|[Oo]n top of) [^,;:]{1,40}, $/;
// (or, for the hurt, "In addition," opening the sentence, their figure's subject right after: "In addition, volunteer
// medics treated 25 people"; the dead told so may be another event's: "In addition, nine soldiers were killed when
// their helicopter crashed last spring")
const HURT_IN_ADDITION = /^In addition, (?:[\w'’-]+ ){0,3}$/;
const CONTRACTED_NEGATIVE = /\b[a-z]+n['’]t\b/i;
// the hurt told as those who then died: "after three wounded men died overnight" (they are among the dead)
// (where or when they were hurt may come between: "Four men hurt in the Friday raid died overnight")
const HURT_WHO_DIED_AFTER = new RegExp(String.raw`^ (?:(?:in|at|during|by) (?:(?!and\b)[\w'’-]+ ){1,4}?)?` +
  String.raw`(?:(?!and\b)[a-z]+ )?(?:(?:later|also|then|have|has|had|subsequently) )*(?:died|succumbed)\b`);
// "…, including a porter who died later and ": the list of those included, still open before the figure
const INCLUDING_LIST_BETWEEN = /^(?: [^,;:.!?]{1,60})?,? (?:including|among them) [^;:.!?]{1,80} and $/i;
// an "if" clause opening the sentence (or a quotation), the figure inside it before its comma
const CONDITION_OPENING = /(?:^|[.!?]\s+|["“]\s*)(?:If|Unless|Should) [^,;:.!?"”]{0,70}$/;
const ATTEMPTED_MURDER = /\battempted\b.{0,30}?\b(?:murder|manslaughter|homicide)\b/i;

// a sentence opening with the whole its figure is a part of: "Of the 26 people injured, …"
const FRONTED_OF = /^Of (?:the|those|these) /;
const POSSESSIVE_OPENING = /^(?:his|her|their|its) /i;
const FRONTED_OF_THOSE = /^(?:Of|Among) (?:those|them|these)(?: [\p{Ll}-]+){0,3}, $/u;
// the attacker named among the dead: "including the gunman"
const INCLUDED_ATTACKER = new RegExp(`\\b(?:including|among them) the ${ATTACKER_NOUN}\\b`);
// a toll over a period: "deaths across the region so far this year"
const PERIOD_TOLL = /\b(?:so far )?this (?:month|year|week)\b/i;
// the first of a pair told alive: "One was resuscitated", "One survived"
const ONE_OF_THEM_SURVIVED =
  /^One(?: of them)? (?:was |has been |had been )?(?:revived|resuscitated|survived|rescued)\b/;
// the words of a rank: "second", "ninth"
const RANK_WORDS = Object.keys(RANKS).join('|');
// one more death that gives the toll: "a ninth person", "a seventh victim" (not "a second patient", who may be one of
// some)
// (or one of the people the event hurt, by what they were: "a fourth miner died overnight", "a second dockworker")
const RANKED_PEOPLE = '(?:person|victim|[a-z]*worker|miner|passenger|pilgrim|child|man|woman|boy|girl|student|pupil|' +
  'soldier|officer|firefighter|climber|tourist|resident|villager|fan|driver|crew member)';
const ORDINAL_DEATH = rx('i')`^an? (${RANK_WORDS}) ${RANKED_PEOPLE}$`;
// …set off before the one who died: "a sixth victim, a porter,"
const ORDINAL_DEATH_SET_OFF = rx('i')`\ban? (${RANK_WORDS}) (?:person|victim), $`;
// a victim ranked among many: "the fourth child", "the 12th", "the latest"
const RANKED_AMONG_MANY =
  rx('i')`^the (?:[\w-]+ )?(?:${RANK_WORDS}|\d+(?:st|nd|rd|th)|latest|last|first)\b`;
// a player's injury: words of training, fixtures missed and the muscles sport strains
const SPORTS_INJURY = rx('i')`\b(?:in training|training session|will miss|(?:is|are|was|were) ruled out|sidelined|hamstring|groin|
  cruciate|ligament|(?:the )?rest of the season|injury list|injured list)\b`;
// a source's own statement of its figure goes first: the general rules would read it as one more figure
const RULES_WITH_CONVENTIONS: readonly CasualtyRule[] = [...ACLED_RULES, ...casualtyRules];

export function extractCasualties(ctx: Context): CasualtyDraft[] {
  const facts: CasualtyDraft[] = [];
  // where each figure's victims stand in its clause, as its rule read them
  const victimsAs = new Map<CasualtyDraft, 'subject' | 'object'>();
  for (const [index, sentence] of ctx.sentences.entries()) {
    // (a sentence that only revises a figure told before holds no word of harm: "the agency revised that figure to 15")
    if (sentence.text.length < 4 || PRETENDED.test(sentence.text)
      || !OUTCOME_STEMS.test(sentence.text)
      && !(facts.length > 0 && (REVISES_A_FIGURE.test(sentence.text) || IT_MOVED_TO.test(sentence.text)))) continue;
    const text = readableSpaces(sentence.text);
    const inSentence: CasualtyDraft[] = [];
    const taken: Array<[number, number]> = [];
    const free = (start: number, end: number): boolean => !taken.some(([a, b]) => start < b && end > a);
    const counted = ANY_COUNT.test(text);
    for (const rule of casualtyConventions.acled ? RULES_WITH_CONVENTIONS : casualtyRules) {
      if ((rule.counted && !counted) || (rule.cue && !rule.cue.test(text))) continue;
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
        if (m[0].length === 0) {
          rule.pattern.lastIndex++;
          continue;
        }
        const start = sentence.start + m.index;
        const end = start + m[0].trimEnd().length;
        if (!free(start, end)) continue;
        // "it could have killed her": what did not happen
        // (or inside the match, between the count and its outcome: "30 people could have died")
        // (not one told after "but" or a semicolon, what did happen: "the ship could have sunk with all hands, but the only
        // person injured was the cook")
        const window = text.slice(Math.max(0, m.index - 60), m.index);
        if (HYPOTHETICAL.test(window) && HYPOTHETICAL.test(window.replace(/^[\s\S]*(?:, but |; )/, ''))
          || MODAL_PERFECT.test(m[0])) continue;
        if (INTENDED.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        // "If the 14 still unaccounted for have died, the toll stands at 40": a condition, not what happened
        if (CONDITION_OPENING.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
        if (BARE_VERB.test(m[0]) && MODAL_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
        if (NEITHER_NOR_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
        if (REFUTED_AFTER.test(text.slice(m.index + m[0].length))) continue;
        if (DISPUTED_AFTER.test(text.slice(m.index + m[0].length))) continue;
        if (WITHDRAWN_AFTER.test(text.slice(m.index + m[0].length))) continue;
        if (COUNTS_THE_MISSING_AFTER.test(text.slice(m.index + m[0].length))) continue;
        // ("…; the pair are not among the 14 taken to hospital": the count others are told apart from, told again)
        if (NOT_AMONG_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
        if (m.groups?.killed !== undefined && FOUND_ALIVE_AFTER.test(text.slice(m.index + m[0].length))) continue;
        if (REPORT_THAT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
          && DENIED_AFTER.test(text.slice(m.index + m[0].length))) continue;
        const denialWindow = text.slice(Math.max(0, m.index - 80), m.index);
        if (DENYING_VERB.test(denialWindow) && DENIED_BEFORE.test(denialWindow)) continue;
        // "three officers weren't wounded": no rule reads a negative, so one inside a match is a word slot's
        if (CONTRACTED_NEGATIVE.test(m[0])) continue;
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
        const clause = subjectClause(ctx, m, sentence.start);
        const fact = draftFrom(rule, m.groups ?? {}, ctx.text.slice(start, end), start, end, after, clause);
        if (!fact || fact.kind === 'injured' && HURT_WHO_DIED_AFTER.test(after)) continue;
        // ("Eight staff stayed on a ward for tests but were declared uninjured": no one hurt)
        if (fact.kind === 'injured' && UNHARMED_AFTER.test(text.slice(m.index + m[0].length))) continue;
        // "a gunfight that also left two soldiers dead": more victims than those told before
        // (or inside the match, after its subject: "Ambulance crews also treated five people")
        // (or the sentence says they are not in the figures told: "…; these are not counted in the totals given")
        if (ALSO_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index)) || /^(?:[\p{L}-]+ ){1,3}also /u.test(m[0])
          || ADDITION_OPENING.test(text.slice(0, m.index))
          || fact.kind === 'injured' && HURT_IN_ADDITION.test(text.slice(0, m.index))
          || NOT_IN_THE_FIGURES_AFTER.test(text.slice(m.index + m[0].length))) fact.additional = true;
        // ("Two divers blacked out. One was resuscitated. The other, Ian Tey, died": the other of a pair whose
        // first the sentence before kept alive is the one who died, maybe already counted; not one more dead)
        if (fact.additional && /^the other$/i.test(fact.victims ?? '') && index > 0
          && ONE_OF_THEM_SURVIVED.test(ctx.sentences[index - 1]!.text)) fact.additional = false;
        // ("Kelby General's figure includes two porters": a part of a count told before)
        if (FIGURE_INCLUDES_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index))) {
          Object.assign(fact, { figure_role: 'part', reason: `${fact.reason}+figure-includes` });
        }
        // "Roughly a third of the 45 hikers were injured": the share of a group, the group's count no casualty figure
        // (not a share of the hurt, told by a participle: "half of the 40 fans hurt were stewards")
        const share = fact.count > 1 && /^the\b/i.test(m[0]) && SHARE_VERB.test(m[0])
          ? SHARE_OF_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index)) : null;
        if (share) {
          const count = Math.round(fact.count * SHARES[share.groups!.share!.toLowerCase().replace(/[- ]/g, '')]!);
          fact.start -= share[0].length;
          Object.assign(fact, { count, min: null, max: null, approximate: fact.approximate || !!share.groups!.about,
            anaphoric: false, text: ctx.text.slice(fact.start, end) });
        }
        // ("All but three of the 22 pupils were hurt": the group less those left out)
        const allBut = fact.figure_role === 'partitive'
          ? ALL_BUT_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index)) : null;
        const whole = allBut ? parseCount(/^[\w-]+ of the ([\w,-]+)/.exec(m[0])?.[1] ?? '')?.count : undefined;
        if (allBut && whole !== undefined && whole > fact.count) {
          fact.start -= allBut[0].length;
          Object.assign(fact, { count: whole - fact.count, min: null, max: null, figure_role: 'figure', anaphoric: false,
            reason: fact.reason.replace('+partitive-subset', '+all-but'), text: ctx.text.slice(fact.start, end) });
        }
        if (rule.victimsAs) victimsAs.set(fact, rule.victimsAs);
        taken.push([fact.start, end]);
        inSentence.push(fact);
      }
    }
    // "the striker suffered a broken leg in training", "three players are injured and will miss the final": a
    // player's injury is no casualty of an event
    if (SPORTS_INJURY.test(text)) {
      for (let i = inSentence.length - 1; i >= 0; i--) if (inSentence[i]!.kind === 'injured') inSentence.splice(i, 1);
    }
    inSentence.sort((a, b) => a.start - b.start);
    addCoordinated(inSentence, text, sentence.start, free, taken, victimsAs);
    addCoordinatedObjects(inSentence, text, sentence.start, free, taken, victimsAs);
    // "a herder and six of her goats drowned": one's animals, read to find the one coordinated with them, are
    // no victims
    for (let i = inSentence.length - 1; i >= 0; i--) {
      const possessed = POSSESSIVE_OPENING.exec(inSentence[i]!.victims ?? '');
      if (possessed && NOT_VICTIMS.test(inSentence[i]!.victims!.slice(possessed[0].length))) inSentence.splice(i, 1);
    }
    if (counted && inSentence.length > 0) addSubsets(inSentence, text, sentence.start, free);
    addWholesOfTheHurt(inSentence);
    // "eight were wounded, including a porter who died later and a cook shot in the leg": a later member of
    // the list of those included, after one of another outcome, is a part too
    for (let i = 2; i < inSentence.length; i++) {
      const part = inSentence[i]!;
      const whole = inSentence[i - 2]!;
      if (whole.kind !== part.kind || whole.kind === inSentence[i - 1]!.kind || whole.figure_role !== 'figure'
        || part.figure_role !== 'figure' || part.count >= whole.count) continue;
      // (not a clause of its own: "…, including a cook who died, and nine others were given oxygen on site")
      if (INCLUDING_LIST_BETWEEN.test(ctx.text.slice(whole.end, part.start)) && !OWN_CLAUSE.test(part.text)) {
        Object.assign(part, { figure_role: 'part', reason: `${part.reason}+including-subset` });
      }
    }
    for (let i = 1; i < inSentence.length; i++) {
      const [whole, part] = [inSentence[i - 1]!, inSentence[i]!];
      const between = ctx.text.slice(whole.end, part.start);
      // "three people were injured, including a girl who died": the dead are among the injured
      // ("nine casualties, two of them fatal": so are the fatal ones among the casualties)
      const fatalOfThem = FATAL_PART.test(part.text) && /^,\s*$/.test(between);
      if (whole.kind === 'injured' && part.kind === 'killed' && (INCLUDING_NEXT.test(between) || fatalOfThem)) {
        whole.hit = true;
      }
      // "15 were hurt, including two rescuers who were treated for burns": a part its own rule read
      if (whole.kind === part.kind && whole.figure_role === 'figure' && part.figure_role === 'figure'
        && part.count < whole.count && INCLUDING_NEXT.test(between)) {
        Object.assign(part, { figure_role: 'part', reason: `${part.reason}+including-subset` });
      }
      // "Of the 26 people injured in the blast, four later died": the figure after a fronted "of the …" is part of it
      if (part.figure_role === 'figure' && whole.figure_role === 'figure'
        && FRONTED_OF.test(ctx.text.slice(sentence.start, whole.end)) && /^[^,;]*, $/.test(between)) {
        Object.assign(part, { figure_role: 'partitive', reason: `${part.reason}+partitive-subset` });
        // (the dead of the hurt are the hurt's: "Of the 26 injured, four later died")
        if (whole.kind === 'injured' && part.kind === 'killed' && !part.victims) part.victims = 'injured';
      }
      // "six were seriously injured and 11 slightly injured": the slightly hurt are others than the seriously hurt
      if (whole.kind === part.kind && whole.figure_role === 'figure' && part.figure_role === 'figure'
        && /^,? (?:and|while|with) $/.test(between) && severityDiffers(whole.text, part.text)) part.additional = true;
      // "Four people were killed, including the gunman, who turned the weapon on himself": the killer is one of the four
      const killedHimself = whole.kind === 'killed' && part.kind === 'killed' && KILLER_HIMSELF.test(part.victims ?? '');
      if (killedHimself && INCLUDED_ATTACKER.test(between)) {
        Object.assign(part, { additional: false, figure_role: 'partitive' });
      }
    }
    // "Of them, eight were admitted to hospital": a part of people the sentence before counted (rescued,
    // evacuated), as a fronted "of" calls them back
    const opening = inSentence[0];
    if (opening?.figure_role === 'figure' && FRONTED_OF_THOSE.test(ctx.text.slice(sentence.start, opening.start))) {
      Object.assign(opening, { figure_role: 'partitive', reason: `${opening.reason}+partitive-of-those` });
    }
    // "revising it that evening to 16 dead and 23 wounded": a revised figure replaces what was told before, as a toll
    // does (and the figure joined to it by "and")
    for (let i = 0; i < inSentence.length; i++) {
      const fact = inSentence[i]!;
      if (fact.figure_role !== 'figure') continue;
      if (!REVISED_TO.test(ctx.text.slice(Math.max(sentence.start, fact.start - 80), fact.start))) continue;
      fact.figure_role = 'toll';
      const next = inSentence[i + 1];
      if (next?.figure_role === 'figure' && ctx.text.slice(fact.end, next.start) === ' and ') next.figure_role = 'toll';
    }
    // "first said 30 people had died, but later revised the figure up to 41": a bare count the figure was revised to
    // is the figure before it, as a toll
    // (the sentence before's figures, for one revised here)
    const last = facts.at(-1);
    const justBefore = last && sentence.index > 0 && last.start >= ctx.sentences[sentence.index - 1]!.start
      ? last : undefined;
    addRevisedFigures(inSentence, justBefore, text, ctx.text, sentence.start, free, taken);
    addTollMovedByIt(inSentence, justBefore, text, ctx.text, sentence.start, free, taken);
    // "A ninth person has died": the death that brings the toll to its rank states the toll
    // (or an appositive after the rank names the one who died: "and a sixth victim, a porter, died at dawn")
    for (const fact of inSentence) {
      const rank = (ORDINAL_DEATH.exec(fact.victims ?? '')
        ?? ORDINAL_DEATH_SET_OFF.exec(ctx.text.slice(Math.max(sentence.start, fact.start - 30), fact.start)))
        ?.[1]?.toLowerCase();
      if (rank === undefined || fact.kind !== 'killed' || fact.count !== 1 || fact.figure_role !== 'figure') continue;
      const reason = `${fact.reason}+ordinal-toll`;
      Object.assign(fact, { count: RANKS[rank]!, figure_role: 'toll', additional: false, reason });
    }
    // "the remaining 17 wounded stay in care", after some of the hurt died: those still hurt, as a toll; after a figure
    // of the hurt or a part of it ("Of the 20 hurt, four are on ventilators. The remaining 16 …"), the rest of that
    // whole, a part of it
    for (const fact of inSentence) {
      if (fact.kind !== 'injured' || fact.figure_role !== 'figure' || fact.count < 2) continue;
      // ("Aside from the three who died, 16 remain in hospital": those still hurt, as a toll)
      const before = (n: number): string => ctx.text.slice(Math.max(sentence.start, fact.start - n), fact.start);
      const apartFromTheDead = APART_FROM_THE_DEAD.test(before(60));
      if (!apartFromTheDead && !REMAINING_BEFORE.test(before(20))) continue;
      const previous = [...facts, ...inSentence].filter((f) => f.end <= fact.start).at(-1);
      // (not where the difference died, told with the whole: "41 were hospitalised … two more died … the remaining 39")
      const diedSince = previous !== undefined && previous.count > fact.count && [...facts, ...inSentence].some((f) =>
        f.kind === 'killed' && f.count === previous.count - fact.count
        && f.start >= ctx.sentenceAt(previous.start).start && f.end <= fact.start);
      const restOfWhole = previous?.kind === 'injured' && !diedSince && !apartFromTheDead
        && (previous.figure_role === 'partitive' || previous.count > fact.count);
      Object.assign(fact, restOfWhole ? { figure_role: 'partitive', reason: `${fact.reason}+remaining-part` }
        : { figure_role: 'toll', additional: false, reason: `${fact.reason}+remaining` });
    }
    // "Among the dead was a trader, who was shot": one victim named among the dead was killed, not only hit; so is one
    // whose shooting a murder charge is for ("convicted of murder for shooting his neighbour")
    if (AMONG_THE_DEAD.test(text) || MURDER_CHARGE.test(text) && !ATTEMPTED_MURDER.test(text)) {
      for (const fact of inSentence) if (fact.hit && fact.count === 1) Object.assign(fact, { kind: 'killed', hit: false });
    }
    // "Among those taken to hospital were a pilot and a man with a broken arm": people named among the
    // hurt counted before are a part of them (with none counted before, they are the hurt the article tells)
    if (AMONG_THE_HURT.test(text)) {
      const hurtBefore = facts.reduce((n, f) =>
        (f.kind === 'injured' && f.figure_role !== 'part' ? Math.max(n, f.count) : n), 0);
      for (const fact of inSentence) {
        if (fact.kind === 'injured' && (fact.figure_role === 'figure' || fact.figure_role === 'coordinated')
          && fact.count <= hurtBefore) {
          Object.assign(fact, { figure_role: 'part', reason: `${fact.reason}+among-the-hurt` });
        }
      }
    }
    const aggregate = AGGREGATE_CUES.test(text);
    const tally = TALLY_CUES.test(text) && !ONE_DISASTER.test(text);
    const events = inSentence.length > 0 ? eventsOf(text, sentence.start) : [];
    for (const fact of inSentence) {
      fact.event = nearestEvent(events, fact, ctx.text, inSentence);
      const seasonToll = (): boolean =>
        SEASON_TOLL_BEFORE.test(ctx.text.slice(Math.max(sentence.start, fact.start - 50), fact.start));
      // ("part of a conflict that has killed some 9,000", "a monsoon season in which floods have killed 400": a larger
      // event's
      // toll, told in the clause before its verb; the story's own figure may follow: "; the tremor killed 18")
      const widerEvent = (): boolean =>
        WIDER_EVENT_BEFORE.test(ctx.text.slice(Math.max(sentence.start, fact.start - 100), fact.start));
      // ("which takes the region's dead so far this month to 63": a toll of a period, many events')
      fact.aggregate = (aggregate && fact.count > 0) || (tally && fact.count > 1)
        || fact.figure_role === 'toll' && (seasonToll() || PERIOD_TOLL.test(fact.text)) || widerEvent();
    }
    const next = ctx.sentences[index + 1]?.text ?? '';
    // ("Two cooks were hurt. They were not counted by the council": others than those counted)
    const lastOfSentence = inSentence.at(-1);
    if (lastOfSentence && THEY_OPENING.test(next) && NOT_IN_THE_FIGURES_AFTER.test(next)) {
      lastOfSentence.additional = true;
    }
    // (not where that sentence tells a figure of its own before taking it back: "A blog put the dead at nine, then
    // deleted the post")
    const takenBack = inSentence.length > 0 ? TAKEN_BACK_NEXT.exec(next) : null;
    if (takenBack && !ANY_COUNT.test(takenBack[0]) && !TWO_SOURCES.test(text)) continue;
    facts.push(...inSentence);
  }
  // "When he died, my mother found his logbooks", "Her husband, the architect Per Lind, died in 2015": in an article
  // that tells of no violence, accident or disaster, one person already named, or someone's kin, who died is a
  // life's end, no casualty
  const quiet = facts.length > 0 && !HARM_WORDS.test(ctx.text) && !HOSPITAL_WORDS.test(ctx.text);
  const lifesEnd = (f: CasualtyDraft): boolean =>
    f.count === 1 && (f.anaphoric || f.reason === 'name-died' || KIN.test(f.victims ?? ''));
  const kept = quiet ? facts.filter((f) => !lifesEnd(f)) : facts;
  kept.sort((a, b) => a.start - b.start);
  otherHospitals(ctx, kept);
  return kept;
}

// a hospital told as the subject of what it took in: "Kelby General admitted nine", "St Anne's said it had treated"
const HOSPITAL_SUBJECT = new RegExp(String.raw`(?:^|[.;:!?]\s+|, )((?:[Tt]he )?\p{Lu}[\p{L}'’-]*` +
  String.raw`(?: (?:of )?\p{Lu}[\p{L}'’-]*){0,4}) (?:said (?:it|they) )?$`, 'u');
const HOSPITAL_WORD = /\b(?:Hospital|Clinic|Infirmary|Medical Cent(?:er|re)|Health Cent(?:er|re))\b/;
// what a hospital told as the subject did: "said it had treated", "admitted", "took in"
const TOOK_IN = String.raw`(?:said (?:it|they) )?(?:has |had |have |also )?(?:admitted|treated|received|took in)`;
const HOSPITAL_TOOK_IN_BEFORE = rx('')`${HOSPITAL_WORD}(?: ${TOOK_IN}(?: a further| another)?)? $`;
const TOOK_IN_AFTER_NAME = new RegExp(` ${TOOK_IN} $`);
// where one was taken: "were admitted to Kelby General Hospital", "was flown by helicopter to St Anne's Clinic"
const HOSPITAL_DESTINATION = new RegExp(String.raw`^[^.;]{0,60}?\b(?:admitted|taken|rushed|flown|airlifted|brought|` +
  String.raw`transferred|sent) (?:[\p{Ll} ]{0,30} )?to (?:the )?` +
  String.raw`(\p{Lu}[\p{L}'’.-]*(?: (?:of |for )?\p{Lu}[\p{L}'’.-]*){0,5})`, 'u');
/**
 * "St Anne's said it had treated 30 people. Kelby General took in six": each hospital's intake is a part of the hurt,
 * each after the first one more (not a hospital told again: "Kelby General admitted nine … Kelby General later said").
 */
function otherHospitals(ctx: Context, facts: CasualtyDraft[]): void {
  const seen = new Set<string>();
  const toHospitals = new Set<CasualtyDraft>();
  for (const f of facts) {
    if (f.kind !== 'injured') continue;
    const sentence = ctx.sentenceAt(f.start);
    // (or any rule's figure a named hospital took in: "Kelby Infirmary took in nine people with burns")
    const named = f.reason === 'hospital-admitted-count'
      || HOSPITAL_TOOK_IN_BEFORE.test(ctx.text.slice(Math.max(sentence.start, f.start - 80), f.start));
    // (or one told taken to a named hospital: "nine were admitted to Kelby General Hospital, and four were taken to
    // Lenk Clinic")
    const destination = named ? undefined
      : HOSPITAL_DESTINATION.exec(ctx.text.slice(f.start, Math.min(sentence.end, f.end + 60)))?.[1];
    const taken = destination !== undefined && HOSPITAL_WORD.test(destination);
    if (!named && !taken) continue;
    // (a hospital's share of those told taken to hospitals just before is a part of them: "Forty were taken to three
    // hospitals. Kelby General admitted 25, …"; one taken to a named hospital, of the hurt told before it, is left to
    // the totals: "Twenty were hurt. Twelve were taken to Kelby Hospital")
    const whole = facts.find((w) => w.kind === 'injured' && w.end <= f.start && f.start - w.end < 300
      && w.reason !== 'hospital-admitted-count' && w.count > f.count && (named ? /\bhospitals?\b/i.test(w.text)
        : w.figure_role === 'figure' && !toHospitals.has(w)));
    if (whole && taken) continue;
    if (whole) {
      Object.assign(f, { figure_role: 'part', reason: `${f.reason}+hospital-breakdown` });
      continue;
    }
    let hospital = destination;
    if (named) {
      const before = ctx.text.slice(sentence.start, f.start)
        .replace(TOOK_IN_AFTER_NAME, ' ');
      hospital = HOSPITAL_SUBJECT.exec(before.trimEnd() + ' ')?.[1];
    }
    hospital = hospital?.replace(/^[Tt]he /, '');
    if (!hospital) continue;
    if (taken) toHospitals.add(f);
    if (seen.size > 0 && !seen.has(hospital) && f.figure_role === 'figure' && !f.anaphoric) f.additional = true;
    seen.add(hospital);
  }
}

/**
 * The clause of a rule's outcome predicate when the figure stands before it, as its subject ("three
 * gunmen killed a guard", "nine villagers were killed"); null for a figure after its verb, or where the
 * parse gives no footing.
 */
function subjectClause(ctx: Context, m: RegExpExecArray, offset: number): Clause | null {
  const groups = m.indices?.groups;
  const outcome = groups?.killed ?? groups?.injured ?? groups?.hit;
  const figure = groups?.count ?? groups?.victims;
  if (!outcome || !figure || figure[0] >= outcome[0]) return null;
  return readClause(ctx, offset + outcome[0], offset + outcome[1]);
}

function draftFrom(
  rule: CasualtyRule,
  g: Record<string, string | undefined>,
  text: string,
  start: number,
  end: number,
  after: string,
  clause: Clause | null,
): CasualtyDraft | null {
  let outcome: Outcome | undefined = g.dead || g.killed ? 'killed' : g.injured ? 'injured' : g.hit ? 'hit' : rule.outcome;
  if (!outcome) return null;
  // "two injured passengers died": the word is the dead's adjective, not an outcome of its own
  if (outcome === 'injured' && ADJECTIVE_OF_THE_DEAD.test(after)) return null;
  // "he was in critical condition at the hospital and died on Sunday": one hurt who then died is one dead (the
  // evidence runs to the death)
  const diedAfter = outcome !== 'killed' && rule.count === 1 ? DIED_AFTER.exec(after) : null;
  if (diedAfter) {
    outcome = 'killed';
    text += diedAfter[0];
    end += diedAfter[0].length;
  }
  // "he shot ...", "three gunmen killed the guard", "the boy who killed": the subject of an active verb
  // is the attacker; only a passive ("was killed") or an intransitive outcome ("died") has a victim
  if (clause) {
    if (clause.voice === 'active' && (clause.object || clause.perfectOrRelative || rule.pronoun)) return null;
  } else if (g.aux !== undefined && !PASSIVE.test(g.aux) && !INTRANSITIVE.test(g.killed ?? g.injured ?? g.hit ?? '')) {
    // the parse gave no footing: the word lists decide
    if (rule.pronoun || /\b(?:who|that|have|has|had)\b/i.test(g.aux) || OBJECT_NEXT.test(after)) return null;
  }
  // "the gunman shot at Main Street" (a place) is read only in the passive: "shot at Officer Ortiz" fired at him
  const passive = clause ? clause.voice === 'passive' : PASSIVE.test(g.aux ?? '');
  if (g.aux !== undefined && /^shot$/i.test(g.hit ?? '') && /^ at\b/i.test(after) && !passive) return null;
  // "were found with gunshot wounds" states a victim; "a man with a gunshot wound" only describes one
  if (/^(?:with|suffering from)\b/i.test(g.hit ?? '') && !/\S/.test(g.aux ?? '')) return null;
  // ("20 of them with injuries" is a part that was hurt; "a man with injuries" describes one)
  // (a rule of its own for what something left a person with reads no verb before it: "left a porter with wounds")
  if (/^with\b/i.test(g.injured ?? '') && g.aux !== undefined && !/\S/.test(g.aux) && g.partitive === undefined) {
    return null;
  }
  let victims = (g.victims ?? '').trim().replace(/[,\s]+$/, '');
  // "hundreds of wounded", "dozens of injured": the outcome adjective names the victims
  const ofOutcome = OF_OUTCOME.exec(victims);
  if (ofOutcome) victims = ofOutcome[1] ?? (g.killed ?? g.injured ?? '').trim();
  // "the fourth child to be shot this year", "the fourth local official killed in the region this year": a ranking
  // among many events (an infinitive or a bare participle after it), no figure of this one
  if (RANKED_AMONG_MANY.test(victims) && (/\bto\b/i.test(g.aux ?? '') || !/\S/.test(g.aux ?? ''))) return null;
  // "killing one another" is no count
  if (NOT_VICTIMS.test(victims) || (/^one$/i.test(g.count ?? '') && /^another$/i.test(victims))) return null;
  let parsed: ParsedCount | null;
  if (rule.count === 0) parsed = ZERO;
  else if (g.count) parsed = parseCount(g.count, g.qual);
  else if (rule.countEach) parsed = { ...ONE, count: victims.match(rule.countEach)?.length ?? 0 };
  else parsed = rule.count === undefined ? null : { ...ONE, count: rule.count, min: null, max: null };
  if (!parsed) return null;
  // "the toll climbed past 100": more than the figure, as "more than 100"
  if (rule.toll && TOLL_PAST.test(text) && parsed.min === null) {
    parsed = { ...parsed, approximate: true, min: parsed.count + 1 };
  }
  const qual = (g.qual ?? '').toLowerCase();
  // "two of them", "three of the dead": part of a figure stated before
  const subset = rule.subset === true || g.partitive !== undefined || /^of (?:the|them|those|whom)\b/i.test(victims);
  // "three gunmen killed the guard": a count before an active verb counts attackers
  // (for a subject figure the clause decided above; the lists remain for a figure after its verb)
  const activeVerb = !clause && !g.aux && PARTICIPLE.test(g.killed ?? g.injured ?? g.hit ?? '');
  if (activeVerb && (OBJECT_NEXT.test(after) || (g.aux === '' && VERB_AND_OBJECT.test(after)))) return null;
  return {
    type: 'casualty',
    text,
    start,
    end,
    kind: outcome === 'killed' ? 'killed' : 'injured',
    figure_role: subset ? 'partitive' : rule.toll ? 'toll' : 'figure',
    ...parsed,
    // ("14 of the wounded remained in critical condition": the victims are the wounded; "three of the injured miners
    // died": the injured)
    victims: shownVictims(victims, g.killed ?? g.injured)
      || g.partitive?.split(' ').find((w) => PARTITIVE_OUTCOME.test(w)) || g.partitive?.split(' ').at(-1) || null,
    hit: outcome === 'hit',
    anaphoric: rule.anaphoric ?? (DEFINITE.test(victims) || /^(?:the|the other|all|all the|all of the)$/.test(qual)),
    // "killed his son and then himself": the killer is one more dead
    additional:
      (outcome === 'killed' && /^(?:himself|herself|themselves)$/i.test(victims)) ||
      ADDITIONAL.test(victims) ||
      qual === 'another' ||
      qual === 'an additional' ||
      qual === 'a further' ||
      qual === 'the other' ||
      rule.additional === true ||
      /\balso\b/i.test(g.aux ?? ''),
    aggregate: false,
    subset_of: null,
    event: null,
    perpetrator: null,
    location: null,
    date: null,
    reason: subset ? `${rule.reason}+partitive-subset` : rule.reason,
    confidence: parsed.approximate ? 0.7 : rule.anaphoric ? 0.75 : 0.85,
  };
}

// a count's own noun of outcome, maybe with where: "one death in Tarrow Bay", "27 injuries"
const DEATHS_NOUN = /^(?:deaths?|fatalit(?:y|ies))(?: [a-z]+ \p{Lu}[\p{L} ]*)?$/u;
const ALL_OF_A_COUNT = /\ball (?:\d|[a-z]+ (?!of\b))/i;
const PARTITIVE_OUTCOME = /^(?:dead|killed|injured|wounded|hurt)$/i;
const INJURIES_NOUN = /^injur(?:y|ies)(?: [a-z]+ \p{Lu}[\p{L} ]*)?$/u;
// what revises a figure told before: "revised it to", "revising the toll down to", "was revised upwards to"
// (or moved one way: "cut that figure to 11", "lowered its count to 7", "raised its toll to 30")
const REVISING = String.raw`(?:revis(?:ed|ing|es)|updat(?:ed|ing|es)|correct(?:ed|ing|s)|lower(?:ed|ing|s)|` +
  String.raw`rais(?:ed|ing|es)|reduc(?:ed|ing|es))`;
const A_FIGURE = String.raw`(?:the|its|their|that|this) (?:figures?|tolls?|counts?|numbers?|tally)`;
const WHAT_IS_REVISED = String.raw`(?:it|them|${A_FIGURE})(?: [\w'’-]+){0,3}?`;
// (a sentence that does so may hold no word of harm: "the agency revised that figure to 15")
const REVISES_A_FIGURE = new RegExp(String.raw`\b${REVISING} ${A_FIGURE}`, 'i');
// or whoever counts puts its own toll at a figure: "the ministry put the official toll at six dead and 23 wounded"
const PUT_AT =
  String.raw`\b(?:put|puts|putting|placed|places|placing) (?:the|its|their) (?:[a-z]+ ){0,2}?(?:tolls?|figures?|count)`;
const REVISED_TO = new RegExp(
  String.raw`\b${REVISING} (?:${WHAT_IS_REVISED} )?(?:(?:down|up)(?:wards?)? )?to $|${PUT_AT} at $`, 'i',
);
const REVISING_CUE = /\b(?:revis|updat|correct|lower|rais|reduc)/i;
// (or revised in the passive: "The earlier figure of 18 dead was revised down to 16", "were subsequently revised up
// to 15")
const REVISED_BARE = new RegExp(String.raw`\b(?:${REVISING} ${WHAT_IS_REVISED}` +
  String.raw`|(?:was|were|is|are|been) (?:later |since |then |subsequently )?${REVISING})` +
  String.raw` (?:(?:down|up)(?:wards?)? )?to ` +
  String.raw`(?<count>\d[\d,]*|${NUMBER_WORD_SOURCE})\b(?! (?:dead|killed|injured|wounded|hurt|people|deaths))`, 'gi');
// those left of the hurt: "the remaining 17 wounded", "the surviving nine injured"
const REMAINING_BEFORE = /\b[Tt]he (?:remaining|surviving) $/;
const APART_FROM = /(?:(?:[Aa]part|[Aa]side) from|[Bb]esides)/.source;
const APART_FROM_THE_DEAD =
  new RegExp(String.raw`\b${APART_FROM} (?:the )?[\w-]+ (?:who|that) (?:have |had )?(?:died|were killed)` +
    String.raw`[^,;.]{0,30}, $`);
// a toll of the sentence before, moved: "The toll stood at 30 by noon. It climbed to 33 at dusk"
const IT_MOVED_TO = new RegExp(String.raw`^It (?:later |then |has |had |now )?(?:rose|risen|climbed|jumped|increased|` +
  String.raw`went up|was raised|has been raised) to (?<count>\d[\d,]*|${NUMBER_WORD_SOURCE})\b` +
  String.raw`(?! (?:dead|killed|injured|wounded|hurt|people|deaths|per ?cent|percent))`);
/** "It climbed to 33" just after a toll: the toll, moved (its outcome the toll's). */
function addTollMovedByIt(
  inSentence: CasualtyDraft[], justBefore: CasualtyDraft | undefined, text: string, source: string, offset: number,
  free: (s: number, e: number) => boolean, taken: Array<[number, number]>,
): void {
  const m = justBefore?.figure_role === 'toll' ? IT_MOVED_TO.exec(text) : null;
  const parsed = m && parseCount(m.groups!.count!, undefined);
  if (!m || !parsed || !free(offset, offset + m[0].length)) return;
  taken.push([offset, offset + m[0].length]);
  inSentence.unshift(retoldAsToll(justBefore!, parsed, source, offset, offset + m[0].length, 'toll-moved'));
}

/** A figure told before, told again with a new count as a toll: its kind, victims and event, the count and span new. */
const retoldAsToll = (
  before: CasualtyDraft, parsed: ParsedCount, source: string, start: number, end: number, reason: string,
): CasualtyDraft => ({ ...before, ...parsed, text: source.slice(start, end), start, end, figure_role: 'toll',
  anaphoric: false, additional: false, reason, confidence: 0.75 });

/**
 * "revised the figure down to 17" after "19 dead": a revised count with no outcome of its own takes the figure's (one
 * of the sentence, or else of the sentence before: "… said 12 riders were hurt. Later the agency revised that
 * figure to 15").
 */
function addRevisedFigures(
  inSentence: CasualtyDraft[], justBefore: CasualtyDraft | undefined, text: string, source: string, offset: number,
  free: (s: number, e: number) => boolean, taken: Array<[number, number]>,
): void {
  if (!REVISING_CUE.test(text)) return;
  const told = (f: CasualtyDraft | undefined): f is CasualtyDraft => !!f && f.figure_role === 'figure' && f.count > 0;
  for (const m of text.matchAll(REVISED_BARE)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    const before = inSentence.filter((f) => f.end <= start && told(f)).at(-1)
      ?? (told(justBefore) ? justBefore : undefined);
    const parsed = parseCount(m.groups!.count!, undefined);
    if (!before || !parsed || !free(start, end)) continue;
    taken.push([start, end]);
    inSentence.push(retoldAsToll(before, parsed, source, start, end, 'revised-figure'));
  }
  inSentence.sort((a, b) => a.start - b.start);
}

/** "four police and 39 civilians were killed": the first count shares the outcome of the second. */
function addCoordinated(
  inSentence: CasualtyDraft[],
  text: string,
  offset: number,
  free: (s: number, e: number) => boolean,
  taken: Array<[number, number]>,
  victimsAs: ReadonlyMap<CasualtyDraft, 'subject' | 'object'>,
): void {
  // (a list's member found after a comma is a subject too: the member before it may join it in turn)
  const listed = new Set<CasualtyDraft>();
  const queue = [...inSentence];
  for (let i = 0; i < queue.length; i++) {
    const fact = queue[i]!;
    // only a subject can be coordinated to the left: "four police and 39 civilians were killed"
    if (fact.count === 0 || fact.anaphoric || victimsAs.get(fact) !== 'subject' && !listed.has(fact)) continue;
    const from = Math.max(0, fact.start - offset - 80);
    const prefix = text.slice(from, fact.start - offset);
    // (a definite person before "and" shares a plural verb only: "The pilot and his son was hurt" is no pair; and
    // only at the sentence's start when the prefix starts there)
    const definite = /\b(?:was|is|has)\b/i.test(fact.text) ? null : coordinatedDefinite.exec(prefix);
    const opensClause = definite !== null && (definite.index > 0 || from === 0);
    const m = coordinatedCount.exec(prefix) ?? coordinatedPerson.exec(prefix) ?? (opensClause ? definite : null)
      // (a possessed victim's fact opens with its possessive: "Greta Vell and her son were killed")
      ?? coordinatedName.exec(prefix + (/^(?:his|her|their) /i.exec(fact.text)?.[0] ?? ''))
      ?? coordinatedCouple.exec(prefix);
    if (!m) continue;
    const g = m.groups ?? {};
    const parsed = g.count ? parseCount(g.count, g.qual) : /couple$/i.test(g.victims ?? '') ? TWO : ONE;
    const victims = (g.victims ?? '').trim().replace(/[,\s]+$/, '');
    if (!parsed || NOT_VICTIMS.test(victims)) continue;
    // ("recovered 11 survivors and four bodies": those who lived share no death)
    if (fact.kind === 'killed' && SURVIVORS.test(victims)) continue;
    const start = offset + from + m.index;
    const end = start + m[0].replace(/,? ?(?:and (?:(?:his|her|their) )?)?$/i, '').length;
    if (!free(start, end)) continue;
    taken.push([start, end]);
    const figure = coordinatedFigure(fact, text, offset, start, end, parsed, victims, false, 'coordinated-count', 'coordinated');
    // "received 13 patients and two bodies": patients are the hurt, whatever the figure after them
    if (/^patients$/i.test(victims)) Object.assign(figure, { kind: 'injured', hit: false });
    // "one death and 27 injuries": a count of deaths or of injuries names its own outcome
    const ownKind = DEATHS_NOUN.test(victims) ? 'killed' : INJURIES_NOUN.test(victims) ? 'injured' : null;
    if (ownKind && ownKind !== figure.kind) figure.kind = ownKind;
    inSentence.push(figure);
    if (/, $/.test(m[0]) && !g.count) {
      listed.add(figure);
      queue.push(figure);
    }
  }
  inSentence.sort((a, b) => a.start - b.start);
}

const SURVIVORS = /^(?:[\w-]+ )?survivors?$/i;
const ADJECTIVE_OF_THE_DEAD =
  /^ [a-z]+s (?:(?:later|then|also|since|subsequently) )?(?:died|have died|had died|succumbed)\b/;
const SEVERE = /\b(?:seriously|critically|severely|gravely|badly)\b/i;
const LIGHT = /\b(?:slightly|lightly|mildly|minor)\b/i;
/** Whether one figure's hurt are told as serious and the other's as light. */
const severityDiffers = (a: string, b: string): boolean =>
  (SEVERE.test(a) && LIGHT.test(b)) || (LIGHT.test(a) && SEVERE.test(b));

// the killer after the victims: "killed three guards and himself", "killed his wife, then himself"
const KILLER_LAST_AFTER = /^(?:,? and (?:then |later |finally )?|,? (?:and )?then )(himself|herself)\b/;

/** A figure coordinated with `fact`: it shares the fact's kind and event, with its own count and victims. */
function coordinatedFigure(
  fact: CasualtyDraft,
  text: string,
  offset: number,
  start: number,
  end: number,
  parsed: ParsedCount,
  victims: string,
  additional: boolean,
  reason: string,
  figure_role: FigureRole,
): CasualtyDraft {
  const figureText = text.slice(start - offset, end - offset);
  return { ...fact, text: figureText, start, end, ...parsed, figure_role, victims: victims || null, anaphoric: false, additional, reason };
}

/** "injured two men and a 10-year-old girl": the object after "and" shares the verb, and adds to the figure. */
function addCoordinatedObjects(
  inSentence: CasualtyDraft[],
  text: string,
  offset: number,
  free: (s: number, e: number) => boolean,
  taken: Array<[number, number]>,
  victimsAs: ReadonlyMap<CasualtyDraft, 'subject' | 'object'>,
): void {
  // (a member found is tried in turn: "killed a teacher, his wife and their three daughters")
  // (all of a count are those of a place or a vehicle, and others may join them: "killing all 30 people aboard and two
  // people on the road")
  const queue = inSentence.filter((fact) =>
    (!fact.anaphoric || ALL_OF_A_COUNT.test(fact.text)) && victimsAs.get(fact) === 'object');
  for (let fact = queue.shift(); fact; fact = queue.shift()) {
    const rest = text.slice(fact.end - offset, fact.end - offset + 90);
    const m = coordinatedObject.exec(rest);
    // (the killer last, "and himself", ", then himself": one more dead, the attacker)
    const self = m || fact.kind !== 'killed' ? null : KILLER_LAST_AFTER.exec(rest);
    if (self) {
      const [start, end] = [fact.end + self[0].length - self[1]!.length, fact.end + self[0].length];
      if (!free(start, end)) continue;
      taken.push([start, end]);
      inSentence.push(coordinatedFigure(fact, text, offset, start, end, ONE, self[1]!, true, 'coordinated-self',
        fact.figure_role));
      continue;
    }
    if (!m) continue;
    const g = m.groups ?? {};
    const parsed = g.count ? parseCount(g.count, g.qual) : g.both ? TWO : ONE;
    if (!parsed || parsed.count === 0) continue;
    // (the joiner's words are lower case, which the case-blind pattern does not hold to: "on Monday, and three
    // staff are still unaccounted for" joins no object)
    const joiner = OBJECT_JOINER.exec(m[0]);
    if (!joiner) continue;
    const lead = joiner[0].length;
    const start = fact.end + lead;
    const end = fact.end + m[0].length;
    if (!free(start, end)) continue;
    taken.push([start, end]);
    const victims = (g.victims ?? g.victims2 ?? g.victims3 ?? '').trim();
    const member =
      coordinatedFigure(fact, text, offset, start, end, parsed, victims, true, 'coordinated-object', fact.figure_role);
    inSentence.push(member);
    queue.push(member);
  }
  inSentence.sort((a, b) => a.start - b.start);
}

/** "..., including four teachers": a part of the figure before it, same kind. */
function addSubsets(inSentence: CasualtyDraft[], text: string, offset: number, free: (s: number, e: number) => boolean): void {
  subsetPattern.lastIndex = 0;
  for (let m = subsetPattern.exec(text); m; m = subsetPattern.exec(text)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    // the whole stands right before its part: "nine villagers, including four teachers"
    const whole = [...inSentence]
      .reverse()
      .find((f) => f.end <= start && !isPart(f) && f.count > 0 && !/\band\b|\d/.test(text.slice(f.end - offset, start - offset)) && start - f.end < 40);
    const parsed = parseCount(m.groups?.count ?? '', m.groups?.qual);
    if (!whole || !parsed || !free(start, end)) continue;
    inSentence.push({
      ...whole,
      text: m[0],
      start,
      end,
      ...parsed,
      victims: (m.groups?.victims ?? '').trim() || null,
      anaphoric: false,
      additional: false,
      figure_role: 'part',
      reason: 'including-subset',
    });
  }
  inSentence.sort((a, b) => a.start - b.start);
}

// the hurt a part who died was of: "Two of [the 30 passengers wounded] in the attack have since died"
const WHOLE_OF_THE_HURT = new RegExp(String.raw` of (the (\S+) (?:[a-z]+ )?${HURT_AFTER_COUNT})\b`);
/**
 * The figure of the hurt inside a part of them, as a figure of its own (the part's span holds it): a part who died,
 * or a part in a worse state ("six of the 14 hurt were still in intensive care": 14 hurt).
 */
function addWholesOfTheHurt(inSentence: CasualtyDraft[]): void {
  for (const part of inSentence.filter((f) => f.figure_role === 'partitive')) {
    const died = part.kind === 'killed' && /(?:died|succumbed)$/.test(part.text);
    const whole = died || part.kind === 'injured' ? WHOLE_OF_THE_HURT.exec(part.text) : null;
    const parsed = whole ? parseCount(whole[2]!) : null;
    if (!whole || !parsed) continue;
    const start = part.start + whole.index + 4;
    inSentence.push({
      ...part, kind: 'injured', text: whole[1]!, start, end: start + whole[1]!.length, ...parsed, victims: null,
      anaphoric: false, additional: false, figure_role: 'figure', reason: 'whole-of-the-hurt',
    });
    inSentence.sort((a, b) => a.start - b.start);
  }
}

type EventSpan = { start: number; end: number; text: string };

/** The event phrases of a sentence ("the March car bombing of a market"). */
function eventsOf(sentence: string, offset: number): EventSpan[] {
  const events: EventSpan[] = [];
  eventPattern.lastIndex = 0;
  for (let m = eventPattern.exec(sentence); m; m = eventPattern.exec(sentence)) {
    const text = m[0].replace(/^(?:The|A|An) /, '');
    const start = offset + m.index + (m[0].length - text.length);
    events.push({ start, end: start + text.length, text });
  }
  return events;
}

/** What joins a figure to an event phrase after it: "were killed in the May bombing", "died during the raid". */
const EVENT_AFTER = /\b(?:in|during|at|by)\s+(?:the\s+|a\s+|an\s+)?$/i;

/**
 * The event phrase nearest before the figure, or else the first after it that the figure happened in
 * ("killed in the May bombing"); an event named after it otherwise ("shot blocks away from Monday's
 * shooting") is another one.
 */
function nearestEvent(
  events: EventSpan[], fact: CasualtyDraft, text: string, figures: readonly CasualtyDraft[],
): CasualtyDraft['event'] {
  const after = events.find((e) => e.start >= fact.end);
  // (an event after another figure is that one's: "killing six … where 40 were killed in a 2018 bombing")
  const told = after && EVENT_AFTER.test(text.slice(fact.end, after.start))
    && !figures.some((f) => f !== fact && f.start >= fact.end && f.start < after.start) ? after : null;
  // ("… where 40 were killed in a 2018 bombing": an event just after the figure that names its year is the figure's)
  if (told && YEAR_IN_EVENT.test(told.text) && YEAR_EVENT_GAP.test(text.slice(fact.end, told.start))) return told;
  // (not one named in a comparison: "a rockfall on the pass, a mile from Friday's collapse, killed 40")
  const before = events.filter((e) => e.start < fact.start && !inComparisonAside(text, e.start, e.end, fact.start));
  return before.length > 0 ? before.at(-1)! : told;
}
const YEAR_IN_EVENT = /\b(?:1[89]|20)\d\d\b/;
const YEAR_EVENT_GAP = /^ (?:[a-z]+ ){0,2}in (?:an?|the) $/;

export const casualtyModule: FactModule<CasualtyFact> = {
  type: 'casualty',
  schema: CasualtyFact,
  extract: extractCasualties,
};
