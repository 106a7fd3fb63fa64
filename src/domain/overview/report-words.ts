import type { CaseLevel, CasePhase, Category, Subcategory } from '../case/case.ts';
import type { Landlord, LegalStep, LevelColour } from './statistics.ts';

/**
 * The words of the report file (issue 12 §3). The file is written in bokmål whatever the
 * reader's Teams language: it goes to Husbanken, SSB (KOSTRA) and the municipality's own
 * reporting, which are in Norwegian. Its definitions sit here, next to the codes they describe,
 * so the sheet "Om rapporten" says exactly what the numbers count. Category labels come from the
 * message catalogue (`ReportLabels`), so a case's category reads the same as in Teams.
 */

/** Labels the message catalogue owns, handed in by whoever composes the report service. */
export interface ReportLabels {
  category(category: Category): string;
  subcategory(subcategory: Subcategory): string;
}

export const SHEETS = {
  indicators: 'Indikatorer',
  husbanken: 'Husbanken halvår',
  kostra: 'KOSTRA',
  about: 'Om rapporten',
} as const;

export const COLUMNS = {
  indicators: ['Periode', 'Enhet', 'Enhetsnøkkel', 'Indikatorkode', 'Indikator', 'Verdi'],
  husbanken: ['Nr', 'Rapporteringspunkt', 'Verdi', 'Slik er tallet funnet i Husly'],
  kostra: ['Nr', 'Punkt', 'Antall', 'Merknad'],
  about: ['Felt', 'Verdi'],
} as const;

export const WHOLE_MUNICIPALITY = 'Hele kommunen';
export const ALL_UNITS_KEY = 'alle';
export const WHOLE_PERIOD = 'Hele perioden';
export const asOfLabel = (day: string) => `Status per ${day}`;

/** A count from 1 to 4 below the whole municipality. */
export const FEWER_THAN_FIVE = '< 5';
/** A cell hidden so that it cannot be worked out from the others (SSB's sign for it). */
export const HIDDEN = ':';

const COLOURS: Readonly<Record<LevelColour, string>> = {
  gronn: 'grønt',
  gul: 'gult',
  rod: 'rødt',
};

const LANDLORD_WORDS: Readonly<Record<Landlord, string>> = {
  kommunal: 'kommunal utleier',
  privat: 'privat utleier',
  ukjent: 'utleier ikke registrert',
};

const STEP_WORDS: Readonly<Record<LegalStep, string>> = {
  'varsel-4-18': 'Varsel om tvangsfravikelse (tvangsfullbyrdelsesloven § 4-18)',
  'varsel-9-11': 'Varsel fra utleier til NAV (husleieloven § 9-11)',
  begjaering: 'Begjæring om utkastelse (brev fra namsmannen)',
  utkastelse: 'Gjennomført utkastelse',
};

const PHASE_WORDS: Readonly<Record<CasePhase, string>> = {
  akutt: 'akutt: uten tak over hodet',
  'dato-satt': 'utkastelsesdato satt',
  begjaert: 'utkastelse begjært',
  varsel: 'varsel eller oppsigelse',
  'etter-utkastelse': 'etter utkastelse',
  'for-varsel': 'restanse eller kontrakt går ut, før varsel',
  'uten-frist': 'uten frist',
};

const withLandlord = (text: string, landlord: Landlord | null) =>
  landlord === null ? `${text}, i alt` : `${text}, ${LANDLORD_WORDS[landlord]}`;

/** The indicators, by code: what a row in "Indikatorer" counts. */
export const INDICATOR_WORDS = {
  newCases: 'Nye saker (åpnet i perioden)',
  levelMove: (from: LevelColour, to: LevelColour) =>
    `Nivåflytting ${COLOURS[from]} → ${COLOURS[to]}`,
  prevented: (landlord: Landlord | null) =>
    withLandlord('Saker avsluttet med boligen sikret etter varsel eller begjæring', landlord),
  evicted: (landlord: Landlord | null) =>
    withLandlord('Saker avsluttet med utkastelse etter varsel eller begjæring', landlord),
  legalStep: (step: LegalStep, landlord: Landlord | null) =>
    withLandlord(STEP_WORDS[step], landlord),
  firstContactCases: 'Saker med første kontakt i perioden',
  firstContactMedianDays: 'Dager fra første bekymring til første kontakt (median)',
  moneyCases: 'Saker med innvilget økonomisk stønad (sosialtjenesteloven §§ 18–19)',
  moneyNok: 'Innvilget økonomisk stønad, kroner i alt',
  childHouseholds: 'Husstander med barn (saker åpne i perioden)',
  children: 'Barn i disse husstandene',
  openTotal: 'Åpne saker',
  openLevel: (level: CaseLevel) =>
    `Åpne saker på nivå ${level} (${level === 1 ? 'grønt' : level === 2 ? 'gult' : 'rødt'})`,
  openPhase: (phase: CasePhase) => `Åpne saker i fasen ${PHASE_WORDS[phase]}`,
  openSubcategory: (category: string, subcategory: string) =>
    `Åpne saker: ${category} – ${subcategory}`,
} as const;

/**
 * Husbanken's half-year report (boligsosialt utviklingsprogram): the items a programme
 * municipality reports on preventing evictions and following people up. Husbanken's own form is
 * not public in a current version; these are the measures the programme asked municipalities to
 * document (mål- og resultatoppnåelse), filled from what Husly registers.
 */
export const HUSBANKEN_WORDS = {
  newCases: 'Nye saker der noen står i fare for å miste boligen eller er uten bolig',
  notices: 'Varsler om tvangsfravikelse (§ 4-18) registrert',
  landlordNotices: 'Varsler fra utleier til NAV (husleieloven § 9-11) registrert',
  requests: 'Begjæringer om utkastelse registrert',
  evictions: 'Gjennomførte utkastelser',
  prevented:
    'Utkastelser forhindret: saker med varsel eller begjæring avsluttet med boligen sikret',
  evicted: 'Saker med varsel eller begjæring avsluttet med utkastelse',
  moneyCases: 'Saker der økonomisk stønad (sosialtjenesteloven §§ 18–19) ble innvilget',
  moneyNok: 'Innvilget økonomisk stønad, kroner i alt',
  firstContactMedian: 'Dager fra første bekymring til første kontakt (median)',
  childHouseholds: 'Berørte husstander med barn',
  children: 'Berørte barn',
  levelMove: (from: LevelColour, to: LevelColour) =>
    `Nivåendringer fra ${COLOURS[from]} til ${COLOURS[to]} (antall endringer)`,
  split: (landlord: Landlord) => `– av disse med ${LANDLORD_WORDS[landlord]}`,
  sources: {
    newCases: 'Saker åpnet i perioden (alle kategorier)',
    legalStep: 'Datoen for steget ligger i perioden (se «Om rapporten»)',
    outcome: 'Saker avsluttet i perioden med grunnen «boligen er sikret» / «utkastet»',
    money: 'Hendelsen «vedtak om økonomisk stønad» med vedtak innvilget i perioden',
    firstContact: 'Første hendelse «kontakt opprettet» i perioden; bare med minst 5 saker',
    children: 'Saker åpne i perioden der siste bekymring oppga barn i husstanden',
    levelMove: 'Endringer av nivå i perioden (nivåhistorikken)',
  },
} as const;

/**
 * KOSTRA skjema 13 «Kommunalt disponerte boliger» (SSB): the eviction items, i.e. the requests
 * for eviction and the evictions carried out where the municipality is the landlord. SSB counts
 * them per calendar year. The item numbers on the form are not given: they were not verified
 * against the current form.
 */
export const KOSTRA_WORDS = {
  requests: 'Begjæringer om utkastelse fra kommunalt disponerte boliger',
  evictions: 'Gjennomførte utkastelser fra kommunalt disponerte boliger',
  requestsUnknown: 'Begjæringer om utkastelse der utleier ikke er registrert i Husly',
  evictionsUnknown: 'Gjennomførte utkastelser der utleier ikke er registrert i Husly',
  requestsNote:
    'Saker der siste bekymring med utleier oppga kommunal utleier, og brevet fra namsmannen ' +
    '(eller kopien til NAV/kommunen) er datert i perioden',
  evictionsNote:
    'Saker med kommunal utleier der utkastelsen er registrert som gjennomført, ' +
    'med utkastelsesdato i perioden',
  unknownNote: 'Sjekk disse sakene: noen kan gjelde kommunalt disponerte boliger',
  calendarYear: (from: string, to: string) =>
    `KOSTRA rapporteres for et kalenderår; denne rapporten gjelder ${from} – ${to}.`,
  itemNumbers:
    'Punktnumrene på skjema 13 er ikke oppgitt: kontroller mot årets skjema fra SSB før ' +
    'innrapportering. Tallene her er eksakte, også 1–4: kommunen rapporterer dem til SSB, som ' +
    'publiserer dem per kommune.',
} as const;

/** "Om rapporten": what was counted, how, and what is hidden. */
export const ABOUT_WORDS = {
  title: ['Rapport', 'Husly – boligsosialt arbeid: indikatorer, Husbanken og KOSTRA'],
  period: 'Periode',
  madeAt: 'Laget',
  asOf: 'Åpne saker telt per',
  timeZone: 'Tidssone',
  rows: [
    [
      'Personopplysninger',
      'Filen har ingen navn, fødselsnumre, saksnumre eller fritekst: bare koder, enhetsnavn, ' +
        'måneder og antall.',
    ],
    [
      'Små tall',
      'Et antall fra 1 til 4 som er fordelt under hele kommunen (på en enhet, et nivå, en fase, ' +
        'en kategori eller en utleier), vises som «< 5», slik offisiell statistikk gjør, så ' +
        'ingen celle kan peke ut en person. Andre tall under hele kommunen er avrundet til ' +
        'nærmeste 5, så totalen for kommunen minus de andre enhetene (eller perioden minus de ' +
        'andre månedene) ikke gir et «< 5» tilbake. Totaler for hele kommunen er eksakte. 0 vises.',
    ],
    [
      'Skjult celle (:)',
      'Når en total vises eksakt og bare én del av den er «< 5», skjules også den minste andre ' +
        'delen, så den første ikke kan regnes ut.',
    ],
    [
      'Median og beløp',
      'Median dager til første kontakt og kroner innvilget (avrundet til hele tusen for ' +
        'kommunen, hele titusen for en enhet) vises bare når minst 5 saker ligger bak; ellers ' +
        '«:». Antall barn fra færre enn 5 husstander vises som «< 5».',
    ],
    [
      'Periode og måned',
      'Datoene er lokale (tidssonen over), begge dager tatt med. Hver måned er telt for seg; ' +
        '«Hele perioden» teller hver sak én gang, så summen av månedene kan være større.',
    ],
    ['Enhet', 'Sakens eierenhet i dag, ikke da hendelsen skjedde.'],
    [
      'Utleier',
      'Utleier oppgitt i sakens siste bekymring som oppga utleier (kommunal eller privat); ' +
        'ellers «ikke registrert».',
    ],
    ['Varsel § 4-18', 'Datoen på varselet om tvangsfravikelse, eller datoen beboeren fikk det.'],
    ['Varsel § 9-11', 'Datoen NAV fikk varsel fra utleier etter husleieloven § 9-11.'],
    [
      'Begjæring',
      'Datoen beboeren fikk brev fra namsmannen om begjæring om utkastelse, eller datoen ' +
        'NAV/kommunen fikk kopi av det.',
    ],
    ['Utkastelse', 'Utkastelsesdatoen, for saker der utkastelsen er registrert som gjennomført.'],
    [
      'Forhindret og utkastet',
      'Saker avsluttet i perioden som hadde varsel § 4-18 eller begjæring: forhindret = ' +
        'avsluttet med «boligen er sikret» uten utkastelse; utkastet = avsluttet som utkastet, ' +
        'eller utkastelsen er gjennomført.',
    ],
    [
      'Nivåflytting',
      'Endringer av nivå registrert i perioden. Nivå 1 er grønt, 2 gult, 3 og 4 rødt; en ' +
        'endring mellom 3 og 4 er ikke med.',
    ],
    [
      'Første kontakt',
      'Saker med første hendelse «kontakt opprettet» i perioden: dager fra datoen for den ' +
        'første bekymringen i saken.',
    ],
    [
      'Økonomisk stønad',
      'Hendelsen «vedtak om økonomisk stønad» (sosialtjenesteloven §§ 18–19) med vedtak ' +
        'innvilget og dato i perioden: antall saker og sum kroner.',
    ],
    [
      'Barn',
      'Saker åpne en gang i perioden der siste bekymring med antall barn oppga barn i ' +
        'husstanden.',
    ],
    [
      'Status per dag',
      'Åpne saker etter nivå, fase og kategori er telt den dagen rapporten ble laget, ikke i ' +
        'perioden.',
    ],
  ],
} as const;
