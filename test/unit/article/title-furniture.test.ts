import { describe, expect, test } from 'vitest';
import { headingMatchingTitle, isFurniture, isRelatedHeading, siteSuffix, stripSiteSuffix } from '../../../src/core/article/index.ts';

describe('stripSiteSuffix', () => {
  test.each([
    ['国务院联防联控机制:湖北和武汉要严格管控防输出_网易新闻', '国务院联防联控机制:湖北和武汉要严格管控防输出'],
    ['最强“中国芯”本月商用 华为抢跑5G芯片大战|中国芯|芯片_新浪新闻', '最强“中国芯”本月商用 华为抢跑5G芯片大战'],
    ['益阳：“数字”是优长-半月谈', '益阳：“数字”是优长'],
    ['是你嗎？ 1-2月期發票千萬獎開出18張 - 自由財經', '是你嗎？ 1-2月期發票千萬獎開出18張'],
    ['港特首梁振英就住宅违建事件道歉 - BBC中文网 - 两岸三地', '港特首梁振英就住宅违建事件道歉'],
    ['DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网', 'DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶'],
    ['山西品牌丝路行（南美站）正式启动 - 山西省人民政府门户网站 ', '山西品牌丝路行（南美站）正式启动'],
    ['话剧《约定无期限》河北各市巡演结束', '话剧《约定无期限》河北各市巡演结束'],
  ])('%s', (raw, title) => {
    expect(stripSiteSuffix(raw)).toBe(title);
  });

  test('a long last segment is part of the title unless it names the site', () => {
    expect(stripSiteSuffix('中国-东盟博览会在南宁隆重开幕')).toBe('中国-东盟博览会在南宁隆重开幕');
    expect(stripSiteSuffix('会议召开_示例市人民政府信息公开平台', ['示例市人民政府信息公开平台'])).toBe('会议召开');
  });
});

test('siteSuffix is the last segment after the title', () => {
  expect(siteSuffix('益阳：“数字”是优长-半月谈', '益阳：“数字”是优长')).toBe('半月谈');
  expect(siteSuffix('DeepMind新电脑_科技_腾讯网', 'DeepMind新电脑')).toBe('腾讯网');
  expect(siteSuffix('话剧巡演结束', '话剧巡演结束')).toBeNull();
});

test('headingMatchingTitle: the longest heading the title starts or ends with, never a logo', () => {
  expect(headingMatchingTitle(['山西省人民政府门户网站', '关于做好春耕工作的通知'], ['山西省人民政府门户网站 - 关于做好春耕工作的通知'])).toBe('关于做好春耕工作的通知');
  expect(headingMatchingTitle(['殷勇到海淀区调研时强调', '殷勇到海淀区调研时强调 打造经济增长新引擎'], ['殷勇到海淀区调研时强调 打造经济增长新引擎_首都之窗'])).toBe(
    '殷勇到海淀区调研时强调 打造经济增长新引擎',
  );
  const title = '最强“中国芯”本月商用 华为抢跑5G芯片大战|中国芯|芯片_新浪新闻';
  expect(headingMatchingTitle(['新闻中心', '最强“中国芯”本月商用  华为抢跑5G芯片大战'], [title])).toBe('最强“中国芯”本月商用 华为抢跑5G芯片大战');
  expect(headingMatchingTitle(['新浪新闻'], [title])).toBeNull();
  expect(headingMatchingTitle(['益阳：“数字”是优长'], ['益阳:“数字”是优长-半月谈'])).toBe('益阳：“数字”是优长');
});

describe('isFurniture', () => {
  test.each([
    '分享到：',
    '字号：大 中 小',
    '【打印】【关闭】',
    '打印 字体：放大 正常 缩小 分享',
    '责任编辑：张申',
    '（责编：王三、李四）',
    '2019-09-18 06:23 来源：山西日报 打印',
    '2020-04-01 10:29',
    'TNW中文站2016年10月14日07:17',
    '来源: 北京日报 发布时间: 2024年04月30日',
    '不用抽 不用搶 現在用APP看新聞 保證天天中獎 點我下載APP',
    '【美国The Next Web作品的中文相关权益归腾讯公司独家所有。未经授权，不得转载、摘编等。】',
    '图集',
    '+1',
    '浏览次数：1024',
    '下载示例新闻客户端，看更多本地新闻',
    '首页 > 政务公开 > 政策文件',
    '您当前的位置：首页 > 要闻',
  ])('%s', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  test.each([
    '他把照片分享到朋友圈，引来许多点赞。',
    '国务院2024年4月30日发布了《通知》。',
    '“数字”赋能农业',
    '中国',
    '（原标题：国务院联防联控机制印发通知 进一步指导各地落实分区分级差异化防控策略）',
  ])('keeps %s', (line) => {
    expect(isFurniture(line)).toBe(false);
  });
});

test('isRelatedHeading', () => {
  for (const heading of ['相关新闻', '延伸阅读：', '热门推荐', '精彩视频推荐', '推荐阅读', '猜你喜欢']) expect(isRelatedHeading(heading)).toBe(true);
  for (const text of ['相关部门要加强监管', '更多的企业走出去', '“数字”赋能农业']) expect(isRelatedHeading(text)).toBe(false);
});
