// Organisation evidence as data: head words that make a capitalised name an organisation,
// and words that make it something else.

/** "Balochistan Liberation Army", "State Department", "Acme Corp": the last word names a kind of organisation. */
export const ORG_HEAD_WORDS = new Set([
  'army', 'front', 'brigade', 'brigades', 'battalion', 'council', 'department', 'ministry', 'party', 'bank',
  'inc', 'corp', 'corporation', 'co', 'ltd', 'llc', 'plc', 'group', 'association', 'university', 'college',
  'agency', 'commission', 'committee', 'nations', 'organisation', 'organization', 'union', 'federation',
  'institute', 'foundation', 'court', 'parliament', 'assembly', 'senate', 'congress', 'police', 'force',
  'forces', 'guard', 'navy', 'command', 'office', 'bureau', 'service', 'services', 'authority', 'board',
  'movement', 'league', 'alliance', 'coalition', 'company', 'airlines', 'airways', 'club', 'society',
  'network', 'news', 'times', 'post', 'press', 'reuters', 'tribune', 'journal', 'herald', 'fund', 'trust',
  'mujahideen', 'mujahidin', 'taliban', 'unit', 'squad', 'cartel', 'church', 'school', 'hospital',
  'government', 'administration', 'cabinet', 'tribunal', 'secretariat', 'directorate', 'exchange',
]);

/** A name followed by one of these nouns is a vehicle, place or thing, not an organisation. */
export const NOT_ORG_FOLLOWERS = /^[ \t]*(?:train|flight|bus|ship|vessel|plane|aircraft|highway|road|street|station|airport|bridge|province|district|city|region|valley|river|dam|camp|massacre|attack|bombing|hijacking)\b/i;

/** Capitalised phrases that look like organisations but are categories or headings. */
export const NOT_ORG_HEADS = new Set(['organisations', 'organizations', 'groups', 'developments', 'sanctions']);
