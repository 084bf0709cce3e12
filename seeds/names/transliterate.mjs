// Non-Latin names to the Latin spellings used in the UK (passports, NHS records), by rule tables written for VoiceHub.
// Used by make-lists.mjs on faker's Ukrainian, Russian, Macedonian, Greek, Georgian and Sorani Kurdish names.
// A table maps one letter (or, first, two) to Latin; a letter the table lacks makes the name unusable (null).

// Ukrainian: the national standard of 2010 (Cabinet resolution 55), which Ukrainian passports follow: є, ї, й, ю, я
// start a word as ye, yi, y, yu, ya and are ie, i, i, iu, ia inside it; "зг" is "zgh"; the soft sign and apostrophe vanish.
const ukrainian = {
  pairs: { 'зг': 'zgh' },
  letters: { а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: ['ye', 'ie'], ж: 'zh', з: 'z', и: 'y', і: 'i', ї: ['yi', 'i'],
    й: ['y', 'i'], к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
    ш: 'sh', щ: 'shch', ь: '', ю: ['yu', 'iu'], я: ['ya', 'ia'], "'": '', '’': '', 'ʼ': '' },
};
// Russian: as British usage writes it (BGN/PCGN without its diacritics): е and ё start a word, or follow a vowel, as
// ye/yo; ъ and ь vanish; ы is y, э is e.
const russian = {
  pairs: {},
  letters: { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: ['ye', 'e', 'ye'], ё: ['yo', 'yo', 'yo'], ж: 'zh', з: 'z', и: 'i', й: 'y',
    к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
    щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya' },
};
// Macedonian, written as Macedonians in the UK anglicise it (ch, sh, zh rather than č, š, ž; ј is j).
const macedonian = {
  pairs: {},
  letters: { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ѓ: 'gj', е: 'e', ж: 'zh', з: 'z', ѕ: 'dz', и: 'i', ј: 'j', к: 'k', л: 'l',
    љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ќ: 'kj', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch',
    џ: 'dzh', ш: 'sh' },
};
// Greek (accents removed first), as Greek Cypriot names are spelt in the UK: ου is ou, αι ai, ει ei, οι oi, αυ av, ευ ev,
// μπ b at a word's start and mb inside, ντ d / nt, γκ g / ng, γγ ng; χ ch, θ th, η i, υ y, ω o.
const greek = {
  pairs: { ου: 'ou', αι: 'ai', ει: 'ei', οι: 'oi', αυ: 'av', ευ: 'ev', μπ: ['b', 'mb'], ντ: ['d', 'nt'], γκ: ['g', 'ng'], γγ: 'ng' },
  letters: { α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
    ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o' },
};
// Georgian: the national system of 2002 without its apostrophes (ejectives written as the plain letter).
const georgian = {
  pairs: {},
  letters: { ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n', ო: 'o',
    პ: 'p', ჟ: 'zh', რ: 'r', ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch', ც: 'ts', ძ: 'dz', წ: 'ts',
    ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h' },
};
// Sorani Kurdish (Arabic script, which writes its vowels but the short i): ئ carries a vowel and vanishes; و is w before
// a vowel or at a word's start, u elsewhere, وو is u; ی is y before a vowel or at a word's start, i elsewhere; ە is e (and
// ه, as older text writes it, before a zero-width non-joiner or at a word's end),
// ێ e, ۆ o; ڕ r, ڵ l; ج j (as UK usage writes Kurdish names, not the Hawar c), چ ch, ش sh, ژ zh, خ kh, غ gh; ع vanishes.
const soraniVowels = new Set(['ا', 'ە', 'ێ', 'ۆ', 'ى', 'ه']);
const sorani = {
  pairs: { وو: 'u', یی: 'iy' },
  letters: { ئ: '', ا: 'a', ب: 'b', پ: 'p', ت: 't', ج: 'j', چ: 'ch', ح: 'h', خ: 'kh', د: 'd', ر: 'r', ڕ: 'r', ز: 'z', ژ: 'zh',
    س: 's', ش: 'sh', ع: '', غ: 'gh', ف: 'f', ڤ: 'v', ق: 'q', ک: 'k', ك: 'k', گ: 'g', ل: 'l', ڵ: 'l', م: 'm', ن: 'n', ە: 'e',
    ه: 'h', ھ: 'h', ێ: 'e', ۆ: 'o', ى: 'i', 'ة': 'e', '\u200c': '' },
  special: (c, prev, next) => {
    if (c === 'و') return prev === null || prev === 'ئ' || soraniVowels.has(next) ? 'w' : 'u';
    if (c === 'ی' || c === 'ي') return prev === null || soraniVowels.has(next) || next === 'و' ? 'y' : 'i';
    // Older Sorani writes the vowel e as ه with a zero-width non-joiner after it, or at a word's end.
    if (c === 'ه') return next === '\u200c' || next === undefined ? 'e' : 'h';
    return undefined;
  },
};

export const tables = { uk: ukrainian, ru: russian, mk: macedonian, el: greek, ka_GE: georgian, ku_ckb: sorani };

const vowels = new Set([...'аеєиіїоуюяёыэ']);

/** One name (one or more words) in the locale's script to Latin, capitalised; null when a letter has no rule. */
export function transliterate(name, locale) {
  const table = tables[locale];
  const words = name.normalize('NFD').replace(/[\u0300-\u036f\u0342\u0343\u0345]/g, '').normalize('NFC').toLocaleLowerCase(locale.slice(0, 2)).split(/[\s\-]+/);
  const out = [];
  for (const word of words) {
    let latin = '';
    const chars = [...word];
    for (let i = 0; i < chars.length; i++) {
      const start = i === 0;
      const afterVowel = i > 0 && vowels.has(chars[i - 1]);
      const pair = chars[i] + (chars[i + 1] ?? '');
      if (table.pairs[pair] !== undefined) {
        const p = table.pairs[pair];
        latin += Array.isArray(p) ? (start ? p[0] : p[1]) : p;
        i++;
        continue;
      }
      const special = table.special?.(chars[i], i > 0 ? chars[i - 1] : null, chars[i + 1]);
      if (special !== undefined) { latin += special; continue; }
      const rule = table.letters[chars[i]];
      if (rule === undefined) return null;
      // [at a word's start, inside, after a vowel]; two forms: [start, inside]
      latin += Array.isArray(rule) ? (start ? rule[0] : afterVowel && rule.length > 2 ? rule[2] : rule[1]) : rule;
    }
    if (latin.length) out.push(latin[0].toUpperCase() + latin.slice(1));
  }
  return out.length ? out.join(' ') : null;
}
