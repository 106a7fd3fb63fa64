import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { nb } from '../../../../dialogs/texts/nb.ts';
import { CHECKPOINTS, type CheckpointSpec } from '../../../../src/domain/reminder/checkpoints.ts';

/** "R − 2 working days", "D + 1 month", "F − 14": how docs/reminders.md writes an offset. */
function when(c: CheckpointSpec): string {
  const n = Math.abs(c.offset);
  const unit =
    c.unit === 'days'
      ? ''
      : c.unit === 'workingDays'
        ? ' working days'
        : n === 1
          ? ' month'
          : ' months';
  return `${c.anchor} ${c.offset < 0 ? '−' : '+'} ${n}${unit}`;
}

function deadline(c: CheckpointSpec): string {
  if (!c.legalDeadline) return '–';
  const { anchor, offset } = c.legalDeadline;
  return offset ? `${anchor} + ${offset}` : anchor;
}

/** The rows of the checkpoint table in docs/reminders.md, by id. */
function documentedRows(): Map<string, string[]> {
  const doc = readFileSync('docs/reminders.md', 'utf8');
  const rows = new Map<string, string[]>();
  const ids = new Set<string>(CHECKPOINTS.map((c) => c.id));
  for (const line of doc.split('\n')) {
    if (!line.startsWith('| ')) continue;
    const cells = line
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
    const id = cells[0] ?? '';
    if (!ids.has(id)) continue;
    assert.ok(!rows.has(id), `${id} is documented twice`);
    rows.set(id, cells.slice(1));
  }
  return rows;
}

describe('docs/reminders.md', () => {
  const rows = documentedRows();

  it('documents every checkpoint in the code, and no other', () => {
    assert.deepEqual(
      [...rows.keys()],
      CHECKPOINTS.map((c) => c.id),
    );
  });

  it('shows each one as implemented: when, basis, legal source, deadline, stop rule, texts', () => {
    for (const c of CHECKPOINTS) {
      const [title, text] = nb.reminders.kinds[c.id];
      assert.deepEqual(
        rows.get(c.id),
        [when(c), c.basis, c.source, deadline(c), c.stopsWhenPaid ? 'yes' : 'no', title, text],
        `the row for ${c.id}`,
      );
    }
  });

  it('names a law for every legal checkpoint', () => {
    for (const c of CHECKPOINTS.filter((x) => x.basis !== 'practice'))
      assert.match(c.source, /loven § \d/, `${c.id} has no legal source`);
  });
});
