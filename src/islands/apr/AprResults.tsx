import type { Locale } from '../../i18n/locales';
import { formatMoney, formatPercent } from '../../i18n/format';
import { currencyOr } from '../../i18n/currencies';
import type { Translate } from '../../i18n/translate';
import type { DatedAprResult } from '../../lib/apr/dated-flows';
import type { LegalLine, LegalVerdict } from '../../lib/legal';
import type { Dec } from '../../lib/money/decimal';
import { nominalAnnualPctOf } from '../../lib/schedule';
import { ResultFigure } from '../shared/controls';
import { issueMessage } from '../shared/issues';
import type { AprMode, AprOutcome, AprValues } from './apr-form';

/**
 * Everything that needs decimal.js and the engine: loaded by AprCalculator right after it hydrates, so the
 * form itself becomes interactive first (the same split as the other tools).
 */
export { computeApr } from './apr-form';
export { collectIssues, issueMessage } from '../shared/issues';

interface Props {
  t: Translate;
  locale: Locale;
  outcome: AprOutcome;
  values: AprValues;
  mode: AprMode;
  limitsArticleHref: string;
  /** Where a reader whose loan breaks a line goes next (articles and tools, in this locale). */
  nextSteps: ReadonlyArray<{ href: string; label: string }>;
}

/** The results panel: headline figures, why they differ from the quote, and the legal-line verdict. */
export function AprResults({ t, locale, outcome, values, mode, limitsArticleHref, nextSteps }: Props) {
  const currency = currencyOr(values.currency);
  const money = (d: Dec) => formatMoney(d, locale, currency);
  const pct = (d: Dec) => formatPercent(d, locale);

  if (!outcome.ok && 'pending' in outcome) {
    return (
      <section class="mz-results" aria-labelledby="results-title" aria-busy="true">
        <h2 id="results-title">{t('calc.common.results')}</h2>
        <p class="mz-results__empty">{t('calc.common.calculating')}</p>
      </section>
    );
  }
  if (!outcome.ok) {
    const everythingEmpty = ['amount', 'months', 'payment', 'totalRepaid', 'annualPct', 'monthlyPct', 'dailyPct', 'monthlyFeePct', 'flows'].every((k) => values[k as keyof AprValues].trim() === '');
    return (
      <section class="mz-results" aria-labelledby="results-title" aria-live="polite">
        <h2 id="results-title">{t('calc.common.results')}</h2>
        <p class="mz-results__empty">{everythingEmpty ? t('calc.common.resultsEmpty') : t('calc.common.resultsHaveErrors')}</p>
      </section>
    );
  }

  const { result, verdict, verdictIssues, quote, payment, lastPayment, checks = [] } = outcome.value;
  const dated = mode === 'flows' ? (result as DatedAprResult) : undefined;
  const aprPct = dated ? dated.regzAprPct : result.nominalAprPct;

  return (
    <section class="mz-results" aria-labelledby="results-title">
      <h2 id="results-title">{t('calc.common.results')}</h2>
      <dl class="mz-results__grid" aria-live="polite">
        <ResultFigure name="aprPct" label={t(dated ? 'calc.apr.result.aprPctFlows' : 'calc.apr.result.aprPct')} value={aprPct.toFixed()} display={pct(aprPct)} emphasis />
        <ResultFigure name="effectivePct" label={t('calc.apr.result.effectivePct')} value={result.effectivePct.toFixed()} display={pct(result.effectivePct)} />
        {dated && <ResultFigure name="aprcPct" label={t('calc.apr.result.aprcPct')} value={dated.aprcPct.toFixed()} display={pct(dated.aprcPct)} />}
        {payment && (
          <ResultFigure
            name="payment"
            label={t(lastPayment && !lastPayment.eq(payment) ? 'calc.apr.result.firstPayment' : 'calc.apr.result.payment')}
            value={payment.toFixed()}
            display={money(payment)}
          />
        )}
        <ResultFigure name="totalRepaid" label={t('calc.apr.result.totalPaid')} value={result.totalPaid.toFixed()} display={money(result.totalPaid)} />
        <ResultFigure name="totalCost" label={t('calc.apr.result.totalCost')} value={result.totalCost.toFixed()} display={money(result.totalCost)} />
        <ResultFigure name="received" label={t('calc.apr.result.received')} value={result.received.toFixed()} display={money(result.received)} />
      </dl>
      {checks.length > 0 && (
        <div class="mz-box mz-apr-checks" data-checks={checks.map((c) => c.code).join(' ')}>
          <h3>{t('calc.apr.check.title')}</h3>
          {checks.map((c) => (
            <p key={c.code}>{issueMessage(t, locale, c, '')}</p>
          ))}
        </div>
      )}
      {outcome.value.understood && (
        <p data-understood={outcome.value.understood.kind}>
          {t(`calc.apr.understood.${outcome.value.understood.kind}`, { source: outcome.value.understood.source, pct: outcome.value.understood.percent.toFixed() })}
        </p>
      )}
      <p class="mz-muted">{t('calc.apr.result.whichRate')}</p>

      <h3>{t('calc.apr.why.title')}</h3>
      {whySentences(t, money, pct, outcome.value, values).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}

      <h3>{t('calc.apr.legal.title')}</h3>
      {outcome.value.verdictPending ? (
        <p>{t('calc.common.calculating')}</p>
      ) : verdict ? (
        <LegalVerdictView t={t} verdict={verdict} fmtPct={pct} nextSteps={nextSteps} />
      ) : verdictIssues?.length ? (
        verdictIssues.map((issue) => <p key={issue.code}>{issueMessage(t, locale, issue, t('calc.apr.contractDate.label'))}</p>)
      ) : (
        <p>{t('calc.apr.legal.prompt')}</p>
      )}
      <p>
        <a href={limitsArticleHref}>{t('calc.apr.legal.readMore')}</a>
      </p>
      <p class="mz-muted">{t('calc.apr.legal.notAdvice')}</p>
      {quote && <PrintedInputs t={t} values={values} />}
    </section>
  );
}

/** One or two plain sentences on why the true APR differs from the lender's headline number. */
function whySentences(t: Translate, fmtMoney: (d: Dec) => string, fmtPct: (d: Dec) => string, computed: Extract<AprOutcome, { ok: true }>['value'], values: AprValues): string[] {
  const { quote, result } = computed;
  if (computed.mode === 'payment') {
    const amount = values.amount;
    const lines = result.received.lt(result.totalPaid) && computed.payment ? [t('calc.apr.why.payment', { received: fmtMoney(result.received), payment: fmtMoney(computed.payment), total: fmtMoney(result.totalPaid), cost: fmtMoney(result.totalCost) })] : [];
    if (amount.trim() !== '' && values.received.trim() + values.upfrontFee.trim() !== '') lines.push(t('calc.apr.why.receivedOnly'));
    return lines.length ? lines : [t('calc.apr.why.same', { effective: fmtPct(result.effectivePct) })];
  }
  if (!quote) return [t('calc.apr.why.flows')];
  const sentences: string[] = [];
  const rate = quote.rate;
  if ('monthlyFeePct' in rate) {
    sentences.push(t('calc.apr.why.flatFee', { fee: values.monthlyFeePct.replace(/%$/, ''), amount: fmtMoney(quote.principal), apr: fmtPct(result.nominalAprPct), simple: fmtPct(nominalAnnualPctOf(rate)) }));
  } else if ('dailyPct' in rate) {
    sentences.push(t('calc.apr.why.daily', { daily: rate.dailyPct.toFixed(), basis: String(rate.dayBasis), simple: fmtPct(nominalAnnualPctOf(rate)) }));
  }
  if (result.received.lt(quote.principal)) sentences.push(t('calc.apr.why.upfront', { received: fmtMoney(result.received), amount: fmtMoney(quote.principal) }));
  if (quote.periodicFee?.gt(0)) sentences.push(t('calc.apr.why.periodicFee', { fee: fmtMoney(quote.periodicFee) }));
  if (!sentences.length) sentences.push(t('calc.apr.why.same', { effective: fmtPct(result.effectivePct) }));
  return sentences;
}

/**
 * The public status of a line, for readers and for pages that embed us (`data-status`): where the true APR
 * stands against a line that applies to this lender, `assumed` when the line rests on an LPR we do not know
 * for the date, `not-applicable` for lines that do not govern this loan (shown folded, never as "fine").
 */
export function lineStatus(line: LegalLine): 'above' | 'below' | 'not-applicable' | 'assumed' {
  if (line.assumedLpr) return 'assumed';
  if (!governs(line)) return 'not-applicable';
  return line.position === 'above' ? 'above' : 'below';
}

/** Whether a line governs this loan (a protected ceiling, void above, or a reduction on request) and has a figure. */
const governs = (line: LegalLine): boolean => line.thresholdPct !== undefined && !['notDirectly', 'notInForce', 'historic'].includes(line.status);

/** The first line that governs this loan. */
const governing = (verdict: LegalVerdict): LegalLine | undefined => verdict.lines.find(governs);

function LegalVerdictView({ t, verdict, fmtPct, nextSteps }: { t: Translate; verdict: LegalVerdict; fmtPct: (d: Dec) => string; nextSteps: Props['nextSteps'] }) {
  const main = governing(verdict);
  const applies = verdict.lines.filter(governs);
  // Lines that do not govern this loan are folded; the old 36 % line appears only where the APR passes it.
  const other = verdict.lines.filter((l) => !governs(l) && !(l.id === 'annual36' && !verdict.aprPct.gt(36)));
  const above = main?.position === 'above';
  return (
    <div class="mz-legal" data-legal-lender={verdict.lender}>
      {main && main.thresholdPct && (
        <p class={`mz-verdict__headline${above ? ' mz-verdict__headline--above' : ''}`} data-verdict={above ? 'above' : 'below'}>
          <strong>
            {t(above ? `calc.apr.verdict.above.${verdict.lender}` : 'calc.apr.verdict.below', { apr: fmtPct(verdict.aprPct), line: t(`calc.apr.legal.line.${main.id}`), threshold: fmtPct(main.thresholdPct) })}
          </strong>
        </p>
      )}
      {above && nextSteps.length > 0 && (
        <div class="mz-verdict__next">
          <p>{t('calc.apr.verdict.next')}</p>
          <ul>
            {nextSteps.map((s) => (
              <li key={s.href}>
                <a href={s.href}>{s.label}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>{t('calc.apr.legal.summary', { date: verdict.contractDate, lender: t(`calc.apr.legal.lenderName.${verdict.lender}`) })}</p>
      {applies.map((line) => (
        <LegalLineView key={line.id} t={t} line={line} fmtPct={fmtPct} />
      ))}
      {other.length > 0 && (
        <details class="mz-verdict__other">
          <summary>{t('calc.apr.verdict.otherLines', { n: other.length })}</summary>
          {other.map((line) => (
            <LegalLineView key={line.id} t={t} line={line} fmtPct={fmtPct} />
          ))}
        </details>
      )}
      {verdict.flags.map((flag) => (
        <p key={flag} class="mz-muted">
          {t(`calc.apr.legal.flag.${flag}`)}
        </p>
      ))}
      <p class="mz-muted">{t('calc.apr.legal.asOf', { date: verdict.lprAsOf })}</p>
    </div>
  );
}

function LegalLineView({ t, line, fmtPct }: { t: Translate; line: LegalLine; fmtPct: (d: Dec) => string }) {
  const status = lineStatus(line);
  // Only a line that governs this loan is coloured; a reference line is never shown as "fine" beside a breach.
  const tone = status === 'above' ? 'above' : status === 'below' ? 'below' : '';
  return (
    <div class={`mz-verdict${tone ? ` mz-verdict--${tone}` : ''}`} data-legal-line={line.id} data-status={status} data-rule={line.status} data-position={line.position ?? 'unknown'}>
      <h4>
        {t(`calc.apr.legal.line.${line.id}`)}
        {line.thresholdPct && <> — {t('calc.apr.legal.threshold', { threshold: fmtPct(line.thresholdPct) })}</>}
      </h4>
      {line.lpr && line.thresholdPct && !line.assumedLpr && <p>{t('calc.apr.legal.lpr', { lpr: line.lpr.ratePct.toFixed(2), date: line.lpr.effectiveFrom, threshold: fmtPct(line.thresholdPct) })}</p>}
      {line.lpr && line.thresholdPct && line.assumedLpr && (
        <p class="mz-verdict__assumed">{t(`calc.apr.legal.assumed.${line.assumedLpr}`, { lpr: line.lpr.ratePct.toFixed(2), date: line.lpr.effectiveFrom, threshold: fmtPct(line.thresholdPct) })}</p>
      )}
      <p>{t(`calc.apr.legal.status.${line.status}`)}</p>
      {line.interestThrough && <p>{t('calc.apr.legal.interestThrough', { date: line.interestThrough })}</p>}
      {line.interestFrom && <p>{t('calc.apr.legal.interestFrom', { date: line.interestFrom })}</p>}
      <p>
        <strong>
          {line.position === 'above' && line.excessPct
            ? t('calc.apr.legal.above', { excess: fmtPct(line.excessPct).replace('%', '') })
            : line.position === 'atOrBelow'
              ? t('calc.apr.legal.atOrBelow')
              : t('calc.apr.legal.noThreshold')}
        </strong>
      </p>
      {line.flags.map((flag) => (
        <p key={flag} class="mz-muted">
          {t(`calc.apr.legal.flag.${flag}`)}
        </p>
      ))}
      <p class="mz-muted">
        {t('calc.apr.legal.sources')}
        {line.sources
          .map((ref) => {
            const [id, article] = ref.split('#');
            return t(`calc.apr.legal.source.${id}`) + (article ? ` ${t('calc.apr.legal.article', { n: article })}` : '');
          })
          .join(' · ')}
      </p>
    </div>
  );
}

/** What the reader entered, shown only in print so a printout stands on its own. */
function PrintedInputs({ t, values }: { t: Translate; values: AprValues }) {
  const shown = (['amount', 'received', 'upfrontFee', 'months', 'annualPct', 'monthlyPct', 'dailyPct', 'monthlyFeePct', 'periodicFee', 'contractDate'] as const).filter((k) => values[k].trim() !== '');
  const label = (k: (typeof shown)[number]) => (k.endsWith('Pct') ? t(`calc.apr.rate.${k}`) : t(`calc.apr.${k}.label`));
  return (
    <div class="mz-print-inputs">
      <h3>{t('calc.common.yourInputs')}</h3>
      <dl>
        {shown.map((k) => (
          <div key={k}>
            <dt>{label(k)}</dt>
            <dd>{values[k]}</dd>
          </div>
        ))}
        <div>
          <dt>{t('calc.apr.method.legend')}</dt>
          <dd>{t(`calc.apr.method.${values.method}`)}</dd>
        </div>
      </dl>
    </div>
  );
}
