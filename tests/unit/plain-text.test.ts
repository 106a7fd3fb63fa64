import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plain } from '../../dialogs/cards/adaptive-card.ts';

describe('plain (user text in cards)', () => {
  it('leaves ordinary names, e-mail addresses and punctuation alone', () => {
    for (const text of ['Kari Nordmann', 'ola.berg@demo-kommune.no', 'Bolig (kommunal), 12 500 kr.']) assert.equal(plain(text), text);
  });

  it('breaks emphasis, links, code and list markers so they show as typed', () => {
    const out = plain('**fet** _kursiv_ [klikk](https://evil.example) `kode`\n- punkt\n1. nummer');
    assert.doesNotMatch(out, /\*\*fet\*\*|_kursiv_|\[klikk\]\(|`kode`/);
    assert.doesNotMatch(out, /^- |^1\. /m);
    assert.equal(out.replace(/\u200B/g, ''), '**fet** _kursiv_ [klikk](https://evil.example) `kode`\n- punkt\n1. nummer');
  });
});
