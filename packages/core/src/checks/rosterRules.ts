import type { RowRule, TableRule } from '../templates/Template';
import { confirmDatePresence } from './confirmDatePresence';
import { confirmDateTiming } from './confirmDateTiming';
import { confirmedTooEarly } from './confirmedTooEarly';
import { datesNotAfterAsOf } from './datesNotAfterAsOf';
import { datesNotBeforeBirth } from './datesNotBeforeBirth';
import { idMatchesBirthDate } from './idMatchesBirthDate';
import { idMatchesSex } from './idMatchesSex';
import { idOrBirthDateRequired } from './idOrBirthDateRequired';
import { joinAge } from './joinAge';
import { probationOverdue } from './probationOverdue';
import { samePersonDifferentIds } from './samePersonDifferentIds';

/** The roster's cross-field rules, in the order their issues are listed (RULES.md §9). */
export const rosterRowRules: readonly RowRule[] = [
  idOrBirthDateRequired,
  idMatchesSex,
  idMatchesBirthDate,
  datesNotAfterAsOf(['birthDate', 'joinDate', 'confirmDate']),
  datesNotBeforeBirth(['joinDate', 'confirmDate']),
  joinAge,
  confirmDatePresence,
  confirmDateTiming,
  confirmedTooEarly,
  probationOverdue,
];

export const rosterTableRules: readonly TableRule[] = [samePersonDifferentIds];
