// What the names classifier decides about a span, and the typed evidence later passes read.
// `reason` names the rule for the reader of the output; code branches on `evidence` and `link`.
import type { NameSpan } from '../names.js';

export type NameClass = 'person' | 'organisation' | 'place' | 'other';

/**
 * What a decision rests on, where a later pass depends on it:
 * - `title`: a title before the name ("President Ann Lee")
 * - `speech-only`: a speech verb or a role word alone ("Ann Lee said"), which fits a body as well
 * - `given-name-only`: only a listed given name at the start, with no person's context ("Ann Lee declined")
 * - `company-suffix`, `org-head-word`: the name ends in a legal form or a kind of body
 * - `acronym`: a lone capitals word; `acronym-definition`: a name defined by the acronym in brackets after it
 * - `team`: a results table, score line or game result says a town is a team; `team-by-verb`: only a verb does
 * - `place-tag`: only compromise's place tag
 * - `world-given-name`: only a given name of the world list (evidence/weak.ts); its surname is linked after the rest
 * - `listed-company`: a firm entry of the exchanges' list (evidence/listed.ts); the company goes by its first word too
 * - `list-member`: only the class of the list the name stands in (refiners/list-members.ts)
 */
export type Evidence =
  | 'title' | 'speech-only' | 'given-name-only' | 'company-suffix' | 'org-head-word' | 'acronym' | 'acronym-definition'
  | 'team' | 'team-by-verb' | 'place-tag' | 'world-given-name' | 'listed-company' | 'list-member';

/** A lone word linked to a person named in full: by surname ("Lee") or by first name ("Ann"); kept in headlines. */
export type PersonLink = 'surname' | 'given-name';

export interface Local {
  cls: NameClass;
  reason: string;
  confidence: number;
  evidence?: Evidence;
  link?: PersonLink;
}

export interface ClassifiedName extends NameSpan, Local {
  /** titles stripped from the front of a person span ("President", "Foreign Minister") */
  titleFirst?: number;
}

/** A later pass overrides an earlier decision: the old decision's evidence goes with it. */
export function reclassify(c: ClassifiedName, local: Local): void {
  delete c.evidence;
  delete c.link;
  Object.assign(c, local);
}
