import { describe, expect, it } from 'vitest';
import { collectEvidence, repair } from '../../../src/core/index.ts';
import { leansTraditional } from '../../../src/core/hanzi/variants.ts';
import { garble } from './garble.ts';

const HANS = '国家统计局15日发布数据显示，前三季度国内生产总值同比增长4.8%，经济运行总体平稳。';
const HANT = '據中央社報導，台積電第三季營收達新台幣7,596億元，年增36%。';

describe('each wrong decoding is undone', () => {
  it.each([
    ['utf8-as-single-byte', garble.utf8AsWindows1252(HANS), HANS],
    ['utf8-as-single-byte', garble.utf8AsLatin1(HANT), HANT],
    ['utf8-as-gbk', garble.utf8AsGbk('首页'), '首页'],
    ['gbk-as-single-byte', garble.gbkAsWindows1252(HANS), HANS],
    ['big5-as-single-byte', garble.big5AsWindows1252(HANT), HANT],
    ['big5-as-gbk', garble.big5AsGbk(HANT), HANT],
    ['gbk-as-big5', garble.gbkAsBig5('国内新闻'), '国内新闻'],
    ['utf8-as-big5', garble.utf8AsBig5('首页'), '首页'],
  ])('%s: %s', (fix, input, expected) => {
    const result = repair(input);
    expect(result.text).toBe(expected);
    expect(result.steps.map((s) => s.fix)).toContain(fix);
  });

  it('repairs text garbled twice (UTF-8 read as windows-1252, twice)', () => {
    expect(repair(garble.utf8AsWindows1252(garble.utf8AsWindows1252(HANS))).text).toBe(HANS);
  });

  it('takes a space inside a three-byte character for the A0 a copy turned into one (你 = E4 BD A0), not after Ã', () => {
    const copied = garble.utf8AsWindows1252Copied('你好，世界。目标');
    expect(copied).toContain('ä½ å¥½');
    expect(repair(copied).text).toBe('你好，世界。目标');
    expect(repair('A IRMÃ E A MÃE').text).toBe('A IRMÃ E A MÃE');
  });

  it('repairs short GBK-as-windows-1252 menu items whose words the word list lacks (names, new words)', () => {
    for (const item of ['网易红彩', '新冠肺炎', '我的邮箱', '限时特惠']) expect(repair(garble.gbkAsWindows1252(item)).text).toBe(item);
  });

  it('still reads text garbled twice as UTF-8 mojibake, not as GBK, when it makes no word (跟贴)', () => {
    expect(repair(garble.utf8AsWindows1252(garble.utf8AsWindows1252('跟贴广场'))).text).toBe('跟贴广场');
    expect(repair(garble.utf8AsWindows1252(garble.utf8AsWindows1252('统计年鉴'))).text).toBe('统计年鉴');
  });

  it('repairs a short text garbled twice whose outer layer cost a character a byte, and marks that character', () => {
    // The inner layer is whole: the lost character the outer one left is no sign of damage beyond repair.
    expect(repair(garble.utf8AsGbk(garble.utf8AsGbk('78104 跟贴78104'))).text).toBe('78104 跟\ufffd78104');
  });

  it('reads € as the pair A2 E3 where UTF-8 needs it (使用大 twice garbled: 鐢 = E9 90 A2, then ㄥ), else as 0x80', () => {
    const text = '提示：使用大于1366*768分辨率';
    const twice = garble.utf8AsGbk(garble.utf8AsGbk(text));
    expect(twice).toContain('閻€劌');
    expect(repair(twice).text).toBe('提示：使用大\ufffd1366*768分辨\ufffd');
    // 局 = E5 B1 80 is 灞€; the clean 。 after it (A1 A3) does not make E3 a lead.
    expect(repair(`${garble.utf8AsGbk('丰收已成定局')}。`).text).toBe('丰收已成定局。');
  });

  it('guesses no lost character amid another layer of mojibake, where any guess is garbled again', () => {
    expect(repair(garble.utf8AsGbk(garble.utf8AsGbk('忘记密码'))).text).toBe('忘记密\ufffd');
  });

  it('repairs short UTF-8-as-GBK texts made of characters common enough to show no other sign', () => {
    for (const item of ['时政讲解', '国家行政学院', '不忘初心牢记使命']) expect(repair(garble.utf8AsGbk(item)).text).toBe(item);
  });

  it('repairs a long span that holds a rare name (砲校): one rare character per ten is no coincidence', () => {
    const text = '1人則在台南市永康區砲校門市購買190元民生用品';
    expect(repair(garble.big5AsGbk(text)).text).toBe(text);
  });

  it('takes the bopomofo and small forms GBK punctuation becomes in Big5 (，→ ㄛ, 。→ ﹝) for garbling', () => {
    const input = garble.gbkAsBig5('网友评论仅供其表达个人看法，并不表明网易立场。');
    expect(input).toContain('ㄛ');
    expect(repair(input).text).toBe('网友评论仅供其表达个\ufffd看法，并不表明网易立场。');
  });

  it('looks at short GBK-as-Big5 texts whose punctuation became bopomofo (稿件来源： → 詨璃懂埭ㄩ), not at zhuyin', () => {
    expect(repair(garble.gbkAsBig5('稿件来源： 河北日报')).text).toBe('稿件来源： 河北日报');
    // One such letter between characters common enough to show no other sign (河北：→ 碩控ㄩ).
    expect(repair(garble.gbkAsBig5('河北：快乐备考')).text).toBe('河北：快乐备考');
    expect(repair('我ㄉ書包').text).toBe('我ㄉ書包');
    expect(repair('注音符號：ㄋㄧˇ ㄏㄠˇ').text).toBe('注音符號：ㄋㄧˇ ㄏㄠˇ');
  });

  it('does not take two ゜ (what 日 becomes in Big5) for Japanese', () => {
    const text = '新华社北京2月29日电 2月28日，国务院联防联控机制印发《关于进一步落实分区分级差异化防控策略的通知》';
    expect(repair(garble.gbkAsBig5(text)).text).toBe(text);
  });

  it('keeps a page’s &nbsp; indents as they are: no-break spaces side by side start no GBK character', () => {
    const indent = '\u00a0'.repeat(4);
    expect(repair(indent + garble.gbkAsWindows1252('快速导航')).text).toBe(`${indent}快速导航`);
    // Between two garbled runs of one block (a real page's byline): both are repaired, the spaces stay.
    const block = `${garble.gbkAsWindows1252('新华网河北频道')} ( 2012-06-04 09:20:26 )${'\u00a0'.repeat(7)}${garble.gbkAsWindows1252('稿件来源： 河北日报')}`;
    expect(repair(block).text).toBe(`新华网河北频道 ( 2012-06-04 09:20:26 )${'\u00a0'.repeat(7)}稿件来源： 河北日报`);
  });

  it('repairs Chinese right before an English word (房產資訊Estate), whose last pair looks like an accented Latin word', () => {
    for (const text of ['房產資訊Estate', '國際財經International']) expect(repair(garble.big5AsWindows1252(text)).text).toBe(text);
  });

  it('repairs a date on its own, whose characters make no word but follow numbers (2012年12月6日)', () => {
    expect(repair(garble.gbkAsWindows1252('2012年12月6日')).text).toBe('2012年12月6日');
    expect(repair(garble.big5AsWindows1252('2012年11月27日')).text).toBe('2012年11月27日');
  });

  it('repairs a garbled clause inside clean text and leaves the rest alone', () => {
    const input = `据新华社报道，${garble.utf8AsWindows1252('第十五届中国国际航空航天博览会')}将于11月12日开幕。`;
    const result = repair(input);
    expect(result.text).toBe('据新华社报道，第十五届中国国际航空航天博览会将于11月12日开幕。');
    expect(result.steps).toHaveLength(1);
    expect(result.steps[0].start).toBe('据新华社报道，'.length);
  });

  it('marks a character whose last byte was lost (UTF-8 read as GBK before ASCII) and warns', () => {
    // 长 = E9 95 BF: the odd byte BF before "4" is dropped by the GBK decoder.
    const input = garble.utf8AsGbk('比增长4.8%');
    expect(input).toContain('\ufffd');
    const result = repair(input, { recoverLost: false });
    expect(result.text).toBe('比增\ufffd4.8%');
    expect(result.warnings.map((w) => w.kind)).toContain('lost-characters');
  });

  it('guesses a lost character when one candidate clearly wins', () => {
    expect(repair(garble.utf8AsGbk('比增长4.8%')).text).toBe('比增长4.8%');
  });

  it('counts a word with a neighbour for less when that neighbour is in a word already (知道 + 了, not 道人)', () => {
    expect(repair(garble.utf8AsGbk('一比就知道了')).text).toBe('一比就知道\ufffd');
    expect(repair(garble.utf8AsGbk('行政长官办公室')).text).toBe('行政长官办公\ufffd');
  });

  it('guesses in the script of the text: traditional where it holds more traditional-only characters than simplified-only', () => {
    // 麼 and 辦 among characters both scripts write (防疫下一 夏季抗暑怎): traditional; 台 and 面 are both scripts' own.
    expect(leansTraditional('防疫下一 夏季抗暑怎麼辦？')).toBe(true);
    expect(leansTraditional('台北市政府表示，春節連假期間')).toBe(true);
    expect(leansTraditional('台面上的问题，这里说清楚')).toBe(false);
    // 曏 reads as common as 向, its simplified form, but simplified text does not write it: 曝 lost two bytes.
    expect(repair(garble.utf8AsWindows1252Lossy('安宰贤好友曝具惠善控制欲超强')).text).toBe('安宰贤好\ufffd\ufffd具惠善控制欲超强');
  });

  it('does not take UTF-8 read as Big5 for GBK read as Big5, which gives UTF-8 mojibake again (上海 → 涓婃捣)', () => {
    const title = garble.utf8AsBig5('张文宏:上海零新增我很担心 这么多人进来怎会是零');
    expect(repair(title).text).toBe(title);
  });

  it('leaves irreversible damage alone and says so', () => {
    const kunjinkao = '锟斤拷锟斤拷台预锟狡ｏ拷锟斤拷锟斤拷';
    const result = repair(kunjinkao);
    expect(result.text).toBe(kunjinkao);
    expect(result.warnings.map((w) => w.kind)).toContain('kunjinkao');
    const soup = '��Դ���»���';
    expect(repair(soup).text).toBe(soup);
    expect(repair(soup).warnings.map((w) => w.kind)).toContain('replacement-characters');
  });
});

describe('a page read with the wrong charset', () => {
  // A government page's paragraphs and menu items, all of it GBK read as windows-1252.
  const paragraphs = [
    '山西品牌丝路行（南美站）正式启动，成功举办中国（山西）－巴西双向经贸投资推介会。',
    '跨越千山万水，行程近两万公里，山西品牌丝路行活动在巴西圣保罗拉开帷幕。',
    '推介会上，山西代表团与巴西企业签署了一批合作协议，涉及能源、农业和文化旅游等领域。',
  ].map(garble.gbkAsWindows1252);
  const menu = ['要闻', '省情', '打印', '小店区'];

  it('shows its wrong decoding in several long texts: that is page evidence', () => {
    expect(collectEvidence([...paragraphs, ...menu.map(garble.gbkAsWindows1252)]).misreadings).toEqual(['gbk-as-single-byte']);
    expect(collectEvidence(paragraphs.slice(0, 2)).misreadings).toBeUndefined();
    expect(collectEvidence([HANS, HANT, '你好(nǐ hǎo)', 'Bjørn Dæhlie vant åtte olympiske gullmedaljer.']).misreadings).toBeUndefined();
  });

  it('repairs the short texts of such a page, which on their own show too little', () => {
    const evidence = collectEvidence(paragraphs);
    for (const item of menu) {
      const garbled = garble.gbkAsWindows1252(item);
      expect(repair(garbled).text).not.toBe(item);
      expect(repair(garbled, { evidence }).text).toBe(item);
    }
    // What was never garbled stays as it is, on such a page too.
    for (const clean of ['Home', '首页', 'Café Noir', '©2019']) expect(repair(clean, { evidence }).text).toBe(clean);
  });

  it('tries the page\'s single-byte misreading on short texts with no two Latin-1 characters side by side', () => {
    const taiwan = ['據中央社報導，台積電第三季營收達新台幣7,596億元，年增36%。', '衛福部疾管署指出，本週類流感門急診就診人次較上週上升12.3%。', '教育部宣布，明年起將全面推動雙語教育，並增聘外籍英語教師。'];
    const evidence = collectEvidence(taiwan.map(garble.big5AsWindows1252));
    expect(evidence.misreadings).toContain('big5-as-single-byte');
    const label = garble.big5AsWindows1252('政治'); // ¬Fªv: ASCII trail bytes keep the Latin-1 characters apart
    expect(label).toBe('¬Fªv');
    expect(repair(label, { evidence }).text).toBe('政治');
  });
});

describe('precision: clean text is returned byte-identical', () => {
  it.each([
    HANS,
    HANT,
    '東京都は15日、インフルエンザの流行を受けて注意報を発表した。',
    '서울시는 오늘부터 대중교통 요금을 150원 인상한다고 밝혔다.',
    'Le président a déclaré qu’il était « très préoccupé » par la situation.',
    'El presidente de España viajará a Pekín la próxima semana.',
    'Bjørn Dæhlie vant åtte olympiske gullmedaljer. Statsministeren besøgte Århus i går.',
    'Use ½ cup sugar and ¼ tsp salt; bake at 180 °C ± 5°.',
    '挪威首相约纳斯·加尔·斯特勒（Jonas Gahr Støre）当天会见了中国代表团。',
    '你好(nǐ hǎo)，这个字念“行”(xíng)还是“行”(háng)？',
    '刘锟当选为新一届学生会主席。鏖战九十分钟，双方最终战平。',
    '铁路12306网站提示，鏈條與齒輪',
    '注音符號「ㄅㄆㄇㄈ」是台灣小學生學習國語的第一課，「ㄓ」讀作知﹝zhī﹞。',
    'Fiancée naïve Zoë à Noël: élève façade, déjà vu à l’été près de Genève.',
    'Türkçe öğrenmek için İstanbul’a gittiğimde çok şaşırdım. Đà Nẵng là thành phố của Việt Nam.',
  ])('%s', (text) => {
    const result = repair(text);
    expect(result.text).toBe(text);
    expect(result.steps).toEqual([]);
  });
});

describe('steps', () => {
  it('name the class, the input span, before/after, a confidence and an explanation', () => {
    const input = `A: ${garble.utf8AsGbk('发展')}!`;
    const [step] = repair(input).steps;
    expect(step).toMatchObject({ fix: 'utf8-as-gbk', start: 3, end: 6, before: '鍙戝睍', after: '发展' });
    expect(step.confidence).toBeGreaterThan(0.5);
    expect(step.confidence).toBeLessThanOrEqual(1);
    expect(step.explanation).toMatch(/GBK/);
  });
});
