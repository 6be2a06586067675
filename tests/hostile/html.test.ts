import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/io/html.js';

describe('HTML input', () => {
  it.each([
    ['<p>Ten people were killed.</p><script>alert("x killed 99")</script>', 'Ten people were killed.'],
    ['<style>p { color: red }</style><h1>Title</h1><p>Body &amp; more&nbsp;text</p>', 'Title\nBody & more text'],
    ['<div>A<br>B</div><!-- 5 killed -->', 'A\nB'],
    ['<html><head><title>T</title></head><body><p>Caf&eacute; &#8220;quoted&#8221;</p></body></html>', 'Café “quoted”'],
    ['<p>one</p>\n\n\n<p>two</p>', 'one\ntwo'],
  ])('%j → visible text', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('drops every script and style, whatever the case or attributes', () => {
    expect(htmlToText('<SCRIPT type="x">bad()</SCRIPT ><Style media=all>.x{}</style>ok')).toBe('ok');
  });
});
