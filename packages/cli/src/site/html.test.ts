import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trusted } from './html.js';

describe('html', () => {
  it('escapes interpolated text and attributes, nests html and keeps trusted markup', () => {
    const title = '<script>alert("x")</script> & \'more\'';
    const out = html`<a title="${title}">${title}</a>${html`<b>${'1 < 2'}</b>`}${trusted('<svg></svg>')}`;
    expect(out.value).toBe(
      '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;</a><b>1 &lt; 2</b><svg></svg>',
    );
  });

  it('joins lists and leaves out null, undefined and false', () => {
    expect(html`${['a', html`<i>b</i>`]}${null}${undefined}${false}${0}`.value).toBe('a<i>b</i>0');
    expect(escapeHtml('plain')).toBe('plain');
  });
});
