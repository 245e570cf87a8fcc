/**
 * Overrides applied after opencc's Simplified→Traditional conversion, for finance and legal terms where
 * opencc's default character choice is not the one readers of Traditional Chinese expect.
 * Keyed by the Simplified form, so an editor reads it as "this term becomes that".
 * Keep it small: every entry is a place where opencc was checked and found wanting.
 */
export const ZH_HANT_OVERRIDES: ReadonlyArray<readonly [simplified: string, traditional: string]> = [
  ['冲正', '沖正'], // reversal of a payment: 沖 (wash out), not 衝 (rush)
  ['账户', '帳戶'], // account: 帳 is the standard form in Traditional banking usage
  ['账单', '帳單'],
  ['账号', '帳號'],
  ['账目', '帳目'],
  ['对账', '對帳'],
  ['记账', '記帳'],
  ['转账', '轉帳'],
  ['还款计划', '還款計畫'], // repayment plan as a document
  ['发卡', '發卡'], // card issuing (发卡银行): opencc reads 发 as 髮 (hair) here
];
