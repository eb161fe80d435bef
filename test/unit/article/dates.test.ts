import { describe, expect, test } from 'vitest';
import { dateFromUrl, findDate, findDateMatch, todayInChina } from '../../../src/core/article/index.ts';

const NOW = Date.parse('2025-01-15T12:00:00+08:00');

describe('findDate', () => {
  test.each([
    ['2019-09-18 06:23', '2019-09-18T06:23:00+08:00'],
    ['2022-04-17 14:46:00', '2022-04-17T14:46:00+08:00'],
    ['2020-02-29T18:34:31+08:00', '2020-02-29T18:34:31+08:00'],
    ['2016年10月14日07:17', '2016-10-14T07:17:00+08:00'],
    ['2024年04月30日', '2024-04-30'],
    ['2024年4月3日 9时05分', '2024-04-03T09:05:00+08:00'],
    ['2024.09.19', '2024-09-19'],
    ['2019/9/7', '2019-09-07'],
    ['发布时间：2020-01-02', '2020-01-02'],
  ])('%s → %s', (text, iso) => {
    expect(findDate(text, NOW)).toBe(iso);
  });

  test('an explicit offset is converted to UTC+8, which may change the calendar day', () => {
    expect(findDate('2012-12-10T09:24:01+00:00', NOW)).toBe('2012-12-10T17:24:01+08:00');
    expect(findDate('2019-09-06T20:04:00Z', NOW)).toBe('2019-09-07T04:04:00+08:00');
    expect(findDate('2019-09-07T04:04:00+0800', NOW)).toBe('2019-09-07T04:04:00+08:00');
  });

  test.each([
    ['impossible days', '2019-02-30'],
    ['a phone number', '0311-86-1234'],
    ['a service number', '400-081-2017'],
    ['a date after tomorrow', '2025-01-17'],
    ['the epoch placeholder', '1970-01-01'],
    ['an id with a date inside', '1000200033136171577956287380194268'],
  ])('rejects %s', (_, text) => {
    expect(findDate(text, NOW)).toBeNull();
  });

  test('keeps the date when the time is impossible, and ignores a time separated by words', () => {
    expect(findDate('2019-09-18 25:61', NOW)).toBe('2019-09-18');
    expect(findDate('2012年12月10日, 格林尼治标准时间10:41', NOW)).toBe('2012-12-10');
  });

  test('skips invalid dates to the first valid one and says where it stands', () => {
    expect(findDateMatch('电话 0311-86-1234 时间 2019-09-18', NOW)).toEqual({ iso: '2019-09-18', index: 19, length: 10 });
  });
});

describe('dateFromUrl', () => {
  test.each([
    ['http://www.banyuetan.org/jmcs/detail/20200102/1000200033136171577956287380194268_1.html', '2020-01-02'],
    ['http://www.he.xinhuanet.com/news/2012-06/04/content_25340717.htm', '2012-06-04'],
    ['http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml', '2019-09-18'],
    ['https://news.sina.com.cn/c/2019-09-07/doc-iicezzrq4076655.shtml?from=20190101', '2019-09-07'],
    ['http://20200101.example.com/article.html', null],
  ])('%s → %s', (url, day) => {
    expect(dateFromUrl(url, NOW)).toBe(day);
  });
});

test('todayInChina is the calendar day in UTC+8', () => {
  expect(todayInChina(Date.parse('2025-01-14T20:00:00Z'))).toBe('2025-01-15');
  expect(todayInChina(Date.parse('2025-01-14T15:00:00Z'))).toBe('2025-01-14');
});
