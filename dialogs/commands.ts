import { findCaseReference } from '../src/domain/case/case.ts';
import { foldText, stripInvisible } from '../src/domain/common/fold-text.ts';

/**
 * The text commands Husly understands, in one table. The Teams manifest's commandLists are
 * checked against this table in tests, and MainDialog must have a handler for every id.
 */
export type CommandId =
  | 'help'
  | 'cancel'
  | 'linkChannel'
  | 'newConcern'
  | 'arrearsReport'
  | 'whoOwns'
  | 'handOver'
  | 'take'
  | 'myCases'
  | 'startPlan'
  | 'showPlan'
  | 'classify'
  | 'routing'
  | 'reminders'
  | 'arrearsPaid'
  | 'closeCase'
  | 'recordEvent'
  | 'grantAccess'
  | 'consent'
  | 'breakGlass'
  | 'accessReview'
  | 'worklist'
  | 'overview'
  | 'report'
  | 'worklistSchedule';

/**
 * Commands answered in a channel or group chat itself: they show nothing about a resident
 * ("hvem eier" by reference shows owner facts only there). Everything else is answered in the
 * asker's personal chat.
 */
export const CHANNEL_COMMANDS: ReadonlySet<CommandId> = new Set([
  'help',
  'cancel',
  'linkChannel',
  'routing',
  'whoOwns',
  // "@Husly ta saken 2026-0006": the answer names the case and who has it (owner facts).
  'take',
  // "@Husly arbeidsliste hver mandag 08:30": set in the unit's own channel, answered there.
  'worklistSchedule',
]);

export interface CommandMatch {
  readonly id: CommandId;
  /** What followed the command words, e.g. the unit key in "koble kanal nav-bolig". */
  readonly argument: string;
}

interface CommandSpec {
  readonly id: CommandId;
  /** The title shown in Teams' command menu (manifest commandLists). */
  readonly manifestTitle: string;
  readonly pattern: RegExp;
}

export const COMMANDS: readonly CommandSpec[] = [
  { id: 'help', manifestTitle: 'hjelp', pattern: /^(?:hjelp|help|\?|hjelp meg|hva kan du)$/ },
  { id: 'cancel', manifestTitle: 'avbryt', pattern: /^(?:avbryt|cancel|stopp|avslutt)$/ },
  {
    id: 'linkChannel',
    manifestTitle: 'koble kanal',
    pattern: /^(?:koble|kople|link)(?: til)? kanal(?:en)?(?: til)?(?: (.+))?$/,
  },
  {
    id: 'newConcern',
    manifestTitle: 'ny bekymring',
    pattern: new RegExp(
      '^(?:(?:ny|meld|melde|registrer|send|lag)(?: en)? )?' +
        'bekymring(?:smelding)?(?: (?:for|om) (.+))?$',
    ),
  },
  {
    id: 'arrearsReport',
    manifestTitle: 'meld restanse',
    // "meld restanse", "restanse", "ny restansemelding", "registrer husleierestanse"; not
    // "restansen er betalt" (arrearsPaid).
    pattern:
      /^(?:(?:meld|melde|ny|registrer|send)(?: en| inn)? )?(?:husleie)?restanse(?:melding)?$/,
  },
  {
    id: 'whoOwns',
    manifestTitle: 'hvem eier',
    // "hvem eier 2026-0004", "hvem har saken til …", "hvem er ansvarlig for …",
    // "hvem følger opp …", "hvem er saksbehandler på …", "eier 2026-0004?", nynorsk
    // "kven eig …", English "who owns …"
    pattern: new RegExp(
      '^(?:(?:hvem|kven|hvem sin|hvem som)' +
        '(?: (?:eier|eig|ejer|har ansvaret for|har ansvar for|har|er ansvarlig for' +
        '|er koordinator for|koordinerer|folger opp|fylgjer opp|jobber med' +
        '|er (?:saksbehandler|saksansvarlig|kontaktperson|kontakt)(?: (?:pa|for|i))?))?' +
        '|who (?:owns|has|is responsible for|follows up)' +
        '|eier|ansvarlig for|oppslag|sla opp)' +
        '(?: (?:saken|saka|sak|sakene)(?: (?:til|for|om|med))?)?' +
        '(?: (?:nr|nummer))?(?: (.+))?$',
    ),
  },
  {
    id: 'handOver',
    manifestTitle: 'overfør',
    pattern: /^(?:overfor|overfore|overfoer|flytt)(?: (?:saken|sak))?(?: (.+))?$/,
  },
  {
    id: 'take',
    manifestTitle: 'ta saken',
    // "ta saken 2026-0006", "ta sak 2026/6", "jeg tar saken 2026-0006", "ta over saken …"
    pattern: /^(?:jeg )?(?:ta|tar)(?: over)? (?:saken|sak|saka)(?: (?:nr|nummer))?(?: (.+))?$/,
  },
  {
    id: 'myCases',
    manifestTitle: 'mine saker',
    pattern: /^(?:vis )?(?:mine|mine egne|vare) saker$/,
  },
  {
    id: 'startPlan',
    manifestTitle: 'start målplan',
    pattern: new RegExp(
      '^(?:start|ny|lag|opprett|begynn)(?: en| pa)? (?:malplan|maalplan|mal plan)' +
        '(?: for| til)?(?: (?:saken?|sak) )?(?: ?(.+))?$',
    ),
  },
  {
    id: 'showPlan',
    manifestTitle: 'målplan',
    pattern: new RegExp(
      '^(?:vis )?(?:malplan|maalplan|mal plan|malplanen)' +
        '(?: for| til)?(?: (?:saken?|sak))?(?: (.+))?$',
    ),
  },
  {
    id: 'reminders',
    manifestTitle: 'påminnelser',
    pattern: new RegExp(
      '^(?:vis |mine )?(?:paminnelser|paminnelse|paminnelsene|varsler)' +
        '(?: for| til)?(?: (?:saken?|sak))?(?: (.+))?$',
    ),
  },
  {
    id: 'arrearsPaid',
    manifestTitle: 'restansen er betalt',
    // "restansen er betalt 2026-0004", "husleien er betalt for sak 2026-0004", "betalt 2026-0004"
    pattern: new RegExp(
      '^(?:(?:husleie)?restansen?(?: er)? betalt|husleien er betalt|betalt(?: restanse(?:n)?)?)' +
        '(?: (?:for|i|pa))?(?: (?:saken?|sak))?(?: (.+))?$',
    ),
  },
  {
    id: 'closeCase',
    manifestTitle: 'avslutt sak',
    pattern: /^(?:avslutt|lukk)(?: (?:saken|sak))(?: (.+))?$/,
  },
  {
    id: 'recordEvent',
    manifestTitle: 'hendelse',
    // "hendelse 2026-0004", "registrer hendelse i sak 2026-0004", "registrer utfall 2026-0004",
    // "hva er gjort 2026-0004"
    pattern: new RegExp(
      '^(?:(?:registrer|ny|ny hendelse|registrer en) )?(?:hendelse|utfall|hva er gjort)' +
        '(?: (?:for|i|pa|til))?(?: (?:saken?|sak))?(?: (.+))?$',
    ),
  },
  { id: 'routing', manifestTitle: 'ruting', pattern: /^ruting(?: (.+))?$/ },
  {
    id: 'grantAccess',
    manifestTitle: 'gi tilgang',
    pattern: /^(?:gi tilgang|tilgang)(?: (?:til|for|i))?(?: (?:saken?|sak))?(?: (.+))?$/,
  },
  {
    id: 'consent',
    manifestTitle: 'samtykke',
    pattern: new RegExp(
      '^(?:vis |registrer |nytt )?samtykke(?:t|r|ne)?' +
        '(?: (?:til|for|i))?(?: (?:saken?|sak))?(?: (.+))?$',
    ),
  },
  {
    id: 'breakGlass',
    manifestTitle: 'nødtilgang',
    pattern:
      /^(?:nodtilgang|nod tilgang|bryt glasset)(?: (?:til|for|i))?(?: (?:saken?|sak))?(?: (.+))?$/,
  },
  {
    id: 'accessReview',
    manifestTitle: 'tilgangskontroll',
    pattern: /^(?:tilgangskontroll|kontroll av tilgang|tilgangsrapport)(?: (.+))?$/,
  },
  {
    id: 'worklistSchedule',
    manifestTitle: 'arbeidsliste hver uke',
    // "arbeidsliste hver mandag 08:30", "arbeidsliste kvar måndag 8.30",
    // "worklist every Monday 08:30", "arbeidsliste hver uke stopp" / "stopp ukentlig arbeidsliste".
    // The argument is what follows "hver" ("uke" alone: show the setting), or "stopp".
    pattern: new RegExp(
      '^(?:(?:ukentlig |vekentleg |weekly )?(?:arbeidsliste|worklist) (?:hver|kvar|every) (.+)' +
        '|(stopp|stop) (?:ukentlig |vekentleg |weekly )?(?:arbeidsliste|worklist))$',
    ),
  },
  {
    id: 'worklist',
    manifestTitle: 'arbeidsliste',
    // "arbeidsliste", "boligmøte", "liste til boligmøtet", "arbeidslista", "worklist"
    pattern: new RegExp(
      '^(?:vis |show )?(?:(?:min |mi |my )?(?:arbeidsliste|arbeidslista|arbeidslisten|worklist)' +
        '|(?:liste (?:til|for) )?boligmotet?|(?:list for the )?housing meeting)$',
    ),
  },
  {
    id: 'overview',
    manifestTitle: 'oversikt',
    // "oversikt", "vis oversikten", "statistikk", "overview"
    // Not "oversikt over hva du kan" (help).
    pattern: new RegExp(
      '^(?:vis |show )?(?:oversikt|oversikten|oversyn|statistikk|overview|statistics)' +
        '(?: (?!over )(.+))?$',
    ),
  },
  {
    id: 'report',
    manifestTitle: 'rapport',
    // "rapport", "lag rapport", "halvårsrapport", "report"
    pattern: /^(?:lag |hent |make |get )?(?:rapport|rapporten|halvarsrapport|report)(?: (.+))?$/,
  },
  {
    id: 'classify',
    manifestTitle: 'endre nivå',
    pattern: new RegExp(
      '^endre (?:niva|kategori|niva og kategori|sak|saken)' +
        '(?: for| pa| til)?(?: (?:saken?|sak))?(?: (.+))?$',
    ),
  },
];

/**
 * Lower case, Norwegian letters folded (å→a, ø→o, æ→ae) and other diacritics dropped,
 * surrounding punctuation removed, white space collapsed: "Hjelp!" and " HJELP " are one command.
 */
export function normaliseCommandText(text: string): string {
  const folded = foldText(text);
  if (folded === '?') return folded;
  return folded.replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
}

/** Commands whose argument may be a person's name, kept as typed. */
const TYPED_ARGUMENT: ReadonlySet<CommandId> = new Set(['whoOwns', 'newConcern']);

export function matchCommand(text: string): CommandMatch | null {
  const normalised = normaliseCommandText(text);
  for (const command of COMMANDS) {
    const match = command.pattern.exec(normalised);
    if (!match) continue;
    // The first group that took part ("stopp arbeidsliste" has its own).
    const argument = (match.slice(1).find((group) => group !== undefined) ?? '').trim();
    // A name keeps its capitals ("Kari Nordmann" on the form); unit keys and types are matched
    // folded, as before.
    return {
      id: command.id,
      argument: TYPED_ARGUMENT.has(command.id) ? asTyped(text, argument) : argument,
    };
  }
  return null;
}

/**
 * The argument as the user typed it ("Kari Nordmann", not the folded "kari nordmann"): the
 * same number of words from the end of the original text. Folding keeps the words apart, so
 * the count matches; when it does not, the folded argument is kept.
 */
function asTyped(text: string, folded: string): string {
  if (!folded) return '';
  const count = folded.split(' ').length;
  const words = normaliseTyped(text).split(' ');
  if (words.length < count) return folded;
  const typed = words.slice(-count).join(' ');
  return normaliseCommandText(typed) === folded ? typed : folded;
}

/** The typed text with surrounding punctuation and extra space removed, case and letters kept. */
function normaliseTyped(text: string): string {
  return stripInvisible(text).replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
}

/**
 * The Teams command menu's words exactly: a command's title (from the manifest), optionally
 * followed by its argument ("hvem eier 2026-0004", "mine saker"). Runs without the intent
 * model; any other wording goes through it (dialogs/understanding).
 */
export function menuCommand(text: string): CommandMatch | null {
  const match = matchCommand(text);
  if (!match) return null;
  const normalised = normaliseCommandText(text);
  const title = normaliseCommandText(COMMANDS.find((c) => c.id === match.id)?.manifestTitle ?? '');
  return normalised === title || normalised.startsWith(`${title} `) ? match : null;
}

export type LookupTarget =
  | { readonly kind: 'reference'; readonly reference: string }
  | { readonly kind: 'nationalId'; readonly input: string }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'none' };

/**
 * What a lookup argument is: a case reference, an identity number (11 digits, any spacing)
 * or a name.
 */
export function classifyLookup(argument: string): LookupTarget {
  const text = argument.trim();
  if (!text) return { kind: 'none' };
  const digits = text.replace(/[\s.-]/g, '');
  if (/^\d{11}$/.test(digits)) return { kind: 'nationalId', input: digits };
  // A case reference anywhere in the sentence wins over a name search ("ansvaret for
  // 2026-0001"): a person lookup asks for a purpose and is logged, a reference needs neither.
  // "hvem eier sak 4/2026" reaches here as "4/2026": number before year.
  // A birth date written 2001-11-10 is not case 2001-0011.
  // Nor is 2026/3/14 or 2026 12 01 case 2026-0003 or 2026-0012, nor an amount "2026 12500".
  const withoutDates = text
    .replace(/\b\d{4}([-/. ])\d{1,2}\1\d{1,2}\b/g, ' ')
    .replace(/\b(20\d{2}) (\d{5})\b/g, ' ');
  const reference = findCaseReference(
    /^\d{1,5}\s*\/\s*20\d{2}$/.test(text) ? `sak ${text}` : withoutDates,
  );
  if (reference) return { kind: 'reference', reference };
  if (/^\d+$/.test(digits)) return { kind: 'nationalId', input: digits };
  return { kind: 'name', name: text };
}
