import { useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/translate';
import { flagEvents } from '../../lib/collection/flags';
import { eventOf, newestFirst, type LogEntry } from '../../lib/collection/log-file';
import { ruleFor } from '../../lib/collection/rules';
import { summarizeLog } from '../../lib/collection/summary';
import { RULE_CODES } from '../../lib/collection/types';
import { shownTime } from './collection-log-fields';
import { BasisItem } from './flag-words';

/** Where to file, in the order a borrower usually goes (facts.md §6.1). */
const CHANNELS_TO_FILE = ['lender', '12378', '12363', '12321', '110'] as const;
/** Other evidence to keep beside the log (facts.md §6.3). */
const EVIDENCE = ['contract', 'statement', 'schedule', 'calls', 'others', 'visits', 'permissions', 'tickets', 'credit'] as const;

/**
 * The evidence report: what the print stylesheet prints (and "save as PDF" saves). On screen it sits under the log,
 * its body shown on request. Chronological, unlike the list: a complaint reads as a story in order.
 */
export function LogReport({ t, entries, dayName }: { t: Translate; locale: Locale; entries: readonly LogEntry[]; dayName: (date: string) => string }) {
  const ordered = useMemo(() => newestFirst(entries).reverse(), [entries]);
  const flags = useMemo(() => flagEvents(ordered.map(eventOf)), [ordered]);
  const summary = useMemo(() => summarizeLog(ordered.map(eventOf), flags), [ordered, flags]);
  const [open, setOpen] = useState(false);
  const rulesSeen = RULE_CODES.filter((code) => summary.byRule[code] > 0);

  return (
    <section class="mz-log-report" aria-labelledby="log-report-title" data-log-report>
      <h2 id="log-report-title">{t('collection.log.report.title')}</h2>
      <p class="mz-no-print">{t('collection.log.report.intro')}</p>
      <div class="mz-actions mz-no-print">
        <button type="button" class="mz-button" data-print onClick={() => window.print()} disabled={entries.length === 0}>
          {t('collection.log.report.print')}
        </button>
        <button type="button" class="mz-button mz-button--secondary" aria-expanded={open ? 'true' : 'false'} aria-controls="log-report-body" onClick={() => setOpen(!open)}>
          {t(open ? 'collection.log.report.hide' : 'collection.log.report.preview')}
        </button>
      </div>
      {/* Closed on screen (the list above shows the same entries); always printed (collection-log.css). */}
      <div id="log-report-body" class={`mz-log-report__body${open ? '' : ' mz-log-report__body--closed'}`} data-log-report-body>
          {summary.period === undefined ? (
            <p>{t('collection.log.report.empty')}</p>
          ) : (
            <>
              <p data-report-period>
                {t('collection.log.report.period', {
                  from: dayName(summary.period.from),
                  through: dayName(summary.period.through),
                  events: summary.events,
                  flagged: summary.flaggedEvents,
                })}
              </p>
              <p class="mz-muted">{t('collection.log.report.caveat')}</p>

              <h3>{t('collection.log.report.countsTitle')}</h3>
              {rulesSeen.length === 0 ? (
                <p>{t('collection.log.report.noFlags')}</p>
              ) : (
                <div class="mz-table-wrap" tabIndex={0} role="region" aria-labelledby="log-counts-caption">
                  <table class="mz-table" data-table="counts">
                    <caption id="log-counts-caption">{t('collection.log.report.countsCaption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('collection.log.report.rule')}</th>
                        {summary.byCollector.map((c) => (
                          <th scope="col" key={c.collector} class="mz-num">
                            {c.collector}
                          </th>
                        ))}
                        <th scope="col" class="mz-num">
                          {t('collection.log.report.total')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {rulesSeen.map((code) => (
                        <tr key={code} data-rule={code}>
                          <th scope="row">{t(`collection.rule.${code}.name`)}</th>
                          {summary.byCollector.map((c) => (
                            <td key={c.collector} class="mz-num" data-collector={c.collector}>
                              {c.byRule[code]}
                            </td>
                          ))}
                          <td class="mz-num" data-total>
                            {summary.byRule[code]}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr>
                        <th scope="row">{t('collection.log.report.contacts')}</th>
                        {summary.byCollector.map((c) => (
                          <td key={c.collector} class="mz-num">
                            {c.events}
                          </td>
                        ))}
                        <td class="mz-num">{summary.events}</td>
                      </tr>
                    </tfoot>
                  </table>
                </div>
              )}

              <h3>{t('collection.log.report.entriesTitle')}</h3>
              <div class="mz-table-wrap" tabIndex={0} role="region" aria-labelledby="log-entries-caption">
                <table class="mz-table mz-log-report__entries" data-table="entries">
                  <caption id="log-entries-caption">{t('collection.log.report.entriesCaption', { count: ordered.length })}</caption>
                  <thead>
                    <tr>
                      {['at', 'channel', 'collector', 'contacted', 'content', 'shown', 'note', 'flags'].map((k) => (
                        <th scope="col" key={k}>
                          {t(`collection.log.csv.${k}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {ordered.map((e, i) => (
                      <tr key={e.id} data-entry-id={e.id}>
                        <td class="mz-log-nowrap">{shownTime(e.at)}</td>
                        <td>
                          {t(`collection.channel.${e.channel}`)}
                          {e.answered !== undefined && ` (${t(e.answered ? 'collection.log.answered.yes' : 'collection.log.answered.no')})`}
                        </td>
                        <td>{e.collector}</td>
                        <td>{t(`collection.contacted.${e.contacted}`)}</td>
                        <td>{e.content.map((c) => t(`collection.content.${c}`)).join(t('collection.log.listSep'))}</td>
                        <td>{e.shown}</td>
                        <td>{e.note}</td>
                        <td>{(flags[i] ?? []).map((c) => t(`collection.rule.${c}.name`)).join(t('collection.log.listSep'))}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>

              {rulesSeen.length > 0 && (
                <>
                  <h3>{t('collection.log.report.rulesTitle')}</h3>
                  <dl class="mz-log-report__rules">
                    {rulesSeen.map((code) => {
                      const rule = ruleFor(code);
                      return (
                        <div key={code} data-rule={code}>
                          <dt>{t(`collection.rule.${code}.name`)}</dt>
                          <dd>
                            <p>{t(`collection.rule.${code}.explain`)}</p>
                            <p>
                              <strong>{t(`collection.wording.${rule.wording}`)}</strong>
                            </p>
                            <ul>
                              {rule.bases.map((b) => (
                                <BasisItem key={b.source.id} t={t} basis={b} />
                              ))}
                            </ul>
                          </dd>
                        </div>
                      );
                    })}
                  </dl>
                  <p class="mz-muted">{t('collection.log.report.sourcesNote')}</p>
                </>
              )}
            </>
          )}

          <h3>{t('collection.log.report.fileTitle')}</h3>
          <ul class="mz-log-report__channels">
            {CHANNELS_TO_FILE.map((c) => (
              <li key={c} data-channel={c}>
                <strong>{t(`collection.log.file.${c}.name`)}</strong> {t(`collection.log.file.${c}.when`)}
              </li>
            ))}
          </ul>

          <h3>{t('collection.log.report.evidenceTitle')}</h3>
          <ul class="mz-log-report__evidence">
            {EVIDENCE.map((k) => (
              <li key={k}>{t(`collection.log.evidence.${k}`)}</li>
            ))}
          </ul>
      </div>
    </section>
  );
}
