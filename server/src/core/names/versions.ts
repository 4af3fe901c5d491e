/**
 * Names of one family that differ in a version, model or series: "GPT-4" and "GPT-4o", "DeepSeek V3" and "DeepSeek
 * R1", "o1" and "o3", "Series A" and "Series C", "H800" and "H100", "Claude 3.5 Sonnet" and "Claude 3 Opus". They
 * are different names, so neither is a misspelling of the other; a typo in the stem ("DeepSeak V3") still is.
 */

/** Words that name a variant of a model rather than the model ("Claude 3.5 Sonnet", "GPT-4o mini", "Gemini Pro"). */
const VARIANT_WORDS = new Set([
  'mini', 'nano', 'micro', 'small', 'medium', 'large', 'pro', 'max', 'plus', 'ultra', 'turbo', 'lite', 'flash', 'preview',
  'instruct', 'chat', 'coder', 'vision', 'omni', 'opus', 'sonnet', 'haiku', 'base', 'reasoner', 'zero', 'distill',
]);

/** A word's parts: runs of letters and runs of digits ("3.5" is one run). */
const PART = /\p{L}+|\d+(?:[.,]\d+)*/gu;

interface Reading {
  /** The version tokens, lower case, word by word: "gpt-4o" → ["4o"], "Series A" → ["a"]. */
  versions: string[];
  /** The variant words ("sonnet", "mini"), in order. */
  variants: string[];
  /** What is left: the family's name, lower case. */
  stem: string;
}

/** Names are compared again and again (every pair of facts about models): each is read once. */
const readings = new Map<string, Reading>();
const READINGS_LIMIT = 50_000;

function read(name: string): Reading {
  let reading = readings.get(name);
  if (!reading) {
    if (readings.size >= READINGS_LIMIT) readings.clear();
    readings.set(name, (reading = readName(name)));
  }
  return reading;
}

function readName(name: string): Reading {
  const versions: string[] = [];
  const variants: string[] = [];
  const stem: string[] = [];
  // "OpenAI's GPT-4o" is GPT-4o: the maker's possessive is no part of the family's name.
  for (const word of name.replace(/^\S+['’]s\s+/u, '').split(/[\s-]+/).filter(Boolean)) {
    const parts = word.match(PART) ?? [];
    const hasDigits = parts.some((p) => /^\d/.test(p));
    if (VARIANT_WORDS.has(word.toLowerCase())) {
      variants.push(word.toLowerCase());
      continue;
    }
    // "Series A", "Plan B": a single letter on its own is a series letter.
    if (parts.length === 1 && /^\p{L}$/u.test(parts[0])) {
      versions.push(parts[0].toLowerCase());
      continue;
    }
    // Letters glued to digits belong to the version when short ("V3", "o1", "H800", "4o"), to the stem when long ("Qwen2").
    let version = '';
    for (const part of parts) {
      if (/^\d/.test(part) || (hasDigits && part.length <= 2)) version += part.toLowerCase();
      else stem.push(part.toLowerCase());
    }
    if (version) versions.push(version);
  }
  return { versions, variants, stem: stem.join(' ') };
}

/**
 * True when `written` and `known` are two names of one family: their version tokens differ ("R1"/"V3"), or, with the
 * same version, the same stem carries another variant word ("Claude 3.5 Sonnet"/"Claude 3.5 Opus"). Case alone is
 * no version ("v3"/"V3").
 */
export function isAnotherVersion(written: string, known: string): boolean {
  const a = read(written);
  const b = read(known);
  if (a.versions.join(' ') !== b.versions.join(' ')) return true;
  return sameStem(a, b) && a.variants.join(' ') !== b.variants.join(' ');
}

/** "R1-Lite-Preview" names no maker: it is of the family of "DeepSeek R1" whose version it shares. */
function sameStem(a: Reading, b: Reading): boolean {
  return a.stem === b.stem || ((a.stem === '' || b.stem === '') && a.versions.join(' ') === b.versions.join(' '));
}

/** Words that name a variant of a model ("Lite", "Preview"): part of the model's name, not a word after it. */
export function isVariantWord(word: string): boolean {
  return VARIANT_WORDS.has(word.toLowerCase());
}

/**
 * True when both names carry a version and are two versions of one family ("DeepSeek R1"/"DeepSeek V3", "GPT-4"/
 * "GPT-4o"): two models, whose facts are two facts. "DeepSeek" and "DeepSeek R1" are not: the maker names no version.
 */
export function areTwoVersionsOfOneFamily(a: string, b: string): boolean {
  const x = read(a);
  const y = read(b);
  return x.versions.length > 0 && y.versions.length > 0 && sameStem(x, y) && isAnotherVersion(a, b);
}

/** A model's name with its version ("DeepSeek V3", "R1-Lite-Preview"), not a chip's ("H800") or a count's. */
export function namesAModelVersion(name: string): boolean {
  return read(name).versions.length > 0 && !/^\p{Lu}\d{2,4}$/u.test(name.split(/\s/).pop()!);
}
