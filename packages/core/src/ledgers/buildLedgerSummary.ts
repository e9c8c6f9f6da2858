import type { Summary } from '../summary/Summary';
import { buildDevelopmentSummary } from './buildDevelopmentSummary';
import { buildDuesSummary } from './buildDuesSummary';
import { buildMeetingsSummary } from './buildMeetingsSummary';
import { buildOrganisationSummary } from './buildOrganisationSummary';
import type { LedgerSummaryInput } from './LedgerSummaryInput';
import type { MeetingOptions } from './meetingCompliance';

/** The template ids that have a summary here (the roster's is `buildRosterSummary`). */
export const ledgerSummaryTemplates = ['organisation', 'development', 'dues', 'dues-payments', 'meetings'] as const;

export type LedgerSummaryTemplate = (typeof ledgerSummaryTemplates)[number];

export function isLedgerSummaryTemplate(id: string | null): id is LedgerSummaryTemplate {
  return (ledgerSummaryTemplates as readonly (string | null)[]).includes(id);
}

/**
 * The summary of the rows of one ledger, chosen by the template the sheets were checked as, so a caller
 * holding `SheetReport.template` needs no switch of its own. `meetings` takes the options of
 * `meetingCompliance`.
 */
export function buildLedgerSummary(template: LedgerSummaryTemplate, input: LedgerSummaryInput & MeetingOptions): Summary {
  switch (template) {
    case 'organisation':
      return buildOrganisationSummary(input);
    case 'development':
      return buildDevelopmentSummary(input);
    case 'dues':
    case 'dues-payments':
      return buildDuesSummary({ ...input, template });
    case 'meetings':
      return buildMeetingsSummary(input);
  }
}
