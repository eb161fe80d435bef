import { beforeEach, describe, expect, test } from 'vitest';
import { DocumentRepairer, repairDocument, textRuns, runText, UI_ATTRIBUTE, type Engine } from '../../src/dom/index.ts';
import { fakeEngine } from './support/fake-engine.ts';

function page(body: string, title = '發(fā)展') {
  document.title = title;
  document.body.innerHTML = body;
}

beforeEach(() => {
  document.designMode = 'off';
  document.body.innerHTML = '';
});

describe('repairDocument', () => {
  test('repairs a run spanning several text nodes, keeping each node and the markup', () => {
    page('<p id="p"><b>發</b>(fā)展<a href="#">推動</a>(dòng)。</p>');
    const bold = document.querySelector('b')!.firstChild;
    const result = repairDocument(document, fakeEngine);
    expect(document.getElementById('p')!.innerHTML).toBe('<b>发</b>展<a href="#">推动</a>。');
    expect(document.querySelector('b')!.firstChild).toBe(bold);
    expect(result.repairs).toBe(3); // 發(fā), 動(dòng), and the title
    expect(result.byKind).toEqual({ 'pinyin-annotation': 3 });
  });

  test('repairs the title and the alt and title attributes', () => {
    page('<img alt="發(fā)展" src="x.png"><span title="推動(dòng)">x</span>');
    repairDocument(document, fakeEngine);
    expect(document.title).toBe('发展');
    expect(document.querySelector('img')!.getAttribute('alt')).toBe('发展');
    expect(document.querySelector('span')!.getAttribute('title')).toBe('推动');
  });

  test('does not join text across blocks or line breaks', () => {
    page('<div>發展<p>(fā)</p>發<br>(fā)</div><p>動(dòng)</p>');
    repairDocument(document, fakeEngine);
    expect(document.body.innerHTML).toBe('<div>发展<p>(fā)</p>发<br>(fā)</div><p>动</p>');
  });

  test('leaves code, form fields, editable regions, translate="no" and its own UI alone', () => {
    const untouched = [
      '<code>發(fā)</code>',
      '<pre>發(fā)</pre>',
      '<kbd>發(fā)</kbd>',
      '<textarea>發(fā)</textarea>',
      '<select><option>發(fā)</option></select>',
      '<script>"發(fā)"</script>',
      '<style>/* 發(fā) */</style>',
      '<div contenteditable="">發(fā)<p>發(fā)</p></div>',
      '<div contenteditable="plaintext-only"><b>發(fā)</b></div>',
      '<p translate="no">發(fā)<span>發(fā)</span></p>',
      `<div ${UI_ATTRIBUTE}="">發(fā)</div>`,
      '<input value="發(fā)" title="發(fā)">',
      '<svg><text>發(fā)</text></svg>',
    ].join('');
    page(untouched + '<p id="prose">發(fā)</p>');
    repairDocument(document, fakeEngine);
    expect(document.getElementById('prose')!.textContent).toBe('发');
    document.getElementById('prose')!.remove();
    expect(document.body.innerHTML).toBe(untouched);
    expect((document.querySelector('textarea') as HTMLTextAreaElement).value).toBe('發(fā)');
  });

  test('contenteditable="false" is not editable, so it is repaired', () => {
    page('<div contenteditable="false">發(fā)</div>');
    repairDocument(document, fakeEngine);
    expect(document.body.textContent).toBe('发');
  });

  test('a document in design mode is not touched at all', () => {
    page('<p>發(fā)</p>');
    document.designMode = 'on';
    expect(repairDocument(document, fakeEngine).repairs).toBe(0);
    expect(document.body.innerHTML).toBe('<p>發(fā)</p>');
  });

  test('drops the readings of real ruby when the text was converted, and restores them', () => {
    const ruby = '<p><ruby>發<rp>(</rp><rt>fā</rt><rp>)</rp></ruby>展(zhǎn)</p>';
    page(ruby);
    const result = repairDocument(document, fakeEngine);
    expect(document.body.textContent).toBe('发展');
    expect(document.querySelectorAll('rt, rp')).toHaveLength(3); // the elements stay; only their text goes
    expect(result.byKind['pinyin-annotation']).toBe(5); // 3 reading nodes, 展(zhǎn), the title
    result.restore();
    expect(document.body.innerHTML).toBe(ruby);
  });

  test('keeps the readings of ruby on a page whose text was not converted', () => {
    const ruby = '<p><ruby>发<rt>fā</rt></ruby>展</p>';
    page(ruby, 'plain');
    repairDocument(document, fakeEngine);
    expect(document.body.innerHTML).toBe(ruby);
  });

  test('restore brings back the page byte for byte, and repairing again works', () => {
    const html = '<h1 title="推動(dòng)">發(fā)展</h1><p>4月29日,<i>市長(zhǎng)</i>推<b>動</b>(dòng)。</p>';
    page(html, '發(fā)展 - 首都');
    const first = repairDocument(document, fakeEngine);
    expect(document.body.innerHTML).not.toBe(html);
    first.restore();
    expect(document.body.innerHTML).toBe(html);
    expect(document.title).toBe('發(fā)展 - 首都');
    const second = repairDocument(document, fakeEngine);
    expect(second.repairs).toBe(first.repairs);
    expect(document.body.textContent).toBe('发展4月29日,市長推动。');
  });

  test('restore leaves alone text the page changed after the repair', () => {
    page('<p>發(fā)</p><p id="later">動(dòng)</p>');
    const result = repairDocument(document, fakeEngine);
    document.getElementById('later')!.firstChild!.textContent = 'new text';
    result.restore();
    expect(document.body.innerHTML).toBe('<p>發(fā)</p><p id="later">new text</p>');
  });

  test('counts damage it cannot undo as warnings, once per place', () => {
    page('<p>壞了锟斤拷锟斤拷</p>', 'plain');
    const result = repairDocument(document, fakeEngine);
    expect(result.repairs).toBe(0);
    expect(result.warnings).toEqual({ kunjinkao: 2 });
    expect(result.warningExamples.kunjinkao).toEqual({ text: '锟斤拷', message: 'Lost for good.' });
  });

  test('judges a big page by a sample of its text, the suspicious texts first', () => {
    const clean = `<p>${'首都的清洁文字。'.repeat(1250)}</p>`; // 10 000 characters
    page(clean.repeat(10) + '<p id="late">發(fā)展</p>', 'plain');
    const sampled: string[] = [];
    const engine: Engine = {
      ...fakeEngine,
      collectEvidence(texts) {
        sampled.push(...[texts].flat());
        return fakeEngine.collectEvidence(texts);
      },
    };
    repairDocument(document, engine);
    expect(sampled[0]).toBe('發(fā)展');
    expect(sampled.join('').length).toBeLessThan(60_000);
    expect(document.getElementById('late')!.textContent).toBe('发展');
  });

  test('the script option is passed to the engine', () => {
    page('<p>發(fā)展</p>');
    repairDocument(document, fakeEngine, { script: 'keep' });
    expect(document.body.textContent).toBe('發展');
  });
});

describe('DocumentRepairer', () => {
  const evidence = { flattenedRuby: true, convertedScript: true };

  test('re-repairing a block counts only new repairs and replaces its warnings', () => {
    page('<p id="p">發(fā)锟斤拷</p>');
    const repairer = new DocumentRepairer(fakeEngine, evidence);
    const block = document.getElementById('p')!;
    for (const run of textRuns(block)) repairer.repairRun(run);
    block.append('動(dòng)');
    for (const run of textRuns(block)) repairer.repairRun(run);
    expect(block.textContent).toBe('发锟斤拷动');
    expect(repairer.summary().repairs).toBe(2);
    expect(repairer.summary().warnings).toEqual({ kunjinkao: 1 });
  });

  test('gives a node up when something keeps rewriting it (no endless fight with other extensions)', () => {
    page('<p id="p">發(fā)</p>');
    const repairer = new DocumentRepairer(fakeEngine, evidence);
    const text = document.getElementById('p')!.firstChild as Text;
    const writes: string[] = [];
    for (let round = 0; round < 10; round++) {
      for (const run of textRuns(document.getElementById('p')!)) repairer.repairRun(run);
      writes.push(text.data);
      text.data = '發(fā)'; // the other extension puts its version back
    }
    expect(writes.filter((w) => w === '发').length).toBeLessThan(10);
    expect(writes.at(-1)).toBe('發(fā)');
  });

  test('copies the page as it was before the repair, without touching the page', () => {
    const html = '<p id="p" title="推動(dòng)">發(fā)<b>動</b>(dòng)</p><p>unchanged</p>';
    page(html);
    const repairer = new DocumentRepairer(fakeEngine, evidence);
    for (const run of textRuns(document.body)) repairer.repairRun(run);
    repairer.repairAttributes(document.getElementById('p')!);
    const repaired = document.body.innerHTML;
    expect(repaired).not.toBe(html);
    expect(repairer.ledger.originalCopy(document.body).innerHTML).toBe(html);
    expect(document.body.innerHTML).toBe(repaired);
  });

  test('reports each repaired range in the new text, for highlighting', () => {
    page('<p id="p">x<b>發</b>(fā)展動(dòng)</p>');
    const repairer = new DocumentRepairer(fakeEngine, evidence);
    const marks: string[] = [];
    repairer.onMark = (node, start, end) => marks.push(node.data.slice(start, end));
    for (const run of textRuns(document.getElementById('p')!)) repairer.repairRun(run);
    expect(marks).toEqual(['发', '动']);
  });
});

describe('textRuns', () => {
  test('yields one run per block, through inline elements and comments', () => {
    page('<article><h1>標<!-- x -->題</h1><p>一<a href="#">二</a><span>三</span></p><ul><li>四</li><li>五</li></ul>六</article>', 'T');
    expect([...textRuns(document.body)].map(runText)).toEqual(['標題', '一二三', '四', '五', '六']);
  });

  test('custom elements are inline, unknown-looking blocks end a run', () => {
    page('<p>一<x-word>二</x-word>三</p><section>四</section>');
    expect([...textRuns(document.body)].map(runText)).toEqual(['一二三', '四']);
  });
});
