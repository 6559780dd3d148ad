import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, parseEmbedOptions } from '../../src/lib/embed/options';
import {
  HEIGHT_KEY,
  MESSAGE_KEY,
  heightMessages,
  readHeight,
  readMessage,
  selectRequest,
  selectionMessage,
} from '../../src/lib/embed/messages';
import { elementSnippet, escapeAttribute, iframeSnippet } from '../../src/lib/embed/snippets';

const options = (query: string) => {
  const warnings: string[] = [];
  const params = new URLSearchParams(query);
  return {
    value: parseEmbedOptions(
      (name) => params.get(name),
      (m) => warnings.push(m),
    ),
    warnings,
  };
};

describe('parseEmbedOptions', () => {
  it('defaults to a full, auto-themed, content-sized embed', () => {
    expect(options('').value).toEqual(DEFAULT_EMBED_OPTIONS);
  });

  it.each([
    ['theme=dark', { theme: 'dark' }],
    ['theme=light', { theme: 'light' }],
    ['height=600', { height: 600 }],
    ['height=600px', { height: 600 }],
    ['controls=0', { controls: false }],
    ['static=1', { static: true }],
    ['title=0&list=false', { title: false, list: false }],
    ['childId=graphic-1', { childId: 'graphic-1' }],
  ])('reads %s', (query, expected) => {
    const { value, warnings } = options(query);
    expect(value).toMatchObject(expected);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['theme=neon', 'theme'],
    ['height=10', 'height'],
    ['height=99999', 'height'],
    ['height=tall', 'height'],
    ['controls=maybe', 'controls'],
  ])('keeps the default and warns for %s', (query, name) => {
    const { value, warnings } = options(query);
    expect(value).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(warnings.join(' ')).toContain(name);
  });

  it('drops a childId that could not be a pym id', () => {
    expect(options('childId=a%20b%3Cscript%3E').value.childId).toBeNull();
  });
});

describe('height messages', () => {
  const context = { id: 'tl', childId: 'graphic-1', src: 'https://news.test/embed.html' };

  it('speaks every dialect, rounding up', () => {
    expect(heightMessages(731.2, context)).toEqual([
      { [HEIGHT_KEY]: { tl: 732 } },
      { sentinel: 'amp', type: 'embed-size', height: 732 },
      '{"src":"https://news.test/embed.html","context":"iframe.resize","height":732}',
      'pymxPYMxgraphic-1xPYMxheightxPYMx732',
    ]);
  });

  it('sends no pym message without a pym parent', () => {
    expect(heightMessages(100, { ...context, childId: null })).toHaveLength(3);
  });

  it('reads back the heights it sends, in our and pym’s form', () => {
    const [ours, , , pym] = heightMessages(640, context);
    expect(readHeight(ours)).toBe(640);
    expect(readHeight(pym)).toBe(640);
  });

  it.each([
    [null],
    ['hello'],
    ['pymxPYMxgraphic-1xPYMxwidthxPYMx640'],
    [{ [HEIGHT_KEY]: { a: 1, b: 2 } }],
    [{ [HEIGHT_KEY]: { a: '640' } }],
    [{ [HEIGHT_KEY]: { a: -1 } }],
    [{ [HEIGHT_KEY]: { a: Infinity } }],
    [{ 'datawrapper-height': { a: 640 } }],
  ])('ignores a message of another shape: %j', (data) => {
    expect(readHeight(data)).toBeNull();
  });
});

describe('selection messages', () => {
  it('round-trips a selection and a request', () => {
    expect(readMessage(selectionMessage('tl', 'us-delisting'))).toEqual({
      type: 'select',
      event: 'us-delisting',
    });
    expect(readMessage(selectionMessage('tl', null))).toEqual({ type: 'select', event: null });
    expect(readMessage(selectRequest('ashraf3-police-raid'))).toEqual({
      type: 'select-request',
      event: 'ashraf3-police-raid',
    });
  });

  it.each([
    [{ [MESSAGE_KEY]: { type: 'select', event: '<img src=x>' } }],
    [{ [MESSAGE_KEY]: { type: 'select-request', event: null } }],
    [{ [MESSAGE_KEY]: { type: 'navigate', event: 'x' } }],
    [{ [MESSAGE_KEY]: 'select' }],
    ['{"chronicle-timeline":{"type":"select","event":"x"}}'],
  ])('rejects %j', (data) => {
    expect(readMessage(data)).toBeNull();
  });
});

describe('embed snippets', () => {
  const input = {
    base: 'https://news.test/tl/',
    query: 'country=AL&q=%22a%22+%3Cb%3E',
    title: 'A "quoted" <title>',
  };

  it('writes an iframe with the parent script, escaping every value', () => {
    const code = iframeSnippet(input);
    expect(code).toContain(
      'src="https://news.test/tl/embed.html?country=AL&amp;q=%22a%22+%3Cb%3E"',
    );
    expect(code).toContain('title="A &quot;quoted&quot; &lt;title&gt;"');
    expect(code).toContain('<script src="https://news.test/tl/embed-parent.js" defer></script>');
  });

  it('writes the custom element with one attribute per view parameter', () => {
    const code = elementSnippet(input);
    expect(code).toContain(
      '<script type="module" src="https://news.test/tl/chronicle-timeline.js"></script>',
    );
    expect(code).toContain(
      '<chronicle-timeline country="AL" q="&quot;a&quot; &lt;b&gt;"></chronicle-timeline>',
    );
  });

  it('escapes ampersands before anything else', () => {
    expect(escapeAttribute('&quot;')).toBe('&amp;quot;');
  });
});
