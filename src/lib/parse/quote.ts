import { failure, success, type CalcIssue, type Outcome } from '../errors';
import { parseAmount } from './amount';
import { parseRate, type RateUnderstood } from './rate';
import { parseTerm, type TermUnit } from './term';

/** The APR form's inputs a quote can fill (the form's URL names). */
export type QuoteField =
  | 'amount' | 'received' | 'upfrontFee' | 'months' | 'termUnit' | 'payment' | 'totalRepaid'
  | 'annualPct' | 'monthlyPct' | 'dailyPct' | 'monthlyFeePct' | 'periodicFee';

/** A piece of the pasted text: `text` is exactly `pasted.slice(start, end)` (UTF-16 offsets). */
export interface QuoteSpan {
  text: string;
  start: number;
  end: number;
}

export interface QuoteFinding {
  field: QuoteField;
  /**
   * What to put into the form field, as its parser reads it: amounts and percents as plain decimals
   * ('10000', '0.05'), the term as a count ('12'), the unit as 'month' | 'week' | 'day'.
   */
  value: string;
  /** The words it came from, as pasted ('每期应还：1,000.00元'), so the UI can mark "from: …". */
  source: QuoteSpan;
  /** A rate read by convention (月息2分): what was understood, for the UI to restate. */
  understood?: RateUnderstood;
  /** The text says the figure is approximate (约1,860元, about ¥950): the lender's rounding, worth a check. */
  approximate?: true;
}

/** One field, several different figures: the field is left empty and the reader chooses. */
export interface QuoteConflict {
  field: QuoteField;
  candidates: QuoteFinding[];
}

/** Words with a figure in them that were not used, and why (quote.unread, rate.ambiguous, amount.ambiguous …). */
export interface QuoteUnread {
  source: QuoteSpan;
  issue: CalcIssue;
}

export interface QuoteReading {
  /** Fields read once, or read several times with the same value (the first source is kept). */
  fields: Partial<Record<QuoteField, QuoteFinding>>;
  conflicts: QuoteConflict[];
  /** In the order of the text. */
  unread: QuoteUnread[];
}

/** Longest paste read: a loan page or a contract's payment clause, not a whole contract. */
export const MAX_QUOTE_LENGTH = 5000;

/**
 * Traditional characters of the words the reader looks for, folded one for one (so offsets hold).
 * The numerals' own Traditional forms are read by the parsers themselves.
 */
const TRADITIONAL: Readonly<Record<string, string>> = {
  額: '额', 實: '实', 際: '际', 賬: '账', 帳: '账', 還: '还', 應: '应', 數: '数', 貸: '贷', 總: '总', 續: '续',
  費: '费', 務: '务', 詢: '询', 諮: '咨', 審: '审', 員: '员', 擔: '担', 險: '险', 會: '会', 個: '个', 週: '周',
  萬: '万', 億: '亿', 兩: '两', 點: '点', 釐: '厘', 圓: '圆', 貳: '贰', 參: '叁', 叄: '叁', 陸: '陆', 幣: '币',
  計: '计', 頭: '头', 綜: '综', 約: '约', 為: '为', 臺: '台', 資: '资', 訊: '讯', 預: '预', 禮: '礼', 領: '领',
  撥: '拨', 筆: '笔', 歸: '归', 種: '种', 據: '据', 須: '须', 僅: '仅', 塊: '块', 號: '号', 內: '内', 貨: '货', 長: '长', 時: '时', 後: '后', 優: '优', 餘: '余',
};

/** Same length as the input: NFKC per character where it gives one character, Traditional → Simplified, lower case. */
function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const n = ch.normalize('NFKC');
    const simplified = TRADITIONAL[n.length === 1 ? n : ch] ?? (n.length === 1 ? n : ch);
    const lower = simplified.toLowerCase();
    out += lower.length === 1 ? lower : simplified;
  }
  return out;
}

/**
 * Where phrases end: line breaks, ; 。 ! ? | 、 ·, a comma that is not a thousands separator (10,000
 * stays whole; 到手800，7天 does not),
 * a full stop not before a digit, a slash not before a period word (0.05%/天 stays whole).
 */
function boundaries(folded: string): string {
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] as string;
    const prev = folded[i - 1] ?? '';
    const next = folded[i + 1] ?? '';
    const rest = folded.slice(i + 1, i + 7);
    // A third space in a row ends the phrase: real quotes do not need more, and it bounds the patterns' work.
    const cut =
      /[\n\r;。!?|、·•]/.test(ch) ||
      (/\s/.test(ch) && /\s/.test(prev) && /\s/.test(folded[i - 2] ?? '')) ||
      (ch === ',' && !(/\d/.test(prev) && /^\d{3}(?!\d)/.test(folded.slice(i + 1, i + 5)))) ||
      (ch === '.' && !/\d/.test(next)) ||
      (ch === '/' && !/^\s*(?:天|日|月|年|周|期|day|month|year|week|annum)/.test(rest));
    out += cut ? '\n' : ch;
  }
  return out;
}

// Pattern pieces. S: spaces inside a phrase (never a line break, which ends it).
const S = '[ \\t\\u00a0]*';
const SEP = `(?:金额|数额|额)?${S}(?:\\((?:元|人民币|rmb|cny|¥|[a-z]{2,5}|单利|复利|按日|按月|按年)\\))?${S}(?:[:：=]|为|是|共|约|约为|大约|of|is|are|:)?${S}(?:约|约为|大约|approx\\.?|about|around)?${S}`;
const DIGITISH = '\\d零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟点';
const RUN = `[${DIGITISH}]`;
const RUNX = `[${DIGITISH},.元圆角]`;
const UNIT_AFTER = `${S}(?:期|个月|个星期|星期|礼拜|月|天|日|周|年|%|‰|厘|笔|次|个|家|人|条|张|位|岁|倍|项|份|times\\b|分(?![${DIGITISH}])|days?\\b|weeks?\\b|months?\\b|years?\\b|monthly|weekly|daily|payments?|instal)`;
/** An amount as people write it; parseAmount judges it (1万5 → amount.ambiguous, not 10000). */
const MONEY = `(?:(?:¥|rmb|cny|人民币)${S})?${RUN}${RUNX}{0,40}(?:[wk](?![a-z]))?(?:[零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖]分)?(?:${S}(?:(?:元|圆)?整|元|圆|块|yuan|rmb|cny))?(?!${RUNX})(?!${UNIT_AFTER})`;
/** An amount with its restatement in brackets, as contracts write it: 50,000元（大写：伍万元整）. */
const MONEY2 = `${MONEY}(?:${S}\\(${S}(?:小写|大写)?${S}[:：]?${S}${MONEY}${S}\\))?`;
const PCT =
  `(?:\\d{1,12}(?:\\.\\d{1,12})?${S}(?:%|‰)|[百千万]分之[\\d.零〇一二两三四五六七八九十点]{1,12}|万[\\d.一二三四五六七八九点]{1,12}` +
  `|[\\d.零〇一二两三四五六七八九十点壹贰叁肆伍陆柒捌玖拾]{1,12}${S}[分厘](?:[\\d一二三四五六七八九壹贰叁肆伍陆柒捌玖])?厘?(?:利息|利|息)?)`;
const COUNT = `(?:\\d{1,6}(?:\\.\\d{1,6})?|[零〇一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾佰]{1,12})`;
const TERM_WORD = '(?:期|个月|个星期|星期|礼拜|周|天|日|年|months?\\b|weeks?\\b|days?\\b|years?\\b|mos?\\b)';
/** 12期, 24个月, 30天, 4周, 1年, 一年半 — not 第一期 / 每一期 / 3月1日 (a date) / 2025年. */
const TERM = `(?<![${DIGITISH}.,月年第每])(?:${COUNT}${S}${TERM_WORD}(?:半)?|半年)(?![${DIGITISH}])`;
const PERIOD_SUFFIX = `${S}(?:/${S}(?:天|日|月|年|day|month|year|annum)|每天|每日|每月|每年|per${S}(?:day|month|year|annum)|a${S}(?:day|month|year)|daily|monthly|annually|p\\.?a\\.?(?![a-z]))?`;

const AMOUNT_WORDS = '分期金额|借款金额|借款本金|贷款金额|贷款本金|借款额|合同金额|申请金额|借款总额|本金|借款|贷款|借了|借|loan amount|amount borrowed|amount of (?:the )?loan|principal|you borrow|borrowing|borrow|loan';
const RECEIVED_WORDS = '实际到账金额|实际到账|到账金额|实际到手|到手金额|到手|到账|实际放款金额|实际放款|放款金额|实际收到|实收金额|实收|实得|实际可得|you(?:\'ll| will)? receive|you(?:\'ll| will)? get|amount received|received|net disbursement|amount disbursed|disbursed|cash to you|paid to you';
const FEE_NAMES = '服务费|手续费|审核费|咨询费|担保费|保险费|会员费|管理费|平台费|信息费|资讯费|中介费|砍头息|预扣利息|前期费用|费用';
const UPFRONT_WORDS = `(?:一次性|扣除|扣|收取|另收|前置)?(?:${FEE_NAMES})|(?:service|processing|origination|arrangement|admin(?:istration)?|upfront|set-?up|application)${S}fees?|fees?`;
const PERIODIC_WORDS = `(?:每期|每月|每周|月)(?:${FEE_NAMES})|monthly${S}(?:service${S}|account${S}|management${S})?fees?|fees?${S}per${S}(?:month|period)|weekly${S}fees?`;
const PAYMENT_WORDS = '每期应还金额|每期应还款|每期应还|每期还款金额|每期还款额|每期还款|每期需还|每期还|每期金额|每期|每月应还|每月还款额|每月还款|每月需还|每月还|月供|月还款|每周应还|每周还款|每周还|每天还款|每天还|每日还款|每日还|monthly payments?|weekly payments?|monthly instal(?:l)?ments?|instal(?:l)?ments?|each payment|repayment per (?:month|period)|payments?';
const TOTAL_WORDS = '还款总额|应还总额|总还款额|总还款|还款合计|应还合计|合计应还|共需还款|共需还|总共还|共还款|共还|共计还款|总计还款|应还本息合计|本息合计|应还本息|到期应还|到期还款|到期一次性还款|total repayable|total to repay|total repayment|total amount (?:payable|repayable|due)|total repaid|total payable|total due|total to pay|到期还|后需还|后还款|后还|届时还';
const TERM_LABEL = '借款天数|天数|借期|借款期限|贷款期限|还款期限|期限|期数|还款期数|分期数|借款周期|loan term|term|duration';
const RATE_WORDS =
  '综合年化利率|综合年化|年化利率|年利率|年化|年息|年利|月利率|月息|月利|日利率|日息|日利|日费率|月费率|月手续费率|月服务费率|月管理费率|月服务费|月手续费|月管理费|费率|利率|利息|' +
  'annual percentage rate|apr|annual (?:interest )?rate|interest rate|daily (?:interest )?rate|daily interest|monthly (?:interest )?rate|monthly interest|monthly fee rate|interest';
const ADVERTISED = '最长可借|最长可分|最长|最多可分|最高可分|最高可借|最高额度|最高|最多可借|最多|可借额度|可借|额度|低至|最低|仅需|只需|up to|as low as|as much as|from only|starting (?:at|from)';

type Emit = { field: QuoteField; value: string; understood?: RateUnderstood } | { issue: CalcIssue };

interface Rule {
  re: RegExp;
  read: (m: RegExpExecArray) => Emit[];
}

const rx = (source: string): RegExp => new RegExp(source, 'g');
const money = (field: QuoteField, text: string | undefined): Emit[] => {
  const [first, restated] = (text ?? '').split('(');
  if (restated !== undefined) {
    // Both figures are read: if 小写 and 大写 differ, the field becomes a conflict.
    const inner = restated.replace(/\)\s*$/, '').replace(/^\s*(?:小写|大写)?\s*[:：]?/, '');
    return [...money(field, first), ...money(field, inner)];
  }
  const figure = (text ?? '').trim();
  // A lone 一 or 两 after a label is a word (借一笔), not an amount.
  if (!/\d/.test(figure) && figure.replace(/[元圆整块]/g, '').length < 2 && !/[十百千万亿拾佰仟]/.test(figure)) return [];
  const parsed = parseAmount(figure);
  if (!parsed.ok) return parsed.issues.map((issue) => ({ issue: { ...issue, field } }));
  return [{ field, value: parsed.value.toFixed() }];
};
const unitOfWords = (words: string): TermUnit | undefined =>
  /每月|月供|月还|monthly|per month/.test(words) ? 'month'
  : /每周|weekly|per week/.test(words) ? 'week'
  : /每天|每日|daily|per day/.test(words) ? 'day'
  : undefined;
const term = (text: string): Emit[] => {
  const parsed = parseTerm(text.trim());
  if (!parsed.ok) return parsed.issues.map((issue) => ({ issue: { ...issue, field: 'months' } }));
  const out: Emit[] = [{ field: 'months', value: String(parsed.value.count) }];
  if (parsed.value.unitStated) out.push({ field: 'termUnit', value: parsed.value.unit });
  return out;
};
const RATE_FIELD = { annual: 'annualPct', monthly: 'monthlyPct', daily: 'dailyPct', monthlyFee: 'monthlyFeePct' } as const;
/** The period words of a label, in the words parseRate reads. */
function rateText(label: string, figure: string, suffix: string): string {
  const l = label.trim();
  const english =
    /daily/.test(l) ? '日利率' : /monthly fee/.test(l) ? '月费率' : /monthly/.test(l) ? '月利率' : /apr|annual/.test(l) ? '年化' : '';
  const chinese = /^(综合)?(年化利率|年化)$/.test(l) ? '年化' : /管理费/.test(l) ? '月费率' : /^(费率|利率|利息|日费率)$/.test(l) ? (l === '日费率' ? '日利率' : '') : l;
  const word = english !== '' || /[a-z]/.test(l) ? english : chinese;
  const sfx = suffix.trim().replace(/^per\s*|^a\s+/, '/').replace(/^\/\s*/, '/');
  const period =
    /day|daily|天|日/.test(sfx) ? '/天' : /month|月/.test(sfx) ? '/月' : /year|annum|annually|年|^p\.?a/.test(sfx) ? '/年' : '';
  return `${word}${figure.trim()}${period}`;
}
const rate = (label: string, figure: string, suffix: string): Emit[] => {
  const text = rateText(label, figure, suffix);
  const parsed = parseRate(text);
  if (!parsed.ok) return parsed.issues.map((issue) => ({ issue }));
  if (parsed.value.kind === 'unspecified') return [{ issue: { code: 'quote.ratePeriodMissing' } }];
  const e: Emit = { field: RATE_FIELD[parsed.value.kind], value: parsed.value.percent.toFixed() };
  if (parsed.value.understood !== undefined) e.understood = parsed.value.understood;
  return [e];
};

/** In order: the first rule to claim a piece of text keeps it. */
const RULES: Rule[] = [
  // Dates are not terms (2025年3月1日, 2025-03-01): claimed as unread so that no rule reads them.
  { re: rx(`\\d{4}${S}(?:年${S}\\d{1,2}${S}月(?:${S}\\d{1,2}${S}[日号])?|[-/.]\\d{1,2}[-/.]\\d{1,2})|\\d{1,2}${S}月${S}\\d{1,2}${S}[日号]|每月${S}\\d{1,2}${S}[日号]`), read: () => [{ issue: { code: 'quote.unread' } }] },
  // An advert's ceiling or teaser rate is not this loan.
  { re: rx(`(?:${ADVERTISED})${S}(?:${RATE_WORDS})?${SEP}(?:${PCT}|${TERM}|${MONEY})(?:${S}起)?`), read: () => [{ issue: { code: 'quote.advertised' } }] },
  // A range (18%-24%, 1000-5000元, 3至12期) is not one figure.
  { re: rx(`(?:${PCT}|${TERM}|${MONEY})${S}(?:-|~|～|至|到|to)${S}(?:${PCT}|${TERM}|${MONEY})`), read: () => [{ issue: { code: 'quote.range' } }] },
  // What is left or already paid is not the loan as quoted (剩余本金5000元, 已还3期).
  { re: rx(`(?:剩余|已还|待还|未还|已用|可用|还剩|剩下|outstanding|remaining|already paid)${S}(?:本金|金额|期数|应还|balance|principal)?${SEP}(?:${TERM}|${MONEY})`), read: () => [{ issue: { code: 'quote.unread' } }] },
  // 每期本金 / 每期利息 are parts of a payment, not the loan or the payment.
  { re: rx(`每期(?:本金|利息)${SEP}${MONEY}`), read: () => [{ issue: { code: 'quote.unread' } }] },
  // Charges due only on late or early repayment are not the loan's price as quoted.
  { re: rx(`(?:逾期|罚息|违约金|滞纳金|提前还款|late|penalty|overdue|early repayment|prepayment)[^\\n]*`), read: () => [{ issue: { code: 'quote.conditionalCharge' } }] },
  // 12 monthly payments of ¥1,000
  {
    re: rx(`(\\d{1,6})${S}(monthly|weekly|daily)?${S}(?:payments|instal(?:l)?ments|repayments)${S}of${S}(${MONEY})`),
    read: (m) => [...term(`${m[1]}${m[2] === 'weekly' ? '周' : m[2] === 'daily' ? '天' : m[2] === 'monthly' ? '个月' : '期'}`), ...money('payment', m[3])],
  },
  // Rates: label first (日利率0.05%, APR 24%, 月息2分), or figure first (36% APR, 0.05% per day).
  { re: rx(`(${RATE_WORDS})${SEP}(${PCT})(${PERIOD_SUFFIX})`), read: (m) => rate(m[1] ?? '', m[2] ?? '', m[3] ?? '') },
  { re: rx(`(\\d{1,12}(?:\\.\\d{1,12})?${S}(?:%|‰))${S}(apr|annual percentage rate|(?:per|a)${S}(?:day|month|year|annum)|daily|monthly|p\\.?a\\.?(?![a-z])|/${S}(?:天|日|月|年))`), read: (m) => rate('', m[1] ?? '', m[2] === 'apr' || m[2] === 'annual percentage rate' ? 'per year' : m[2] ?? '') },
  { re: rx(`${RUN}{1,12}${S}分(?:利|息)`), read: () => [{ issue: { code: 'rate.ambiguous' } }] },
  // A fee as a share of the loan (服务费为借款金额的5%) is no form field: the reader works it out.
  { re: rx(`(?:${FEE_NAMES}|(?:service${S}|processing${S}|origination${S})?fees?)[^\\n%]{0,16}?\\d{1,12}(?:\\.\\d{1,12})?${S}(?:%|‰)`), read: () => [{ issue: { code: 'quote.unread' } }] },
  { re: rx(`\\d{1,12}(?:\\.\\d{1,12})?${S}(?:%|‰)`), read: () => [{ issue: { code: 'quote.ratePeriodMissing' } }] },
  // Fees per period before payments per period (每期服务费 is not 每期 payment).
  { re: rx(`(${PERIODIC_WORDS})${SEP}(${MONEY2})`), read: (m) => money('periodicFee', m[2]) },
  { re: rx(`(${MONEY})${S}(?:/${S}月|每月|per${S}month|a${S}month)${S}(?:的)?(?:${FEE_NAMES}|(?:service${S}|management${S})?fees?)`), read: (m) => money('periodicFee', m[1]) },
  { re: rx(`(${UPFRONT_WORDS})${SEP}(${MONEY2})`), read: (m) => money('upfrontFee', m[2]) },
  { re: rx(`(?:${FEE_NAMES})[^\\n\\d]{0,12}?(?:扣除|扣|收取)${S}(${MONEY})`), read: (m) => money('upfrontFee', m[1]) },
  { re: rx(`(${MONEY})${S}(?:的)?(?:${FEE_NAMES}|(?:service${S}|processing${S}|upfront${S}|origination${S})?fee)`), read: (m) => money('upfrontFee', m[1]) },
  {
    re: rx(`(${PAYMENT_WORDS})${SEP}(${MONEY})`),
    read: (m) => {
      const out = money('payment', m[2]);
      const unit = unitOfWords(m[1] ?? '');
      return unit !== undefined && out.some((e) => 'field' in e) ? [...out, { field: 'termUnit', value: unit }] : out;
    },
  },
  { re: rx(`(${TOTAL_WORDS})${SEP}(${MONEY2})`), read: (m) => money('totalRepaid', m[2]) },
  { re: rx(`repay${S}(${MONEY})${S}(?:in|within|after)${S}(${TERM})`), read: (m) => [...money('totalRepaid', m[1]), ...term(m[2] ?? '')] },
  { re: rx(`(?:you${S}(?:will${S})?)?repay${S}(${MONEY})${S}in${S}total`), read: (m) => money('totalRepaid', m[1]) },
  { re: rx(`(?:repay(?:ments?)?|pay${S}back|pay)${S}(?:of${S})?(${MONEY})${S}(?:a|per|each|every)${S}(week|month|day)`), read: (m) => {
    const out = money('payment', m[1]);
    return out.some((e) => 'field' in e) ? [...out, { field: 'termUnit', value: m[2] as TermUnit }] : out;
  } },
  // 7天后还3300元, 30天还1100: a term and what is due at its end.
  { re: rx(`(${TERM})${S}(?:后)?${S}(?:需|要|应)?(?:归)?还(?:款)?${S}(${MONEY})`), read: (m) => [...term(m[1] ?? ''), ...money('totalRepaid', m[2])] },
  { re: rx(`(${RECEIVED_WORDS})${SEP}(${MONEY2})`), read: (m) => money('received', m[2]) },
  // Terms: a label and a bare count (期限：12), then a count with its unit anywhere (分12期, 借款30天).
  { re: rx(`(?:${TERM_LABEL})${SEP}(${COUNT})(?![${DIGITISH}.,])(?!${S}${TERM_WORD})(?!${S}(?:元|%|块|yuan))`), read: (m) => term(m[1] ?? '') },
  { re: rx(`(?:(?:${TERM_LABEL}|借款|贷款|借|loan of|loan for)${SEP})?(?:分|共|共计|for)?${S}(${TERM})`), read: (m) => term(m[1] ?? '') },
  { re: rx(`(\\d{1,6})${S}-${S}(day|week|month)\\b`), read: (m) => term(`${m[1]}${m[2] === 'day' ? '天' : m[2] === 'week' ? '周' : '个月'}`) },
  // An IOU: 今借到张三人民币伍万元整（¥50,000.00）.
  { re: rx(`(?:今借到|借到|今借)[^\\n\\d¥]{0,12}?((?:人民币|¥)${S}${MONEY2})`), read: (m) => money('amount', m[1]) },
  { re: rx(`(${AMOUNT_WORDS})${SEP}(${MONEY2})`), read: (m) => money('amount', m[2]) },
];

const HAS_FIGURE = new RegExp(`\\d|[壹贰叁肆伍陆柒捌玖拾佰仟]|[一二两三四五六七八九十][十百千万亿元块期个天周年]`);

/**
 * Reads the text of a loan page, an SMS or a contract clause (Simplified, Traditional or English) and
 * says which APR form fields it found, each with the value to put in and the exact words it came from;
 * a field found twice with different figures is not filled but reported as a conflict; phrases with a
 * figure it could not place are listed as unread. It only extracts: nothing is computed or assumed
 * (a term in 期 does not fill termUnit; a rate without a period is not filled).
 * Issues: quote.required · quote.tooLong {max}. Unread phrases carry quote.unread, quote.advertised
 * (最高可借, 低至: an advert's bound, not this loan), quote.range (18%-24%: not one figure), quote.conditionalCharge (逾期罚息, 提前还款: charged
 * only on late or early repayment), quote.ratePeriodMissing (利率0.05% with no period),
 * or the field parser's issue (rate.ambiguous for 2分利, amount.ambiguous for 1万5 …).
 * @example readQuote('借款金额：10,000.00元 / 借款期限：12期 / 每期应还：1,000.00元')
 * // => fields.amount = { value: '10000', source: { text: '借款金额：10,000.00元', … } }, months '12', payment '1000'
 */
export function readQuote(text: string): Outcome<QuoteReading> {
  if (text.trim() === '') return failure({ code: 'quote.required' });
  if (text.length > MAX_QUOTE_LENGTH) return failure({ code: 'quote.tooLong', params: { max: String(MAX_QUOTE_LENGTH) } });
  const work = boundaries(fold(text));
  const claimed = new Uint8Array(text.length);
  const found: QuoteFinding[] = [];
  const unread: QuoteUnread[] = [];
  const span = (start: number, end: number): QuoteSpan => ({ text: text.slice(start, end), start, end });

  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(work); m !== null; m = rule.re.exec(work)) {
      let start = m.index;
      let end = start + m[0].length;
      if (end === start) {
        rule.re.lastIndex++;
        continue;
      }
      while (start < end && /\s/.test(work[start] as string)) start++;
      while (end > start && /\s/.test(work[end - 1] as string)) end--;
      if (claimed.subarray(start, end).some((c) => c === 1)) {
        rule.re.lastIndex = m.index + 1;
        continue;
      }
      const emits = rule.read(m);
      if (emits.length === 0) {
        rule.re.lastIndex = m.index + 1;
        continue;
      }
      claimed.fill(1, start, end);
      for (const e of emits) {
        if ('issue' in e) unread.push({ source: span(start, end), issue: e.issue });
        else {
          const f: QuoteFinding = { field: e.field, value: e.value, source: span(start, end) };
          if (e.understood !== undefined) f.understood = e.understood;
          if (/约|左右|approx|about|around/.test(work.slice(start, end))) f.approximate = true;
          found.push(f);
        }
      }
    }
  }

  // What is left: pieces between claimed text and phrase ends that still hold a figure.
  for (let i = 0; i < text.length; ) {
    if (claimed[i] === 1 || work[i] === '\n') {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && claimed[j] !== 1 && work[j] !== '\n') j++;
    let a = i;
    let b = j;
    while (a < b && /[\s,，:：()（）\-–—]/.test(work[a] as string)) a++;
    while (b > a && /[\s,，:：()（）\-–—]/.test(work[b - 1] as string)) b--;
    if (b > a && HAS_FIGURE.test(work.slice(a, b))) unread.push({ source: span(a, b), issue: { code: 'quote.unread' } });
    i = j;
  }
  unread.sort((x, y) => x.source.start - y.source.start);

  const fields: Partial<Record<QuoteField, QuoteFinding>> = {};
  const conflicts: QuoteConflict[] = [];
  const byField = new Map<QuoteField, QuoteFinding[]>();
  for (const f of found.sort((x, y) => x.source.start - y.source.start)) byField.set(f.field, [...(byField.get(f.field) ?? []), f]);
  for (const [field, list] of byField) {
    const values = new Set(list.map((f) => f.value));
    if (values.size === 1) fields[field] = list[0] as QuoteFinding;
    else conflicts.push({ field, candidates: list });
  }
  return success({ fields, conflicts, unread });
}
