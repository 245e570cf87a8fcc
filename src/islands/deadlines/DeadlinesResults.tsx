import { INTL_LOCALE, type Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/translate';
import { writeIcs, type DayInfo, type LimitationEstimate } from '../../lib/deadlines';
import { downloadText } from '../shared/csv';
import { DownloadButton, ResultFigure } from '../shared/controls';
import type { CourtView } from './deadlines-form';

/**
 * Everything that needs the engine (holiday data, counting, the .ics writer): loaded by DeadlinesCalculator right
 * after it hydrates, so the form is interactive first.
 */
export { computeCourt, computeLimitation, issuesByField } from './deadlines-form';

/** 'YYYY-MM-DD' in the reader's words, with the weekday. UTC on both sides: a calendar day, no time zone moves it. */
export function formatDay(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'full', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** '85' → 第 85 条 / Art. 85; '171(1)' → 第 171 条第 1 款 / Art. 171(1). */
function article(t: Translate, ref: string): string {
  const m = /^(\d+)\((\d+)\)$/.exec(ref);
  return m ? t('deadlines.articlePara', { n: m[1] as string, p: m[2] as string }) : t('deadlines.article', { n: ref });
}

function holidayName(t: Translate, name: string): string {
  const key = `deadlines.holidayName.${name}`;
  const text = t(key);
  return text === key ? name : text;
}

function DayList({ t, locale, days }: { t: Translate; locale: Locale; days: readonly DayInfo[] }) {
  return (
    <ul class="mz-deadlines__days" data-moved-past>
      {days.map((d) => (
        <li key={d.date} data-date={d.date}>
          {formatDay(d.date, locale)} · {t(`deadlines.dayKind.${d.kind}`)}
          {d.holiday ? ` · ${holidayName(t, d.holiday)}` : ''}
        </li>
      ))}
    </ul>
  );
}

export function CourtResult({ t, locale, view, onLimitation }: { t: Translate; locale: Locale; view: CourtView; onLimitation: () => void }) {
  const d = view.known ? view.deadline : view;
  const last = view.known ? view.deadline.lastDay : view.nominalLastDay;
  const action = t(`deadlines.action.${d.action}`);
  const documentName = t(`deadlines.document.${d.document}.name`);
  const howto = t(`deadlines.howto.${d.document}`);
  const sep = t('deadlines.listSeparator');
  const articles = view.known ? view.deadline.articles : ['85', { complaint: '128', 'payment-order': '227', judgment: '171(1)', ruling: '171(2)' }[d.document]];
  const notices = view.known ? view.deadline.notices : [];

  const download = () => {
    const text = writeIcs({
      prodId: '-//Mingzhang//Court deadlines//' + locale.toUpperCase(),
      stamp: new Date(),
      events: [
        {
          uid: `deadline-${d.document}-${d.receivedOn}-${last}@mingzhang`,
          date: last,
          summary: t('deadlines.ics.summary', { action, document: documentName }),
          description: t(view.known ? 'deadlines.ics.description' : 'deadlines.ics.descriptionUnknown', {
            document: documentName,
            received: formatDay(d.receivedOn, locale),
            last: formatDay(last, locale),
            howto,
          }),
          alarms: [
            { daysBefore: 3, description: t('deadlines.ics.alarm3', { action }) },
            { daysBefore: 1, description: t('deadlines.ics.alarm1', { action }) },
          ],
        },
      ],
    });
    downloadText(t('deadlines.ics.file', { date: last }), text, 'text/calendar;charset=utf-8');
  };

  return (
    <div data-results="court" data-known={view.known ? 'true' : 'false'}>
      <p class="mz-visually-hidden" role="status">
        {t(view.known ? 'deadlines.result.lastDay' : 'deadlines.result.nominalLastDay')}: {formatDay(last, locale)}
      </p>
      <dl class="mz-results__grid">
        <ResultFigure name={view.known ? 'lastDay' : 'nominalLastDay'} label={t(view.known ? 'deadlines.result.lastDay' : 'deadlines.result.nominalLastDay')} value={last} display={formatDay(last, locale)} emphasis />
        <ResultFigure name="action" label={t('deadlines.result.action')} value={d.action} display={action} />
        <ResultFigure name="periodDays" label={t('deadlines.result.periodDays')} value={String(d.periodDays)} display={t('deadlines.result.days', { n: d.periodDays })} />
      </dl>

      {!view.known && (
        <div class="mz-box mz-box--warning" data-holidays-unknown>
          <h3>{t('deadlines.unknown.title')}</h3>
          <p>{t('issue.deadline.holidaysUnknown', { ...view.params, nominalLastDay: formatDay(view.nominalLastDay, locale) })}</p>
        </div>
      )}

      <div class="mz-actions mz-no-print">
        <DownloadButton label={t('deadlines.ics.download')} onClick={download} />
        <button type="button" class="mz-button mz-button--secondary" onClick={() => window.print()}>
          {t('calc.common.print')}
        </button>
      </div>
      <p class="mz-muted mz-no-print">{t('deadlines.ics.hint')}</p>

      <h3>{t('deadlines.todo.title')}</h3>
      <p>{howto}</p>
      {(d.document === 'complaint' || d.document === 'payment-order') && (
        <p>
          {t('deadlines.timeBar.hint')}{' '}
          <button type="button" class="mz-button mz-button--link" onClick={onLimitation}>
            {t('deadlines.timeBar.button')}
          </button>
        </p>
      )}

      <div class="mz-box mz-box--warning" data-court-notice>
        <h3>{t('deadlines.courtNotice.title')}</h3>
        <p>{t('deadlines.rule.courtNoticeWins.explain')}</p>
        <p>{t('deadlines.abroad')}</p>
      </div>
      {view.known && view.deadline.flags.includes('servedBeforeCurrentText') && (
        <p class="mz-box" data-flag="servedBeforeCurrentText">
          {t('deadlines.flag.servedBeforeCurrentText')}
        </p>
      )}

      <h3>{t('deadlines.counting.title')}</h3>
      <p>{t('deadlines.counting.plain', { received: formatDay(d.receivedOn, locale), days: d.periodDays, nominal: formatDay(view.known ? view.deadline.nominalLastDay : view.nominalLastDay, locale) })}</p>
      {!view.known ? (
        <p>{t('deadlines.counting.unknown')}</p>
      ) : view.deadline.movedPast.length > 0 ? (
        <>
          <p>{t('deadlines.counting.moved', { last: formatDay(view.deadline.lastDay, locale) })}</p>
          <DayList t={t} locale={locale} days={view.deadline.movedPast} />
        </>
      ) : (
        <p>{t('deadlines.counting.notMoved', { kind: t(`deadlines.dayKind.${view.deadline.lastDayKind}`) })}</p>
      )}
      <p>{t('deadlines.rule.posting.explain')}</p>

      <h3>{t('deadlines.sources.title')}</h3>
      <ul class="mz-deadlines__sources">
        <li>{t('deadlines.sources.cpl', { articles: articles.map((a) => article(t, a)).join(sep) })}</li>
        {notices.map((n) => (
          // The notice's own title, as the State Council issued it (Simplified), in every locale: marked as such.
          <li key={n.year} lang="zh-Hans">
            {t('deadlines.sources.notice', { title: n.title, docNumber: n.docNumber })}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function LimitationResult({ t, locale, estimate }: { t: Translate; locale: Locale; estimate: LimitationEstimate }) {
  const e = estimate;
  const days = Math.abs(e.daysLeft);
  const status =
    e.status === 'expired'
      ? t('deadlines.lim.status.expired', { date: formatDay(e.lastDay, locale), days })
      : e.status === 'running'
        ? t('deadlines.lim.status.running', { days })
        : t(e.daysLeft >= 0 ? 'deadlines.lim.status.closeBefore' : 'deadlines.lim.status.closeAfter', { days });
  return (
    <div data-results="limitation" data-status={e.status}>
      <dl class="mz-results__grid">
        <ResultFigure name="limitationLastDay" label={t('deadlines.lim.result.lastDay')} value={e.lastDay} display={formatDay(e.lastDay, locale)} emphasis />
      </dl>
      <p class={`mz-box${e.status === 'running' ? '' : ' mz-box--warning'}`} role="status" data-limitation-status>
        {status}
      </p>
      <div class="mz-box mz-box--warning" data-estimate-note>
        <h3>{t('deadlines.lim.estimate.title')}</h3>
        <p>{t('deadlines.lim.estimate.body')}</p>
      </div>

      <h3>{t('deadlines.lim.dontSign.title')}</h3>
      <p>{t('deadlines.lim.dontSign.body')}</p>
      <ul>
        {[1, 2, 3, 4].map((n) => (
          <li key={n}>{t(`deadlines.lim.dontSign.${n}`)}</li>
        ))}
      </ul>

      <h3>{t('deadlines.counting.title')}</h3>
      <p>{t('deadlines.lim.counting', { on: formatDay(e.on, locale), nominal: formatDay(e.nominalLastDay, locale) })}</p>
      {e.movedPast.length > 0 && (
        <>
          <p>{t('deadlines.lim.moved', { nominal: formatDay(e.nominalLastDay, locale), last: formatDay(e.lastDay, locale) })}</p>
          <DayList t={t} locale={locale} days={e.movedPast} />
        </>
      )}
      {!e.holidaysKnown && <p data-holidays-unknown>{t('deadlines.lim.unknown', { year: e.nominalLastDay.slice(0, 4), nominal: formatDay(e.nominalLastDay, locale) })}</p>}
      {e.event === 'due' && <p>{t('deadlines.lim.due')}</p>}

      <h3>{t('deadlines.lim.restart.title')}</h3>
      <p>{t('deadlines.lim.restart.body')}</p>
      <ul>
        {[1, 2, 3].map((n) => (
          <li key={n}>{t(`deadlines.lim.restart.${n}`)}</li>
        ))}
      </ul>
      <p>{t('deadlines.lim.restart.note')}</p>
      <p>{t('deadlines.lim.suspend')}</p>
      <p>{t('deadlines.lim.twenty')}</p>

      <h3>{t('deadlines.sources.title')}</h3>
      <p>{t('deadlines.lim.sources')}</p>
    </div>
  );
}

