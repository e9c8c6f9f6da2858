import { toHalfWidth } from '../text/toHalfWidth';

/**
 * The comparable form of a 党组织 name, so the spellings of one organisation meet: no spaces, no "中共" or
 * "中国共产党" prefix, and one form of each type suffix ("支部委员会" = "党支部" = "支部", "总支部委员会" =
 * "党总支", "委员会" = "党委"), following the naming convention of RULES.md §6.3.
 *
 * @example organisationKey('中共某县财政局支部委员会') === organisationKey('某县财政局 党支部') // true
 */
export function organisationKey(name: string): string {
  return toHalfWidth(name)
    .replace(/\s/g, '')
    .replace(/^(?:中国共产党|中共)/u, '')
    .replace(/(?:总支部委员会|党总支部|党总支|总支部)$/u, '总支')
    .replace(/(?:支部委员会|党支部)$/u, '支部')
    .replace(/(?:委员会|党委)$/u, '委');
}
