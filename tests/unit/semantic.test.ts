import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { containsHtml, textProblems, urlProblem } from '../../src/lib/data/semantic';

/** What the URL parser says, the rule urlProblem's shortcut must never contradict. */
function parserSays(url: string): string | null {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? null : 'is not an http(s) URL';
  } catch {
    return 'is not a valid URL';
  }
}

describe('urlProblem', () => {
  it.each([
    ['https://example.org', null],
    ['HTTP://EXAMPLE.ORG/a b?c#d', null],
    ['https://a-.b-c.d9/x', null],
    ['https://example.org\\path', null],
    // Forms the shortcut leaves to the parser, whatever it decides.
    ['http://1.2.3.256/', 'is not a valid URL'],
    ['http://example.org:99999/', 'is not a valid URL'],
    ['http://exa mple.org/', 'is not a valid URL'],
    ['http://[::1', 'is not a valid URL'],
    ['http://user@example.org/', null],
    ['http://example.org:8080/', null],
    ['http://0x7f.1/', null],
    [' https://example.org', null],
    ['ftp://example.org', 'is not an http(s) URL'],
    ['javascript:alert(1)', 'is not an http(s) URL'],
    ['example.org', 'is not a valid URL'],
  ])('%s', (url, problem) => {
    expect(urlProblem(url)).toBe(problem);
    expect(urlProblem(url)).toBe(parserSays(url));
  });

  it('agrees with the URL parser on punycode hosts', () => {
    for (const url of ['http://xn--nxasmq6b.com/', 'http://xn--a.com/', 'http://a.xn--b/'])
      expect(urlProblem(url)).toBe(parserSays(url));
  });

  it('agrees with the URL parser on plain-looking and odd addresses alike', () => {
    const label = fc.stringMatching(/^[a-zA-Z0-9_%.:@-]{0,8}$/);
    const address = fc.tuple(
      fc.constantFrom('http://', 'https://', 'HTTPS://', 'http:', 'ftp://', ''),
      fc.array(label, { minLength: 1, maxLength: 4 }),
      fc.constantFrom('', '/', '?q', '#f', '\\x', ' x', ':80', '/xn--a'),
    );
    fc.assert(
      fc.property(address, ([scheme, labels, rest]) => {
        const url = scheme + labels.join('.') + rest;
        return urlProblem(url) === parserSays(url);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('containsHtml', () => {
  it.each([
    ['plain text', false],
    ['1 < 2 and 3 > 2', false],
    ['<b>bold</b>', true],
    ['x </p>', true],
    ['< script', true],
    ['<!-- note', true],
  ])('%s', (text, expected) => {
    expect(containsHtml(text)).toBe(expected);
  });
});

describe('textProblems', () => {
  it('names each string by its field path, through arrays and objects', () => {
    expect(
      textProblems({
        sources: [{ url: 'ftp://x.org' }],
        body: ['ok', '<i>x</i>'],
        a: { b: '<b>' },
      }),
    ).toEqual([
      'sources[0].url "ftp://x.org" is not an http(s) URL',
      'body[1] contains HTML; text must be plain (links as [label](https://…))',
      'a.b contains HTML; text must be plain (links as [label](https://…))',
    ]);
  });

  it('treats a field as a link target when its path ends in "url"', () => {
    expect(textProblems({ 'a.url': 'nope', xurl: 'nope', url: ['nope'] })).toEqual([
      'a.url "nope" is not a valid URL',
    ]);
  });

  it('checks link targets inside text, and stops eight levels down', () => {
    let deep: unknown = '[x](javascript:1)';
    for (let i = 0; i < 8; i++) deep = [deep];
    expect(textProblems(deep)).toEqual(['link target "javascript:1" is not an http(s) URL']);
    expect(textProblems([deep])).toEqual([]);
  });

  it('reads a link target up to the first ")" and never across whitespace', () => {
    expect(textProblems('[a](ftp://x) [b](ftp://y z) [c](ftp://w')).toEqual([
      'link target "ftp://x" is not an http(s) URL',
    ]);
  });

  it('ends a link target at a bracket, as the renderer does, so a link inside one is checked', () => {
    // Read as one target this was a valid https URL (userinfo "x.org[x](mailto:someone"),
    // while the renderer drew the inner mailto link.
    expect(textProblems('](https://x.org[x](mailto:someone@example.org)')).toEqual([
      'link target "mailto:someone@example.org" is not an http(s) URL',
    ]);
    expect(textProblems('[a](https://x.org/[b](https://y.org/)')).toEqual([]);
  });
});
