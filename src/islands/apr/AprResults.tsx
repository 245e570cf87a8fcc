import type { Locale } from '../../i18n/locales';
import { formatMoney, formatPercent } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import type { DatedAprResult } from '../../lib/apr/dated-flows';
import type { LegalLine, LegalVerdict } from '../../lib/legal';
import type { Dec } from '../../lib/money/decimal';
import { nominalAnnualPctOf } from '../../lib/schedule';
import { ResultFigure } from '../shared/controls';
import { issueMessage } from '../shared/issues';
import type { AprOutcome, AprValues } from './apr-form';

/**
 * Everything that needs decimal.js and the engine: loaded by AprCalculator right after it hydrates, so the
 * form itself becomes interactive first (the same split as the other tools).
 */
export { computeApr } from './apr-form';
export { collectIssues } from '../shared/issues';

interface Props {
  t: Translate;
  locale: Locale;
  outcome: AprOutcome;
  values: AprValues;
  mode: 'quote' | 'flows';
  limitsArticleHref: string;
}

/** The results panel: headline figures, why they differ from the quote, and the legal-line verdict. */
export function AprResults({ t, locale, outcome, values, mode, limitsArticleHref }: Props) {
  const currency = values.currency || 'CNY';
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
    const everythingEmpty = ['amount', 'months', 'annualPct', 'monthlyPct', 'dailyPct', 'monthlyFeePct', 'flows'].every((k) => values[k as keyof AprValues].trim() === '');
    return (
      <section class="mz-results" aria-labelledby="results-title" aria-live="polite">
        <h2 id="results-title">{t('calc.common.results')}</h2>
        <p class="mz-results__empty">{everythingEmpty ? t('calc.common.resultsEmpty') : t('calc.common.resultsHaveErrors')}</p>
      </section>
    );
  }

  const { result, verdict, verdictIssues, quote } = outcome.value;
  const dated = mode === 'flows' ? (result as DatedAprResult) : undefined;
  const aprPct = dated ? dated.regzAprPct : result.nominalAprPct;

  return (
    <section class="mz-results" aria-labelledby="results-title">
      <h2 id="results-title">{t('calc.common.results')}</h2>
      <dl class="mz-results__grid" aria-live="polite">
        <ResultFigure name="aprPct" label={t(dated ? 'calc.apr.result.aprPctFlows' : 'calc.apr.result.aprPct')} value={aprPct.toFixed()} display={pct(aprPct)} emphasis />
        <ResultFigure name="effectivePct" label={t('calc.apr.result.effectivePct')} value={result.effectivePct.toFixed()} display={pct(result.effectivePct)} />
        {dated && <ResultFigure name="aprcPct" label={t('calc.apr.result.aprcPct')} value={dated.aprcPct.toFixed()} display={pct(dated.aprcPct)} />}
        <ResultFigure name="totalCost" label={t('calc.apr.result.totalCost')} value={result.totalCost.toFixed()} display={money(result.totalCost)} />
        <ResultFigure name="totalPaid" label={t('calc.apr.result.totalPaid')} value={result.totalPaid.toFixed()} display={money(result.totalPaid)} />
        <ResultFigure name="received" label={t('calc.apr.result.received')} value={result.received.toFixed()} display={money(result.received)} />
      </dl>

      <h3>{t('calc.apr.why.title')}</h3>
      {whySentences(t, money, pct, outcome.value, values).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}

      <h3>{t('calc.apr.legal.title')}</h3>
      {outcome.value.verdictPending ? (
        <p>{t('calc.common.calculating')}</p>
      ) : verdict ? (
        <LegalVerdictView t={t} verdict={verdict} fmtPct={pct} />
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

function LegalVerdictView({ t, verdict, fmtPct }: { t: Translate; verdict: LegalVerdict; fmtPct: (d: Dec) => string }) {
  return (
    <div class="mz-legal" data-legal-lender={verdict.lender}>
      <p>{t('calc.apr.legal.summary', { date: verdict.contractDate, lender: t(`calc.apr.legal.lenderName.${verdict.lender}`) })}</p>
      {verdict.lines.map((line) => (
        <LegalLineView key={line.id} t={t} line={line} fmtPct={fmtPct} />
      ))}
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
  const tone = line.position === 'above' && ['protectedCeiling', 'voidAbove', 'reductionOnRequest'].includes(line.status) ? 'above' : line.position === 'atOrBelow' ? 'below' : '';
  return (
    <div class={`mz-verdict${tone ? ` mz-verdict--${tone}` : ''}`} data-line={line.id} data-status={line.status} data-position={line.position ?? 'unknown'}>
      <h4>
        {t(`calc.apr.legal.line.${line.id}`)}
        {line.thresholdPct && <> — {t('calc.apr.legal.threshold', { threshold: fmtPct(line.thresholdPct) })}</>}
      </h4>
      {line.lpr && line.thresholdPct && <p>{t('calc.apr.legal.lpr', { lpr: line.lpr.ratePct.toFixed(2), date: line.lpr.effectiveFrom, threshold: fmtPct(line.thresholdPct) })}</p>}
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
