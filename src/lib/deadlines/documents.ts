/**
 * What arrived from the court and how long the reader has, Civil Procedure Law (2023 text, in force 2024-01-01),
 * as read in LawRefBook/Laws 诉讼与非诉讼程序法/民事诉讼法(2023-09-01).md:
 * - `complaint` 起诉状副本 — defence (答辩状) within 15 days of receipt, Art. 128 (not filing does not stop the case);
 * - `payment-order` 支付令 — pay or object in writing within 15 days of receipt, Art. 227;
 * - `judgment` 一审判决书 — appeal within 15 days of service, Art. 171 para. 1;
 * - `ruling` 一审裁定书 — appeal within 10 days of service, Art. 171 para. 2.
 * The court's own notice wins: small-claims and simplified cases can set shorter periods (SPC interpretation of the
 * CPL, Art. 266, 275 — docs/fact-sheet.md §10).
 */
export const COURT_DOCUMENTS = {
  complaint: { days: 15, action: 'defence', article: '128' },
  'payment-order': { days: 15, action: 'objection', article: '227' },
  judgment: { days: 15, action: 'appeal', article: '171(1)' },
  ruling: { days: 10, action: 'appeal', article: '171(2)' },
} as const;

export type CourtDocument = keyof typeof COURT_DOCUMENTS;
export type CourtAction = (typeof COURT_DOCUMENTS)[CourtDocument]['action'];
export const COURT_DOCUMENT_IDS = Object.keys(COURT_DOCUMENTS) as CourtDocument[];

export const isCourtDocument = (v: string): v is CourtDocument => Object.hasOwn(COURT_DOCUMENTS, v);
