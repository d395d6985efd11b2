import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { charsetFromContentType, decodeText, detectCharset, looksBinary } from './charset.ts';

const cp = (s: string) => iconv.encode(s, 'windows-1252');

describe('detectCharset', () => {
  const cases: [string, Buffer, string | null, string, string][] = [
    [
      'BOM wins over header',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>x</p>')]),
      'text/html; charset=iso-8859-1',
      'utf-8',
      'bom',
    ],
    ['header', cp('<p>café</p>'), 'text/html; charset="ISO-8859-1"', 'windows-1252', 'header'],
    [
      'XML prolog',
      cp('<?xml version="1.0" encoding="ISO-8859-1"?><rss/>'),
      'application/rss+xml',
      'windows-1252',
      'xml',
    ],
    [
      'meta charset',
      cp('<html><head><meta charset="windows-1252"><title>é</title>'),
      'text/html',
      'windows-1252',
      'meta',
    ],
    [
      'meta http-equiv',
      cp('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">'),
      null,
      'iso-8859-15',
      'meta',
    ],
    ['sniffed UTF-8', Buffer.from('<p>café – “x”</p>'), null, 'utf-8', 'sniff'],
    ['sniffed legacy bytes', cp('<p>café – “x”</p>'), null, 'windows-1252', 'sniff'],
    [
      'unknown label falls through',
      Buffer.from('<meta charset="x-nonsense"><p>é</p>'),
      'text/html; charset=bogus',
      'utf-8',
      'sniff',
    ],
  ];
  for (const [name, buf, ct, charset, from] of cases)
    it(name, () => assert.deepEqual(detectCharset(buf, ct), { charset, from }));
});

describe('decodeText', () => {
  it('decodes windows-1252 punctuation and the euro sign', () =>
    assert.equal(decodeText(cp('€12 – “fee”'), 'text/plain; charset=windows-1252'), '€12 – “fee”'));
  it('reads latin-1 labels as windows-1252', () =>
    assert.equal(decodeText(Buffer.from([0x93, 0x41, 0x94]), 'text/plain; charset=iso-8859-1'), '“A”'));
  it('decodes UTF-16 with a BOM', () =>
    assert.equal(decodeText(Buffer.from('\ufeffHallo', 'utf16le')), 'Hallo'));
});

describe('charsetFromContentType and looksBinary', () => {
  it('reads the charset parameter', () =>
    assert.equal(charsetFromContentType('text/html;charset=UTF-8'), 'utf-8'));
  it('is null without one', () => assert.equal(charsetFromContentType('text/html'), null));
  it('flags NUL bytes', () => assert.equal(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0])), true));
  it('passes text', () => assert.equal(looksBinary(Buffer.from('plain text')), false));
});
