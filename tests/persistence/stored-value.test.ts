import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  ENUM_COLUMNS,
  stored,
  storedOrNull,
  storedSubcategory,
  type EnumColumn,
} from '../../src/persistence/stored-columns.ts';
import {
  CorruptRowError,
  jsonFlatRecord,
  jsonStringList,
  oneOf,
  oneOfOrNull,
} from '../../src/persistence/stored-value.ts';

const COLUMNS = Object.keys(ENUM_COLUMNS) as EnumColumn[];

/** The error a mapper must throw for `column`; the message must name it too. */
const corrupt = (column: string) => (error: unknown) => {
  assert.ok(error instanceof CorruptRowError, `a CorruptRowError, got ${String(error)}`);
  assert.equal(error.column, column);
  assert.equal(error.code, 'STORAGE.CORRUPT_ROW');
  assert.ok(error.message.includes(column), error.message);
  return true;
};

describe('stored values: closed sets checked on the way in', () => {
  for (const column of COLUMNS) {
    it(`${column} accepts each member of its domain list and refuses anything else`, () => {
      const values: readonly (string | number)[] = ENUM_COLUMNS[column];
      assert.ok(values.length > 0);
      for (const value of values) assert.equal(stored(column, value), value);
      const wrong = typeof values[0] === 'number' ? 99 : 'not-a-member';
      assert.throws(() => stored(column, wrong), corrupt(column));
      assert.throws(() => stored(column, null), corrupt(column), 'NULL is not a member');
      assert.equal(storedOrNull(column, null), null);
    });
  }

  it('compares exactly: no trimming, no case folding, no number-for-text', () => {
    assert.throws(() => stored('cases.status', 'Open'), corrupt('cases.status'));
    assert.throws(() => stored('cases.status', 'open '), corrupt('cases.status'));
    assert.throws(() => stored('cases.level', '2'), corrupt('cases.level'));
    assert.throws(() => stored('units.kind', 'rus_psykisk_helse'), corrupt('units.kind'));
  });

  it('takes a subcategory only within the row’s category', () => {
    assert.equal(storedSubcategory('uegnet-bolig', 'for-liten', 'cases.subcategory'), 'for-liten');
    assert.throws(
      () => storedSubcategory('uegnet-bolig', 'asylmottak', 'concerns.subcategory'),
      corrupt('concerns.subcategory'),
    );
  });

  it('names a code-shaped bad value and the allowed ones, so the row can be fixed', () => {
    assert.throws(
      () => oneOf(['open', 'closed'], 'opne', 'cases.status'),
      (error: Error) => {
        assert.equal(
          error.message,
          "Corrupt row: cases.status holds 'opne'; expected open | closed",
        );
        return true;
      },
    );
    assert.throws(
      () => stored('reminder_outbox.kind', 'D99'),
      /reminder_outbox\.kind holds 'D99' \(not a known value\)/,
    );
    assert.throws(
      () => stored('cases.level', 7),
      /cases\.level holds 7; expected 1 \| 2 \| 3 \| 4/,
    );
  });

  it('never prints a long number (an identity or phone number could be in a number column)', () => {
    for (const raw of [28879041858, 12345678, -98765]) {
      assert.throws(
        () => stored('cases.level', raw),
        (error: Error) => {
          assert.ok(!error.message.includes(String(Math.abs(raw))), error.message);
          assert.match(error.message, /cases\.level holds a number/);
          return true;
        },
      );
    }
  });

  it('never quotes a value that could be personal data', () => {
    for (const raw of [
      'Kari Nordmann',
      'Kari',
      '12879343746',
      'kari.nordmann@kommune.no',
      'bor hos søsteren sin',
      'x'.repeat(41),
    ]) {
      assert.throws(
        () => stored('concerns.sharingBasis', raw),
        (error: Error) => {
          assert.ok(error instanceof CorruptRowError);
          assert.ok(!error.message.includes(raw), error.message);
          assert.match(error.message, new RegExp(`a text of ${raw.length} characters`));
          return true;
        },
      );
    }
  });

  it('checks JSON columns by shape, without quoting their text', () => {
    assert.deepEqual(jsonStringList('["u1","u2"]', 'case_consents.unitIds'), ['u1', 'u2']);
    assert.deepEqual(jsonStringList('[]', 'case_consents.unitIds'), []);
    for (const raw of ['{"u":1}', '[1]', '"u1"', 'Kari Nordmann'])
      assert.throws(
        () => jsonStringList(raw, 'case_consents.unitIds'),
        (error: Error) =>
          corrupt('case_consents.unitIds')(error) && !error.message.includes('Kari'),
      );
    assert.deepEqual(jsonFlatRecord('{"code":"X","n":2,"b":true}', 'audit_events.detail'), {
      code: 'X',
      n: 2,
      b: true,
    });
    for (const raw of ['[]', 'null', '{"a":{"b":1}}', '{"a":null}', '{oops'])
      assert.throws(
        () => jsonFlatRecord(raw, 'audit_events.detail'),
        corrupt('audit_events.detail'),
      );
  });

  it('oneOfOrNull keeps NULL and checks everything else', () => {
    assert.equal(oneOfOrNull(['a', 'b'], null, 't.c'), null);
    assert.equal(oneOfOrNull(['a', 'b'], 'b', 't.c'), 'b');
    assert.throws(() => oneOfOrNull(['a', 'b'], 'c', 't.c'), corrupt('t.c'));
  });
});

/**
 * The `/// a | b` comment above a field in prisma/schema.prisma, as a list of codes. A lead-in
 * ("Why the case was closed: a | …"), a tail ("… | c: where it was recorded.") and remarks in
 * parentheses are dropped. A range comment ("1–4 (…)") gives the numbers.
 */
function documentedValues(doc: string): (string | number)[] | null {
  const range = /^(\d+)–(\d+)\b/.exec(doc);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  if (!doc.includes(' | ')) return null;
  const parts = doc
    .replace(/\([^)]*\)/g, '')
    .split('|')
    .map((part) => part.trim());
  return parts.map((part, i) => {
    let code = part;
    if (i === 0) code = code.split(':').at(-1) ?? code;
    if (i === parts.length - 1) code = code.split(':')[0] ?? code;
    code = code.trim();
    assert.match(code, /^[\w.-]+$/, `cannot read a code from "${part}" in "${doc}"`);
    return code;
  });
}

/** `table.column` → the values its schema comment lists, for every documented closed set. */
function schemaEnums(schema: string): Map<string, (string | number)[]> {
  const found = new Map<string, (string | number)[]>();
  for (const model of schema.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)) {
    const body = model[2] ?? '';
    const table = /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? model[1];
    let doc: string[] = [];
    for (const line of body.split('\n').map((l) => l.trim())) {
      if (line.startsWith('///')) {
        doc.push(line.slice(3).trim());
        continue;
      }
      const field = /^(\w+)\s+\w/.exec(line)?.[1];
      const values = field && doc.length > 0 ? documentedValues(doc.join(' ')) : null;
      if (field && values) found.set(`${table}.${field}`, values);
      doc = [];
    }
  }
  return found;
}

describe('prisma/schema.prisma comments and the domain lists agree', () => {
  const documented = schemaEnums(readFileSync('prisma/schema.prisma', 'utf8'));

  it('finds the documented closed sets (the parser is not silently reading nothing)', () => {
    assert.ok(documented.size >= 17, `only ${documented.size}: ${[...documented.keys()].join()}`);
    assert.deepEqual(documented.get('units.kind')?.slice(0, 2), ['nav', 'tildeling']);
  });

  it('every documented closed set is checked by the mappers', () => {
    const unchecked = [...documented.keys()].filter((c) => !COLUMNS.includes(c as EnumColumn));
    assert.deepEqual(unchecked, [], 'add these columns to ENUM_COLUMNS');
  });

  for (const column of COLUMNS) {
    it(`${column}: the schema comment lists the domain's values`, () => {
      // Every checked column documents its values in the schema, so the two cannot drift.
      const inSchema = documented.get(column);
      assert.ok(inSchema, `prisma/schema.prisma has no \`/// a | b\` comment for ${column}`);
      const sorted = (values: readonly (string | number)[]) => [...values].map(String).sort();
      assert.deepEqual(sorted(inSchema), sorted(ENUM_COLUMNS[column]));
    });
  }
});
