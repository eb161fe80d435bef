import { describe, expect, test } from 'vitest';
import {
  authorFromText,
  editorFromText,
  labelledDate,
  outletBesideDate,
  personNames,
  readIndexFields,
  sourceFromText,
  trailingByline,
} from '../../../src/core/article/index.ts';

const NOW = Date.parse('2025-01-15T12:00:00+08:00');

describe('personNames', () => {
  test.each([
    ['李曦_NN2587', '李曦'],
    ['记者 张三 李四', '张三、李四'],
    ['张　三', '张三'],
    ['本报记者张三', '张三'],
    ['新华社记者 王五 李六', '王五、李六'],
    ['记者 张三 通讯员 李四', '张三、李四'],
    ['马克·吐温', '马克·吐温'],
    ['alonliu', 'alonliu'],
    ['责任编辑：张申', '张申'],
    ['123456', null],
    ['新华社', null],
    ['县发改局', null],
    ['获悉，本月', null],
    ['', null],
  ])('%s → %s', (raw, names) => {
    expect(personNames(raw)).toBe(names);
  });
});

describe('sourceFromText', () => {
  test.each([
    ['2020-02-29 18:34:31 来源: 新华社 举报', '新华社'],
    ['新华网河北频道 ( 2012-06-04 09:20:26 ) 稿件来源：河北日报', '河北日报'],
    ['来源：新华社作者：张三', '新华社'],
    ['來源: 北京日報 發布時間: 2024年04月30日', '北京日報'],
    ['发布日期：2019-09-18 | 浏览次数： | 信息来源：省发展改革委 【我要纠错】', '省发展改革委'],
    ['来源：\n下一篇', null],
    ['数据来源于国家统计局', null],
  ])('%s → %s', (text, source) => {
    expect(sourceFromText(text)).toBe(source);
  });
});

describe('outletBesideDate', () => {
  test.each([
    ['最强“中国芯”本月商用 2019年09月07日 04:04 北京日报 缩小字体', '北京日报'],
    ['TNW中文站 2016年10月14日07:17 我要分享', 'TNW中文站'],
    ['2020-04-01 10:29 台北', null],
    ['2020-04-01 10:29 平台', null],
    ['2020-04-01 10:29 分享 打印', null],
    ['没有日期 北京日报', null],
  ])('%s → %s', (header, source) => {
    expect(outletBesideDate(header, NOW)).toBe(source);
  });
});

describe('editorFromText', () => {
  test.each([
    ['[责任编辑：alonliu]', 'alonliu'],
    ['本文来源：新华社 责任编辑：李曦_NN2587', '李曦'],
    ['（责编：王三、李四）', '王三、李四'],
    ['作者： 记者王敬照\t编辑： 王华军', '王华军'],
    ['编辑：张三 审核：李四', '张三'],
    ['责任编辑：\n下一篇', null],
    ['责任编辑： 【我要纠错】', null],
    ['总编辑：张三', null],
    ['编辑信箱：bianji@banyuetan.org', null],
  ])('%s → %s', (text, editor) => {
    expect(editorFromText(text)).toBe(editor);
  });

  test('desk labels only, for text far from the article', () => {
    expect(editorFromText('编辑：张三', 'desk')).toBeNull();
    expect(editorFromText('编辑：张三 [责任编辑：李四]', 'desk')).toBe('李四');
  });
});

describe('authorFromText', () => {
  test.each([
    ['作者： 记者王敬照\t编辑： 王华军', '王敬照'],
    ['〔記者巫其倫／台北報導〕財政部今天下午將公佈今年1-2月期統一發票中獎清冊', '巫其倫'],
    ['半月谈记者 史卫燕', '史卫燕'],
    ['新华社北京2月29日电（记者 张三、李四）国务院联防联控机制印发通知', '张三、李四'],
    ['本报讯（记者 杨旗）昨天，市委副书记、市长殷勇到海淀区调研。', '杨旗'],
    ['文/张三', '张三'],
    ['经营者告诉半月谈记者，经智慧技术提升过的特色种植业，每亩年收入可达6万至8万元。', null],
    ['记者获悉，本月伴随苹果新机发售的A13预计还是4G芯片。', null],
    ['作者认为这一做法值得推广', null],
  ])('%s → %s', (line, author) => {
    expect(authorFromText(line)).toBe(author);
  });
});

describe('trailingByline', () => {
  test.each([
    ['市政府党组成员曾劲参加。（杨旗）', '杨旗'],
    ['市政府党组成员曾劲参加。(杨旗)', '杨旗'],
    ['南美站活动将先后在巴西、乌拉圭、阿根廷举行。（评论员 张三）', '张三'],
    ['会议于昨日闭幕。（本报记者 张三 李四）', '张三、李四'],
    ['图为启动仪式。（刘通摄）', null],
    ['发表在《自然》（Nature）上。（编译/林靖东）', null],
    ['全文完。（完）', null],
    ['项目将于年内开工。（X县发改局）', null],
    ['（杨旗）之后还有正文。', null],
  ])('%s → %s', (paragraph, author) => {
    expect(trailingByline(paragraph)).toBe(author);
  });
});

describe('labelledDate', () => {
  test.each([
    ['来源: 北京日报 发布时间: 2024年04月30日', '2024-04-30'],
    ['更新时间 2012年12月10日, 格林尼治标准时间10:41', '2012-12-10'],
    ['时间：2019-09-18 06:23 来源：山西日报', '2019-09-18T06:23:00+08:00'],
    ['相关新闻 2019-01-01 发布时间：2019-09-18', '2019-09-18'],
    ['2019-09-18 06:23', null],
  ])('%s → %s', (text, iso) => {
    expect(labelledDate(text, NOW)).toBe(iso);
  });
});

describe('readIndexFields', () => {
  test('reads the 政务公开 index table by label, values up to the next label', () => {
    const table = [
      '索 引 号：\t000014349/2017-00110\t主题分类：\t综合政务\\政务公开',
      '发文机关：\t国务院办公厅\t成文日期：\t2017年05月15日',
      '标\u3000\u3000题：\t国务院办公厅关于印发政府网站发展指引的通知',
      '发文字号：\t国办发〔2017〕47号\t发布日期：\t2017年06月08日',
    ].join('\n');
    expect(readIndexFields(table, NOW)).toEqual({
      indexNumber: '000014349/2017-00110',
      issuer: '国务院办公厅',
      written: '2017-05-15',
      title: '国务院办公厅关于印发政府网站发展指引的通知',
      documentNumber: '国办发〔2017〕47号',
      published: '2017-06-08',
    });
  });

  test('a single label is not an index table', () => {
    expect(readIndexFields('发布日期：2017年06月08日', NOW)).toEqual({});
  });
});
