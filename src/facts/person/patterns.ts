// Person evidence as data: title and role words that sit before or after a name.

/** "President Joe Biden", "Coordinator for Counterterrorism Gregory LoGerfo", "spokesman": role heads. */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'coordinator', 'spokesman', 'spokeswoman',
  'spokesperson', 'chief', 'director', 'general', 'colonel', 'captain', 'senator', 'sen', 'rep',
  'representative', 'governor', 'gov', 'mayor', 'judge', 'justice', 'ambassador', 'envoy', 'chairman',
  'chairwoman', 'chair', 'leader', 'commander', 'official', 'king', 'queen', 'prince', 'princess', 'pope',
  'sheikh', 'dr', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'inspector', 'sergeant', 'sgt',
  'officer', 'lieutenant', 'lt', 'major', 'maj', 'admiral', 'adm', 'gen', 'col', 'capt', 'cpt', 'head',
  'ceo', 'founder', 'professor', 'prof', 'coach', 'manager', 'chancellor', 'premier', 'deputy', 'assistant',
  'undersecretary', 'attorney', 'counsel', 'detective', 'sheriff', 'constable', 'superintendent', 'bishop',
  'archbishop', 'cardinal', 'rabbi', 'imam', 'ayatollah', 'emir', 'sultan', 'marshal', 'commissioner',
  'advisor', 'adviser', 'aide', 'analyst', 'economist', 'lawyer', 'correspondent', 'editor', 'reporter',
]);

/** Lower-case role phrases: "special secretary for the United Nations". */
export const ROLE_HEAD_SOURCE =
  '(?:secretary|minister|spokes(?:man|woman|person)|coordinator|director|chief|ambassador|envoy|adviser|advisor|official|commander|leader|president|chairman|chairwoman|governor|mayor|head|founder|general|deputy|representative|analyst|lawyer|officer)';

/** Words after which a capitalised span is not a person: places and organisations' kinds. */
export const NOT_PERSON_HEADS = new Set(['express', 'front', 'army', 'government', 'state', 'states']);
