// "nine villagers, including four teachers" and "two of the dead were women": the part is inside a
// figure stated before it, never added to it. A part points at its whole through `subset_of`.
import type { CasualtyFact } from '../facts/index.js';
import { isPart } from '../facts/casualty/schema.js';
import { ATTACKER_VICTIMS, KILLER_HIMSELF } from '../facts/casualty/context-patterns.js';
import { OF_THE_HURT_COUNTED, TAKEN_TO_HOSPITAL } from '../facts/casualty/rule-parts.js';
import type { Refiner } from './types.js';

/** "20 of the attackers", "two militants": a figure of those who attacked, not of their victims. */
const ofAttackers = (f: CasualtyFact): boolean => ATTACKER_VICTIMS.test(f.victims ?? '');

// the wounded a part is taken from: "one of whom", "two of them", "three of the injured"
// (or those a participle tells: "one of those admitted", of people taken to hospital whoever was hit)
export const HURT_PARTICIPLES = 'admitted|treated|hospitali[sz]ed';
const TOLD_BY_PARTICIPLE = new RegExp(`^(?:${HURT_PARTICIPLES})$`, 'i');
export const PART_OF_THE_HURT = new RegExp(`^(?:whom|them|those|injured|wounded|hurt|${HURT_PARTICIPLES})$`, 'i');
// ("six of the survivors had burns": the survivors counted are the hurt)
const HURT = /^(?:injured|wounded|hurt|survivors)$/i;
const DEAD = /^(?:dead|killed)$/i;
// the whole told by what befell it: "30 of those who died", "three of the people who were hurt"
const OF_THOSE_WHO = new RegExp(String.raw`\bof (?:those|the (?:people|ones|persons)) (?:who|that) (?:have |had )?` +
  String.raw`(?:(died|were killed)|(?:were|was) (?:injured|hurt|wounded))\b`, 'i');
// a condition is told of people already counted: "31 were taken to hospital, where six were in critical condition"
const CONDITION_ONLY = /\bin (?:a )?(?:critical|serious|stable|grave|fair|good|satisfactory|poor) condition$/i;

// one person told as one of a group counted before: "One of the patients is a guard who …", "The 57 include a steward
// who …", "Among those hurt was a cook, who …"
const ONE_OF_THE_GROUP = new RegExp(String.raw`(?:\b[Oo]ne of (?:the|those|them)\b[^.;:!?]{0,60}? (?:is|was)` +
  String.raw`|\b[Tt]he (?:\d{1,3}|[a-z]+-?[a-z]*) (?:include|includes|included)` +
  String.raw`|^[Aa]mong (?:the|them|those)\b[^.;:!?]{0,40}? (?:is|was)) (?:also )?$`);

const TAKEN_AWAY = new RegExp(`\\b(?:${TAKEN_TO_HOSPITAL})\\b`, 'i');

/** A figure that tells only the state of people hurt ("six were in critical condition"), not that they were hurt. */
const conditionOnly = (f: CasualtyFact): boolean => f.kind === 'injured' && f.figure_role === 'figure' && !f.additional
  && !f.anaphoric && CONDITION_ONLY.test(f.text);

export const subsetMarking: Refiner = {
  name: 'subset-marking',
  refine(facts, ctx) {
    const casualties = facts.filter((f): f is CasualtyFact => f.type === 'casualty');
    for (const fact of casualties) {
      const condition = conditionOnly(fact);
      const oneOfThem = fact.count === 1 && !isPart(fact)
        && ONE_OF_THE_GROUP.test(fact.sentence.slice(0, fact.start - fact.sentence_start));
      if (!isPart(fact) && !condition && !oneOfThem) continue;
      const partitive = fact.figure_role === 'partitive';

      // "including ..." belongs to a figure of its own sentence; "two of them" may point back further
      const sentenceStart = ctx.sentenceAt(fact.start).start;
      const from = partitive || condition || oneOfThem ? sentenceStart - 600 : sentenceStart;
      // (a killer who killed himself is no group a part is taken from: "… then turned the gun on himself. One of the
      // victims died")
      const before = casualties.filter((c) => c !== fact && !isPart(c) && c.end <= fact.start && c.start >= from
        && c.count > 0 && !KILLER_HIMSELF.test(c.victims ?? '') && !conditionOnly(c));
      if (oneOfThem) {
        const group = before.filter((c) => c.kind === fact.kind && c.count > 1).at(-1);
        if (group) fact.subset_of = group.id;
        continue;
      }
      if (condition) {
        // (of the last group as large: "19 were taken to hospital, among them a firefighter with a broken wrist. Six
        // remain in critical condition")
        const hurt = before.filter((c) => c.kind === 'injured' && c.count >= fact.count).at(-1);
        // (of people taken to hospital, whom the text may tell died after, too; not of people shot, whose dead are
        // among them)
        if (hurt && (!hurt.hit || TAKEN_AWAY.test(hurt.text))) fact.subset_of = hurt.id;
        continue;
      }
      // ("five were injured … bringing the toll to three. One of the five injured later died": a part that names its
      // whole's outcome is taken from the last figure of it, whatever came between)
      const who = partitive ? OF_THOSE_WHO.exec(fact.text) : null;
      const named = partitive && (HURT.test(fact.victims ?? '') || who && !who[1]) ? 'injured'
        : partitive && (DEAD.test(fact.victims ?? '') || who?.[1]) ? 'killed' : null;
      const whole = (named ? before.filter((c) => c.kind === named).at(-1) : undefined) ?? before.at(-1);
      // ("the toll rose to seven after three of the 20 injured died": a part whose whole its own words count is that
      // whole's, which the totals take it from, no part of a toll told before)
      if (OF_THE_HURT_COUNTED.test(fact.text) && whole?.kind !== 'injured') continue;
      // "troops killed 20 of the attackers": the attackers are others than the victims counted before them
      if (partitive && ofAttackers(fact) && !(whole && ofAttackers(whole))) fact.additional = true;
      // "two men were shot; one of them died": the dead are among the shot, which the totals handle
      // (a part, "of them", "of whom", is of the figure before however either tells its harm: "six of the survivors had
      // burns", "30 were treated, nine of whom were flown to hospital")
      else if (whole && whole.kind === fact.kind && (whole.hit === fact.hit || partitive)
        && whole.count >= fact.count) {
        fact.subset_of = whole.id;
      } else if (whole && partitive && whole.kind === 'injured' && fact.kind === 'killed'
        && (!whole.hit || TOLD_BY_PARTICIPLE.test(fact.victims ?? ''))
        && whole.count > fact.count && PART_OF_THE_HURT.test(fact.victims ?? '')) {
        // "killing two; six other guests were wounded, one of whom later died": one more dead ("two of the dead"
        // are among the dead)
        fact.additional = true;
      } else if (whole && partitive) fact.anaphoric = true;
    }
    return facts;
  },
};
