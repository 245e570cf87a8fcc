import type { CalcIssue, Outcome } from '../../lib/errors';
import { parseDate } from '../../lib/parse/date';
import { COURT_DOCUMENTS, courtDeadline, isCourtDocument, limitationEstimate, type CourtDeadline, type LimitationEstimate } from '../../lib/deadlines';
import type { Translate } from '../../i18n/translate';
import type { DeadlinesValues } from './deadlines-fields';

/** Form values → engine calls. No date arithmetic here: parsing is src/lib/parse, counting src/lib/deadlines. */
export * from './deadlines-fields';

/** A court deadline, or — when a day that decides it is beyond the holiday data — the count without the move. */
export type CourtView =
  | { known: true; deadline: CourtDeadline }
  | {
      known: false;
      document: keyof typeof COURT_DOCUMENTS;
      action: (typeof COURT_DOCUMENTS)[keyof typeof COURT_DOCUMENTS]['action'];
      receivedOn: string;
      periodDays: number;
      nominalLastDay: string;
      /** The issue's params, for its message (issue.deadline.holidaysUnknown). */
      params: Record<string, string>;
    };

/** The date as typed → ISO, or parse issues on `field`. */
const readDate = (text: string, field: string): Outcome<string> => parseDate(text, { field });

/** Court mode: what arrived and when → the last day. holidaysUnknown is a result (the date may move), not an error. */
export function computeCourt(values: DeadlinesValues): Outcome<CourtView> {
  const date = readDate(values.receivedOn, 'receivedOn');
  if (!date.ok) return date;
  const out = courtDeadline({ document: values.document, receivedOn: date.value });
  if (out.ok) return { ok: true, value: { known: true, deadline: out.value } };
  const unknown = out.issues.find((i) => i.code === 'deadline.holidaysUnknown');
  if (unknown && isCourtDocument(values.document)) {
    const doc = COURT_DOCUMENTS[values.document];
    const params = unknown.params ?? {};
    return {
      ok: true,
      value: { known: false, document: values.document, action: doc.action, receivedOn: date.value, periodDays: doc.days, nominalLastDay: params['nominalLastDay'] ?? '', params },
    };
  }
  return out;
}

/** Limitation mode: the last event and its date, and the device's today → the estimate. The engine's `on` is the form's eventOn. */
export function computeLimitation(values: DeadlinesValues, today: string): Outcome<LimitationEstimate> {
  const date = readDate(values.eventOn, 'eventOn');
  if (!date.ok) return date;
  const out = limitationEstimate({ event: values.event, on: date.value, today });
  return out.ok ? out : { ok: false, issues: out.issues.map((i) => (i.field === 'on' ? { ...i, field: 'eventOn' } : i)) };
}

/**
 * The reader's words for an issue: `issue.<field>.<code>`, else `issue.<code>` with the field's label. Like
 * shared/issues.ts, without its number formatting (our params are dates), which would bring decimal.js along.
 */
export function issueText(t: Translate, issue: CalcIssue, label: string): string {
  const params = { ...(issue.params ?? {}), label };
  for (const key of [`issue.${issue.field}.${issue.code}`, `issue.${issue.code}`]) {
    const text = t(key, params);
    if (text !== key) return text;
  }
  return t('issue.unknown', params);
}

/** Issues by input id (the first per field) and in form order for the error summary. */
export function issuesByField(t: Translate, issues: readonly CalcIssue[], fields: ReadonlyArray<{ field: string; label: string }>) {
  const byField: Record<string, string> = {};
  for (const issue of issues) {
    const f = fields.find((x) => x.field === issue.field) ?? fields[fields.length - 1];
    if (!f || byField[f.field]) continue;
    byField[f.field] = issueText(t, issue, f.label);
  }
  const summary = fields.filter((f) => byField[f.field]).map((f) => ({ fieldId: f.field, message: byField[f.field] as string }));
  return { byField, summary };
}
