import { rosterTemplate } from './roster';
import type { Template } from './Template';

/** The ledgers Taizhang knows without configuration, tried in this order on a tie. */
export const builtInTemplates: readonly Template[] = [rosterTemplate];
