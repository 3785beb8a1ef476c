import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../site/src/lib/content.ts';
import { renderBody, safeHref } from '../../site/src/lib/portable-text.ts';

let n = 0;
const key = () => `k${++n}`;

function linkBlock(href: unknown, text = 'click me'): BodyBlock {
  const mark = key();
  return {
    _type: 'block',
    _key: key(),
    style: 'normal',
    markDefs: [{ _type: 'link', _key: mark, href }],
    children: [{ _type: 'span', _key: key(), text, marks: [mark] }],
  };
}

const para = (text: string, style = 'normal', extra: Record<string, unknown> = {}): BodyBlock => ({
  _type: 'block',
  _key: key(),
  style,
  markDefs: [],
  children: [{ _type: 'span', _key: key(), text, marks: [] }],
  ...extra,
});

describe('link hrefs: hostile schemes render as plain text', () => {
  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['mixed case', 'JaVaScRiPt:alert(1)'],
    ['leading whitespace', '   javascript:alert(1)'],
    ['embedded tab', 'java\tscript:alert(1)'],
    ['embedded newline', 'java\nscript:alert(1)'],
    ['embedded carriage return', 'java\rscript:alert(1)'],
    ['leading control character', '\u0001javascript:alert(1)'],
    ['zero-width space', 'java\u200bscript:alert(1)'],
    ['decimal entity colon', 'javascript&#58;alert(1)'],
    ['hex entity colon', 'javascript&#x3A;alert(1)'],
    ['named entity colon', 'javascript&colon;alert(1)'],
    ['entity without semicolon', 'javascript&#58alert(1)'],
    [
      'entity-encoded letters',
      '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1)',
    ],
    ['double-encoded entity', 'javascript&amp;#58;alert(1)'],
    ['entity-encoded tab', 'java&#9;script:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['unknown scheme', 'ftp://example.com/x'],
    ['backslash host', '\\\\evil.example/path'],
  ])('%s', (_name, href) => {
    const html = renderBody([linkBlock(href)]);
    expect(html).not.toContain('<a');
    expect(html).toContain('click me');
    expect(safeHref(href)).toBeUndefined();
  });

  it.each([
    ['https', 'https://www.nhs.uk/conditions/alopecia/'],
    ['http', 'http://example.com/'],
    ['mailto', 'mailto:hello@pointwell.example'],
    ['tel', 'tel:+441614960734'],
    ['uppercase scheme', 'HTTPS://example.com/'],
    ['root-relative', '/faq/#does-smp-hurt'],
    ['fragment', '#causes'],
    ['relative path', 'aftercare/'],
    ['query', '?q=alopecia'],
  ])('keeps %s links', (_name, href) => {
    const html = renderBody([linkBlock(href)]);
    expect(html).toMatch(/<a href="[^"]+"/);
    expect(safeHref(href)).toBeDefined();
  });

  it('non-string hrefs render as plain text', () => {
    expect(renderBody([linkBlock({ evil: true })])).not.toContain('<a');
    expect(renderBody([linkBlock(undefined)])).not.toContain('<a');
  });

  it('escapes quotes so an href cannot add attributes', () => {
    const html = renderBody([linkBlock('https://example.com/" onmouseover="alert(1)')]);
    expect(html).not.toMatch(/"\s*onmouseover=/);
    expect(html).toContain('&quot;');
  });

  it('external links get rel="noopener"', () => {
    expect(renderBody([linkBlock('https://example.com/')])).toContain('rel="noopener"');
    expect(renderBody([linkBlock('/faq/')])).not.toContain('rel=');
  });
});

describe('rendering', () => {
  it('escapes markup in text', () => {
    const html = renderBody([para('<script>alert(1)</script> & <img src=x onerror=alert(1)>')]);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('headings get the anchors the content layer assigned, shifted when nested', () => {
    const h = para('What SMP does', 'h2');
    const html = renderBody([h], { anchors: { [h._key]: 'what-smp-does' } });
    expect(html).toBe('<h2 id="what-smp-does">What SMP does</h2>');
    expect(renderBody([h], { anchors: { [h._key]: 'x' }, headingOffset: 1 })).toBe(
      '<h3 id="x">What SMP does</h3>',
    );
  });

  it('renders h3, h4, bullet and numbered lists, strong and em', () => {
    const mk = (text: string, marks: string[]) => ({ _type: 'span', _key: key(), text, marks });
    const html = renderBody([
      para('Three', 'h3'),
      para('Four', 'h4'),
      para('one', 'normal', { listItem: 'bullet', level: 1 }),
      para('two', 'normal', { listItem: 'number', level: 1 }),
      {
        _type: 'block',
        _key: key(),
        style: 'normal',
        markDefs: [],
        children: [mk('bold', ['strong']), mk('it', ['em'])],
      },
    ]);
    expect(html).toContain('<h3>Three</h3>');
    expect(html).toContain('<h4>Four</h4>');
    expect(html).toContain('<ul><li>one</li></ul>');
    expect(html).toContain('<ol><li>two</li></ol>');
    expect(html).toContain('<strong>bold</strong><em>it</em>');
  });

  it('internal links use the path the content layer resolved; unresolved ones are plain text', () => {
    const mark = key();
    const block = (def: Record<string, unknown>): BodyBlock => ({
      _type: 'block',
      _key: key(),
      style: 'normal',
      markDefs: [{ _type: 'internalLink', _key: mark, ...def }],
      children: [{ _type: 'span', _key: key(), text: 'see this', marks: [mark] }],
    });
    expect(renderBody([block({ path: '/articles/what-is-smp/' })])).toBe(
      '<p><a href="/articles/what-is-smp/">see this</a></p>',
    );
    expect(renderBody([block({})])).toBe('<p>see this</p>');
    expect(renderBody([block({ path: '//evil.example/' })])).toBe('<p>see this</p>');
  });

  it('callouts and quotes escape their text', () => {
    const html = renderBody([
      { _type: 'callout', _key: key(), tone: 'warning', title: '<b>Flare</b>', text: 'Wait <now>' },
      { _type: 'quote', _key: key(), text: '"Calm" <em>', attribution: 'A <client>' },
    ]);
    expect(html).toContain('class="callout callout-warning"');
    expect(html).toContain('&lt;b&gt;Flare&lt;/b&gt;');
    expect(html).toContain('Wait &lt;now&gt;');
    expect(html).toContain('<blockquote><p>&quot;Calm&quot; &lt;em&gt;</p></blockquote>');
    expect(html).toContain('<figcaption>A &lt;client&gt;</figcaption>');
  });

  it('image blocks use their pre-rendered figure; unknown types and marks leave no markup', () => {
    const img = { _type: 'imageWithAlt', _key: 'img1' };
    const figures = new Map([['img1', '<figure>pic</figure>']]);
    expect(renderBody([img], { figures })).toBe('<figure>pic</figure>');
    const odd: BodyBlock = {
      _type: 'block',
      _key: key(),
      style: 'blockquote-ish',
      markDefs: [{ _type: 'mystery', _key: 'm1' }],
      children: [{ _type: 'span', _key: key(), text: 'kept', marks: ['m1', 'underline'] }],
    };
    expect(renderBody([odd, { _type: 'youtube', _key: key() }])).toBe('<p>kept</p>');
  });
});
