import { ruleFor, type RuleBasis, type Wording } from '../../lib/collection/rules';
import type { RuleCode } from '../../lib/collection/types';
import type { Translate } from '../../i18n/translate';

/**
 * A flag in words: the rule's name, how firmly its texts bind (the engine's `wording`: never "illegal" where the
 * rule is guidance) and the texts it rests on. Used by the list and by the report.
 */
/** One text a rule rests on: its title (and article), then who issued it, how firmly and whom it binds, and how it words the rule. */
export function BasisItem({ t, basis: b }: { t: Translate; basis: RuleBasis }) {
  const s = b.source;
  const parts = [
    t(`collection.issuer.${s.issuer}`) + (s.issued ? ` ${s.issued}` : ''),
    t(`collection.firmness.${s.kind}`),
    t('collection.log.binds', { who: t(`collection.binds.${s.binds}`) }),
    t(`collection.strength.${b.strength}`) + (b.condition ? t('collection.log.condition', { condition: t(`collection.condition.${b.condition}`) }) : ''),
  ];
  if (b.note) parts.push(t(`collection.note.${b.note}`));
  return (
    <li class="mz-log-basis">
      <cite>{t(`collection.source.${s.id}.title`)}</cite>
      {b.clause ? ` ${t('collection.log.clause', { clause: b.clause })}` : ''}
      <span class="mz-log-basis__details">{parts.join(t('collection.log.sep'))}</span>
    </li>
  );
}

const WORDING_ORDER: readonly Wording[] = ['mayBeUnlawful', 'againstRules', 'againstGuidance'];

export function FlagList({ t, codes }: { t: Translate; codes: readonly RuleCode[] }) {
  if (codes.length === 0) return <p class="mz-log-noflag">{t('collection.log.noFlags')}</p>;
  // Firmest first: what may be unlawful, then a regulator's rules, then guidance (the sort is stable).
  const ordered = [...codes].sort((a, b) => WORDING_ORDER.indexOf(ruleFor(a).wording) - WORDING_ORDER.indexOf(ruleFor(b).wording));
  return (
    <ul class="mz-log-flags">
      {ordered.map((code) => {
        const rule = ruleFor(code);
        const firmest = rule.bases[0];
        return (
          <li key={code} class={`mz-log-flag mz-log-flag--${rule.wording}`} data-flag={code} data-wording={rule.wording}>
            <strong>{t(`collection.rule.${code}.name`)}</strong>
            <span class="mz-log-flag__wording">{t(`collection.wording.${rule.wording}`)}</span>
            <details class="mz-log-flag__basis">
              <summary>
                {firmest
                  ? rule.bases.length === 1
                    ? t('collection.log.basisOne', { source: t(`collection.source.${firmest.source.id}.title`) })
                    : t('collection.log.basisSummary', { source: t(`collection.source.${firmest.source.id}.title`), count: rule.bases.length })
                  : ''}
              </summary>
              <p>{t(`collection.rule.${code}.explain`)}</p>
              <ul>
                {rule.bases.map((b) => (
                  <BasisItem key={b.source.id} t={t} basis={b} />
                ))}
              </ul>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
