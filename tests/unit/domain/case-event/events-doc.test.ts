import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { nb } from '../../../../dialogs/texts/nb.ts';
import { EVENT_RULES, type EventRule } from '../../../../src/domain/case-event/case-event.ts';

/** How docs/reminders.md words each column of the events table. */
const VALUE: Record<EventRule['value'], string> = {
  none: '–',
  decision: 'innvilget or avslått; amount (optional)',
  payment: 'amount (optional); covers the whole arrears?',
  date: 'a date',
  day: 'the day it happened (not in the future)',
};
const paid = (p: EventRule['paid']) =>
  p === true ? 'yes' : p === 'covers' ? 'if it covers the whole arrears' : 'no';
const SETS = { evictionDate: 'F', temporaryAccommodationSince: 'temporary accommodation since' };
const UNTIL = {
  arrears: 'new arrears',
  namsmann: 'a new namsmann letter or eviction date',
  'any-concern': 'any new concern',
};

/** The rows of the events table (between its markers) in docs/reminders.md. */
function documentedRows(): string[][] {
  const doc = readFileSync('docs/reminders.md', 'utf8');
  const start = doc.indexOf('<!-- case-events -->');
  const end = doc.indexOf('<!-- /case-events -->');
  assert.ok(start >= 0 && end > start, 'docs/reminders.md has the case-events table markers');
  return doc
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
}

describe('docs/reminders.md: the outcome events table', () => {
  it('documents every event with its stop rule as implemented, in the code’s order', () => {
    assert.deepEqual(
      documentedRows(),
      EVENT_RULES.map((r) => [
        `\`${r.type}\``,
        nb.events.labels[r.type],
        VALUE[r.value],
        paid(r.paid),
        r.stops.length ? r.stops.join(', ') : '–',
        r.sets ? SETS[r.sets] : '–',
        r.renewedBy ? UNTIL[r.renewedBy] : '–',
      ]),
    );
  });
});
