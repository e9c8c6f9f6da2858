import { developmentTemplate } from './development';
import { duesPaymentsTemplate, duesTemplate } from './dues';
import { meetingsTemplate } from './meetings';
import { organisationTemplate } from './organisation';
import { rosterTemplate } from './roster';
import type { Template } from './Template';

/** The ledgers Taizhang knows without configuration, tried in this order on a tie. */
export const builtInTemplates: readonly Template[] = [
  rosterTemplate,
  developmentTemplate,
  organisationTemplate,
  duesTemplate,
  duesPaymentsTemplate,
  meetingsTemplate,
];
