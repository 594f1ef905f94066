// Adjectives made from place names (Київської, Чернівецького, Хмельницька, Донецької): capitalized inside the
// names of regions, councils and universities, and shaped like surnames in -ський, so a surname the corpus knows
// (митрополит Київський, Богдан Хмельницький) would otherwise turn every such adjective into that person.
import { PLACES } from '../lexicon/places';
import { foldCase } from '../text/fold';

let placeNames: Set<string> | undefined;

/** Every one-word name of the gazetteer, folded, with its flags stripped. */
function knownPlaceNames(): Set<string> {
  if (placeNames) return placeNames;
  placeNames = new Set();
  for (const line of PLACES.split('\n')) {
    if (!line.includes('|') || line.startsWith('#')) continue;
    for (const name of line.split('|').slice(1).join(';').split(';')) {
      const word = name.replace(/^[!=%?]+/, '').replace(/\/.*$/, '').trim();
      if (word && !/\s/.test(word)) placeNames.add(foldCase(word));
    }
  }
  return placeNames;
}

const PLACE_ADJECTIVE = /^(.+?)(ськ|цьк|зьк|ск|цк)(?:ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|ими|ая|ой|ую|ое|ие|ым|ом)$/;

/**
 * The place an adjective is made from, when the gazetteer knows it: Київської → київ, Чернівецького → чернівці,
 * Хмельницька → хмельницький, Донецької → донецьк, Одеської → одеса; else undefined.
 */
export function placeOfAdjective(word: string): string | undefined {
  let place = cache.get(word);
  if (place === undefined) {
    place = readPlaceOfAdjective(word) ?? '';
    cache.set(word, place);
  }
  return place || undefined;
}

/** Answers by the word as written: each article asks about the same words many times. */
const cache = new Map<string, string>();

function readPlaceOfAdjective(word: string): string | undefined {
  const m = PLACE_ADJECTIVE.exec(foldCase(word));
  if (!m) return undefined;
  const [, stem, suffix] = m;
  const candidates = [
    stem, // Київ
    `${stem}${suffix}`, // Донецьк
    `${stem}${suffix}ий`, // Хмельницький
    ...['а', 'и', 'і', 'е', 'ь'].map((ending) => stem + ending), // Полтава, Черкаси, Рівне, Тернопіль
    `${stem}са`, // Одеса, Черкаси: the stem's с merges into -ськ-
    `${stem}си`,
    `${stem}ця`, // Вінниця
    stem.replace(/н$/, ''), // Рівне → Рівненська
    `${stem.replace(/е$/, '')}ці`, // Чернівці: a fleeting е
  ];
  const names = knownPlaceNames();
  return candidates.find((c) => names.has(c));
}
