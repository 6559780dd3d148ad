import { describe, expect, it } from 'vitest';
import { parseRichText, safeHref, type Segment } from '../../src/lib/data/richtext';

const text = (t: string): Segment => ({ kind: 'text', text: t });
const link = (t: string, href: string): Segment => ({ kind: 'link', text: t, href });

describe('safeHref', () => {
  it.each([
    ['https://example.org/a?b=c#d', 'https://example.org/a?b=c#d'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://Example.ORG/x', 'https://example.org/x'],
    ['mailto:press@example.org', 'mailto:press@example.org'],
    ['https://en.wikipedia.org/wiki/Foo_(bar)', 'https://en.wikipedia.org/wiki/Foo_(bar)'],
  ])('accepts %j', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/',
    '/relative/path',
    '//example.org/protocol-relative',
    'example.org',
    '#top',
    '',
    'https://',
  ])('rejects %j', (url) => {
    expect(safeHref(url)).toBeNull();
  });
});

describe('parseRichText', () => {
  it.each<[string, string, Segment[]]>([
    ['empty text', '', []],
    ['plain text', 'No links here.', [text('No links here.')]],
    [
      'one link',
      'See [the report](https://example.org/r) for more.',
      [text('See '), link('the report', 'https://example.org/r'), text(' for more.')],
    ],
    [
      'several links, one at each end',
      '[a](https://a.example/)and[b](mailto:b@example.org)',
      [link('a', 'https://a.example/'), text('and'), link('b', 'mailto:b@example.org')],
    ],
    [
      'adjacent links',
      '[a](https://a.example/)[b](https://b.example/)',
      [link('a', 'https://a.example/'), link('b', 'https://b.example/')],
    ],
    [
      'parentheses inside the URL',
      'On [Foo](https://en.wikipedia.org/wiki/Foo_(bar)).',
      [text('On '), link('Foo', 'https://en.wikipedia.org/wiki/Foo_(bar)'), text('.')],
    ],
    [
      'a link in parentheses',
      '(see [x](https://x.example/))',
      [text('(see '), link('x', 'https://x.example/'), text(')')],
    ],
    [
      'the innermost of nested brackets',
      '[see [this](https://x.example/)]',
      [text('[see '), link('this', 'https://x.example/'), text(']')],
    ],
    ['brackets with no URL', 'an [aside] here', [text('an [aside] here')]],
    ['an unclosed label', 'a [b (https://x.example/)', [text('a [b (https://x.example/)')]],
    ['an unclosed URL', '[a](https://x.example/', [text('[a](https://x.example/')]],
    [
      'an unclosed URL before a good link',
      '[a](https://x.example/ [b](https://y.example/)',
      [text('[a](https://x.example/ '), link('b', 'https://y.example/')],
    ],
    ['stray closers', ']) ][ )(', [text(']) ][ )(')]],
    ['an empty label', '[](https://x.example/)', [text('[](https://x.example/)')]],
    ['an empty URL', '[x]()', [text('[x]()')]],
    ['a space inside the URL', '[x](https://x.example/a b)', [text('[x](https://x.example/a b)')]],
    ['javascript:', '[x](javascript:alert(1))', [text('[x](javascript:alert(1))')]],
    ['mixed-case scheme', '[x](JaVaScRiPt:alert(1))', [text('[x](JaVaScRiPt:alert(1))')]],
    ['padded scheme', '[x]( javascript:alert(1))', [text('[x]( javascript:alert(1))')]],
    ['tab in the scheme', '[x](java\tscript:alert(1))', [text('[x](java\tscript:alert(1))')]],
    [
      'data:',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
      [text('[x](data:text/html;base64,PHNjcmlwdD4=)')],
    ],
    ['relative URL', '[x](/admin)', [text('[x](/admin)')]],
    [
      'markup stays text',
      '<img src=x onerror=alert(1)> [<b>](https://x.example/)',
      [text('<img src=x onerror=alert(1)> '), link('<b>', 'https://x.example/')],
    ],
    [
      'an unsafe link merges with the text around it',
      'a [x](javascript:0) b [y](https://y.example/)',
      [text('a [x](javascript:0) b '), link('y', 'https://y.example/')],
    ],
  ])('%s', (_name, input, expected) => {
    expect(parseRichText(input)).toEqual(expected);
  });

  it('never leaves two text segments side by side', () => {
    const out = parseRichText('a [x](javascript:0) [y](data:,z) [z](nope) b');
    expect(out).toEqual([text('a [x](javascript:0) [y](data:,z) [z](nope) b')]);
  });

  // Inputs that make naive backtracking scanners quadratic or worse.
  it.each([
    ['open brackets', '['.repeat(100_000)],
    ['unclosed labels', '[a'.repeat(50_000)],
    ['labels without URLs', '[a]'.repeat(35_000)],
    ['unclosed URLs', '[a](x'.repeat(20_000)],
    ['deep parentheses', '[a](https://x.example/' + '('.repeat(100_000)],
    ['unsafe links', '[a](javascript:0)'.repeat(6_000)],
  ])('stays fast on 100 KB of %s', (_name, input) => {
    const started = performance.now();
    const out = parseRichText(input);
    expect(performance.now() - started).toBeLessThan(500);
    expect(out.map((s) => s.text).join('')).toBe(input);
  });

  it('keeps every link of a long text', () => {
    const input = 'word [l](https://x.example/) '.repeat(4_000);
    const started = performance.now();
    const out = parseRichText(input);
    expect(performance.now() - started).toBeLessThan(500);
    expect(out.filter((s) => s.kind === 'link')).toHaveLength(4_000);
  });
});
