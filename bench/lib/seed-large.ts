/**
 * bench/lib/seed-large — a large municipality in one SQLite file, for the benches
 * (bench/overview.ts, bench/scale.ts) and for starting Husly on it by hand:
 *
 *   npm run bench:seed -- /tmp/husly-100k.db     (migrated, Demo kommune, the data below)
 *   DATABASE_URL=file:/tmp/husly-100k.db npm start
 *
 * Demo kommune (its people log in as in the playground) plus 17 caseworkers per unit, 100,000
 * residents with one case each (7.2 % open, BENCH_OPEN_SHARE), their concerns, level changes,
 * events, goal plans, ownership periods and 1,000,000 audit events (BENCH_CASES, BENCH_AUDIT).
 * Everything is written with set-based SQL (a recursive CTE per table, or a JSON array per batch
 * where a value must be computed in JavaScript): about half a minute for the whole file.
 *
 * Residents have realistic synthetic names (about 200 Norwegian first names × 300 surnames, picked
 * by a fixed hash of the row number: a full name is shared by one or two people, a handful at
 * most) and synthetic identity numbers. Those numbers are in the test range Skatteetaten's Tenor
 * uses (month + 80; tests/fixtures/fodselsnummer.json does the same), so none is any real
 * person's: no one is born in month 81–92. Their check digits are right, because Husly refuses a
 * number with a wrong check digit (or a day that is no date) before it looks anything up, and a
 * lookup by number would then measure nothing. Husly accepts the test range only in development
 * mode; `syntheticResidents` checks every number against Husly's own parser (accepted in
 * development, refused in production) and never reuses a demo resident's number.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseConfig } from '../../src/config.ts';
import { DEMO_RESIDENTS } from '../../src/demo/demo-municipality.ts';
import { foldText } from '../../src/domain/common/fold-text.ts';
import { localDate } from '../../src/domain/common/local-date.ts';
import { hashNationalId } from '../../src/domain/identity/national-id-hash.ts';
import { maskNationalId, parseNationalId } from '../../src/domain/identity/national-id.ts';
import { openDatabase } from '../../src/persistence/database.ts';
import { seedDemoMunicipality } from '../../src/persistence/demo-seed.ts';
import type { PrismaClient } from '../../src/persistence/generated/client.ts';

export interface SeedLargeOptions {
  /** The HMAC key for residents' idHash: Husly's own (HUSLY_ID_SECRET) finds them by number. */
  readonly idSecret: string;
  readonly timeZone: string;
  readonly now?: Date;
  /** Residents and cases (one case each). Default 100,000. */
  readonly cases?: number;
  /** Share of the cases that are open. Default 0.072 (issue 13 measured 7,199 of 100,000). */
  readonly openShare?: number;
  /** Audit events. Default 1,000,000. */
  readonly audit?: number;
  /** Told each step as it is done, with the seconds it took. */
  readonly progress?: (step: string, seconds: number) => void;
}

export interface SeedLargeResult {
  readonly cases: number;
  readonly open: number;
  readonly audit: number;
  readonly seconds: number;
}

/** Husly's development settings (its public id secret, its time zone): what `npm start` uses. */
export function developmentSettings(): { idSecret: string; timeZone: string } {
  const parsed = parseConfig({ HUSLY_MODE: 'development' });
  if (!parsed.ok) throw new Error(`development config invalid: ${parsed.problems.join('; ')}`);
  return { idSecret: parsed.config.idSecret, timeZone: parsed.config.timeZone };
}

// prettier-ignore
const FIRST_NAMES = [
  'Anne', 'Inger', 'Kari', 'Marit', 'Ingrid', 'Liv', 'Eva', 'Berit', 'Astrid', 'Bjørg', 'Hilde',
  'Anna', 'Solveig', 'Marianne', 'Randi', 'Ida', 'Nina', 'Maria', 'Elisabeth', 'Kristin',
  'Bente', 'Heidi', 'Silje', 'Hanne', 'Gerd', 'Linda', 'Tone', 'Elin', 'Anita', 'Wenche',
  'Camilla', 'Ragnhild', 'Monica', 'Ingeborg', 'Torill', 'Turid', 'Sissel', 'Grete', 'Karin',
  'Nora', 'Emma', 'Sofie', 'Ella', 'Olivia', 'Maja', 'Sara', 'Julie', 'Thea', 'Emilie', 'Mari',
  'Tuva', 'Åse', 'Gunn', 'Unni', 'Laila', 'Mona', 'Siri', 'Hege', 'Trine', 'Lene', 'Mette',
  'Janne', 'Kirsten', 'Vigdis', 'Reidun', 'Synnøve', 'Oda', 'Frida', 'Vilde', 'Amalie',
  'Ingvild', 'Tonje', 'Marte', 'Guro', 'Sigrid', 'Aud', 'Else', 'Britt', 'Jorunn', 'Kjersti',
  'Line', 'Malin', 'Stine', 'Hedda', 'Selma', 'Aurora', 'Anne-Lise', 'Kari-Anne', 'Mari-Ann',
  'Fatima', 'Amina', 'Zainab', 'Aisha', 'Maryam', 'Sana', 'Hawa', 'Agnieszka', 'Katarzyna',
  'Ewa', 'Anastasia', 'Yasmin', 'Leila', 'Nadia', 'Ragnhild', 'Jan', 'Per', 'Bjørn', 'Ole',
  'Lars', 'Kjell', 'Knut', 'Arne', 'Svein', 'Thomas', 'Hans', 'Geir', 'Tor', 'Morten', 'Terje',
  'Odd', 'Erik', 'Rune', 'Martin', 'Andreas', 'Trond', 'John', 'Anders', 'Tore', 'Harald', 'Jon',
  'Stian', 'Kristian', 'Øyvind', 'Jørgen', 'Magnus', 'Espen', 'Nils', 'Olav', 'Ola', 'Eirik',
  'Sindre', 'Henrik', 'Sander', 'Jonas', 'Emil', 'Mathias', 'Kristoffer', 'Håkon', 'Sverre',
  'Gunnar', 'Leif', 'Egil', 'Frode', 'Roar', 'Steinar', 'Vidar', 'Dag', 'Finn', 'Helge', 'Ivar',
  'Kåre', 'Ketil', 'Petter', 'Rolf', 'Sigurd', 'Torbjørn', 'Åge', 'Øystein', 'Ørjan',
  'Asbjørn', 'Einar', 'Fredrik', 'Halvor', 'Jostein', 'Kenneth', 'Lasse', 'Marius', 'Ove', 'Pål',
  'Reidar', 'Sondre', 'Tobias', 'Vegard', 'William', 'Filip', 'Aksel', 'Isak', 'Elias', 'Noah',
  'Oskar', 'Johannes', 'Even', 'Tor-Erik', 'Per-Olav', 'Jan-Erik', 'Mohammed', 'Ali', 'Ahmed',
  'Omar', 'Hassan', 'Yusuf', 'Abdi', 'Piotr', 'Tomasz', 'Krzysztof', 'Mehmet', 'Ibrahim',
  'Dragan', 'Goran', 'Mustafa', 'Tariq',
];

// prettier-ignore
const SURNAMES = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen',
  'Jensen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen',
  'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl', 'Jørgensen', 'Halvorsen', 'Henriksen',
  'Lund', 'Sørensen', 'Jakobsen', 'Moen', 'Gundersen', 'Iversen', 'Strand', 'Solberg',
  'Svendsen', 'Eide', 'Knutsen', 'Martinsen', 'Paulsen', 'Bakken', 'Kristoffersen', 'Mathisen',
  'Lie', 'Amundsen', 'Nguyen', 'Rasmussen', 'Lunde', 'Solheim', 'Berge', 'Moe', 'Nygård',
  'Bakke', 'Kristensen', 'Fredriksen', 'Holm', 'Lien', 'Hauge', 'Christensen', 'Andresen',
  'Nielsen', 'Knudsen', 'Evensen', 'Sæther', 'Aas', 'Myhre', 'Hanssen', 'Ahmed', 'Haugland',
  'Thomassen', 'Sivertsen', 'Simonsen', 'Danielsen', 'Berntsen', 'Sandvik', 'Rønning',
  'Arnesen', 'Antonsen', 'Næss', 'Vik', 'Haug', 'Ellingsen', 'Thorsen', 'Edvardsen',
  'Birkeland', 'Isaksen', 'Gulbrandsen', 'Ruud', 'Aasen', 'Strøm', 'Myklebust', 'Tangen',
  'Ødegård', 'Eliassen', 'Helland', 'Bøe', 'Jenssen', 'Aune', 'Mikkelsen', 'Tveit', 'Brekke',
  'Abrahamsen', 'Madsen', 'Hovland', 'Engen', 'Bjerke', 'Sunde', 'Nyberg', 'Dale', 'Gjerde',
  'Ali', 'Hussain', 'Khan', 'Mohamed', 'Tran', 'Kaur', 'Singh', 'Nowak', 'Kowalski',
  'Wiśniewski', 'Lewandowski', 'Hovde', 'Johansson', 'Andersson', 'Karlsson', 'Nilsson',
  'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustavsen', 'Hermansen', 'Wold',
  'Fjeld', 'Ness', 'Øien', 'Fossum', 'Bråthen', 'Våge', 'Rød', 'Løken', 'Nærland', 'Grønli',
  'Kvam', 'Skaug', 'Moland', 'Rustad', 'Holmen', 'Hole', 'Hjelle', 'Fosse', 'Torgersen',
  'Bergersen', 'Bergstrøm', 'Jansen', 'Tollefsen', 'Ludvigsen', 'Olaussen', 'Aasheim',
  'Hamre', 'Kleven', 'Sand', 'Stene', 'Tveten', 'Ottesen', 'Mortensen', 'Steen', 'Jakobsson',
  'Yilmaz', 'Hassan', 'Abdi', 'Omar', 'Popović', 'Hodžić',
  // Farm names, as so many Norwegian surnames are.
  ...['Nord', 'Sør', 'Øst', 'Vest', 'Ny', 'Stor', 'Lille', 'Skog', 'Fjell', 'Sol', 'Bjørke', 'Hol']
    .flatMap((a) => ['heim', 'vik', 'dal', 'li', 'by', 'land', 'rud', 'stad', 'haug', 'gård', 'eng']
      .map((b) => a + b)),
];

/** ~200 first names and ~300 surnames, without repeats (farm names may repeat a plain one). */
const firstNames = [...new Set(FIRST_NAMES)].slice(0, 200);
const surnames = [...new Set(SURNAMES)].slice(0, 300);

/** A fixed 32-bit hash (the same row always gets the same name and number). */
function mix(value: number): number {
  let x = value >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Resident i's name: first name and surname picked by two independent hashes of i. */
function syntheticName(i: number): string {
  const first = firstNames[mix(i * 2 + 1) % firstNames.length] ?? 'Kari';
  const last = surnames[mix(i * 2 + 2 + 0x5bd1e995) % surnames.length] ?? 'Hansen';
  return `${first} ${last}`;
}

export interface SyntheticResident {
  readonly nationalId: string;
  readonly name: string;
  readonly birthDate: string;
}

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const weighted = (digits: number[], weights: number[]) =>
  weights.reduce((sum, w, k) => sum + w * (digits[k] ?? 0), 0);
const FIRST_DAY = Date.UTC(1940, 0, 1);
const DAYS = Math.round((Date.UTC(2005, 0, 1) - FIRST_DAY) / 86_400_000);
const two = (n: number) => String(n).padStart(2, '0');

const generated = new Map<number, SyntheticResident[]>();

/**
 * Residents 0 … count-1 (resident i is row 'r-' || i, with case 'c-' || i): a name and a unique
 * synthetic identity number (born 1940–2004, month + 80, right check digits; see the header).
 * Checked against Husly's parser: accepted as synthetic in development, refused in production.
 */
export function syntheticResidents(count: number): readonly SyntheticResident[] {
  const known = generated.get(count);
  if (known) return known;
  const taken = new Set(DEMO_RESIDENTS.map((r) => r.nationalId));
  const out: SyntheticResident[] = [];
  for (let i = 0; i < count; i++) {
    for (let attempt = 0; ; attempt++) {
      const h = mix(i * 64 + attempt + 0x9e3779b9);
      const born = new Date(FIRST_DAY + (h % DAYS) * 86_400_000);
      const year = born.getUTCFullYear();
      // Individual number 000–499 is born 1900–1999; 500–999 with a year below 40 is 2000–2039.
      const individual = ((h >>> 16) % 500) + (year >= 2000 ? 500 : 0);
      const nine =
        two(born.getUTCDate()) +
        two(born.getUTCMonth() + 1 + 80) +
        two(year % 100) +
        String(individual).padStart(3, '0');
      const digits = [...nine].map(Number);
      const k1 = (11 - (weighted(digits, K1) % 11)) % 11;
      if (k1 === 10) continue;
      const k2 = (11 - (weighted([...digits, k1], K2) % 11)) % 11;
      if (k2 === 10) continue;
      const nationalId = `${nine}${k1}${k2}`;
      if (taken.has(nationalId)) continue;
      taken.add(nationalId);
      out.push({ nationalId, name: syntheticName(i), birthDate: born.toISOString().slice(0, 10) });
      break;
    }
  }
  for (const r of out) {
    const dev = parseNationalId(r.nationalId, { allowSynthetic: true });
    const prod = parseNationalId(r.nationalId, { allowSynthetic: false });
    if (
      !dev.ok ||
      dev.value.synthetic !== 'month+80' ||
      dev.value.birthDate !== r.birthDate ||
      prod.ok ||
      prod.code !== 'NATIONAL_ID.SYNTHETIC_IN_PRODUCTION'
    )
      throw new Error('a generated identity number is not a synthetic test number');
  }
  generated.set(count, out);
  return out;
}

/**
 * Demo kommune (unless the database has units already) and the large data set. The database
 * must hold no large data yet (ids 'r-0', 'c-0', … are taken). Returns what it wrote.
 */
export async function seedLarge(
  prisma: PrismaClient,
  options: SeedLargeOptions,
): Promise<SeedLargeResult> {
  const began = performance.now();
  let last = began;
  const step = (name: string) => {
    const now = performance.now();
    options.progress?.(name, (now - last) / 1000);
    last = now;
  };
  const CASES = options.cases ?? 100_000;
  const OPEN = Math.round(CASES * (options.openShare ?? 0.072));
  const AUDIT = options.audit ?? 1_000_000;
  const now = options.now ?? new Date();
  const today = localDate(now, options.timeZone);
  const sql = (text: string, ...values: unknown[]) => prisma.$executeRawUnsafe(text, ...values);

  /** Inserts `count` rows into `table`, row i (0-based) from `select` over the CTE column i. */
  const fill = (table: string, columns: string, count: number, select: string) =>
    sql(
      `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ${count})
       INSERT INTO ${table} (${columns}) SELECT ${select} FROM n`,
    );
  /** An ISO instant as Prisma stores DateTime in SQLite, `days` before today (may be an expr). */
  const instant = (days: string) =>
    `strftime('%Y-%m-%dT%H:%M:%S.000+00:00', '${today}', '-' || (${days}) || ' days', '+10 hours')`;
  /** A local date `days` from today (negative: before). */
  const day = (days: string) => `date('${today}', (${days}) || ' days')`;

  // A bulk load: no fsync per statement (the file is of no use half-written anyway).
  await prisma.$queryRawUnsafe('PRAGMA synchronous = OFF');
  await prisma.$queryRawUnsafe('PRAGMA cache_size = -262144');
  await seedDemoMunicipality(prisma, options.idSecret, now, options.timeZone);
  step('demo kommune');
  const units = (await prisma.unit.findMany({ orderBy: { key: 'asc' }, select: { id: true } })).map(
    (u) => `'${u.id}'`,
  );
  const staff = (await prisma.staff.findMany({ orderBy: { id: 'asc' }, select: { id: true } })).map(
    (s) => `'${s.id}'`,
  );
  const pick = (list: string[], expr: string) =>
    `CASE (${expr}) % ${list.length} ${list.map((v, k) => `WHEN ${k} THEN ${v}`).join(' ')} END`;
  // Caseworkers as a large municipality has them (17 per unit), each coordinating cases of
  // their own unit: about 40 open cases each, a real caseload.
  const perUnit = 17;
  await fill(
    'staff',
    'id, aadObjectId, name, email, unitId, role, createdAt, updatedAt',
    units.length * perUnit,
    `'bs-' || i, 'bench-aad-' || i, 'Bench Staff ' || i, 'bs' || i || '@bench.invalid',
     ${pick(units, 'i')}, 'saksbehandler', ${instant('0')}, ${instant('0')}`,
  );
  const n = units.length;
  const coordinatorOf = `'bs-' || ((i * 13) % ${n} + ${n} * (i % ${perUnit}))`;
  const subcategories = [
    ['fare-for-a-miste-bolig', 'utkastelse-tvangssalg'],
    ['fare-for-a-miste-bolig', 'hoye-boutgifter'],
    ['uten-egen-bolig', 'akutt-midlertidig'],
    ['uegnet-bolig', 'darlig-standard'],
  ];
  const category = pick(
    subcategories.map(([c]) => `'${c}'`),
    'i',
  );
  const subcategory = pick(
    subcategories.map(([, s]) => `'${s}'`),
    'i',
  );
  const open = `i < ${OPEN}`;
  // Opened up to five years ago; closed ones after 30–400 days (never after today).
  const openedDays = `CASE WHEN ${open} THEN (i * 7) % 700 ELSE 400 + (i * 11) % 1400 END`;
  const closedDays = `MAX(0, ${openedDays} - 30 - (i % 370))`;
  // An open case's dates are around today; a closed one's around its first month.
  const anchor = `CASE WHEN ${open} THEN 0 ELSE 30 - (${openedDays}) END`;
  const reasons = [
    "'bolig-sikret'",
    "'leieforhold-avsluttet'",
    "'flyttet'",
    "'utkastet'",
    "'annet'",
  ];

  // Residents: names, numbers and their keyed hashes are made here, sent as JSON in batches.
  const people = syntheticResidents(CASES);
  step('names and identity numbers');
  const created = `strftime('%Y-%m-%dT%H:%M:%S.000+00:00', 'now')`;
  for (let from = 0; from < CASES; from += 20_000) {
    const batch = people.slice(from, from + 20_000).map((p, k) => {
      const parsed = parseNationalId(p.nationalId, { allowSynthetic: true });
      if (!parsed.ok) throw new Error(parsed.code);
      return [
        `r-${from + k}`,
        hashNationalId(parsed.value, options.idSecret),
        maskNationalId(parsed.value),
        p.name,
        foldText(p.name),
        p.birthDate,
      ];
    });
    await sql(
      `INSERT INTO residents (id, idHash, maskedId, name, nameSearch, birthDate, createdAt,
         updatedAt)
       SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'),
         json_extract(value, '$[2]'), json_extract(value, '$[3]'), json_extract(value, '$[4]'),
         json_extract(value, '$[5]'), ${created}, ${created}
       FROM json_each(?)`,
      JSON.stringify(batch),
    );
  }
  step('residents');
  await fill(
    'cases',
    'id, reference, residentId, category, subcategory, level, status, owningUnitId, ' +
      'coordinatorId, openedAt, closedAt, closedReason, noticeDate, namsmannNoticeDate, ' +
      'namsmannCopyDate, evictionDate, evictionHappened, acuteDate, firstMissedRentDate, ' +
      'landlordNoticeDate, createdAt, updatedAt',
    CASES,
    `'c-' || i, 'B' || i, 'r-' || i, ${category}, ${subcategory}, 1 + (i * 7) % 4,
     CASE WHEN ${open} THEN 'open' ELSE 'closed' END, ${pick(units, '(i * 13)')},
     CASE WHEN i % 5 = 0 THEN NULL ELSE ${coordinatorOf} END,
     ${instant(openedDays)}, CASE WHEN ${open} THEN NULL ELSE ${instant(closedDays)} END,
     CASE WHEN ${open} THEN NULL ELSE ${pick(reasons, 'i / 3')} END,
     CASE WHEN i % 10 = 3 OR (NOT (${open}) AND i % 3 = 0) THEN ${day(`${anchor} - (i % 20)`)} END,
     CASE WHEN i % 10 = 1 THEN ${day(`${anchor} - (i % 20)`)} END,
     CASE WHEN i % 10 = 2 THEN ${day(`${anchor} - (i % 10)`)} END,
     CASE WHEN i % 10 = 0 THEN ${day(`${anchor} + (i % 40)`)} END,
     CASE WHEN NOT (${open}) AND (i / 3) % 5 = 3 THEN 1 ELSE 0 END,
     CASE WHEN ${open} AND i % 10 = 4 THEN ${day('-(i % 3)')} END,
     CASE WHEN i % 10 = 5 THEN ${day(`${anchor} - (i % 60)`)} END,
     CASE WHEN i % 10 = 6 THEN ${day(`${anchor} - (i % 30)`)} END,
     ${instant('0')}, ${instant('0')}`,
  );
  // References as Husly writes them ('YYYY-NNNN', the year the case was opened), numbered on
  // after Demo kommune's, and each year's sequence moved past them: new cases get new numbers.
  await sql(
    `UPDATE cases SET reference = r.reference FROM (
       SELECT id, substr(openedAt, 1, 4) || '-' || printf('%04d',
         COALESCE((SELECT last FROM case_sequences s
                   WHERE s.year = CAST(substr(c.openedAt, 1, 4) AS INTEGER)), 0)
         + row_number() OVER (PARTITION BY substr(openedAt, 1, 4) ORDER BY openedAt, id))
         AS reference
       FROM cases c WHERE id LIKE 'c-%') r
     WHERE cases.id = r.id`,
  );
  await sql(
    `INSERT INTO case_sequences (year, last)
     SELECT CAST(substr(reference, 1, 4) AS INTEGER) AS y,
       MAX(CAST(substr(reference, 6) AS INTEGER)) FROM cases WHERE true GROUP BY y
     ON CONFLICT (year) DO UPDATE SET last = MAX(last, excluded.last)`,
  );
  // Who has owned each case since when (one period: the owner it was opened with).
  await sql(
    `INSERT INTO case_ownership (id, caseId, unitId, coordinatorId, startedAt, endedAt)
     SELECT 'o-' || substr(id, 3), id, owningUnitId, coordinatorId, openedAt, closedAt
     FROM cases WHERE id LIKE 'c-%'`,
  );
  step('cases');
  await fill(
    'concerns',
    'id, submissionId, caseId, reporterId, reporterUnitId, createdAt, category, subcategory, ' +
      'landlordType, children, description, sharingBasis, residentInformed',
    CASES,
    `'k-' || i, 's-' || i, 'c-' || i, ${pick(staff, 'i')}, ${pick(units, 'i')},
     ${instant(openedDays)}, ${category}, ${subcategory},
     CASE i % 3 WHEN 0 THEN 'kommunal' WHEN 1 THEN 'privat' END, i % 4, 'x', 'lovhjemmel', 1`,
  );
  await fill(
    'case_changes',
    'id, caseId, at, actorId, field, fromValue, toValue, reason',
    Math.floor(CASES / 2),
    `'ch-' || i, 'c-' || ((i * 2) % ${CASES}), ${instant('(i * 3) % 1800')}, ${pick(staff, 'i')},
     'level', CAST(1 + i % 4 AS TEXT), CAST(1 + (i + 1 + i % 2) % 4 AS TEXT), 'x'`,
  );
  await fill(
    'case_events',
    'id, caseId, type, occurredOn, decision, amountNok, recordedById, recordedAt',
    Math.round(CASES * 0.6),
    `'e-' || i, 'c-' || ((i * 5) % ${CASES}),
     CASE i % 3 WHEN 0 THEN 'kontakt-opprettet' WHEN 1 THEN 'stonad-vedtak' ELSE 'stonad-sokt' END,
     ${day('-((i * 3) % 1800)')}, CASE WHEN i % 3 = 1 THEN 'innvilget' END,
     CASE WHEN i % 3 = 1 THEN 5000 + (i % 20) * 1000 END, ${pick(staff, 'i')}, ${instant('0')}`,
  );
  const plans = Math.round(OPEN * 0.4);
  await fill(
    'goal_plans',
    'id, caseId, evaluationDate, vedtakReference, createdAt, createdById, updatedAt',
    plans,
    `'p-' || i, 'c-' || (i * 2), ${day('(i % 90) - 30')},
     CASE WHEN i % 2 = 0 THEN 'V-' || i END, ${instant('0')}, ${pick(staff, 'i')}, ${instant('0')}`,
  );
  await fill(
    'measures',
    'id, planId, type, description, responsibleUnitId, deadline, status, createdAt, updatedAt',
    plans * 2,
    `'m-' || i, 'p-' || (i / 2), 'booppfolging', 'x', ${pick(units, 'i')}, ${day('(i % 60) - 20')},
     CASE i % 4 WHEN 0 THEN 'done' ELSE 'planned' END, ${instant('0')}, ${instant('0')}`,
  );
  await fill(
    'evaluations',
    'id, planId, at, byId, summary, nextEvaluationDate',
    Math.round(plans / 2),
    `'ev-' || i, 'p-' || (i * 2), ${instant('10')}, ${pick(staff, 'i')}, 'x',
     ${day('(i % 60) - 20')}`,
  );
  await fill(
    'case_involvements',
    'id, caseId, unitId, since, reason',
    Math.round(OPEN * 0.5),
    `'inv-' || i, 'c-' || (i * 2 + 1), ${pick(units, '(i * 17 + 3)')}, ${instant('5')}, 'granted'`,
  );
  await sql(
    `DELETE FROM case_involvements WHERE id LIKE 'inv-%' AND unitId = ` +
      `(SELECT owningUnitId FROM cases WHERE cases.id = case_involvements.caseId)`,
  );
  step('concerns, events, plans, involvements');
  // The audit trail's indexes are built once after the rows are in (sorted, not row by row):
  // whatever indexes the migrations made, with their own definitions.
  const indexes = await prisma.$queryRawUnsafe<{ name: string; sql: string }[]>(
    `SELECT name, sql FROM sqlite_master
     WHERE type = 'index' AND tbl_name = 'audit_events' AND sql IS NOT NULL`,
  );
  for (const index of indexes) await sql(`DROP INDEX "${index.name}"`);
  await fill(
    'audit_events',
    'id, at, action, outcome, actorStaffId, caseId',
    AUDIT,
    `'a-' || i, ${instant('i % 1800')},
     CASE i % 4 WHEN 0 THEN 'case.open' WHEN 1 THEN 'case.lookup' WHEN 2 THEN 'case.listMine'
       ELSE 'concern.register' END, 'ok', ${pick(staff, 'i')}, 'c-' || (i % ${CASES})`,
  );
  for (const index of indexes) await sql(index.sql);
  step('audit events');
  await sql('ANALYZE');
  await prisma.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
  step('analyze');
  return { cases: CASES, open: OPEN, audit: AUDIT, seconds: (performance.now() - began) / 1000 };
}

/** `npm run bench:seed -- <file.db>`: a new file, migrated, with Demo kommune and the data. */
async function main(file: string | undefined): Promise<void> {
  if (!file) throw new Error('usage: npm run bench:seed -- <file.db>');
  const target = path.resolve(file);
  if (existsSync(target)) throw new Error(`${target} exists already: remove it first`);
  const db = await openDatabase(`file:${target}`);
  try {
    const result = await seedLarge(db.prisma, {
      ...developmentSettings(),
      cases: Number(process.env.BENCH_CASES ?? 100_000),
      openShare: Number(process.env.BENCH_OPEN_SHARE ?? 0.072),
      audit: Number(process.env.BENCH_AUDIT ?? 1_000_000),
      progress: (name, seconds) => console.log(`  ${name.padEnd(40)} ${seconds.toFixed(1)} s`),
    });
    console.log(
      `Seeded ${target}: ${result.cases.toLocaleString('en')} cases ` +
        `(${result.open.toLocaleString('en')} open), ${result.audit.toLocaleString('en')} audit ` +
        `events in ${result.seconds.toFixed(1)} s.\n` +
        `Start Husly on it (development mode; identity numbers are synthetic test numbers):\n` +
        `  DATABASE_URL=file:${target} npm start\n` +
        `Closed cases go back five years: HUSLY_RETENTION_CLOSED_CASE_DAYS=36500 and ` +
        `HUSLY_RETENTION_AUDIT_DAYS=36500 keep retention from anonymising them at start.`,
    );
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main(process.argv[2]).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
