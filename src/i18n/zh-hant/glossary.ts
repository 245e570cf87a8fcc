/**
 * Overrides applied after opencc's Simplified→Traditional conversion, for terms where opencc's default
 * character choice is not the one readers of Traditional Chinese expect.
 * Keyed by the Simplified form, so an editor reads it as "this term becomes that". The key is converted by
 * opencc first and the override replaces what opencc makes of it, so a key must hold enough context for opencc
 * to make the same mistake it makes in the text (最多只能 → 最多隻能, while 只能 alone converts right).
 * Keep it small: every entry is a place where opencc was checked and found wanting. The reviewed-phrase check
 * (reviewed-phrases.ts) finds the next such place.
 */
export const ZH_HANT_OVERRIDES: ReadonlyArray<readonly [simplified: string, traditional: string]> = [
  ['冲正', '沖正'], // reversal of a payment: 沖 (wash out), not 衝 (rush)

  // One form per term in the locale (Taiwan usage), instead of opencc's mix:
  ['账', '帳'], // accounts: 帳 (帳戶, 帳單, 轉帳, 明帳); opencc leaves 賬 in 到賬, 掛賬, 賴賬, 明賬
  ['计划', '計畫'], // plan: 計畫, the Taiwan standard form; opencc gives 計劃
  ['发布', '發布'], // publish/issue: 發布, the Taiwan standard form; opencc gives 發佈 except in 公開發布
  ['周', '週'], // week: 週 (一週, 4週, 8週); opencc keeps 周 in 四周, 8周, （周）
  // …but 周 that does not mean "week" stays 周 (opencc already gives these; listed so the rule above skips them):
  ['周围', '周圍'],
  ['周到', '周到'],
  ['周全', '周全'],
  ['周边', '周邊'],
  ['周知', '周知'],
  ['周转', '周轉'],

  // Errors found on built zh-Hant pages (issue 12), each opencc reading a neighbouring pair as a word:
  ['发卡', '發卡'], // card issuing (发卡银行): opencc reads 发卡 as 髮卡 (hairpin)
  ['冻结扣划', '凍結扣劃'], // freeze and deduct: opencc reads 结扣 as 結釦 (a knot, button), giving 凍結釦劃
  ['扣划', '扣劃'],
  ['不是只说', '不是只說'], // "not only says": opencc reads 是只 as a measure word, giving 不是隻說
  ['多只能', '多只能'], // 最多只能 "can at most": opencc reads 多只 as "many (animals)", giving 最多隻能
  ['天后', '天後'], // N天后 "N days later": opencc keeps 天后 (the goddess Mazu), giving 14天后還
  ['上链接', '上鏈接'], // 附上链接 "attach a link": opencc reads 上链 as winding a watch, giving 附上鍊接
  ['相冲突', '相衝突'], // "conflict with each other": opencc reads 相冲 as an astrological clash, giving 相沖突
];
