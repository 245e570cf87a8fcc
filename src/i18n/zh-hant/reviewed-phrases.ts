/**
 * Phrases in derived zh-Hant text that hold a character where opencc's one-to-many mapping often goes wrong
 * (see RISKY_CHARACTERS in check.ts), each read by a person and found right. An occurrence of a risky
 * character is accepted only inside one of these phrases; any other occurrence fails the build.
 * To accept a new one: read it in context; if it is right, add the shortest phrase that is unambiguous, with
 * the reason; if it is wrong, fix it with an override in glossary.ts (or reword the zh-Hans source).
 * Never add a bare character.
 */
const AFTER = '後 "after", not 后 (empress, the goddess 天后)';
const INSIDE = '裡 "inside/in", the Taiwan form (not 裏), not 里 (li, a unit of distance)';
const WEEK = '週 "week", the form chosen for this locale (glossary.ts)';
const PLATFORM = '臺 in 平臺 (platform) and 這臺 (this device, measure word): the Taiwan standard form of 台';

export const REVIEWED_PHRASES: ReadonlyArray<readonly [phrase: string, reason: string]> = [
  // 後: a verb, noun or time word followed by 後 "after", or a word built on it.
  ...[
    '之後', '以後', '然後', '最後', '今後', '事後', '先後', '前後', '其後', '背後', '日後', '過後', '後來', '後果', '後面', '後期',
    '年後', '月後', '天後', '點後', '婚後', '貸後', '期後', '效後', '滿後', '款後', '息後', '清後', '議後', '收後', '知後', '律後',
    '世後', '交後', '令後', '件後', '任後', '償後', '入後', '出後', '函後', '利後', '到後', '制後', '化後', '卡後', '印後', '告後',
    '器後', '在後', '址後', '妥後', '完後', '容後', '實後', '寫後', '意後', '成後', '或後', '扣後', '據後', '支後', '改後', '數後',
    '斷後', '書後', '本後', '束後', '查後', '案後', '條後', '楚後', '構後', '正後', '求後', '決後', '現後', '理後', '留後', '病後',
    '碼後', '節後', '繫後', '號後', '行後', '覆後', '解後', '話後', '認後', '誤後', '請後', '警後', '讓後', '買後', '賠後', '退後',
    '通後', '道後', '達後', '量後', '金後', '間後', '除後', '面後', '革後', '額後', '麼後', '他後', '序後', '的後', '後儘', '後複', '後超', '後的',
  ].map((phrase) => [phrase, AFTER] as const),
  // 裡: "in X" after a noun or a place word.
  ...[
    '這裡', '哪裡', '家裡', '手裡', '心裡', '夜裡', '裡面', '件裡', '份裡', '信裡', '則裡', '同裡', '告裡', '單裡', '器裡', '圍裡',
    '址裡', '子裡', '字裡', '引裡', '形裡', '情裡', '按裡', '料裡', '月裡', '期裡', '框裡', '業裡', '機裡', '款裡', '法裡', '率裡',
    '知裡', '箱裡', '紛裡', '統裡', '置裡', '落裡', '表裡', '規裡', '訴裡', '話裡', '議裡', '釋裡', '金裡', '錄裡', '錢裡', '頁裡',
    '額裡', '裡一', '裡填', '裡寫', '裡找', '裡查', '裡的', '裡阿', '裡點',
  ].map((phrase) => [phrase, INSIDE] as const),
  // 週: weeks, as counts, units and days.
  ...['一週', '兩週', '四週', '4週', '8週', '週期', '週末', '週六', '週日', '週內', '週或', '週之間', '"週"', '（週）']
    .map((phrase) => [phrase, WEEK] as const),
  ...['平臺', '這臺'].map((phrase) => [phrase, PLATFORM] as const),
  ['出臺', '出臺 "issue (a rule)", Taiwan standard form of 出台'],
  ['乾脆', '乾脆 "simply", dry/clean 乾, not 幹 (do)'],
  ['分鐘', '鐘 "clock, minute", not 鍾 (a surname, to concentrate)'],
  ['鐘點', '鐘點 "hour of the clock"'],
  ['瞭解', '瞭解 "understand", the Taiwan form'],
  ['一目瞭然', '一目瞭然 "clear at a glance"'],
  ['麵包屑', '麵包屑 "breadcrumb" (navigation), flour 麵, not 面 (face)'],
];
