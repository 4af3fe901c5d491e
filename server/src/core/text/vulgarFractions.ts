import { detectLanguage } from './language';
import type { ProseBlock } from './prose';
import { editMatches } from './matchEdits';

/**
 * The decimals of the fraction characters a word processor sets for "1/2", "3/4" (U+00BC–U+00BE, U+2153–U+2159): thirds
 * to two places, as a writer rounds them. Sixths and eighths are left unread: three places would be a thousands group.
 */
const DECIMALS: Readonly<Record<string, string>> = {
  '¼': '25', '½': '5', '¾': '75', '⅓': '33', '⅔': '67', '⅕': '2', '⅖': '4', '⅗': '6', '⅘': '8',
};

/**
 * A fraction character after a whole number ("2½", "2 ½", "−3¾%", „2½fache“) or on its own ("½ Prozent"), with no letter
 * or digit glued before it and no digit after it: "R½" and "½2" are no figures. A whole number set apart by a space is a
 * small one ("2 ½"): "in 2024 ½ of" is no year and a half.
 */
const FRACTION = /(?<![\p{L}\d.,])(\d{1,3}[ \u00A0\u202F\u2009]|\d+)?([¼½¾⅓⅔⅕⅖⅗⅘])(?!\d)/gu;
const ANY_FRACTION = /[¼½¾⅓⅔⅕⅖⅗⅘]/u;

/**
 * A vulgar fraction read as the decimal it is: "2½ times" is "2.5 times", „1¾-mal“ „1,75-mal“, "½ Prozent" „0,5
 * Prozent“, with the block's own decimal sign. The whole number keeps its offsets, the decimal sign and the decimals
 * take the fraction's: a figure's range ends after the fraction as written, the space before it included.
 */
export function readVulgarFractions(block: ProseBlock): ProseBlock {
  if (!ANY_FRACTION.test(block.text)) return block;
  const decimalSign = detectLanguage(block.text) === 'de' ? ',' : '.';
  return editMatches(block, FRACTION, (m, offsets) => {
    const whole = m[1]?.trimEnd() ?? '';
    const fractionAt = offsets[m.index! + (m[1]?.length ?? 0)];
    const text = `${whole || '0'}${decimalSign}${DECIMALS[m[2]]}`;
    return { from: m.index!, to: m.index! + m[0].length, text, offsets: [...text].map((_, i) => (i < whole.length ? offsets[m.index! + i] : fractionAt)) };
  });
}
