import { failure, success, type CalcIssue, type Outcome } from '../errors';
import { parseLocalTime } from './local-time';
import { CHANNELS, CONTACTED, CONTENT_CATEGORIES, type Channel, type ContactEvent, type Contacted, type ContentCategory } from './types';

/**
 * Checks log entries as they come from a form, the device's storage or an imported file, and returns them typed.
 * Every problem is reported (not only the first), each with `field` `events.<index>.<name>`, `params.index`
 * (0-based) and `params.entry` (1-based, for the words "entry 3"), so the UI can point at the entry. Codes:
 * - `collection.event.notAnObject` — the entry is not an object;
 * - `collection.at.invalid` {value} — not 'YYYY-MM-DDTHH:MM', or no such day or time;
 * - `collection.channel.unknown` {value};
 * - `collection.collector.required` — missing or only spaces;
 * - `collection.answered.required` — a call without answered true/false (the call limits need it);
 * - `collection.answered.notACall` — answered given on an SMS, app message, visit or other contact;
 * - `collection.contacted.unknown` {value};
 * - `collection.content.invalid` — content is not a list;
 * - `collection.content.unknown` {value} — a category outside the list in types.ts.
 * A category recorded twice is kept once (it is one flag either way).
 */
export function validateEvents(events: readonly unknown[]): Outcome<ContactEvent[]> {
  const issues: CalcIssue[] = [];
  const valid: ContactEvent[] = [];
  events.forEach((raw, index) => {
    const result = validateEvent(raw, index);
    if (result.ok) valid.push(result.value);
    else issues.push(...result.issues);
  });
  return issues.length > 0 ? failure(...issues) : success(valid);
}

const shown = (v: unknown): string => (typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v) ?? String(v));
const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/** One entry; see validateEvents for the codes. */
export function validateEvent(raw: unknown, index: number): Outcome<ContactEvent> {
  const issue = (name: string, code: string, value?: unknown): CalcIssue => ({
    field: `events.${index}.${name}`,
    code,
    params: value === undefined ? { index: String(index), entry: String(index + 1) } : { index: String(index), entry: String(index + 1), value: shown(value) },
  });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return failure({ field: `events.${index}`, code: 'collection.event.notAnObject', params: { index: String(index), entry: String(index + 1) } });
  }
  const r = raw as Record<string, unknown>;
  const issues: CalcIssue[] = [];

  const at = r['at'];
  if (typeof at !== 'string' || parseLocalTime(at) === undefined) issues.push(issue('at', 'collection.at.invalid', at ?? ''));

  const channel = r['channel'];
  if (!isOneOf<Channel>(CHANNELS, channel)) issues.push(issue('channel', 'collection.channel.unknown', channel ?? ''));

  const collector = typeof r['collector'] === 'string' ? r['collector'].trim() : '';
  if (collector === '') issues.push(issue('collector', 'collection.collector.required'));

  const answered = r['answered'];
  if (channel === 'call') {
    if (typeof answered !== 'boolean') issues.push(issue('answered', 'collection.answered.required'));
  } else if (answered !== undefined && isOneOf<Channel>(CHANNELS, channel)) {
    issues.push(issue('answered', 'collection.answered.notACall', channel));
  }

  const contacted = r['contacted'];
  if (!isOneOf<Contacted>(CONTACTED, contacted)) issues.push(issue('contacted', 'collection.contacted.unknown', contacted ?? ''));

  const content = r['content'] ?? [];
  const categories: ContentCategory[] = [];
  if (!Array.isArray(content)) {
    issues.push(issue('content', 'collection.content.invalid'));
  } else {
    for (const c of content) {
      if (!isOneOf<ContentCategory>(CONTENT_CATEGORIES, c)) issues.push(issue('content', 'collection.content.unknown', c));
      else if (!categories.includes(c)) categories.push(c);
    }
  }

  if (issues.length > 0) return failure(...issues);
  return success({
    at: at as string,
    channel: channel as Channel,
    collector,
    ...(channel === 'call' ? { answered: answered as boolean } : {}),
    contacted: contacted as Contacted,
    content: categories,
  });
}
