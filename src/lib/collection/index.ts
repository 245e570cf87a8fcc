/** Public API of the collection log's engine: validate entries, flag the rules they break, summarise for a report. */
export { checkCollectionLog, flagEvents, isNight, ANSWERED_CALLS_PER_DAY, UNANSWERED_CALLS_PER_DAY } from './flags';
export { parseLocalTime, type LocalTime } from './local-time';
export {
  COLLECTION_RULES,
  FIRMNESS_ORDER,
  RULE_SOURCES,
  ruleFor,
  type Binds,
  type CollectionRule,
  type Firmness,
  type RuleBasis,
  type RuleSource,
  type Wording,
} from './rules';
export { summarizeLog, type CollectionSummary, type CollectorSummary, type DaySummary, type RuleCounts } from './summary';
export {
  CHANNELS,
  CONTACTED,
  CONTENT_CATEGORIES,
  RULE_CODES,
  type Channel,
  type ContactEvent,
  type Contacted,
  type ContentCategory,
  type RuleCode,
} from './types';
export { validateEvent, validateEvents } from './validate';
