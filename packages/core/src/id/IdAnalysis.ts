import type { PartialDate } from '../dates/PartialDate';

export type Sex = '男' | '女';

/**
 * What a 公民身份号码 cell holds, the first problem found in the order the checks run (blank →
 * precisionLost → characters → length → province → birthDate → checksum), or the number when sound.
 */
export type IdAnalysis =
  | {
      readonly kind: 'valid';
      /** The 18 characters, upper-case X, without spaces or hyphens. */
      readonly id: string;
      readonly birth: PartialDate;
      readonly sex: Sex;
      /** The check character was written as a lower-case x. */
      readonly lowercaseX: boolean;
      /** Spaces or hyphens inside the number were removed. */
      readonly spaces: boolean;
    }
  | {
      readonly kind: 'legacy15';
      /** The 18-character upgrade of the 15-digit number. */
      readonly id: string;
      readonly birth: PartialDate;
      readonly sex: Sex;
    }
  /** The cell went through an Excel number, which keeps only 15 significant digits. */
  | { readonly kind: 'precisionLost' }
  | { readonly kind: 'characters' }
  | { readonly kind: 'length'; readonly length: number }
  | { readonly kind: 'province'; readonly prefix: string }
  /** The birth segment (YYYYMMDD, or YYMMDD in a 15-digit number) is not a real date. */
  | { readonly kind: 'birthDate'; readonly segment: string }
  | { readonly kind: 'checksum'; readonly expected: string; readonly actual: string; readonly birth: PartialDate; readonly sex: Sex }
  | { readonly kind: 'blank' };
