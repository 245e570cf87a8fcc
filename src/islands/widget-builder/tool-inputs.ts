import type { ToolId } from '../../tools';
import { APR_DEFAULTS } from '../apr/apr-fields';
import { DEADLINES_DEFAULTS } from '../deadlines/deadlines-fields';
import { PAYOFF_DEFAULTS } from '../payoff/payoff-fields';
import { SCHEDULE_DEFAULTS } from '../schedule/schedule-fields';

/**
 * The parameter names an embed may start a tool with: those of its share links (the form's keys), so the frame
 * reads them as it reads a shared link. A Record over the registry ids: a new tool must decide here.
 * The letter writer and the collection log make no share links (a link would carry names, account numbers or a
 * private record), so nothing can be set in advance.
 */
export const TOOL_INPUT_KEYS: Record<ToolId, readonly string[]> = {
  apr: Object.keys(APR_DEFAULTS),
  schedule: Object.keys(SCHEDULE_DEFAULTS),
  payoff: Object.keys(PAYOFF_DEFAULTS),
  deadlines: Object.keys(DEADLINES_DEFAULTS),
  letters: [],
  'collection-log': [],
};
