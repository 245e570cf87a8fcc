import type { QuoteField } from '../../../../src/lib/parse/quote';

/**
 * Loan quotes as borrowers paste them: app screens, SMS, IOUs, contract clauses, adverts; Simplified,
 * Traditional and English. Written for these tests (no real lender's text). For each: the fields the
 * reader must fill (value as the form field gets it), optionally the words each came from, the fields
 * that must be reported as conflicts, and the issue codes of the phrases it must list as unread, in order.
 */
export interface QuoteCase {
  name: string;
  text: string;
  fields: Partial<Record<QuoteField, string>>;
  from?: Partial<Record<QuoteField, string>>;
  conflicts?: QuoteField[];
  unread?: string[];
  /** Fields whose figure the text calls approximate (约, about). */
  approximate?: QuoteField[];
}

export const QUOTE_CORPUS: QuoteCase[] = [
  {
    name: 'app confirmation screen, slash-separated',
    text: '借款金额：10,000.00元 / 借款期限：12期 / 每期应还：1,000.00元 / 服务费：1,000.00元 / 实际到账：9,000.00元',
    fields: { amount: '10000', months: '12', payment: '1000', upfrontFee: '1000', received: '9000' },
    from: { amount: '借款金额：10,000.00元', months: '借款期限：12期', payment: '每期应还：1,000.00元', upfrontFee: '服务费：1,000.00元', received: '实际到账：9,000.00元' },
  },
  {
    name: 'daily rate and a 30-day term',
    text: '日利率0.05%，借款30天',
    fields: { dailyPct: '0.05', months: '30', termUnit: 'day' },
    from: { dailyPct: '日利率0.05%', months: '借款30天' },
  },
  {
    name: 'English loan page',
    text: 'Loan amount: ¥10,000; 12 monthly payments of ¥1,000; you receive ¥9,000',
    fields: { amount: '10000', months: '12', termUnit: 'month', payment: '1000', received: '9000' },
    from: { amount: 'Loan amount: ¥10,000', payment: '12 monthly payments of ¥1,000', received: 'you receive ¥9,000' },
  },
  {
    name: 'Traditional app screen, one item a line',
    text: '借款金額：10,000元\n借款期限：12期\n每期應還：1,000元\n手續費：1,000元\n實際到賬：9,000元',
    fields: { amount: '10000', months: '12', payment: '1000', upfrontFee: '1000', received: '9000' },
    from: { payment: '每期應還：1,000元', received: '實際到賬：9,000元' },
  },
  {
    name: 'advert: a ceiling and a teaser rate, nothing of this loan',
    text: '最高可借20万，日息低至0.02%，快来申请！',
    fields: {},
    unread: ['quote.advertised', 'quote.advertised'],
  },
  {
    name: 'advert without any figure',
    text: '急用钱？XX贷，秒批秒到，无抵押，当天放款！',
    fields: {},
    unread: [],
  },
  {
    name: 'one sentence with amount, term, payment and received',
    text: '借款10000元分12期，每期还款1000元，到手9000元',
    fields: { amount: '10000', months: '12', payment: '1000', received: '9000' },
    from: { months: '分12期' },
  },
  {
    name: 'a rate without its period is not filled',
    text: '利率：0.05%，借款金额：5000元',
    fields: { amount: '5000' },
    unread: ['quote.ratePeriodMissing'],
  },
  {
    name: 'two different loan amounts',
    text: '借款金额：10000元 借款金额：12000元',
    fields: {},
    conflicts: ['amount'],
  },
  {
    name: 'folk rate with a period',
    text: '月息2分，借款5万元，期限1年',
    fields: { monthlyPct: '2', amount: '50000', months: '12', termUnit: 'month' },
    from: { monthlyPct: '月息2分' },
  },
  {
    name: 'capitals, and a date it does not use',
    text: '借款日期：2025年3月1日，借款金额：壹万元整，还款总额：壹万贰仟元整',
    fields: { amount: '10000', totalRepaid: '12000' },
    unread: ['quote.unread'],
  },
  {
    name: 'penalty interest is not the loan rate',
    text: '逾期罚息每日0.1%，借款本金3000元，7天后还3300元',
    fields: { amount: '3000', months: '7', termUnit: 'day', totalRepaid: '3300' },
    unread: ['quote.conditionalCharge'],
  },
  {
    name: 'English: APR, amount, term, payment',
    text: 'APR 24%, loan amount ¥5,000, term 6 months, monthly payment ¥945',
    fields: { annualPct: '24', amount: '5000', months: '6', termUnit: 'month', payment: '945' },
  },
  {
    name: 'SMS after disbursement, with the first due date',
    text: '【XX金融】尊敬的客户，您的借款5000.00元已放款，实际到账4,500.00元，分6期，每期应还950.00元，首期还款日2025年4月1日。',
    fields: { amount: '5000', received: '4500', months: '6', payment: '950' },
    unread: ['quote.unread'],
  },
  {
    name: 'an IOU with 月息 and a restated amount',
    text: '今借到张三人民币伍万元整（¥50,000.00），月息2分，借期一年，到期一次性还本付息。',
    fields: { amount: '50000', monthlyPct: '2', months: '12', termUnit: 'month' },
  },
  {
    name: '7-day loan',
    text: '借款1500元，期限7天，到账1200元，到期还款1500元',
    fields: { amount: '1500', months: '7', termUnit: 'day', received: '1200', totalRepaid: '1500' },
  },
  {
    name: 'weekly instalments',
    text: '借款3000元，分4周还，每周还款900元',
    fields: { amount: '3000', months: '4', termUnit: 'week', payment: '900' },
  },
  {
    name: 'English: figure-first APR',
    text: 'Borrow ¥5,000 over 6 months at 36% APR. Monthly payment: ¥953.',
    fields: { amount: '5000', months: '6', termUnit: 'month', annualPct: '36', payment: '953' },
  },
  {
    name: 'English: daily rate stated after the figure',
    text: 'Interest rate: 0.05% per day. Loan of ¥2,000 for 30 days.',
    fields: { dailyPct: '0.05', amount: '2000', months: '30', termUnit: 'day' },
  },
  {
    name: 'total repayment',
    text: '借款金额10000元，12期，还款总额12000元',
    fields: { amount: '10000', months: '12', totalRepaid: '12000' },
  },
  {
    name: 'flat monthly fee rate',
    text: '借款20000元，分12期，月费率0.6%，无其他费用',
    fields: { amount: '20000', months: '12', monthlyFeePct: '0.6' },
  },
  {
    name: 'fee per period, principal per period not taken for the loan',
    text: '借款10000元，分10期，每期本金1000元，每期手续费80元',
    fields: { amount: '10000', months: '10', periodicFee: '80' },
    unread: ['quote.unread'],
  },
  {
    name: '砍头息 and a bullet repayment',
    text: '借款5000元，先扣砍头息1500元，到手3500元，7天后还5000元',
    fields: { amount: '5000', upfrontFee: '1500', received: '3500', months: '7', termUnit: 'day', totalRepaid: '5000' },
  },
  {
    name: 'two fees: reported, not added',
    text: '借款10000元，服务费500元，审核费300元，到账9200元',
    fields: { amount: '10000', received: '9200' },
    conflicts: ['upfrontFee'],
  },
  {
    name: 'the same amount twice is one amount',
    text: '借款金额：10000元。本次借款10000元将于今日到账',
    fields: { amount: '10000' },
  },
  {
    name: 'Traditional: 萬分之五 and days',
    text: '日利率萬分之五，借款期限30天，借款金額3,000元',
    fields: { dailyPct: '0.05', months: '30', termUnit: 'day', amount: '3000' },
  },
  {
    name: 'Traditional capitals',
    text: '借款金額：壹萬貳仟圓整，每期應還：壹仟壹佰元整，期數：12期',
    fields: { amount: '12000', payment: '1100', months: '12' },
  },
  {
    name: '年息1分',
    text: '年息1分，借款本金100,000元，期限2年',
    fields: { annualPct: '10', amount: '100000', months: '24', termUnit: 'month' },
  },
  {
    name: '日息1厘',
    text: '日息1厘，借款2万，借30天',
    fields: { dailyPct: '0.01', amount: '20000', months: '30', termUnit: 'day' },
  },
  {
    name: 'a friend\'s loan: 2分利 without a period',
    text: '朋友借我3万，说好2分利',
    fields: {},
    unread: ['quote.unread', 'rate.ambiguous'],
  },
  {
    name: 'an ambiguous amount is refused, the term still read',
    text: '借款金额：1万5，期限12个月',
    fields: { months: '12', termUnit: 'month' },
    unread: ['amount.ambiguous'],
  },
  {
    name: 'English: two different amounts',
    text: 'Loan amount: ¥8,000. Amount borrowed: ¥10,000.',
    fields: {},
    conflicts: ['amount'],
  },
  {
    name: '714-style SMS',
    text: '【速借】您申请的1000元已到账700元，7天后需还1000元，逾期每天收取50元。',
    fields: { received: '700', months: '7', termUnit: 'day', totalRepaid: '1000' },
    unread: ['quote.unread', 'quote.conditionalCharge'],
  },
  {
    name: 'contract clause with 大写 and dates',
    text: '第三条 借款金额为人民币50,000元（大写：伍万元整），借款期限为12个月，自2025年3月1日起至2026年2月28日止。',
    fields: { amount: '50000', months: '12', termUnit: 'month' },
    unread: ['quote.unread', 'quote.unread'],
  },
  {
    name: 'contract whose 大写 and 小写 disagree',
    text: '借款金额：人民币10,000元（大写：壹万伍仟元整）',
    fields: {},
    conflicts: ['amount'],
  },
  {
    name: 'bank mortgage-style summary',
    text: '贷款金额：200,000元；贷款期限：36个月；年利率：4.35%；还款方式：等额本息；月供：5,970.23元',
    fields: { amount: '200000', months: '36', termUnit: 'month', annualPct: '4.35', payment: '5970.23' },
  },
  {
    name: 'credit-card instalments',
    text: '分期金额12,000元，分12期，每期手续费72元，每期应还1,072元',
    fields: { amount: '12000', months: '12', periodicFee: '72', payment: '1072' },
  },
  {
    name: 'total interest is not a form field',
    text: '借款10000元，12期，总利息1200元',
    fields: { amount: '10000', months: '12' },
    unread: ['quote.unread'],
  },
  {
    name: 'Traditional daily fee rate and days',
    text: '日費率0.03%，借款天數：14天',
    fields: { dailyPct: '0.03', months: '14', termUnit: 'day' },
  },
  {
    name: 'English weekly repayments',
    text: 'Borrow ¥2,000, repay ¥600 a week for 4 weeks',
    fields: { amount: '2000', payment: '600', termUnit: 'week', months: '4' },
  },
  {
    name: 'English total and cash to you',
    text: 'Total repayable: ¥12,000 over 12 months. Cash to you: ¥9,000.',
    fields: { totalRepaid: '12000', months: '12', termUnit: 'month', received: '9000' },
  },
  {
    name: 'English: interest without a period',
    text: 'Interest: 5%. Loan amount: ¥3,000.',
    fields: { amount: '3000' },
    unread: ['quote.ratePeriodMissing'],
  },
  {
    name: 'English advert',
    text: 'Get up to ¥50,000 today! Rates as low as 0.02% a day.',
    fields: {},
    unread: ['quote.advertised', 'quote.advertised'],
  },
  {
    name: 'two different received amounts',
    text: '借款：5,000元\n到手：4,500元\n到手：4,600元',
    fields: { amount: '5000' },
    conflicts: ['received'],
  },
  {
    name: 'mixed numerals and months',
    text: '借款金额：1万5千元，分3个月还，每月还5,300元',
    fields: { amount: '15000', months: '3', termUnit: 'month', payment: '5300' },
  },
  {
    name: 'small Chinese numerals throughout',
    text: '借款一万五千元，分十二期，每期还一千四百元',
    fields: { amount: '15000', months: '12', payment: '1400' },
  },
  {
    name: 'terse 714 note',
    text: '借1000到手800，7天还1000',
    fields: { amount: '1000', received: '800', months: '7', termUnit: 'day', totalRepaid: '1000' },
  },
  {
    name: 'disbursement with an ISO date',
    text: '放款日2025-03-01 放款金额9000元',
    fields: { received: '9000' },
    unread: ['quote.unread'],
  },
  {
    name: 'Traditional folk rate with capitals',
    text: '月息壹分伍厘，借款本金貳萬元',
    fields: { monthlyPct: '1.5', amount: '20000' },
  },
  {
    name: 'fee deducted at disbursement',
    text: '每月还款：1,000元；共12个月；服务费在放款时一次性扣除1,000元',
    fields: { payment: '1000', termUnit: 'month', months: '12', upfrontFee: '1000' },
  },
  {
    name: 'annual rate with a note',
    text: '年化利率36%（单利），借款金额6000元，分6期',
    fields: { annualPct: '36', amount: '6000', months: '6' },
  },
  {
    name: 'a daily rate and its annual restatement fill two fields',
    text: '日利率0.05%（年化利率18.25%）',
    fields: { dailyPct: '0.05', annualPct: '18.25' },
  },
  {
    name: 'two different daily rates',
    text: '日利率0.05%。优惠后日利率0.06%',
    fields: {},
    conflicts: ['dailyPct'],
  },
  {
    name: 'term and payment unit disagree',
    text: '借款期限：30天，每月还款500元',
    fields: { months: '30', payment: '500' },
    conflicts: ['termUnit'],
  },
  {
    name: 'a rate label with a note in brackets',
    text: '您好，您在我平台申请的借款已审核通过，借款金额20000元，分24期，每期还款1,050元，年化利率（IRR）23.9%。',
    fields: { amount: '20000', months: '24', payment: '1050', annualPct: '23.9' },
    from: { annualPct: '年化利率（IRR）23.9%' },
  },
  {
    name: 'English SMS: repay in 14 days, fee deducted',
    text: 'Your loan of RMB 3,000 has been approved. Repay RMB 3,300 in 14 days. Service fee RMB 300 deducted upfront.',
    fields: { amount: '3000', totalRepaid: '3300', months: '14', termUnit: 'day', upfrontFee: '300' },
  },
  {
    name: 'payment times count',
    text: '每月还款金额：¥1,000.00 x 12期，到账金额¥9,000.00',
    fields: { payment: '1000', termUnit: 'month', months: '12', received: '9000' },
  },
  {
    name: 'Traditional advert: the longest term offered is not this term',
    text: '日息萬分之五，最長可借12期，借款金額：10,000元',
    fields: { dailyPct: '0.05', amount: '10000' },
    unread: ['quote.advertised'],
  },
  {
    name: 'a rate range is not one rate',
    text: '年化利率18%-24%，借款金额5000元',
    fields: { amount: '5000' },
    unread: ['quote.range'],
  },
  {
    name: 'an ID number is not a figure of the loan',
    text: '借款人：李四，身份证号：110101199001011234，借款金额：8000元，月利率1.5%，借款期限6个月，按月付息到期还本。',
    fields: { amount: '8000', monthlyPct: '1.5', months: '6', termUnit: 'month' },
    unread: ['quote.unread'],
  },
  {
    name: 'unequal payments fill no payment',
    text: '第1期应还1,100元，第2期应还1,050元，共12期',
    fields: { months: '12' },
    unread: ['quote.unread', 'quote.unread'],
  },
  {
    name: 'contract: capitals with the figure restated, 百分之 and 叁年',
    text: '甲方向乙方借款人民币贰拾万元整（¥200,000.00），年利率百分之十二，借款期限叁年。',
    fields: { amount: '200000', annualPct: '12', months: '36', termUnit: 'month' },
  },
  {
    name: 'a credit line is not a loan',
    text: '额度50000元，已用10000元，可用40000元',
    fields: {},
    unread: ['quote.advertised', 'quote.unread', 'quote.unread'],
  },
  {
    name: 'counted loans and a debt total are not a loan amount',
    text: '借款5笔，共计欠款3万',
    fields: {},
    unread: ['quote.unread', 'quote.unread'],
  },
  {
    name: 'what is left or repaid is not the quote',
    text: '剩余本金5000元，剩余3期，已还3期',
    fields: {},
    unread: ['quote.unread', 'quote.unread', 'quote.unread'],
  },
  {
    name: 'English: times borrowed and a balance',
    text: 'I borrowed 3 times from this app. Outstanding balance: ¥4,200.',
    fields: {},
    unread: ['quote.unread', 'quote.unread'],
  },
  {
    name: 'a clause number and a due day',
    text: '借款合同第5条：借款人应于每月15日前还款。',
    fields: {},
    unread: ['quote.unread', 'quote.unread'],
  },
  {
    name: 'a count of periods without a unit word',
    text: '借款金额：10000元，还款方式：等额本息，还款期数：12，年利率：7.2%',
    fields: { amount: '10000', months: '12', annualPct: '7.2' },
  },
  {
    name: 'pipe-separated summary with a zero fee',
    text: '分期：6期 | 每期：¥1,750 | 手续费：¥0',
    fields: { months: '6', payment: '1750', upfrontFee: '0' },
  },
  {
    name: 'a threat SMS still gives the figures',
    text: '到账5000元，7天后还款6000元，不还就上门',
    fields: { received: '5000', months: '7', termUnit: 'day', totalRepaid: '6000' },
  },
  {
    name: 'another currency is not read as yuan',
    text: '借款金額：NT$10,000',
    fields: {},
    unread: ['quote.unread'],
  },
  {
    name: 'an approximate payment is filled and flagged',
    text: '借款2万元，日利率0.035%，分12期，首期还款日2025年5月10日，每期还款约1,860元',
    fields: { amount: '20000', dailyPct: '0.035', months: '12', payment: '1860' },
    unread: ['quote.unread'],
    approximate: ['payment'],
  },
  {
    name: 'Hong Kong dollars are not read as yuan',
    text: '貸款額：HK$50,000，每期還款：$1,000',
    fields: {},
    unread: ['quote.unread', 'quote.unread'],
  },
  {
    name: 'a term given as two dates is not worked out',
    text: '借款本金：人民币10000元；借款利率：年化15.4%；借款期限：2025年3月1日至2026年2月28日',
    fields: { amount: '10000', annualPct: '15.4' },
    unread: ['quote.unread', 'quote.unread'],
  },
  {
    name: 'English: pay back per month; a fee as a share of the loan',
    text: 'You will pay back ¥1,200 per month for 12 months. Processing fee: 3% of the loan amount.',
    fields: { payment: '1200', termUnit: 'month', months: '12' },
    unread: ['quote.unread'],
  },
  {
    name: 'a fee as a share of the loan is not a rate',
    text: '服务费为借款金额的5%，借款金额10000元',
    fields: { amount: '10000' },
    unread: ['quote.unread'],
  },
  {
    name: 'a monthly service fee rate',
    text: '月服务费0.5%，借款金额10000元，分12期',
    fields: { monthlyFeePct: '0.5', amount: '10000', months: '12' },
  },
  {
    name: 'figures and units spaced out, as copied from a table',
    text: '借款金额 10000 元\n借款期限 12 期\n年化利率 24 %',
    fields: { amount: '10000', months: '12', annualPct: '24' },
    from: { amount: '借款金额 10000 元' },
  },
];
