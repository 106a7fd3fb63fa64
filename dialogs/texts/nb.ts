import type { ErrorCode } from '../../src/domain/shared/errors.ts';

/**
 * All user-facing text, in bokmål. Another language is another file with the same shape
 * (`Texts`), registered in ./index.ts. Keep messages short: they are read in a Teams chat.
 */
export const nb = {
  locale: 'nb-NO',
  appName: 'Husly',
  help: {
    title: 'Dette kan Husly hjelpe deg med',
    greeting: (firstName: string) => `Hei, ${firstName}!`,
    intro:
      'Husly samler boligsosialt arbeid på tvers av enheter, slik at ingen faller mellom to stoler når noen står i fare for å miste boligen.',
    commandsHeading: 'Kommandoer',
    adminHeading: 'For administratorer',
    channelNote: 'I en kanal svarer Husly bare når du nevner @Husly.',
    commands: {
      help: { title: 'hjelp', description: 'Viser denne oversikten.' },
      cancel: { title: 'avbryt', description: 'Avbryter det du holder på med.' },
      linkChannel: {
        title: 'koble kanal',
        description: 'Skriv «@Husly koble kanal <enhet>» i kanalen der enheten skal nås, for eksempel «koble kanal nav-bolig».',
      },
    },
  },
  notRegistered: (admins: readonly { name: string; email: string }[]) =>
    admins.length > 0
      ? `Du er ikke registrert som bruker av Husly. Kontakt Husly-administrator: ${admins
          .map((a) => `${a.name} (${a.email})`)
          .join(', ')}.`
      : 'Du er ikke registrert som bruker av Husly. Kontakt IT-avdelingen i kommunen for å få tilgang.',
  unknownCommand: 'Det forstod jeg ikke. Skriv «hjelp» for å se hva Husly kan.',
  cancelled: 'Avbrutt.',
  nothingToCancel: 'Det er ingenting å avbryte.',
  turnError: (errorId: string) =>
    `Beklager, noe gikk galt hos Husly, og det du sendte ble ikke lagret. Prøv igjen om litt. Skjer det igjen, kontakt Husly-administrator og oppgi feilkode ${errorId}.`,
  linkChannel: {
    askUnit: (keys: readonly string[]) =>
      `Hvilken enhet skal nås i denne kanalen? Svar med «@Husly <enhet>». Enheter: ${keys.join(', ')}. Skriv «avbryt» for å avbryte.`,
    unknownUnit: (keys: readonly string[]) => `Fant ingen enhet med den nøkkelen. Velg en av: ${keys.join(', ')}.`,
    linked: (unitName: string) => `Kanalen er nå koblet til ${unitName}. Varsler til enheten kommer hit.`,
  },
  errors: {
    'ACCESS.DENIED': 'Du har ikke tilgang til å gjøre dette.',
    'CHANNEL.NOT_A_CHANNEL': 'Dette må gjøres i kanalen enheten skal nås i, ikke i en chat.',
    'UNIT.NOT_FOUND': 'Fant ingen enhet med den nøkkelen.',
    'ACTOR.NOT_REGISTERED': 'Du er ikke registrert som bruker av Husly.',
    'TENANT.NOT_ALLOWED': 'Husly er ikke tilgjengelig for denne organisasjonen.',
    'NATIONAL_ID.EMPTY': 'Skriv inn fødselsnummer eller D-nummer.',
    'NATIONAL_ID.FORMAT': 'Fødselsnummeret kan bare inneholde sifre.',
    'NATIONAL_ID.LENGTH': 'Fødselsnummeret må ha 11 sifre.',
    'NATIONAL_ID.CHECKSUM': 'Fødselsnummeret er ikke gyldig (kontrollsifrene stemmer ikke). Sjekk at det er skrevet riktig.',
    'NATIONAL_ID.DATE': 'Fødselsnummeret inneholder ikke en gyldig fødselsdato.',
    'NATIONAL_ID.SYNTHETIC_IN_PRODUCTION': 'Dette er et syntetisk testnummer og kan ikke brukes i produksjon.',
    'LOOKUP.NOT_FOUND': 'Ingen sak funnet.',
    'LOOKUP.PURPOSE_REQUIRED': 'Velg hvorfor du slår opp personen.',
    'LOOKUP.PURPOSE_NOTE_REQUIRED': 'Skriv kort hvorfor du slår opp personen (høyst 200 tegn).',
    'LOOKUP.NAME_TOO_SHORT': 'Skriv minst to bokstaver av navnet.',
    'CASE.NOT_FOUND': 'Fant ikke saken.',
    'CASE.CLOSED': 'Saken er avsluttet.',
    'CASE.ALREADY_TAKEN': 'Saken har allerede en koordinator.',
    'HANDOVER.SAME_OWNER': 'Saken eies allerede av denne enheten og koordinatoren.',
    'HANDOVER.COORDINATOR_NOT_IN_UNIT': 'Koordinatoren må jobbe i enheten saken overføres til.',
    'HANDOVER.NOTE_REQUIRED': 'Skriv en kort begrunnelse for overføringen (høyst 500 tegn).',
    'STAFF.NOT_FOUND': 'Fant ikke den ansatte.',
  } satisfies Record<ErrorCode, string>,
} as const;

/** The shape every language file must have. */
export type Texts = DeepWiden<typeof nb>;

type DeepWiden<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => DeepWiden<R>
    : { readonly [K in keyof T]: DeepWiden<T[K]> };
