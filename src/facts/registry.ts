// The fact types as export, validation, scoring and the HTML report see them, in output order.
// Light on purpose (schemas and presentation, no extraction code): the main thread of a batch loads it
// to write headers and the index without loading the NLP. Extractors are listed in ./index.ts.
import type { Context } from '../context.js';
import { casualtyPresentation } from './casualty/present.js';
import type { Draft } from './common.js';
import { datePresentation } from './date/present.js';
import type { Fact } from './index.js';
import { organisationPresentation } from './organisation/present.js';
import { personPresentation } from './person/present.js';
import type { BaseFact, FactPresentation } from './types.js';

/** A fact type in the registry; one added at run time brings its own extractor. */
export type RegisteredType = FactPresentation<Fact> & { extract?(ctx: Context): Array<Draft<Fact>> };

const registered: RegisteredType[] = [
  organisationPresentation,
  personPresentation,
  datePresentation,
  casualtyPresentation,
] as unknown as RegisteredType[];

let version = 0;

/** Every fact type, in output order. */
export const registeredTypes = (): readonly RegisteredType[] => registered;

export const presentationOf = (type: string): RegisteredType | undefined => registered.find((t) => t.type === type);

/** Bumped on every change, so what is built from the registry can be cached until it changes. */
export const registryVersion = (): number => version;

/**
 * Adds a fact type after the built-in ones: its facts are extracted, validated, exported and scored like
 * theirs, in this process (worker threads load the built-in registry). Returns a function that removes it.
 */
export function registerFactType<F extends BaseFact>(
  module: FactPresentation<F> & { extract(ctx: Context): Array<Draft<F>> },
): () => void {
  if (presentationOf(module.type)) throw new Error(`fact type "${module.type}" is already registered`);
  const entry = module as unknown as RegisteredType;
  registered.push(entry);
  version++;
  return () => {
    const i = registered.indexOf(entry);
    if (i >= 0) registered.splice(i, 1);
    version++;
  };
}

/** A value built from the registry, rebuilt only when the registry has changed. */
export function fromRegistry<T>(build: () => T): () => T {
  let cached: { version: number; value: T } | null = null;
  return () => {
    if (cached?.version !== version) cached = { version, value: build() };
    return cached.value;
  };
}
