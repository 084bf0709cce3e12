// Builds first-names.txt and surnames.txt from faker's locale data (run by make-lists.sh; never at build time).
// Usage: node make-lists.mjs <faker package dir> <word list> <out dir> [people-names.txt] [pinyin-pro package dir]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { transliterate, tables } from './transliterate.mjs';
const [pkg, dictionary, out] = process.argv.slice(2);
const { allLocales } = await import(join(pkg, 'dist', 'index.js'));
const pinyinDir = process.argv[6];
const { pinyin } = pinyinDir ? createRequire(import.meta.url)(join(pinyinDir, 'dist', 'index.js')) : {};
// A Chinese name in characters as UK records write it in pinyin: no tones, a given name's syllables joined ("伟宸" →
// "Weichen"), a surname read as one ("单" → "Shan"), ü as "yu" after l and n as passports write it ("吕" → "Lyu").
const romanise = (raw, surname) => {
  const latin = pinyin(raw, { toneType: 'none', type: 'array', surname: surname ? 'head' : 'off', v: true })
    .join('').replace(/([ln])v/g, '$1yu').replace(/v/g, 'u');
  return /^[a-z]+$/.test(latin) ? latin[0].toUpperCase() + latin.slice(1) : '';
};

// Latin-script locales whose names people in an English town carry; the rest are in scripts the hub's text rarely holds.
const locales = ['en', 'en_GB', 'en_IE', 'en_AU', 'en_CA', 'en_US', 'en_ZA', 'en_GH', 'en_NG', 'en_IN', 'en_NP', 'en_HK',
  'af_ZA', 'zu_ZA', 'yo_NG', 'fr_SN', 'pl', 'cs_CZ', 'sk', 'hu', 'ro', 'ro_MD', 'lv', 'hr', 'sl_SI', 'sr_RS_latin',
  'de', 'de_AT', 'de_CH', 'nl', 'nl_BE', 'fr', 'fr_BE', 'fr_CH', 'es', 'es_MX', 'it', 'pt_PT', 'pt_BR',
  'da', 'nb_NO', 'sv', 'fi', 'tr', 'az', 'ku_kmr_latin', 'uz_UZ_latin', 'id_ID', 'vi'];
// Joining words of multi-word names ("van der Berg", "Ní Bhriain"): the redactor knows them, they are not names alone.
const particles = new Set(['van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'von',
  'ten', 'ter', 'y', 'e', 'ní', 'nic', 'mac', 'bin', 'bint', 'al', 'el', 'ibn', 'ap', 'st', 'st.']);
const latin = /^[\p{Script=Latin}][\p{Script=Latin}'’\-]*$/u;

const words = new Set(readFileSync(dictionary, 'utf8').split('\n').filter(w => /^[a-z]+$/.test(w)));
const anyCase = new Set(readFileSync(dictionary, 'utf8').split('\n').map(w => w.toLocaleLowerCase('en-GB')));
// UK towns that are surnames too: never names in the lists that are read as either.
const towns = new Set(['grays', 'tilbury', 'shrewsbury', 'kendal', 'carlisle', 'sainsbury', 'sunderland', 'blyth', 'eid',
  'harlow', 'romford', 'basildon', 'southend', 'thurrock', 'chelmsford', 'brentwood', 'dartford', 'gravesend', 'ilford',
  'barking', 'dagenham', 'rainham', 'upminster', 'hornchurch', 'billericay', 'wickford', 'rayleigh', 'colchester']);
const collect = (pick, extra, surname) => {
  const seen = new Map();
  const add = raw => {
    for (const token of raw.normalize('NFC').split(/\s+/)) {
      const t = token.replace(/[.,]$/, '');
      const key = t.toLocaleLowerCase('en-GB');
      if (t.length < 2 || particles.has(key) || !latin.test(t) || seen.has(key)) continue;
      seen.set(key, t);
    }
  };
  for (const l of locales) {
    const p = allLocales[l]?.person;
    if (p) Object.values(pick(p) ?? {}).flat().filter(x => typeof x === 'string').forEach(add);
  }
  readFileSync(extra, 'utf8').split('\n').filter(x => x && !x.startsWith('#')).forEach(add);
  // Names in other scripts (Ukrainian, Russian, Macedonian, Greek, Georgian, Sorani Kurdish), by the rule tables of
  // transliterate.mjs; a spelling that is an English word in any case ("Nina" aside, "Vera", "Roman") or a UK town is left out.
  for (const l of Object.keys(tables)) {
    const p = allLocales[l]?.person;
    if (!p) continue;
    for (const raw of Object.values(pick(p) ?? {}).flat().filter(x => typeof x === 'string')) {
      const latin = transliterate(raw, l);
      if (!latin) continue;
      for (const t of latin.split(' ')) {
        const key = t.toLocaleLowerCase('en-GB');
        // A spelling with no vowel or four consonants in a row is the script's unwritten short vowel, no name ("Rnd", "Kyy");
        // three letters read as an abbreviation too often ("mem_fun", "Dil"): four at least.
        if (t.length >= 4 && /[aeiou]/.test(key) && !/[^aeiouy]{4}/.test(key) && !anyCase.has(key) && !towns.has(key)) add(t);
      }
    }
  }
  // Chinese names from faker's zh_CN and zh_TW, in pinyin by pinyin-pro; spellings that are English words ("Fang",
  // "Tang") or towns are left out, as above, and those under three letters ("Ji", "Qi", "Tu" read as other things).
  for (const l of pinyin ? ['zh_CN', 'zh_TW'] : []) {
    for (const raw of Object.values(pick(allLocales[l].person) ?? {}).flat().filter(x => typeof x === 'string')) {
      const t = romanise(raw, surname);
      const key = t.toLocaleLowerCase('en-GB');
      if (t.length >= 3 && !anyCase.has(key) && !towns.has(key)) add(t);
    }
  }
  return seen;
};
const write = (file, map) => writeFileSync(join(out, file), [...map.values()].sort((a, b) => a.localeCompare(b, 'en')).join('\n') + '\n');
const first = collect(p => p.first_name, join(out, 'extra-first-names.txt'), false);
const last = collect(p => p.last_name, join(out, 'extra-surnames.txt'), true);
write('first-names.txt', first);
write('surnames.txt', last);
// Ordinary lower-case English words: a listed name that is also one ("sue", "rose", "smith") is weak evidence alone,
// and an unlisted capitalised word after a cue ("spoke to Reception") is a name only when it is not one.
writeFileSync(join(out, 'english-words.txt'), [...words].sort().join('\n') + '\n');
const both = [...first.keys(), ...last.keys()].filter(k => words.has(k)).length;
console.log(`first names ${first.size}, surnames ${last.size}, English words ${words.size} (${both} of them also names)`);

// More names from @cspell/dict-people-names (MIT, a people-names list of every origin): those faker's locales lack. Left out:
// any word the dictionary holds in any case (places, brands, days and common words: "Bristol", "Monday", "Petty"), the
// UK towns below that are surnames too, and abbreviations. The redactor reads them as both first names and surnames.
const [peopleNames] = process.argv.slice(5);
if (peopleNames) {
  const known = new Set([...first.keys(), ...last.keys()]);
  const more = new Map();
  for (const raw of readFileSync(peopleNames, 'utf8').split('\n')) {
    const t = raw.trim().normalize('NFC');
    const key = t.toLocaleLowerCase('en-GB');
    if (t.length < 3 || t.startsWith('#') || !/^[\p{Script=Latin}][\p{Script=Latin}'’\-]*$/u.test(t) || known.has(key) || anyCase.has(key)
      || towns.has(key) || particles.has(key) || more.has(key)) continue;
    more.set(key, t);
  }
  write('people-names.txt', more);
  console.log(`people names ${more.size} more`);
}

// Names of under-covered origins written by hand (extra-origin-names.txt, and extra-names-fa-ar-ur-th.txt for Persian,
// Arabic, Urdu and Thai spellings; several a line under origin headings): those no
// list above holds, leaving out the same words as people-names.txt. Read by the redactor as first names and surnames both.
{
  const known = new Set([...first.keys(), ...last.keys(), ...readFileSync(join(out, 'people-names.txt'), 'utf8').split('\n').map(w => w.toLocaleLowerCase('en-GB'))]);
  const origin = new Map();
  const hand = ['extra-origin-names.txt', 'extra-names-fa-ar-ur-th.txt'].flatMap(f => readFileSync(join(out, f), 'utf8').split('\n'));
  for (const line of hand) {
    if (line.startsWith('#')) continue;
    for (const raw of line.split(/\s+/)) {
      const t = raw.trim().normalize('NFC');
      const key = t.toLocaleLowerCase('en-GB');
      if (t.length < 3 || !/^[\p{Script=Latin}][\p{Script=Latin}'’\-]*$/u.test(t) || known.has(key) || anyCase.has(key) || towns.has(key)
        || particles.has(key) || origin.has(key)) continue;
      origin.set(key, t);
    }
  }
  write('origin-names.txt', origin);
  console.log(`origin names ${origin.size} more`);
}
