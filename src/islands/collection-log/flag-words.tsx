import { ruleFor, type RuleBasis } from '../../lib/collection/rules';
import type { RuleCode } from '../../lib/collection/types';
import type { Translate } from '../../i18n/translate';

/**
 * A flag in words: the rule's name, how firmly its texts bind (the engine's `wording`: never "illegal" where the
 * rule is guidance) and the texts it rests on. Used by the list and by the report.
 */
export function basisWords(t: Translate, b: RuleBasis): string {
  const s = b.source;
  const parts = [
    t(`collection.source.${s.id}.title`) + (b.clause ? ` ${t('collection.log.clause', { clause: b.clause })}` : ''),
    t(`collection.issuer.${s.issuer}`) + (s.issued ? ` ${s.issued}` : ''),
    t(`collection.firmness.${s.kind}`),
    t('collection.log.binds', { who: t(`collection.binds.${s.binds}`) }),
    t(`collection.strength.${b.strength}`) + (b.condition ? t('collection.log.condition', { condition: t(`collection.condition.${b.condition}`) }) : ''),
  ];
  if (b.note) parts.push(t(`collection.note.${b.note}`));
  return parts.join(t('collection.log.sep'));
}

export function FlagList({ t, codes }: { t: Translate; codes: readonly RuleCode[] }) {
  if (codes.length === 0) return <p class="mz-log-noflag">{t('collection.log.noFlags')}</p>;
  return (
    <ul class="mz-log-flags">
      {codes.map((code) => {
        const rule = ruleFor(code);
        const firmest = rule.bases[0];
        return (
          <li key={code} class={`mz-log-flag mz-log-flag--${rule.wording}`} data-flag={code} data-wording={rule.wording}>
            <strong>{t(`collection.rule.${code}.name`)}</strong>
            <span class="mz-log-flag__wording">{t(`collection.wording.${rule.wording}`)}</span>
            <details class="mz-log-flag__basis">
              <summary>
                {firmest ? t('collection.log.basisSummary', { source: t(`collection.source.${firmest.source.id}.title`), count: rule.bases.length }) : ''}
              </summary>
              <p>{t(`collection.rule.${code}.explain`)}</p>
              <ul>
                {rule.bases.map((b) => (
                  <li key={b.source.id}>{basisWords(t, b)}</li>
                ))}
              </ul>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
