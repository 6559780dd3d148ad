import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRichText } from '../../src/lib/data/richtext';
import { containsHtml } from '../../src/lib/data/semantic';
import { htmlToBlocks, htmlToPlain } from '../../src/lib/interop/html';
import { leadSentences, slugify, truncate } from '../../src/lib/interop/text';

describe('htmlToBlocks', () => {
  it.each([
    ['plain text', 'Just words.', ['Just words.']],
    [
      'entities decoded',
      'Stra&szlig;e &amp; &ldquo;Platz&rdquo; &#169; &#x263A;',
      ['Straße & “Platz” © ☺'],
    ],
    [
      '<p> and <br> split paragraphs',
      '<p>One</p><p>Two<br>Three<br/><br>Four</p>',
      ['One', 'Two', 'Three', 'Four'],
    ],
    ['whitespace folded', '<p>  a\n\n  b\t c&nbsp;d </p>', ['a b c d']],
    [
      'inline tags unwrapped',
      '<b>bold</b> and <i>italic</i> and <span class="x">span</span>',
      ['bold and italic and span'],
    ],
    [
      'http link kept',
      'See <a href="https://example.org/a">this</a>.',
      ['See [this](https://example.org/a).'],
    ],
    ['script dropped', 'a<script>alert("x")</script>b', ['ab']],
    ['style dropped', '<style>p { color: red }</style>text', ['text']],
    [
      'iframe dropped with its fallback text',
      'x<iframe src="https://e.org">no frames</iframe>y',
      ['xy'],
    ],
    ['javascript: link loses its target', '<a href="javascript:alert(1)">click</a>', ['click']],
    ['obfuscated javascript: too', '<a href=" JaVaScRiPt:alert(1)">click</a>', ['click']],
    ['data: link loses its target', '<a href="data:text/html,&lt;script&gt;">x</a>', ['x']],
    [
      'mailto becomes text',
      'Write to <a href="mailto:desk@example.org">the desk</a>',
      ['Write to the desk (desk@example.org)'],
    ],
    ['malformed mailto escape', '<a href="mailto:a%E0%A4%A">x</a>', ['x (a%E0%A4%A)']],
    ['relative link loses its target', '<a href="/about">about</a>', ['about']],
    [
      'brackets in a label',
      '<a href="https://e.org/">[2008] EWCA</a>',
      ['[(2008) EWCA](https://e.org/)'],
    ],
    [
      'parentheses in a URL are escaped',
      '<a href="https://e.org/A_(b)">w</a>',
      ['[w](https://e.org/A_%28b%29)'],
    ],
    ['decoded tags are defused', '&lt;b&gt;x&lt;/b&gt;', ['‹b>x‹/b>']],
    [
      'literal markdown to javascript is broken up',
      '[x](javascript:alert(1))',
      ['[x] (javascript:alert(1))'],
    ],
    [
      'list items become paragraphs',
      '<ul><li>one</li><li></li><li>two</li></ul>',
      ['• one', '• two'],
    ],
    ['comments vanish', 'a<!-- secret -->b', ['ab']],
    ['empty input', '', []],
  ])('%s', (_name, html, expected) => {
    expect(htmlToBlocks(html).rich).toEqual(expected);
  });

  it('gives link labels only in the plain version', () => {
    const blocks = htmlToBlocks('<p>See <a href="https://e.org/">the page</a> now.</p>');
    expect(blocks.plain).toEqual(['See the page now.']);
  });

  it('reads the summary paragraph and source list our exporter marks', () => {
    const blocks = htmlToBlocks(
      '<p class="chronicle-summary">The gist.</p><p>More.</p><ul class="chronicle-sources">' +
        '<li><a href="https://a.org/x">Report [1]</a> — Agency <time datetime="2001-06">(2001-06)</time></li>' +
        '<li data-seed="001_abc.txt">Seed article — Archive</li><li>No link, no seed</li></ul>',
    );
    expect(blocks.summary).toBe('The gist.');
    expect(blocks.rich).toEqual(['More.']);
    expect(blocks.sources).toEqual([
      { title: 'Report [1]', publisher: 'Agency', url: 'https://a.org/x', date: '2001-06' },
      { title: 'Seed article', publisher: 'Archive', seed: '001_abc.txt' },
    ]);
  });

  it('never leaves markup or an unsafe link, whatever the input', () => {
    const tag = fc.constantFrom(
      '<p>',
      '</p>',
      '<br>',
      '<a href="javascript:x">',
      '<a href="https://e.org/(x">',
      '</a>',
      '<script>',
      '</script>',
      '&lt;b&gt;',
      '](',
      '[',
      ']',
      '<iframe>',
      '&amp;',
      '<',
    );
    const html = fc
      .array(fc.oneof(tag, fc.string()), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(html, (input) => {
        const blocks = htmlToBlocks(input);
        for (const paragraph of [...blocks.rich, ...blocks.plain]) {
          expect(containsHtml(paragraph)).toBe(false);
          for (const segment of parseRichText(paragraph))
            if (segment.kind === 'link') expect(segment.href).toMatch(/^https?:/);
        }
      }),
    );
  });
});

describe('text helpers', () => {
  it.each([
    ['Kennedy in Berlin!', 'kennedy-in-berlin'],
    ['  Shqipëria & Kosova ', 'shqiperia-kosova'],
    ['ایران', ''],
    ['Année 1968', 'annee-1968'],
  ])('slugify(%j) is %j', (text, slug) => expect(slugify(text)).toBe(slug));

  it.each([
    ['Short. Text.', 300, 'Short. Text.'],
    ['One. Two. Three.', 300, 'One. Two.'],
    ['First sentence here. Second one is long enough to overflow.', 30, 'First sentence here.'],
    ['«Pyetje?» Po. Jo.', 300, '«Pyetje?» Po.'],
    ['آیا؟ بله. نه.', 300, 'آیا؟ بله.'],
  ])('leadSentences(%j, %i)', (text, max, lead) => expect(leadSentences(text, max)).toBe(lead));

  it('cuts an overlong single sentence at a word', () => {
    const cut = leadSentences('word '.repeat(100), 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/word…$/);
    expect(truncate('abc', 3)).toBe('abc');
  });

  it('htmlToPlain gives one line', () => {
    expect(htmlToPlain('The Berlin Wall<br>1961&ndash;1989')).toBe('The Berlin Wall 1961–1989');
  });
});
