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

describe('HTML the regexes choked on (read by a tokenizer now, one pass)', () => {
  const TAIL = 'x '.repeat(100_000);
  it.each([
    ['an unclosed comment', `<p>Two people were injured.</p><!--${TAIL}`, 'Two people were injured.'],
    ['an unclosed <a', `<p>Two people were injured.</p><a ${TAIL}`, 'Two people were injured.'],
    ['an unclosed <style', `<p>Two people were injured.</p><style x${TAIL}`, 'Two people were injured.'],
    ['an unclosed attribute in <svg', `<p>Two people were injured.</p><svg a="${TAIL}`, 'Two people were injured.'],
    ['many unclosed <script', `<p>Two people were injured.</p>${'<script>'.repeat(20_000)}`, 'Two people were injured.'],
  ])('%s: the text before it, nothing after', (_, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it.each([
    ['a head never closed', '<html><head><title>T</title><body><p>Seen</p>', 'Seen'],
    ['a comment with a tag inside', '<p>A<!-- <p>hidden</p> -->B</p>', 'AB'],
    ['a script holding markup', '<script>document.write("<p>no</p>")</script><p>yes</p>', 'yes'],
    ['CDATA-like text in a paragraph', '<p>1 &lt; 2 &amp;&amp; 3 &gt; 2</p>', '1 < 2 && 3 > 2'],
  ])('%s', (_, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
