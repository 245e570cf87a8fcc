/**
 * The letter writer's engine (issue 11, section 1). Letters are filled from dictionary templates
 * (src/i18n/ui/letters/) by letters.ts; dates and the time-bar check by dates.ts and checkTimeBar.
 *
 * Citations, and how each was checked (2026-12-01, against the LawRefBook/Laws texts and /work/shared/facts.md):
 * - Civil Code Art. 188, 189, 192, 195 (limitation), 546 (assignment notice), 670 (interest deducted up front),
 *   1033 (disturbing private life by calls and messages): read in LawRefBook 民法典/总则.md, 合同编.md, 人格权编.md.
 * - SPC rules on limitation periods (2020), Art. 8, 14, 19: read in LawRefBook 司法解释/…诉讼时效制度….md.
 * - PIPL Art. 13, 15, 44, 45, 47, 65: read in LawRefBook 行政法/个人信息保护法(2021-08-20).md.
 * - 征信业管理条例 Art. 15, 25 (objection marked, checked and answered in writing within 20 days), 26 (PBoC
 *   branch answers a complaint within 30 days): read in LawRefBook 行政法规/征信业管理条例(2013-01-21).md.
 * - FDCPA 15 U.S.C. §1692c(a)(1), (a)(2), (c), §1692g; Regulation F 12 CFR 1006.6(b)(1)(i), 1006.6(b)(2),
 *   1006.34, 1006.38: facts.md §7.1, and for §1692c(a)(2)/§1006.6(b)(2) statute text quoted in public code.
 *
 * Uncertain (also said on the page, letters.explain.uncertain):
 * - 商业银行信用卡业务监督管理办法 Art. 68 and 70: wording seen only in unofficial copies (facts.md §4.1);
 *   the 5-year maximum is SECONDARY. Art. 70 is permissive: the letter asks, it does not claim a right.
 * - PBoC Announcement 〔2021〕 No. 3: only official-media reports seen (facts.md §3.1, SECONDARY).
 * - GB/T 45251-2025: only the CIFA summary seen; a recommended standard for online consumer credit, not binding.
 * - PIPL Art. 13: "the contact list is not needed to perform the loan contract" is our reading (facts.md §2.5).
 * - The 12378 / 12363 / 12321 split and "micro-loan companies → local financial regulator" (facts.md §6.1, §2.3)
 *   are SECONDARY for the hotlines; each body's published scope decides.
 * - The time-bar check is an estimate: it takes the later of the last payment and the last demand the reader
 *   gives, adds three years (29 February → 28 February), and says "more than three years" from the day after.
 *   When the period really started (Art. 188: when the creditor knew of the breach; Art. 189: instalments from
 *   the last instalment's due date) and how courts count the end day (Art. 201–203) are not modelled.
 * - The US letters' wording is ours, modelled on the CFPB's five sample letters (facts.md §8); the 30-day
 *   dispute window and the contact rules are SECONDARY in facts.md §7.1. FDCPA binds third-party collectors,
 *   generally not original creditors.
 */
export * from './letters';
export * from './dates';
