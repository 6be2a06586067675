// First names beyond compromise's own lexicon. Empty until a data package is chosen.
export const FIRST_NAME_LIST: readonly string[] = [];
