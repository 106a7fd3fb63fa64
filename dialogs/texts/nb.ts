import type { ReviewCategory } from '../../src/domain/audit/access-review.service.ts';
import type { ErrorCode } from '../../src/domain/common/errors.ts';
import type { NoticeKind } from '../../src/domain/notify/notice-outbox.ts';
import type { Reach, Told } from '../../src/domain/notify/notifier.ts';

/** "A", "A og B", "A, B og C". */
const listed = (names: readonly string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} og ${names.at(-1)}` : (names[0] ?? '');
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const RETRYING = 'nås ikke nå – Husly prøver igjen.';

/** After a proposal or question to a unit: nothing when it arrived, else what happens now. */
const notYetReached = (unit: string, reached: Reach) =>
  reached === 'reached'
    ? ''
    : reached === 'retrying'
      ? ` ${unit} ${RETRYING}`
      : ` Varselet kom ikke fram til ${unit} (kanal ikke koblet eller Husly ikke installert); ` +
        'kontakt dem gjerne direkte.';

/**
 * Who a set of notices reached, who Husly tries again, and who could not be told: e.g.
 * "Kanalen til Tildelingsteam er varslet. Kari Nilsen nås ikke nå – Husly prøver igjen."
 */
const notified = (told: readonly Told[]) => {
  const names = (reach: Told['reach']) =>
    told
      .filter((t) => t.reach === reach)
      .map((t) => (t.kind === 'unit' ? `kanalen til ${t.name}` : t.name));
  const [reached, retrying, unreached] = [names('reached'), names('retrying'), names('unreached')];
  return [
    reached.length ? `${capitalised(listed(reached))} er varslet.` : null,
    retrying.length ? `${capitalised(listed(retrying))} ${RETRYING}` : null,
    unreached.length
      ? `${capitalised(listed(unreached))} fikk ikke varselet (kanal ikke koblet eller Husly ` +
        'ikke installert).'
      : null,
  ]
    .filter((line) => line !== null)
    .join(' ');
};

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
      'Husly samler boligsosialt arbeid på tvers av enheter, slik at ingen faller mellom to ' +
      'stoler når noen står i fare for å miste boligen.',
    commandsHeading: 'Kommandoer',
    adminHeading: 'For administratorer',
    channelNote:
      'I en kanal svarer Husly bare når du nevner @Husly, og viser bare hvem som eier en sak. ' +
      'Alt annet får du i personlig chat.',
    buttons: { newConcern: 'Meld bekymring', lookup: 'Hvem eier saken?', myCases: 'Mine saker' },
    commands: {
      newConcern: {
        title: 'ny bekymring',
        description: 'Meld bekymring for en person som står i fare for å miste boligen.',
      },
      arrearsReport: {
        title: 'meld restanse',
        description:
          'For innfordring og bolig: meld ubetalt husleie med en gang, før det blir varsel ' +
          'om utkastelse. Tar under ett minutt.',
      },
      whoOwns: {
        title: 'hvem eier 2026-0004',
        description:
          'Hvem eier saken? ' + 'Også med fødselsnummer eller fullt navn (i personlig chat).',
      },
      whoOwnsInChannel: {
        title: 'hvem eier 2026-0004',
        description:
          'Hvilken enhet eier saken, og hvem kontakter du? Med saksnummer. ' +
          'Mer om saken får du i personlig chat med Husly.',
      },
      access: {
        title: 'gi tilgang 2026-0004',
        description:
          'Gi en enhet tilgang til saken (tjenstlig behov). «samtykke 2026-0004» ' +
          'registrerer personens samtykke.',
      },
      breakGlass: {
        title: 'nødtilgang 2026-0004',
        description:
          'Bare ved fare for liv eller helse: les en sak du ikke har tilgang til, i 24 timer. ' +
          'Begrunnelsen logges, og lederne i enheten som eier saken, varsles.',
      },
      accessReview: {
        title: 'tilgangskontroll',
        description: 'For ledere: oppslag og nødtilgang i enheten de siste 30 dagene.',
      },
      worklist: {
        title: 'arbeidsliste',
        description:
          'Sakene dine som trenger en beslutning denne uken, sortert etter lovfrist: listen til ' +
          'boligmøtet.',
      },
      overview: {
        title: 'oversikt',
        description:
          'For koordinatorer, ledere og administratorer: åpne saker, bevegelse mellom nivåer, ' +
          'avvergede utkastelser og mer, med diagrammer. For én enhet og periode: ' +
          '«oversikt nav-bolig 2026-01-01 2026-06-30».',
      },
      myCases: {
        title: 'mine saker',
        description: 'Åpne saker du koordinerer eller enheten din eier.',
      },
      handOver: {
        title: 'overfør 2026-0004',
        description:
          'Foreslå å overføre en sak til en annen enhet (de må godta), eller velg ny ' +
          'saksansvarlig i egen enhet.',
      },
      reminders: {
        title: 'påminnelser',
        description:
          'Kommende påminnelser for dine saker; «påminnelser 2026-0004» viser ' +
          'oppfølgingsplanen for en sak.',
      },
      resolve: {
        title: 'restansen er betalt 2026-0004',
        description:
          'Stopper påminnelsene om restansen. «avslutt sak 2026-0004» avslutter ' +
          'saken og stopper alle påminnelser.',
      },
      recordEvent: {
        title: 'hendelse 2026-0004',
        description:
          'Registrer hva som er gjort eller besluttet: søknad om økonomisk stønad, ' +
          'nedbetalingsavtale, begjæringen trukket, ny utkastelsesdato og mer. ' +
          'Påminnelsene tilpasses.',
      },
      classify: {
        title: 'endre nivå 2026-0004',
        description: 'Endre nivå (personens behov for oppfølging) eller kategori for saken.',
      },
      startPlan: {
        title: 'start målplan 2026-0004',
        description:
          'Lag målplan med mål, tiltak, ansvar, frister og evaluering. ' +
          '«målplan 2026-0004» viser den.',
      },
      take: {
        title: 'ta saken 2026-0006',
        description: 'Bli saksansvarlig for en sak enheten din eier, når ingen har tatt den ennå.',
      },
      takeInChannel: {
        title: 'ta saken 2026-0006',
        description:
          'Bli saksansvarlig for en sak enheten din eier, når ingen har tatt den ennå. ' +
          'Alle i kanalen ser hvem som tok den.',
      },
      help: { title: 'hjelp', description: 'Viser denne oversikten.' },
      cancel: { title: 'avbryt', description: 'Avbryter det du holder på med.' },
      routing: {
        title: 'ruting',
        description:
          'Vis eller endre hvilken enhet som får nye saker, f.eks. ' +
          '«ruting husleierestanse nav-bolig».',
      },
      linkChannel: {
        title: 'koble kanal',
        description:
          'Skriv «@Husly koble kanal [enhet]» i kanalen der enheten skal nås, ' +
          'for eksempel «koble kanal nav-bolig».',
      },
    },
  },
  notRegistered: (admins: readonly { name: string; email: string }[]) =>
    admins.length > 0
      ? `Du er ikke registrert som bruker av Husly. Kontakt Husly-administrator: ${admins
          .map((a) => `${a.name} (${a.email})`)
          .join(', ')}.`
      : 'Du er ikke registrert som bruker av Husly. ' +
        'Kontakt IT-avdelingen i kommunen for å få tilgang.',
  unknownCommand: 'Det forstod jeg ikke. Skriv «hjelp» for å se hva Husly kan.',
  /** What Husly says when it understood a sentence only partly, or not at all. */
  understanding: {
    chosen: (task: string) => `Valgt: ${task}`,
    tooLong: 'Det var en lang melding. Skriv kort hva du vil gjøre, for eksempel «mine saker».',
    notUnderstood:
      'Det forstod jeg ikke helt. Skriv det gjerne med andre ord, eller velg en oppgave her:',
    didYouMean: 'Mente du …?',
    noneOfThese: 'Ingen av disse – vis alt Husly kan',
    /** A suggested task on a button, with what Husly found in the sentence. */
    suggestion: (task: string, argument: string) => (argument ? `${task}: ${argument}` : task),
    greeting: (firstName: string | null) =>
      `Hei${firstName ? `, ${firstName}` : ''}! Skriv hva du trenger, for eksempel «mine saker», ` +
      '«hvem eier 2026-0004» eller «jeg vil melde en bekymring». «hjelp» viser alt Husly kan.',
    thanks: 'Bare hyggelig! Skriv når du trenger noe mer.',
  },
  /** Every task a user may start from a button, and the small card asking what it is about. */
  tasks: {
    labels: {
      help: 'Hjelp',
      cancel: 'Avbryt',
      linkChannel: 'Koble kanal',
      newConcern: 'Meld bekymring',
      arrearsReport: 'Meld restanse',
      whoOwns: 'Hvem eier saken?',
      handOver: 'Overfør sak',
      take: 'Ta saken',
      myCases: 'Mine saker',
      startPlan: 'Start målplan',
      showPlan: 'Vis målplan',
      classify: 'Endre nivå',
      routing: 'Ruting',
      reminders: 'Påminnelser',
      arrearsPaid: 'Restansen er betalt',
      closeCase: 'Avslutt sak',
      recordEvent: 'Registrer hendelse',
      grantAccess: 'Gi tilgang',
      consent: 'Samtykke',
      breakGlass: 'Nødtilgang',
      accessReview: 'Tilgangskontroll',
      worklist: 'Arbeidsliste',
      overview: 'Oversikt',
      report: 'Rapport',
      worklistSchedule: 'Arbeidsliste hver uke',
    },
    askCase: {
      title: (task: string) => `${task}: hvilken sak gjelder det?`,
      label: 'Saksnummer',
      placeholder: 'For eksempel 2026-0004',
    },
    askPerson: {
      title: (task: string) => `${task}: hvem gjelder det?`,
      label: 'Saksnummer, fødselsnummer eller fullt navn',
      placeholder: 'For eksempel 2026-0004',
    },
    go: 'Fortsett',
    /** The argument typed on the small card is missing. */
    missing: 'Skriv saksnummeret (for eksempel 2026-0004), så fortsetter Husly.',
  },
  /** A card press whose data its verb's schema refuses, with no more precise message. */
  cardInvalid:
    'Husly kunne ikke lese det kortet sendte, så ingenting er endret. ' +
    'Start på nytt med kommandoen (skriv «hjelp» for å se dem).',
  labels: {
    categories: {
      'uten-egen-bolig': 'Uten egen bolig',
      'fare-for-a-miste-bolig': 'Står i fare for å miste boligen',
      'uegnet-bolig': 'Bor i uegnet bolig eller bomiljø',
    },
    subcategories: {
      'uten-tak-over-hodet': 'uten tak over hodet i natt',
      'akutt-midlertidig': 'i akutt eller midlertidig botilbud',
      'institusjon-uten-bolig':
        'skal ut av fengsel eller institusjon innen to måneder og har ikke bolig',
      'hos-venner-familie': 'bor midlertidig hos venner eller familie',
      asylmottak: 'i asylmottak, ikke bosatt innen målsatt tid',
      'utkastelse-tvangssalg': 'utkastelse eller tvangssalg er begjært',
      'uten-gyldig-kontrakt': 'uten gyldig leiekontrakt eller vern etter husleieloven',
      'hoye-boutgifter': 'boutgifter i misforhold til inntekt',
      'darlig-standard': 'dårlig standard',
      'ikke-tilpasset': 'ikke tilpasset behovet',
      'for-liten': 'for liten bolig',
      'uonsket-hos-foreldre': 'bor hos foreldre mot sin vilje',
      'vanskelig-bomiljo': 'vanskelig bomiljø',
    },
    levels: {
      1: 'Nivå 1 (grønt)',
      2: 'Nivå 2 (gult)',
      3: 'Nivå 3 (rødt)',
      4: 'Nivå 4 (rødt)',
    },
    statuses: { open: 'Åpen', closed: 'Avsluttet' },
    closeReasons: {
      'bolig-sikret': 'Boligen er sikret (restansen ordnet, ingen fare lenger)',
      'leieforhold-avsluttet': 'Leieforholdet er avsluttet',
      flyttet: 'Beboeren har flyttet til annen bolig',
      utkastet: 'Utkastelsen er gjennomført',
      annet: 'Annet',
    },
    concernTypes: {
      akutt: 'uten tak over hodet i natt',
      utkastelsesdato: 'dato for utkastelse',
      namsmann: 'brev fra namsmannen om begjæring om utkastelse',
      varsel: 'varsel etter tvangsfullbyrdelsesloven § 4-18',
      oppsigelse: 'oppsigelse fra utleier',
      utleiervarsel: 'varsel fra utleier til NAV (husleieloven § 9-11)',
      husleierestanse: 'husleierestanse',
      kontraktslutt: 'tidsbestemt leiekontrakt går ut',
      annet: 'annet',
    },
    landlords: { kommunal: 'Kommunal utleier', privat: 'Privat utleier' },
    /** Where a concern comes from: who knew first and told us. */
    sources: {
      beboer: 'Personen selv',
      utleier: 'Utleier (varsel etter husleieloven § 9-11)',
      namsmann: 'Namsmannen (tvangsfullbyrdelsesloven § 13-6)',
      innfordring: 'Innfordring',
      tjeneste: 'En annen tjeneste',
      parorende: 'Pårørende',
      'kriminalomsorg-helse':
        'Kriminalomsorgen eller spesialisthelsetjenesten (før løslatelse eller utskrivning)',
      'ikke-oppgitt': 'Ikke oppgitt',
    },
    tenures: {
      kommunal: 'Kommunal bolig',
      privat: 'Privat leie',
      eid: 'Eier selv',
      midlertidig: 'Midlertidig botilbud',
      institusjon: 'Institusjon',
    },
    /** Has the tenant reserved against the landlord's notices to NAV (husleieloven § 9-11)? */
    reservations: {
      ja: 'Ja, har reservert seg',
      nei: 'Nei, har ikke reservert seg',
      'vet-ikke': 'Vet ikke',
    },
    arrearsReminders: {
      ingen: 'Ingen purring sendt',
      purring: 'Purring sendt',
      inkassovarsel: 'Inkassovarsel sendt',
    },
    sharingBases: {
      samtykke: 'Samtykke fra personen (velg enhetene under)',
      lovhjemmel:
        'Hjemmel i lov (NAV-loven § 7 / sosialtjenesteloven § 44, innenfor NAVs oppgaver)',
      'avverge-fare': 'Avverge fare for liv eller helse (forvaltningsloven § 13 b nr. 7)',
      'meldeplikt-barnevern': 'Opplysningsplikt til barnevernet',
      'ikke-avklart':
        'Ikke avklart – bare enheten som eier saken, saksansvarlig og du ser beskrivelsen',
    },
    sharingBasesShort: {
      samtykke: 'samtykke',
      lovhjemmel: 'hjemmel i lov',
      'avverge-fare': 'avverge fare',
      'meldeplikt-barnevern': 'opplysningsplikt til barnevernet',
      'ikke-avklart': 'ikke avklart',
    },
    consentForms: { skriftlig: 'Skriftlig', muntlig: 'Muntlig' },
    involvementReasons: {
      granted: 'fikk tilgang',
      measure: 'fikk ansvar for et tiltak',
      'previous-owner': 'eide saken til',
      reporter: 'meldte bekymring',
    },
    measureTypes: {
      bostotte: 'Bostøtte',
      startlan: 'Startlån',
      tilskudd: 'Tilskudd',
      'okonomisk-radgivning': 'Økonomisk rådgivning',
      gjeldsradgivning: 'Gjeldsrådgivning',
      'frivillig-forvaltning': 'Frivillig forvaltning',
      'okonomisk-stonad': 'Økonomisk stønad (§§ 18–19)',
      'trekk-i-trygd': 'Trekk i trygd',
      nedbetalingsavtale: 'Nedbetalingsavtale',
      booppfolging: 'Booppfølging',
      startpakke: 'Startpakke',
      'midlertidig-botilbud': 'Midlertidig botilbud (§ 27)',
      oppfolgingskontrakt: 'Oppfølgingskontrakt',
      'kommunal-bolig': 'Søknad om kommunal bolig',
      'praktisk-bistand': 'Praktisk bistand og hjemmetjenester',
      'psykisk-helse-rus': 'Oppfølging fra psykisk helse og rus',
      'ergo-fysio-hjelpemidler': 'Ergo- og fysioterapi, hjelpemidler',
      'aktivitet-arbeid': 'Aktivitet og arbeid',
      'cti-oppfolging': 'CTI-oppfølging (tett oppfølging i overgangen)',
    },
    measureStatuses: {
      planned: 'Planlagt',
      'in-progress': 'Pågår',
      done: 'Utført',
      cancelled: 'Avbrutt',
    },
    purposes: {
      'ny-bekymring': 'Ny bekymring',
      'samarbeid-tiltak': 'Samarbeid om tiltak',
      'henvendelse-beboer': 'Henvendelse fra beboeren',
      annet: 'Annet',
    },
  },
  cancelled: 'Avbrutt.',
  nothingToCancel: 'Det er ingenting å avbryte.',
  turnError: (errorId: string) =>
    `Beklager, noe gikk galt hos Husly, og det du sendte ble ikke lagret. Prøv igjen om litt. ` +
    `Skjer det igjen, kontakt Husly-administrator og oppgi feilkode ${errorId}.`,
  worklistSchedule: {
    /** ISO weekdays 1 (Monday) – 7, as the schedule names them. */
    weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
    set: (day: string, time: string) =>
      `Arbeidslisten legges ut i denne kanalen hver ${day} kl. ${time}.`,
    current: (unit: string, day: string, time: string) =>
      `Arbeidslisten for ${unit} legges ut i denne kanalen hver ${day} kl. ${time}.`,
    /** The time has passed this week and this week's list is not out yet. */
    postsNow: 'Tidspunktet er passert denne uken, så denne ukens liste kommer om litt.',
    none: (unit: string) => `Arbeidslisten for ${unit} legges ikke ut fast i denne kanalen.`,
    stopped: 'Arbeidslisten legges ikke lenger ut i denne kanalen.',
    howTo:
      'En leder i enheten eller en administrator bestemmer det med for eksempel ' +
      '«@Husly arbeidsliste hver mandag 08:30», og stopper det med «@Husly stopp arbeidsliste».',
    notLinked:
      'Denne kanalen er ikke koblet til en enhet. En administrator kobler den med ' +
      '«@Husly koble kanal [enhet]».',
  },
  linkChannel: {
    askUnit: (keys: readonly string[]) =>
      `Hvilken enhet skal nås i denne kanalen? Svar med «@Husly [enhet]». ` +
      `Enheter: ${keys.join(', ')}. Skriv «avbryt» for å avbryte.`,
    unknownUnit: (keys: readonly string[]) =>
      `Fant ingen enhet med den nøkkelen. Velg en av: ${keys.join(', ')}.`,
    linked: (unitName: string) =>
      `Kanalen er nå koblet til ${unitName}. Varsler til enheten kommer hit.`,
    /** Husly was added to a channel a unit is already linked to. */
    alreadyLinked: (unitName: string) => `Denne kanalen er koblet til ${unitName}.`,
    /** The "Ta saken" cards Husly posted when the channel was linked (or Husly added to it). */
    posted: (posted: number, alreadyThere: number, notPosted: number) =>
      [
        posted === 0
          ? alreadyThere === 0 && notPosted === 0
            ? 'Enheten har ingen åpne saker uten saksansvarlig.'
            : null
          : `${posted === 1 ? 'Én sak' : `${posted} saker`} uten saksansvarlig er lagt ut her. ` +
            'Trykk «Ta saken» på den du tar, eller skriv «@Husly ta saken [saksnummer]».',
        alreadyThere > 0
          ? `${alreadyThere === 1 ? 'Én sak' : `${alreadyThere} saker`} uten saksansvarlig ` +
            'ligger allerede i kanalen.'
          : null,
        notPosted > 0
          ? `${notPosted === 1 ? 'Én sak' : `${notPosted} saker`} til står i «mine saker».`
          : null,
      ]
        .filter((line) => line !== null)
        .join(' '),
  },
  concern: {
    title: 'Meld bekymring',
    intro:
      'Bekymringen går til enheten som eier saken. I kanalen vises bare saksnummer, ' +
      'kategori, nivå og frist – aldri navn, fødselsnummer eller beskrivelsen. ' +
      'Du som melder, ser hvem som eier saken, og din egen bekymring; andre enheter får tilgang ' +
      'når enheten som eier saken, gir den.',
    who: 'Hvem gjelder det?',
    nationalId: 'Fødselsnummer eller D-nummer',
    nationalIdPlaceholder: 'DDMMÅÅ NNNNN',
    name: 'Navn',
    nameHint: 'Navn (og fødselsdato hvis du ikke har fødselsnummer)',
    birthDate: 'Fødselsdato',
    source: 'Hvem meldte bekymringen / hvor kommer opplysningene fra?',
    category: 'Kategori',
    whatHappened: 'Hva har skjedd?',
    acute: 'Uten tak over hodet i natt',
    acuteHint:
      'Da trengs ingen datoer. Kategorien blir «Uten egen bolig: uten tak over hodet i natt».',
    /** The button that shows or hides the dates and amounts of one event. */
    fillIn: 'Fyll inn',
    /** First line of an event's fields: a toggle cannot open them, and they count only ticked. */
    detailsNeedTick: (event: string) =>
      `Husly bruker disse feltene bare når «${event}» er krysset av.`,
    rentArrears: 'Husleierestanse',
    arrearsAmount: 'Beløp (kr)',
    arrearsMonths: 'Antall måneder',
    landlord: 'Utleier',
    firstMissedRentDate: 'Første ubetalte husleie (dato)',
    noticeReceived: 'Varsel etter tvangsfullbyrdelsesloven § 4-18',
    noticeDate: 'Dato varselet ble sendt (datoen på varselet)',
    noticeReceivedDate: 'Dato beboeren fikk varselet',
    landlordNotice: 'Varsel fra utleier til NAV (husleieloven § 9-11)',
    landlordNoticeDate: 'Dato NAV fikk varselet',
    tenantReserved: 'Har leietaker reservert seg mot slike varsler?',
    namsmannNotice: 'Brev fra namsmannen om begjæring om utkastelse (fravikelse)',
    namsmannHint: 'Fyll inn minst én av datoene. Fristen i brevet kan være fram i tid.',
    namsmannNoticeDate: 'Dato beboeren fikk brevet',
    namsmannCopyDate: 'Dato NAV/kommunen fikk kopi',
    objectionDeadline: 'Fristen for innsigelse som står i brevet',
    evictionDateSet: 'Dato for utkastelse er satt',
    evictionDate: 'Utkastelsesdato',
    evictionHappened: 'Utkastelsen har allerede skjedd',
    belongingsDeadline: 'Ny frist for eiendeler (fra namsmannens andre brev)',
    terminated: 'Oppsigelse fra utleier',
    terminationDate: 'Dato leietaker fikk oppsigelsen',
    timeLimitedLease: 'Tidsbestemt leiekontrakt går ut',
    leaseEndDate: 'Dato leiekontrakten går ut',
    other: 'Annet',
    situation: 'Uten egen bolig eller i institusjon (datoer)',
    releaseDate: 'Skal ut av fengsel eller institusjon den',
    temporaryAccommodationSince: 'I midlertidig botilbud fra',
    household: 'Husstand, kontakt og ønsker (valgfritt)',
    children: 'Antall barn i husstanden',
    tenure: 'Hvordan bor personen nå?',
    contact: 'Kontaktinformasjon (telefon, beste måte å nå personen på, behov for tolk)',
    wishes: 'Personens egne ønsker',
    descriptionSection: 'Beskrivelse og deling',
    description: 'Beskrivelse (taushetsbelagt, valgfritt)',
    descriptionPlaceholder: 'Skriv ikke diagnoser eller helseopplysninger.',
    sharingBasis: 'Grunnlag for å dele beskrivelsen',
    consentUnits: 'Enheter personen har samtykket til at beskrivelsen deles med',
    consentForm: 'Hvordan ble samtykket gitt?',
    residentInformed: 'Vet beboeren om bekymringen?',
    yes: 'Ja',
    no: 'Nei',
    submit: 'Send bekymring',
    fixErrors: 'Noe må rettes. Se merknadene i skjemaet.',
    registered: (reference: string, unitName: string, coordinator: string | null) =>
      `Bekymringen er registrert i sak ${reference}. Saken eies av ${unitName}` +
      (coordinator ? `, saksansvarlig ${coordinator}` : ', foreløpig uten saksansvarlig') +
      '.',
    duplicate: (reference: string) =>
      `Denne bekymringen var allerede registrert i sak ${reference}.`,
    /** Why the reporter's own unit owns the new case (the nivå 1 rule, ARCHITECTURE.md). */
    ownedByOwnUnit:
      'Saken eies av din enhet (nivå 1: råd og veiledning løses på lavest mulig nivå i egen ' +
      'enhet). Trenger personen oppfølging over tid, endre nivå med «endre nivå» og ' +
      'saksnummeret – da blir tildelingsteamet spurt – eller foreslå overføring med «overfør».',
    routedByRule:
      'Saken er sendt til enheten som tar denne typen saker (se «ruting»), fordi den gjelder mer ' +
      'enn råd og veiledning i egen enhet, eller fordi din enhet ikke følger opp saker selv.',
    sent: (reference: string) => `Sendt – registrert i sak ${reference}.`,
    ownerLine: (unitName: string, coordinator: string | null) =>
      `Eier: ${unitName}` +
      (coordinator ? `, saksansvarlig ${coordinator}` : ' (ingen saksansvarlig ennå)') +
      '.',
    newCase: 'Ny sak',
    existingCase: 'Lagt til eksisterende sak',
    ownerNotReached:
      'Enheten som eier saken har ingen koblet kanal; be en administrator koble den.',
    /** Nobody in the owning unit was reached now; the notice outbox tries its channel again. */
    ownerRetrying: (unitName: string) => `Kanalen til ${unitName} ${RETRYING}`,
    alerted: (units: readonly string[]) => `Også varslet: ${units.join(', ')}.`,
    alertRetrying: (units: readonly string[]) => `${listed(units)} ${RETRYING}`,
    /** The receipt repeats the dates as Husly read them, so a mistyped date is caught at once. */
    receiptDates: 'Datoene slik Husly har registrert dem. Sjekk at de stemmer:',
    receiptAcute: 'Personen er meldt uten tak over hodet i natt.',
    receiptDeadlines: 'Frister:',
    earliestRequest: (date: string, passed: boolean) =>
      (passed
        ? `Utleier har kunnet begjære utkastelse siden ${date}`
        : `Utleier kan tidligst begjære utkastelse ${date}`) +
      ' (to uker etter at varselet ble sendt).',
    objectionPrinted: (date: string, passed: boolean) =>
      `Fristen for innsigelse som står i brevet fra namsmannen, ${passed ? 'gikk' : 'går'} ut ` +
      `${date}.`,
    objectionComputed: (date: string, passed: boolean) =>
      `Fristen for innsigelse til namsmannen ${passed ? 'gikk' : 'går'} ut ${date}: 14 dager ` +
      'etter at beboeren fikk brevet (tvangsfullbyrdelsesloven § 13-6). Sjekk fristen i brevet.',
    objectionUncertain:
      'Fristen for innsigelse er usikker: den løper fra beboeren fikk brevet. ' +
      'Be om å få se brevet.',
    protestDeadline: (date: string, passed: boolean) =>
      `Fristen for å protestere skriftlig mot oppsigelsen ${passed ? 'gikk' : 'går'} ut ` +
      `${date} (husleieloven § 9-8).`,
    evictionOn: (date: string) => `Utkastelsen skal etter planen skje ${date}.`,
    evictionDone: (date: string) => `Utkastelsen ble gjennomført ${date}.`,
    belongingsUntil: (date: string) => `Ny frist for å hente eiendeler: ${date}.`,
    receiptFix:
      'Stemmer ikke en dato? Skriv «ny bekymring» og meld riktig dato: ' +
      'den sist meldte datoen gjelder i saken.',
    /** What a concern says about the person, where its text may be shown. */
    facts: {
      source: 'Kilde',
      children: 'Barn i husstanden',
      tenure: 'Bor nå',
      contact: 'Kontakt',
      wishes: 'Personens egne ønsker',
      reserved: 'Reservert mot varsel fra utleier (husleieloven § 9-11)',
    },
  },
  /** The restansemelding: innfordring or bolig reports unpaid rent the day they know. */
  arrearsReport: {
    title: 'Meld restanse',
    intro:
      'Meld ubetalt husleie så tidlig som mulig, så NAV kan hjelpe før utleier sender varsel ' +
      'om utkastelse. I kanalen vises bare saksnummer og frist – aldri navn, fødselsnummer ' +
      'eller beløp.',
    who: 'Hvem gjelder det?',
    nationalId: 'Fødselsnummer eller D-nummer',
    nationalIdPlaceholder: 'DDMMÅÅ NNNNN',
    name: 'Navn (og fødselsdato hvis du ikke har fødselsnummer)',
    birthDate: 'Fødselsdato',
    arrears: 'Restansen',
    amount: 'Restanse (kr)',
    dueDate: 'Forfallsdato for første ubetalte husleie',
    reminderSent: 'Er det sendt purring eller inkassovarsel?',
    landlord: 'Utleier',
    consentClause:
      'Har leiekontrakten samtykkeklausul (leietaker samtykker i at restanse meldes til NAV)?',
    consentClauses: { ja: 'Ja', nei: 'Nei eller vet ikke' },
    submit: 'Send restansemelding',
    fixErrors: 'Noe må rettes. Se merknadene i skjemaet.',
    /** Field errors of the restansemelding's own (the rest are in fieldErrors). */
    fieldErrors: {
      NO_CONSENT_CLAUSE:
        'Uten samtykkeklausul i leiekontrakten kan restansen ikke meldes til NAV her. Har ' +
        'leietaker samtykket på annen måte, eller finnes et annet grunnlag, bruk «ny bekymring».',
    },
    sent: (reference: string) => `Sendt – registrert i sak ${reference}.`,
    registered: (reference: string, unitName: string, coordinator: string | null) =>
      `Restansen er registrert i sak ${reference}. Saken eies av ${unitName}` +
      (coordinator ? `, saksansvarlig ${coordinator}` : ', foreløpig uten saksansvarlig') +
      '.',
    duplicate: (reference: string) =>
      `Denne restansen (samme person og forfallsdato) var allerede meldt i sak ${reference}.`,
    nextHeading: 'Dette skjer nå:',
    nextP0: (unitName: string) =>
      `I dag (P0): ${unitName} blir bedt om å forsøke kontakt med personen eller avtale ` +
      'hjemmebesøk.',
    nextMunicipal:
      'Kommunal utleier: send ikke varsel etter tvangsfullbyrdelsesloven § 4-18 før kontakt ' +
      'er forsøkt.',
    nextP5: (unitName: string) =>
      `Etter fem arbeidsdager (P5): ${unitName} sjekker om de har fått kontakt, og gir dere ` +
      'beskjed om at kontakt er forsøkt. Uten kontakt blir det hjemmebesøk.',
    receiptFix:
      'Stemmer ikke beløpet eller forfallsdatoen? Meld restansen på nytt med riktige tall: ' +
      'det sist meldte gjelder i saken.',
  },
  fieldErrors: {
    REQUIRED: 'Må fylles ut.',
    DETAILS_NOT_TICKED:
      'Du har fylt inn felter under denne, men ikke krysset av. Kryss av, eller tøm feltene.',
    WHO_REQUIRED: 'Skriv fødselsnummer eller D-nummer, eller navn og fødselsdato.',
    TOO_LONG: 'For lang tekst.',
    CHOICE: 'Velg et av alternativene.',
    DATE_FORMAT: 'Ugyldig dato.',
    DATE_IN_FUTURE: 'Datoen kan ikke være fram i tid.',
    DATE_TOO_OLD: 'Datoen er for langt tilbake i tid.',
    EVICTION_IN_PAST:
      'Datoen har passert. Kryss av for «Utkastelsen har allerede skjedd» ' +
      'hvis den er gjennomført.',
    EVICTION_HAPPENED_IN_FUTURE: 'En utkastelse fram i tid kan ikke allerede ha skjedd.',
    RECEIVED_BEFORE_NOTICE: 'Varselet kan ikke være mottatt før datoen på det.',
    NOTICE_BEFORE_ARREARS: 'Varselet kan ikke være datert før første ubetalte husleie.',
    AMOUNT_RANGE: 'Skriv et helt beløp i kroner (1–10 000 000).',
    MONTHS_RANGE: 'Skriv antall måneder (1–60).',
    WHAT_HAPPENED_REQUIRED: 'Kryss av for minst én ting som har skjedd.',
    DATE_TOO_FAR: 'Datoen er for langt fram i tid.',
    ACUTE_CATEGORY:
      'Uten tak over hodet i natt hører til kategorien «Uten egen bolig: uten tak over hodet ' +
      'i natt». Velg den, eller la kategorien stå tom.',
    NAMSMANN_DATE_REQUIRED:
      'Fyll inn minst én dato: når beboeren fikk brevet, når NAV/kommunen fikk kopi, ' +
      'eller fristen som står i brevet.',
    OBJECTION_BEFORE_LETTER: 'Fristen for innsigelse kan ikke være før beboeren fikk brevet.',
    BELONGINGS_BEFORE_EVICTION: 'Fristen for eiendeler kan ikke være før utkastelsen.',
    CHILDREN_RANGE: 'Skriv antall barn som et helt tall (0–20).',
    DATE_IN_PAST: 'Datoen kan ikke ha passert.',
    PERIOD_ORDER: 'Sluttdatoen må være etter startdatoen.',
    RESPONSIBLE_REQUIRED:
      'Velg minst én ansvarlig: beboeren selv, en enhet, en ansatt eller en deltaker.',
    OUTCOME_REQUIRED: 'Velg hvordan det gikk med dette målet.',
    'NATIONAL_ID.EMPTY': 'Skriv inn fødselsnummer eller D-nummer.',
    'NATIONAL_ID.FORMAT': 'Fødselsnummeret kan bare inneholde sifre.',
    'NATIONAL_ID.LENGTH': 'Fødselsnummeret må ha 11 sifre.',
    'NATIONAL_ID.CHECKSUM': 'Ugyldig fødselsnummer (kontrollsifrene stemmer ikke).',
    'NATIONAL_ID.DATE': 'Fødselsnummeret inneholder ikke en gyldig dato.',
    'NATIONAL_ID.SYNTHETIC_IN_PRODUCTION': 'Syntetisk testnummer kan ikke brukes i produksjon.',
  },
  lookup: {
    title: 'Hvem eier saken?',
    queryLabel: 'Saksnummer, fødselsnummer eller navn',
    search: 'Søk',
    purposeTitle: 'Hvorfor slår du opp personen?',
    purposeIntro:
      'Oppslag på person logges med formålet, og personen kan få innsyn ' +
      'i hvem som har slått opp.',
    purposeNote: 'Hvorfor (hvis «Annet») – ikke skriv navn eller fødselsnummer',
    continue: 'Slå opp',
    choicesTitle: 'Velg person',
    choicesIntro:
      'Flere personer med dette navnet har en sak som enheten din jobber med. ' +
      'Åpne saken til den du mener.',
    choice: (name: string, birthYear: string | null, maskedId: string | null) =>
      `${name || 'Uten navn'}` +
      (birthYear ? `, f. ${birthYear}` : '') +
      (maskedId ? ` (${maskedId})` : ''),
    /** Under a person in the list: the open case's reference and owner. */
    choiceCase: (reference: string, unit: string) => `Sak ${reference} – eies av ${unit}`,
    /** The list once a case on it was opened (one lookup opens one case). */
    choicesClosed:
      'Du har åpnet en sak fra denne listen. Vil du åpne en annen, slå opp på nytt med ' +
      '«hvem eier».',
    /** The purpose form once it was sent: the purpose given. */
    purposeGiven: (purpose: string) => `Formål: ${purpose}. Svaret står nedenfor.`,
    owner: 'Eier',
    contact: 'Kontakt',
    coordinator: 'Saksansvarlig',
    noCoordinator: 'Ingen ennå',
    since: 'Siden',
    involved: 'Også involvert',
    none: 'Ingen',
    chat: 'Chat med saksansvarlig',
    resident: 'Person',
    timeline: 'Datoer',
    concerns: 'Bekymringer',
    handOver: 'Overfør',
    startPlan: 'Start målplan',
    restricted:
      'Du ser bare hvem som eier saken. Innholdet er taushetsbelagt og vises bare for enheter ' +
      'som jobber med saken. Kontakt den som er oppført.',
    contactUnit: (unit: string) => `${unit} (ingen saksansvarlig ennå)`,
    reportedBy: (unit: string) => `meldt av ${unit}`,
    basis: (basis: string) => `Grunnlag for deling: ${basis}`,
    informed: (yes: boolean) =>
      yes ? 'Personen vet om bekymringen.' : 'Personen vet ikke om bekymringen.',
    textWithheld: (basis: string) =>
      `Beskrivelsen og beløpene er taushetsbelagte (grunnlag: ${basis}). De vises for ` +
      `enheten som eier saken, den som meldte, og enhetene grunnlaget for deling omfatter. ` +
      `Trenger du å vite mer, spør saksansvarlig.`,
    breakGlass: 'Nødtilgang (fare for liv eller helse)',
    breakGlassActive: (until: string) =>
      `Du har nødtilgang til saken til ${until}. Alt du ser, logges som nødtilgang.`,
    ownConcerns: 'Bekymringer enheten din har meldt',
    grantAccess: 'Gi tilgang',
    consent: 'Samtykke',
    caseTitle: (reference: string) => `Sak ${reference}`,
    born: (date: string) => `født ${date}`,
    /** After "husleierestanse: ": the amount in kroner, the months and the landlord. */
    arrears: (amount: string, months: number, landlord: string) =>
      `${amount} kr, ${months} mnd., ${landlord.toLowerCase()}`,
    channelFacts:
      'I kanalen viser Husly bare hvem som eier saken. Mer får du i personlig chat med Husly.',
    nameTooShort:
      'Skriv fullt navn (fornavn og etternavn), eller navn og fødselsdato, for eksempel ' +
      '«hvem eier Kari Nordmann» eller «hvem eier Nordmann 12.07.1987».',
  },
  channel: {
    sentToPersonal:
      'Svaret står i den personlige chatten din med Husly, så ingen andre i kanalen ser det.',
    personalOnly:
      'Dette viser jeg bare i personlig chat, så ingen andre i kanalen ser det. ' +
      'Åpne Husly under Apper i Teams, og skriv det der.',
    noPersonalData: 'Ikke skriv fødselsnummer eller navn i kanaler – alle i kanalen kan se det.',
  },
  access: {
    title: (reference: string) => `Tilgang til sak ${reference}`,
    intro:
      'Enheten som eier saken, bestemmer hvem som får lese den. Gi tilgang bare til enheter ' +
      'som trenger det i arbeidet (tjenstlig behov). En enhet med tilgang ser personen, ' +
      'datoene og fasen, og beskrivelser der grunnlaget for deling tillater det.',
    current: 'Enheter med tilgang nå',
    none: 'Ingen andre enheter har tilgang.',
    line: (unit: string, reason: string, since: string, by: string | null) =>
      `${unit} – ${reason} ${since}${by ? ` av ${by}` : ''}`,
    breakGlassTitle: 'Nødtilgang nå',
    breakGlassLine: (name: string, unit: string, until: string) =>
      `${name} (${unit}) – til ${until}`,
    expires: 'tilgangen som tidligere eier varer i en begrenset periode',
    unit: 'Gi tilgang til enhet',
    note: 'Hvorfor trenger enheten tilgang? (høyst 300 tegn; ikke skriv helseopplysninger)',
    submit: 'Gi tilgang',
    end: (unit: string) => `Fjern tilgangen for ${unit}`,
    granted: (reference: string, unit: string, told: boolean, retrying = false) =>
      `${unit} har fått tilgang til sak ${reference}. ` +
      (told
        ? 'Enheten er varslet i kanalen sin.'
        : retrying
          ? `Kanalen deres ${RETRYING}`
          : 'Enheten har ingen koblet kanal, så gi dem beskjed selv.'),
    ended: (reference: string) =>
      'Tilgangen er fjernet. ' + `Den gjelder fra nå, for sak ${reference}.`,
  },
  consent: {
    title: (reference: string) => `Samtykke i sak ${reference}`,
    intro:
      'Samtykke fra personen (forvaltningsloven § 13 a nr. 1) gjør at enhetene det nevner, ' +
      'kan lese saken (personen, datoene, andre enheter), målplanen og beskrivelser delt med ' +
      'samtykke. Et samtykke kan trekkes tilbake når som helst; det gjelder fra det øyeblikket.',
    active: 'Samtykker som gjelder',
    history: 'Trukket tilbake',
    none: 'Ingen samtykker er registrert.',
    line: (units: string, date: string, form: string, by: string) =>
      `${units} – gitt ${date} (${form.toLowerCase()}), registrert av ${by}`,
    withdrawnLine: (units: string, date: string, by: string) =>
      `${units} – trukket tilbake ${date} av ${by}`,
    withdraw: 'Trekk tilbake samtykke',
    newTitle: 'Registrer nytt samtykke',
    units: 'Enheter personen samtykker til å dele med',
    givenDate: 'Dato samtykket ble gitt',
    form: 'Hvordan ble det gitt?',
    submit: 'Registrer samtykke',
    recorded: (reference: string) => `Samtykket er registrert i sak ${reference}.`,
    withdrawn: (reference: string) =>
      `Samtykket er trukket tilbake i sak ${reference}. Enhetene det gjaldt, ` +
      `ser ikke lenger det samtykket ga tilgang til.`,
  },
  breakGlass: {
    title: (reference: string) => `Nødtilgang til sak ${reference}`,
    explain:
      'Bare når det er nødvendig for å avverge fare for liv eller alvorlig skade på helse ' +
      '(forvaltningsloven § 13 b nr. 7). Du får lese saken i 24 timer. Lederne i enheten som ' +
      'eier saken, får beskjed med en gang, og alt du ser, logges som nødtilgang.',
    justification:
      'Begrunnelse (minst 20 tegn): hvilken fare, og hvorfor du trenger opplysningene nå',
    submit: 'Åpne saken med nødtilgang',
    granted: (until: string) => `Åpnet med nødtilgang til ${until}.`,
    /** `retrying`: the leaders were not reached now, and Husly tries them again. */
    opened: (reference: string, until: string, told: boolean, retrying = false) =>
      `Nødtilgang til sak ${reference} gjelder til ${until}. ` +
      (told && !retrying
        ? 'Lederne i enheten som eier saken, er varslet.'
        : told
          ? `Enheten som eier saken, er varslet. Lederne ${RETRYING}`
          : retrying
            ? `Lederne i enheten som eier saken, ${RETRYING} Haster det, ring enheten.`
            : 'Husly fikk ikke varslet lederne – ring enheten som eier saken.'),
  },
  /** A case's dates, one label per date of its timeline. */
  timeline: {
    firstMissedRentDate: 'Første ubetalte husleie',
    noticeDate: 'Varsel etter tvangsfullbyrdelsesloven § 4-18 sendt (datoen på varselet)',
    noticeReceivedDate: 'Beboeren fikk varselet etter § 4-18',
    namsmannNoticeDate: 'Beboeren fikk brev fra namsmannen om begjæring om utkastelse',
    namsmannCopyDate: 'NAV/kommunen fikk kopi av brevet fra namsmannen',
    objectionDeadline: 'Frist for innsigelse (står i brevet fra namsmannen)',
    evictionDate: 'Utkastelsesdato',
    belongingsDeadline: 'Ny frist for eiendeler (namsmannens andre brev)',
    arrearsReportedDate: 'Restanse meldt fra innfordring eller utleier',
    landlordNoticeDate: 'NAV fikk varsel fra utleier (husleieloven § 9-11)',
    leaseEndDate: 'Tidsbestemt leiekontrakt går ut',
    terminationDate: 'Leietaker fikk oppsigelse',
    releaseDate: 'Skal ut av fengsel eller institusjon',
    temporaryAccommodationSince: 'I midlertidig botilbud fra',
    acuteDate: 'Meldt uten tak over hodet i natt',
    evictionHappened: 'Utkastelsen er gjennomført',
  },
  notices: {
    forUnitTitle: (isNew: boolean) =>
      isNew ? 'Ny sak til enheten' : 'Ny bekymring i en sak enheten eier',
    deadline: 'Neste frist',
    case: 'Sak',
    level: 'Nivå',
    take: 'Ta saken',
    takenBy: (name: string) => `Tatt av ${name}`,
    movedTitle: (reference: string, unit: string) => `Sak ${reference} eies nå av ${unit}`,
    movedBody:
      'Saken følges ikke opp av enheten i denne kanalen lenger. ' +
      'Kontakt saksansvarlig eller enheten som eier den.',
    closedTitle: (reference: string) => `Sak ${reference} er avsluttet`,
    closedBody: 'Saken er avsluttet. Det er ingen frister å følge opp her lenger.',
    forCoordinatorTitle: (reference: string) => `Ny bekymring i sak ${reference}`,
    reportedBy: 'Meldt av',
    what: 'Gjelder',
    involvedAlertTitle: (reference: string) => `Sak ${reference}: ny bekymring`,
    involvedAlertBody: (owner: string) =>
      `Det er meldt en ny bekymring for en person enheten deres følger opp. ` +
      `Saken eies av ${owner}. ` +
      `Skriv «hvem eier» og saksnummeret i personlig chat med Husly for å se mer.`,
    throttledTitle: 'Personoppslag stoppet',
    throttledBody: (name: string, unit: string, limit: number) =>
      `${name} (${unit}) har gjort mer enn ${limit} oppslag på personer den siste timen. ` +
      `Nye oppslag er stoppet til det er gått en time siden de første. ` +
      `Se «tilgangskontroll» for omfanget, og snakk med ${name.split(' ')[0]} om bruken.`,
    breakGlassTitle: (reference: string) => `Nødtilgang brukt i sak ${reference}`,
    breakGlassBody: (name: string, unit: string, until: string) =>
      `${name} (${unit}) har åpnet saken med nødtilgang til ${until}.`,
    breakGlassWhy: 'Begrunnelse',
    planNewCaseTitle: (reference: string) => `Ny sak for personen i målplanen for sak ${reference}`,
    planNewCaseBody: (newReference: string, unit: string) =>
      `Personen har fått en ny sak, ${newReference}, hos ${unit}. Målplanen ligger fortsatt hos ` +
      'dere. Vurder sammen med personen om planen skal følge den nye saken: åpne målplanen, ' +
      '«Mer» → «Flytt planen til sak …».',
    accessGrantedTitle: (reference: string) => `Enheten har fått tilgang til sak ${reference}`,
    accessGrantedBody: (owner: string, by: string) =>
      `${owner} har gitt enheten tilgang (av ${by}). ` +
      `Skriv «hvem eier» og saksnummeret i personlig chat med Husly for å se saken.`,
    acuteTitle: (reference: string) => `Akutt: sak ${reference}`,
    acuteWhat: 'Uten tak over hodet i natt – sosialtjenesteloven § 27',
    acuteBody:
      'Midlertidig botilbud må være på plass i dag. Ta saken, eller sørg for at noen i ' +
      'enheten gjør det nå.',
    /** To the reporter of "uten tak over hodet i natt": who was told at once. */
    acuteAlerted: (
      unitName: string,
      channel: boolean,
      people: readonly string[],
      retrying: { readonly channel: boolean; readonly people: readonly string[] } = {
        channel: false,
        people: [],
      },
    ) => {
      const later = [...(retrying.channel ? [`kanalen til ${unitName}`] : []), ...retrying.people];
      return channel || people.length > 0
        ? 'Uten tak over hodet i natt: ' +
            [channel ? `kanalen til ${unitName}` : null, people.length ? people.join(', ') : null]
              .filter((part) => part !== null)
              .join(' og ') +
            ' er varslet nå.' +
            (later.length ? ` ${capitalised(listed(later))} ${RETRYING}` : '')
        : later.length
          ? `Uten tak over hodet i natt: Husly nådde ingen i ${unitName} nå og prøver igjen. ` +
            'Ring enheten nå.'
          : `Uten tak over hodet i natt: Husly nådde ingen i ${unitName}. Ring enheten nå.`;
    },
    takeWhich: 'Hvilken sak vil du ta? Skriv saksnummeret, for eksempel «ta saken 2026-0006».',
    takeNotFound: (reference: string) =>
      `Fant ingen sak med nummer ${reference}. Sjekk saksnummeret.`,
    takeClosed: (reference: string) => `Sak ${reference} er avsluttet og kan ikke tas.`,
    takeRefused: (reference: string, unitName: string) =>
      `Sak ${reference} eies av ${unitName}. Bare saksbehandlere, koordinatorer og ledere der ` +
      `kan ta den. Skriv «hvem eier ${reference}» for å se hvem du kan kontakte.`,
    takeRefusedAdmin: 'Administratorer tar ikke saker: de ser ikke saksinnhold i Husly.',
    takeAlreadyTaken: (reference: string, name: string) =>
      `Sak ${reference} har allerede saksansvarlig: ${name}.`,
    takeAlreadyYours: (reference: string) => `Du er allerede saksansvarlig for sak ${reference}.`,
    takeDone: (reference: string) => `Du er nå saksansvarlig for sak ${reference}.`,
    takenInChannel: (name: string, reference: string) =>
      `${name} er nå saksansvarlig for sak ${reference}.`,
    proposedTitle: (reference: string) => `Forslag: overføre sak ${reference}`,
    proposedBody: (from: string, to: string, coordinator: string | null, by: string) =>
      `${by} i ${from} foreslår å overføre saken til ${to}` +
      (coordinator ? ` med ${coordinator} som saksansvarlig` : '') +
      '. Saken blir hos ' +
      `${from} til noen i ${to} har svart.`,
    proposedNote: 'Begrunnelse',
    accept: 'Godta',
    decline: 'Avslå',
    declineReason: 'Hvorfor avslår dere? (må fylles ut for å avslå)',
    acceptedBy: (name: string) => `Godtatt av ${name}. Saken er overført.`,
    declinedBy: (name: string) => `Avslått av ${name}. Saken er der den var.`,
    withdrawn:
      'Forslaget gjelder ikke lenger (saken er flyttet, avsluttet eller foreslått på nytt).',
    levelReviewTitle: (reference: string, level: string) => `Sak ${reference} er satt til ${level}`,
    levelReviewBody: (team: string, owner: string) =>
      `${team}: behold saken hos ${owner} eller ta den over?`,
    keepWith: (owner: string) => `Behold hos ${owner}`,
    takeOver: 'Ta over saken',
    keptBy: (owner: string, name: string) => `Beholdes hos ${owner} (besluttet av ${name}).`,
    takenOverBy: (team: string, name: string) => `Tatt over av ${team} (${name}).`,
    answeredTitle: (reference: string) => `Svar om sak ${reference}`,
    answeredBody: (
      kind: 'handover' | 'level-review',
      outcome: 'accepted' | 'declined',
      from: string,
      to: string,
      by: string,
    ) =>
      kind === 'level-review'
        ? outcome === 'accepted'
          ? `${to} tar over saken fra ${from} (${by}).`
          : `${to} lar saken bli hos ${from} (${by}).`
        : outcome === 'accepted'
          ? `${to} har godtatt overføringen (${by}). Saken eies nå av ${to}.`
          : `${to} har avslått overføringen (${by}). Saken blir hos ${from}.`,
    declinedWhy: 'Begrunnelse for avslaget',
    handedOverTitle: (reference: string) => `Sak ${reference} er overført`,
    handedOverBody: (from: string, to: string, coordinator: string | null, by: string) =>
      `Fra ${from} til ${to}${coordinator ? ` (saksansvarlig ${coordinator})` : ''}, av ${by}.`,
  },
  handOver: {
    title: (reference: string) => `Overfør sak ${reference}`,
    intro:
      'Til en annen enhet blir det et forslag: saken blir hos dere til noen i den enheten har ' +
      'godtatt. Ny saksansvarlig i egen enhet skjer med en gang.',
    unit: 'Til enhet',
    chooseUnit: 'Velg enhet',
    chooseCoordinator: 'Ingen (enheten velger selv)',
    coordinator: 'Ny saksansvarlig (valgfritt, må jobbe i enheten)',
    note: 'Begrunnelse',
    submit: 'Overfør',
    /** `told`: each recipient of the hand-over notice, and whether it was reached. */
    done: (reference: string, unit: string, everyoneTold: boolean, told: readonly Told[] = []) =>
      `Sak ${reference} er overført til ${unit}. ` +
      (everyoneTold
        ? 'Tidligere og ny eier er varslet.'
        : told.length
          ? notified(told) +
            (told.some((t) => t.reach === 'unreached')
              ? ' Saken står i «mine saker» hos den nye enheten.'
              : '')
          : 'Varselet kom ikke fram til alle (kanal ikke koblet eller Husly ikke installert); ' +
            'saken står i «mine saker» hos den nye enheten.'),
    proposed: (reference: string, unit: string, reached: Reach) =>
      `Forslaget om å overføre sak ${reference} til ${unit} er sendt. Saken er deres til noen ` +
      `i ${unit} har godtatt; dere får svaret her. Svarer ingen innen en arbeidsdag, får ` +
      `lederne i ${unit} en påminnelse.` +
      notYetReached(unit, reached),
    proposedTitle: (reference: string) => `Overføring av sak ${reference} foreslått`,
  },
  plan: {
    createTitle: (reference: string) => `Ny målplan for sak ${reference}`,
    title: (reference: string) => `Målplan for sak ${reference}`,
    intro:
      'Lag planen sammen med beboeren: hva som er viktig for personen, målet med egne ord og ' +
      'hva hver enkelt gjør. Planen er bygd opp som en individuell plan (IP), slik at den kan ' +
      'gjøres om til IP senere. Uten samtykke er planen bare synlig for enheten som eier saken.',
    measureWarning:
      'En ansvarlig enhet får tilgang til saken (personen og datoene). ' +
      'Er den ikke med i samtykket, ser den bare sine egne tiltak, ikke resten av planen.',
    ownMeasuresOnly:
      'Du ser bare tiltakene du eller enheten din har ansvar for. ' +
      'Resten av planen er taushetsbelagt.',
    consentForm: 'Hvordan ble samtykket gitt?',
    level: 'Nivå',
    period: 'Periode',
    ip: 'Individuell plan (IP)',
    vedtak: 'Vedtak: ',
    resident: 'Med beboeren',
    residentParticipation: 'Hvordan deltok beboeren?',
    whatMatters: 'Hva er viktig for deg? (beboerens egne ord, valgfritt)',
    whatMattersHeading: 'Hva er viktig for deg',
    residentOwnWords: 'beboerens egne ord',
    resources: 'Ressurser og behov (valgfritt)',
    resourcesHeading: 'Ressurser og behov',
    goal: 'Mål',
    goalText: 'Hva skal oppnås?',
    goalResidentWords: 'Målet med beboerens egne ord (valgfritt)',
    goalTargetDate: 'Ønsket dato (valgfritt)',
    withResidentWords: 'Med beboerens ord: ',
    measure: 'Tiltak',
    measureGoal: 'Hvilket mål hører tiltaket til?',
    measureType: 'Virkemiddel',
    measureDescription: 'Hva skal gjøres?',
    measureScope: 'Omfang (valgfritt), for eksempel «2 timer i uka»',
    responsibleHint:
      'Hvem er ansvarlig? Minst én: beboeren selv, en enhet, en ansatt eller en deltaker.',
    measureResident: 'Beboeren er ansvarlig / gjør dette selv',
    measureUnit: 'Ansvarlig enhet',
    measureStaff: 'Ansvarlig person (valgfritt)',
    measureParticipant: 'Ansvarlig pårørende eller instans (valgfritt)',
    measureDeadline: 'Frist',
    measureStatus: 'Status',
    evaluationDate: 'Neste evaluering',
    periodStart: 'Planperiode fra (valgfritt)',
    periodEnd: 'Planperiode til (valgfritt)',
    template: 'Mal',
    templates: {
      cti: 'CTI-oppfølging (faser: overgang, utprøving, overføring)',
      ingen: 'Ingen mal',
    },
    more: 'Mer (valgfritt)',
    consentGiven: 'Har beboeren samtykket til at planen deles?',
    consentDate: 'Dato for samtykke',
    consentUnits: 'Enheter som kan se planen (med samtykke)',
    vedtakReference: 'Vedtak (referanse) – påkrevd på nivå 3–4',
    ipNeeded: 'Trengs individuell plan (IP)?',
    coordinator: 'Saksansvarlig',
    create: 'Opprett målplan',
    status: 'Status',
    active: 'Aktiv',
    closedBecause: (reason: string) => `Avsluttet: ${reason}`,
    ipBadge: (coordinator: string) => `Individuell plan (IP) · IP-koordinator: ${coordinator}`,
    noIpCoordinator: 'ikke valgt ennå',
    levelHistory: 'Nivå i planen',
    latestOutcome: (outcome: string) => `Sist evaluert: ${outcome}`,
    otherMeasures: 'Andre tiltak',
    scope: 'omfang',
    residentResponsible: 'Beboeren',
    participants: 'Deltakere',
    participantCount: (count: number) => (count === 0 ? 'ingen ennå' : `${count}`),
    notInConsent: 'ser ikke planen (ikke i samtykket)',
    phases: 'CTI-faser',
    phaseLine: (phase: string, from: string, to: string, days: number) =>
      `${phase}: ${from} – ${to}, kontakt hver ${days}. dag`,
    ipMissing: (points: string) => `Dette mangler for IP: ${points}.`,
    attached: 'Personen hadde allerede en målplan. Den følger nå denne saken.',
    attachedDone: (reference: string) => `Personens målplan følger nå sak ${reference}.`,
    showDetails: 'Vis detaljer',
    cases: 'Saker planen har fulgt',
    participatedAtStart: 'Beboeren deltok',
    closeNoteHeading: 'Merknad ved avslutning',
    addGoal: 'Legg til mål',
    addMeasure: 'Legg til tiltak',
    addParticipant: 'Legg til deltaker',
    removeParticipant: 'Fjern deltaker',
    change: 'Endre',
    closePlan: 'Avslutt plan',
    moveTo: (reference: string) => `Flytt planen til sak ${reference}`,
    moveConsent: (unit: string) =>
      `Planen deles da med ${unit}, som følger den opp videre. Det krever beboerens samtykke. ` +
      'Dere ser planen etterpå bare om dere er med i et samtykke.',
    move: 'Flytt planen',
    elsewhere: (reference: string) =>
      `Personens målplan følger sak ${reference}. Skriv «hvem eier ${reference}» for å se ` +
      'hvem som har den.',
    print: 'Skriv ut (PDF)',
    moreActions: 'Mer',
    evaluate: 'Evaluer',
    evaluationSummary: 'Hva har skjedd siden sist?',
    nextEvaluationDate: 'Neste evaluering',
    caseLevelNow: 'saken står på',
    evaluationLevel: 'Nivå nå',
    goalOutcome: 'Hvordan gikk det med målet?',
    evaluationLine: (participation: string, level: string) =>
      `Beboeren deltok: ${participation} · ${level}`,
    participantKind: 'Hvem er deltakeren?',
    participantName: 'Navn (pårørende eller kontaktperson)',
    participantOrganisation: 'Instans (for ekstern instans)',
    participantUnit: 'Enhet (for en enhet)',
    participantStaff: 'Ansatt (for en ansatt)',
    participantRole: 'Rolle i planen (valgfritt), for eksempel «støttekontakt»',
    participantNoAccess: 'Å være deltaker gir ikke tilgang til planen. Det gjør samtykket.',
    participantToRemove: 'Hvilken deltaker skal fjernes?',
    isIp: 'Gjør om til individuell plan (IP)',
    ipCoordinator: 'IP-koordinator (påkrevd for IP)',
    ipCoordinatorHint:
      'En individuell plan skal ha en koordinator (lov om kommunale helse- og ' +
      'omsorgstjenester m.m. (helse- og omsorgstjenesteloven) § 7-2).',
    closeReason: 'Hvorfor avsluttes planen?',
    closeNote: 'Merknad (påkrevd ved «Annet»)',
    closeWarning:
      'En avsluttet plan kan ikke endres. Trenger personen en plan senere, startes en ny.',
    closed: (reference: string) => `Målplanen for sak ${reference} er avsluttet.`,
    formTitle: (action: string, reference: string) => `${action} – målplan for sak ${reference}`,
    printTitle: (reference: string) => `Målplan for sak ${reference} – utskrift`,
    printReady:
      'PDF-en er klar. Lenken virker én gang, i 5 minutter. Den som har lenken, kan åpne ' +
      'planen: ikke del den.',
    printOpen: 'Åpne PDF',
    printNote:
      'Utskriften logges. Oppbevar papiret som andre taushetsbelagte opplysninger, og del det ' +
      'bare med dem som har samtykke eller hjemmel.',
    saveStatus: 'Lagre status',
    goals: 'Mål',
    measures: 'Tiltak',
    evaluations: 'Evalueringer',
    consent: 'Samtykke',
    consentYes: (date: string | null, units: string) =>
      `Gitt${date ? ` ${date}` : ''}${units ? `, deles med ${units}` : ''}`,
    consentNo: 'Ikke gitt – bare enheten som eier saken, ser planen',
    responsible: 'Ansvarlig',
    deadline: 'frist',
    created: (reference: string) => `Målplan for sak ${reference} er opprettet.`,
    updated: 'Målplanen er oppdatert.',
    suggestLevel2: 'Saken er på nivå 2 (gult): den bør ha en målplan.',
    level3: 'Saken er på nivå 3–4 (rødt): oppgi vedtaket og om det trengs individuell plan.',
    show: 'Vis målplan',
    none: '–',
    pdf: {
      title: 'Målplan',
      cases: (references: string) => `Sak: ${references}`,
      resident: (name: string, birthDate: string | null) =>
        birthDate ? `${name}, født ${birthDate}` : name,
      period: (from: string, to: string) => `Planperiode: ${from} – ${to}`,
      madeWith: (participation: string) => `Planen ble laget med beboeren ${participation}.`,
      targetDate: 'Måldato',
      goal: (n: number, text: string) => `Mål ${n}: ${text}`,
      measureLine: (type: string, description: string) => `${type}: ${description}`,
      evaluation: (date: string, by: string) => `${date}, ${by}`,
      footer: (reference: string, date: string, by: string) =>
        `Målplan for sak ${reference}, skrevet ut ${date} av ${by}. ` +
        'Taushetsbelagt, jf. forvaltningsloven § 13.',
      signatureResident: 'Beboer',
      signatureCoordinator: 'Saksansvarlig / koordinator',
      fileName: (reference: string) => `malplan-${reference}`,
    },
    participation: {
      meeting: 'i møte',
      phone: 'på telefon',
      digital: 'digitalt',
      'not-present': 'deltok ikke',
    },
    goalOutcomes: {
      reached: 'nådd',
      partly: 'delvis nådd',
      'not-reached': 'ikke nådd',
      changed: 'endret',
    },
    participantKinds: {
      resident: 'Beboeren',
      relative: 'Pårørende',
      staff: 'Ansatt',
      unit: 'Enhet',
      external: 'Ekstern instans',
    },
    organisations: {
      spesialisthelsetjenesten: 'Spesialisthelsetjenesten',
      kriminalomsorgen: 'Kriminalomsorgen',
      husbanken: 'Husbanken',
      utleier: 'Utleier',
      fastlege: 'Fastlege',
      annen: 'Annen instans',
    },
    closeReasons: {
      'goals-reached': 'målene er nådd',
      moved: 'flyttet',
      declined: 'ønsker ikke videre oppfølging',
      other: 'annet',
      'case-closed': 'saken ble avsluttet',
    },
    phaseKinds: { overgang: 'Overgang', utproving: 'Utprøving', overforing: 'Overføring' },
    ipPoints: {
      'goals-resources': 'mål, ressurser og behov',
      participants: 'hvem som deltar',
      coordinator: 'IP-koordinator',
      contributions: 'hva beboeren og pårørende eller andre bidrar med',
      'measures-scope': 'omfang på hvert tiltak',
      'period-revision': 'planperiode (fra og til)',
      consent: 'samtykke',
      cooperation: 'samarbeid med andre instanser',
    },
  },
  reminders: {
    title: (reference: string) => `Påminnelse – sak ${reference}`,
    digestTitle: (count: number) => `${count} påminnelser`,
    case: (reference: string) => `Sak ${reference}`,
    legalDeadline: 'Lovfestet frist',
    due: 'Gjelder',
    done: 'Utført',
    snooze: 'Utsett',
    snoozeDays: (d: number) => (d === 1 ? '1 dag' : `${d} dager`),
    snoozeFor: 'Utsett med',
    open: 'Åpne sak',
    /** The tooltip of a list row's "Åpne sak" (screen readers read it): which case. */
    openCase: (reference: string) => `Åpne sak ${reference}`,
    /** Instead of the date, for a reminder due today. */
    dueToday: 'i dag',
    doneBy: (name: string, date: string) => `Utført av ${name} ${date}`,
    snoozedUntil: (date: string) => `Utsatt til ${date}`,
    /** The title of a late-registered eviction date: how many days are left. */
    evictionInDays: (days: number) =>
      days <= 0
        ? 'Utkastelse i dag'
        : days === 1
          ? 'Utkastelse i morgen'
          : `Utkastelse om ${days} dager`,
    snoozedToDeadline: (date: string) =>
      `Utsatt til ${date}, som er fristen: lenger kan den ikke utsettes.`,
    handOver: 'Overfør',
    handOverTo: 'Overfør til kollega',
    chooseColleague: 'Velg kollega',
    handedTo: (name: string, byName: string, date: string) =>
      `Overført til ${name} av ${byName} ${date}`,
    handedToYou: (byName: string) => `Overført til deg av ${byName}`,
    to: (name: string) => `til ${name}`,
    /** `lines`: "sak 2026-0001 – To uker til utkastelse (3. desember 2026)". */
    undelivered: (lines: readonly string[]) =>
      'Husly fikk ikke levert ' +
      (lines.length === 1 ? 'denne påminnelsen' : `disse ${lines.length} påminnelsene`) +
      ` som kort: ${lines.join('; ')}. Skriv «påminnelser» for å se dem.`,
    undeliveredLine: (reference: string, title: string, date: string) =>
      `sak ${reference} – ${title} (${date})`,
    listTitle: 'Kommende påminnelser',
    listEmpty: 'Ingen kommende påminnelser for dine saker.',
    undeliveredTitle: 'Kunne ikke leveres – følg opp selv',
    /** Notices the notice outbox gave up on, about cases the reader sees. */
    undeliveredNoticesTitle: 'Varsler som ikke kom fram – gi beskjed selv',
    noticeKinds: {
      'case.forUnit': 'ny sak til enheten',
      'case.forCoordinator': 'ny bekymring til saksansvarlig',
      'case.involvedAlert': 'varsel til involvert enhet',
      'case.handedOver': 'overføring',
      'case.acute': 'uten tak over hodet i natt',
      'case.breakGlass': 'nødtilgang',
      'case.accessGranted': 'tilgang gitt',
      'lookup.throttled': 'oppslag stanset',
      'case.handOverProposed': 'forslag om overføring',
      'case.levelReview': 'nivåvurdering',
      'case.handOverAnswered': 'svar på overføring',
      'plan.newCaseElsewhere': 'ny sak for personen i en målplan',
      'unit.worklist': 'ukens arbeidsliste',
    } satisfies Record<NoticeKind, string>,
    timelineTitle: (reference: string) => `Oppfølgingsplan for sak ${reference}`,
    timelineEmpty: 'Saken har ingen datoer å følge opp ennå.',
    law: '§',
    statuses: {
      pending: 'Planlagt',
      claimed: 'Sendes nå',
      sent: 'Sendt',
      dead: 'Ikke levert',
      cancelled: 'Avlyst',
      done: 'Utført',
      handed: 'Overført',
    },
    kinds: {
      P0: [
        'Restanse meldt fra innfordring eller bolig',
        'Forsøk å få kontakt med personen i dag, eller avtal hjemmebesøk. Er kommunen ' +
          'utleier, skal det ikke sendes varsel etter tvangsfullbyrdelsesloven § 4-18 før ' +
          'kontakt er forsøkt.',
      ],
      P5: [
        'Er det oppnådd kontakt?',
        'Hvis ikke: hjemmebesøk. Gi innfordring beskjed om at kontakt er forsøkt.',
      ],
      D0: [
        'Husleien er ikke betalt ved forfall',
        'Utleier kan fra i dag sende varsel etter tvangsfullbyrdelsesloven § 4-18. ' +
          'Spør personen om hen har fått brev.',
      ],
      D3: [
        'Ta kontakt med personen',
        'Sjekk bostøtte, inntekt og trekk i trygd, og tilby økonomisk rådgivning ' +
          '(sosialtjenesteloven § 17).',
      ],
      D7: [
        'Husleien er fortsatt ubetalt',
        'Sørg for at personen får hjelp til å søke økonomisk stønad (sosialtjenesteloven ' +
          '§§ 18–19), og kontakt utleier om nedbetalingsavtale.',
      ],
      D1M: [
        'Neste husleie forfaller',
        'Er også denne ubetalt, vurder husleietrekk eller frivillig forvaltning.',
      ],
      N0: [
        'Utleier har varslet NAV (husleieloven § 9-11)',
        'Kontakt personen nå. Utleier kan begjære utkastelse om lag to uker etter varselet.',
      ],
      N10: [
        'Utleier kan snart begjære utkastelse',
        'Er det søkt om økonomisk stønad, eller avtalt nedbetaling med utleier?',
      ],
      V0: [
        'Varsel etter tvangsfullbyrdelsesloven § 4-18 er mottatt',
        'Søk om økonomisk stønad (sosialtjenesteloven §§ 18–19) nå, og kontakt utleier.',
      ],
      'R-7': [
        'En uke til utleier kan begjære utkastelse',
        'Er vedtak om økonomisk stønad fattet og utbetaling til utleier avtalt?',
      ],
      'R-2': [
        'Utleier kan snart begjære utkastelse',
        'Er det ikke funnet en løsning, ta saken opp med leder i dag.',
      ],
      R0: [
        'Utleier kan nå begjære utkastelse',
        'Fra i dag kan utleier sende begjæring om utkastelse til namsmannen.',
      ],
      B0: [
        'Brev fra namsmannen om begjæring om utkastelse',
        'Beboeren har 14 dager fra brevet ble mottatt til å komme med innsigelse. ' +
          'Start søknad om økonomisk stønad nå.',
      ],
      Bnav0: [
        'NAV har fått kopi av brev fra namsmannen',
        'Fristen for innsigelse er usikker: den løper fra beboeren fikk brevet. ' +
          'Be om å få se brevet, og registrer fristen som står i det.',
      ],
      'O-4': [
        'Innsigelse eller betaling?',
        'Avklar med beboeren om det er grunnlag for innsigelse, eller om hele kravet kan ' +
          'betales før fristen.',
      ],
      O0: [
        'Fristen for innsigelse går ut i dag',
        'Deretter kan namsmannen fastsette dato for utkastelse.',
      ],
      'F-14': [
        'To uker til utkastelse',
        'Hele kravet kan betales fram til låsen skiftes; er det betalt, bekreft med utleier at ' +
          'begjæringen er trukket. Ordne midlertidig botilbud om nødvendig.',
      ],
      'F-7': [
        'En uke til utkastelse',
        'Hele kravet kan betales fram til låsen skiftes. Utsettelse krever utleiers samtykke. ' +
          'Ordne midlertidig botilbud om nødvendig.',
      ],
      'F-2': [
        'To dager til utkastelse',
        'Midlertidig botilbud (sosialtjenesteloven § 27) må være klart.',
      ],
      'F-1': [
        'Utkastelse i morgen',
        'Bekreft med utleier og namsmannen om utkastelsen blir. Bare utleier kan gå med på ' +
          'utsettelse.',
      ],
      F0: [
        'Utkastelsesdagen',
        'Hele kravet kan fortsatt betales fram til låsen skiftes. Sørg for at midlertidig ' +
          'botilbud er klart (sosialtjenesteloven § 27).',
      ],
      F14: [
        'Første frist for å hente eiendeler',
        'Hjelp beboeren med å hente eiendelene eller få dem lagret.',
      ],
      F28: [
        'Ny frist for eiendeler (se namsmannens brev)',
        'Namsmannen sender nytt varsel; samlet frist er om lag fire uker. Registrer datoen ' +
          'fra brevet.',
      ],
      E0: ['Siste frist for eiendeler', 'Fristen fra namsmannens andre brev går ut i dag.'],
      'K-90': [
        'Leiekontrakten går ut om tre måneder',
        'Avklar ny kontrakt eller neste steg i boligkarrieren (for eksempel startlån).',
      ],
      K0: [
        'Leiekontrakten går ut i dag',
        'Er ny kontrakt på plass, eller har personen et annet sted å bo?',
      ],
      K90: [
        'Tre måneder siden leiekontrakten gikk ut',
        'Har utleier ikke gitt skriftlig flytteoppfordring innen nå, kan leieforholdet ha gått ' +
          'over til å gjelde på ubestemt tid. Sjekk med utleier.',
      ],
      S0: [
        'Oppsigelse fra utleier',
        'Leietaker kan protestere skriftlig innen én måned (husleieloven § 9-8). ' +
          'Avklar om det er grunnlag for protest.',
      ],
      'Sp-7': [
        'En uke til protestfristen',
        'Skal det sendes protest mot oppsigelsen? Hjelp leietaker med å skrive den.',
      ],
      Sp0: [
        'Protestfristen går ut i dag',
        'Uten skriftlig protest kan utleier kreve utkastelse når oppsigelsestiden er ute.',
      ],
      'D-catchup': [
        'Saken kom inn sent: gjør dette nå',
        'Kontakt personen, sjekk bostøtte, hjelp med søknad om økonomisk stønad ' +
          '(sosialtjenesteloven §§ 18–19) og kontakt utleier om nedbetalingsavtale.',
      ],
      'F-soon': [
        'Utkastelse om kort tid',
        'Utkastelsesdatoen er under to uker unna. Sørg for betaling eller midlertidig ' +
          'botilbud (sosialtjenesteloven § 27) nå.',
      ],
      'case.acuteUntaken': [
        'Akutt sak uten saksansvarlig',
        'Personen står uten tak over hodet i natt, og ingen har tatt saken på to timer. ' +
          'Fordel den nå.',
      ],
      'case.untaken': [
        'Sak uten saksansvarlig',
        'Ingen i enheten har tatt saken på en arbeidsdag. Fordel den.',
      ],
      'measure.soon': ['Tiltak nærmer seg fristen', 'Sjekk status i målplanen.'],
      'measure.due': ['Tiltak har frist i dag', 'Oppdater status i målplanen.'],
      'measure.overdue': [
        'Tiltak er forsinket',
        'Fristen har gått ut. Følg opp med den ansvarlige.',
      ],
      'measure.escalated': ['Tiltak er fortsatt forsinket', 'Sendt til leder.'],
      'evaluation.soon': ['Evaluering nærmer seg', 'Forbered evalueringen av målplanen.'],
      'evaluation.due': ['Evaluering i dag', 'Registrer evalueringen i målplanen.'],
      'phase.start': [
        'Ny fase i CTI-oppfølgingen',
        'Se målplanen for fasen og hvor ofte dere skal ha kontakt.',
      ],
      'staff.reassign': [
        'Saken trenger ny saksansvarlig',
        'Saksansvarlig har sluttet eller byttet enhet. Velg ny med «overfør» og saksnummeret.',
      ],
      'case.breakGlass': [
        'Nødtilgang er brukt i saken',
        'Noen uten tilgang har åpnet saken for å avverge fare for liv eller helse. ' +
          '«gi tilgang» og saksnummeret viser hvem og til når; ' +
          '«tilgangskontroll» viser begrunnelsen.',
      ],
      'handover.unanswered': [
        'Forslag om overføring er ikke besvart',
        'En annen enhet har foreslått å overføre saken til enheten deres, og ingen har svart på ' +
          'en arbeidsdag. Godta eller avslå på forslagskortet.',
      ],
    },
  },
  routing: {
    title: 'Hvem får nye saker',
    byDefault: 'standard',
    hint:
      'Administrator endrer med «ruting [type] [enhet]», ' +
      'for eksempel «ruting husleierestanse nav-bolig». ' +
      'Typer: husleierestanse, varsel, namsmann, utkastelsesdato, annet. ' +
      'Unntak: en ny sak på nivå 1 (råd og veiledning, uten akutt behov, varsel, namsmann, ' +
      'utkastelsesdato eller varsel fra utleier til NAV) blir hos enheten som melder, når den ' +
      'følger opp personer selv.',
    changed: (type: string, unit: string) => `Nye saker om ${type} går nå til ${unit}.`,
  },
  classification: {
    title: (reference: string) => `Endre nivå eller kategori for sak ${reference}`,
    level: 'Nivå',
    reason: 'Hvorfor?',
    submit: 'Lagre',
    done: (reference: string) => `Sak ${reference} er endret. Hvem, når og hvorfor er lagret.`,
    tildelingAsked: (unit: string, reached: Reach) =>
      `Fra nivå 2 er oppfølgingen tildelingsteamets: ${unit} er spurt om saken skal bli hos ` +
      'dere eller tas over av dem. Dere får svaret her.' +
      notYetReached(unit, reached),
    change: 'Endre nivå/kategori',
  },
  resolution: {
    markPaid: 'Restansen er betalt',
    close: 'Avslutt sak',
    paidTitle: (reference: string) => `Restansen er betalt – sak ${reference}`,
    paidExplain:
      'Påminnelser om husleierestansen og varselet stopper. Er det satt en utkastelsesdato, ' +
      'varsler Husly fortsatt fram til den: bare utleier kan trekke begjæringen hos namsmannen.',
    paidDate: 'Dato hele restansen ble betalt',
    paidSubmit: 'Registrer betaling',
    paidDone: (reference: string, evictionDate: string | null) =>
      evictionDate
        ? `Restansen i sak ${reference} er registrert som betalt. ` +
          `Påminnelser om restansen er stoppet, men utkastelsesdatoen ${evictionDate} varsles ` +
          `fortsatt til utleier har trukket begjæringen.`
        : `Restansen i sak ${reference} er registrert som betalt. ` +
          `Påminnelser om restansen er stoppet.`,
    closeTitle: (reference: string) => `Avslutt sak ${reference}`,
    closeExplain:
      'Alle planlagte påminnelser for saken stoppes. Saken kan ikke endres etterpå; ' +
      'en ny bekymring for samme person åpner en ny sak.',
    closeReason: 'Hvorfor avsluttes saken?',
    closeNote: 'Merknad (må fylles ut ved «Annet»; ikke skriv helseopplysninger)',
    closeSubmit: 'Avslutt saken',
    closeDone: (reference: string) =>
      `Sak ${reference} er avsluttet, og alle planlagte påminnelser er stoppet.`,
    paidOn: (date: string) => `Restansen ble betalt ${date}`,
    closedBecause: (reason: string) => `Avsluttet: ${reason}`,
    needReference:
      'Skriv saksnummeret, for eksempel «restansen er betalt 2026-0004» ' +
      'eller «avslutt sak 2026-0004».',
  },
  events: {
    /** Button and list labels, by stored code ('betalt' is "Restansen er betalt"). */
    labels: {
      'kontakt-opprettet': 'Første kontakt med beboeren',
      'stonad-sokt': 'Søknad om økonomisk stønad sendt',
      'stonad-vedtak': 'Vedtak om økonomisk stønad',
      'stonad-utbetalt': 'Stønad utbetalt til utleier',
      nedbetalingsavtale: 'Nedbetalingsavtale inngått',
      'begjaering-trukket': 'Begjæringen trukket',
      'utsettelse-avtalt': 'Utsettelse avtalt',
      'ny-utkastelsesdato': 'Ny utkastelsesdato',
      'innsigelse-sendt': 'Innsigelse sendt',
      'midlertidig-botilbud': 'Midlertidig botilbud fra',
      'bolig-sikret': 'Bolig sikret',
      betalt: 'Restansen er betalt',
    },
    decisions: { innvilget: 'innvilget', avslatt: 'avslått' },
    record: 'Registrer hendelse',
    title: (reference: string) => `Hva er gjort eller besluttet? Sak ${reference}`,
    explain:
      'Trykk på det som er gjort. Det lagres med dagens dato og navnet ditt, og påminnelsene ' +
      'tilpasses. Stønad er økonomisk stønad etter sosialtjenesteloven §§ 18–19. ' +
      'Utsettelse må utleier gå med på.',
    afterDone: 'Registrer hva som ble gjort (med dagens dato):',
    formTitle: (label: string, reference: string) => `${label} – sak ${reference}`,
    decision: 'Utfall',
    amount: 'Beløp i kroner (kan stå tomt)',
    covers: 'Utbetalingen dekker hele restansen',
    newEvictionDate: 'Ny utkastelsesdato',
    accommodationFrom: 'Midlertidig botilbud fra',
    contactDay: 'Dagen dere fikk kontakt',
    submit: 'Registrer',
    recorded: (label: string, reference: string, date: string) =>
      `«${label}» er registrert i sak ${reference} (${date}).`,
    alreadyRecorded: (label: string, reference: string, date: string) =>
      `«${label}» var allerede registrert i sak ${reference} (${date}). Ingenting er endret.`,
    paidEffect: (evictionDate: string | null) =>
      evictionDate
        ? `Påminnelser om restansen og varselet er stoppet. Utkastelsesdatoen ${evictionDate} ` +
          'varsles fortsatt til det er registrert at begjæringen er trukket.'
        : 'Påminnelser om restansen og varselet er stoppet.',
    effects: {
      'kontakt-opprettet': 'Påminnelser om å få kontakt med personen er stoppet.',
      'begjaering-trukket':
        'Påminnelser om utkastelsesdatoen og fristen for innsigelse er stoppet.',
      'innsigelse-sendt': 'Påminnelser om fristen for innsigelse er stoppet.',
      'utsettelse-avtalt': 'Registrer den nye utkastelsesdatoen når den er kjent.',
      nedbetalingsavtale:
        'Påminnelser om kontakt, søknad og nedbetaling er stoppet. Lovfristene varsles fortsatt: ' +
        'en avtale er ikke betaling, og utleier kan fortsatt begjære utkastelse.',
      'bolig-sikret':
        'Påminnelser om oppfølging av restansen og utkastelsen er stoppet. Lovfristene (varsel, ' +
        'innsigelse, utkastelse, eiendeler, leiekontrakt og oppsigelse) varsles fortsatt; ' +
        'avslutt saken når oppfølgingen er ferdig.',
    } as Readonly<Record<string, string>>,
    newDateEffect: (date: string) =>
      `Utkastelsesdatoen er nå ${date}, og påminnelsene er flyttet etter den.`,
    accommodationEffect: (date: string) => `Midlertidig botilbud fra ${date} er lagret på saken.`,
    listTitle: 'Hva er gjort og besluttet',
    line: (date: string, what: string, by: string) => `${date}: ${what} (${by})`,
    amountShown: (amount: string) => `${amount} kr`,
    covering: 'dekker hele restansen',
    needReference: 'Skriv saksnummeret, for eksempel «hendelse 2026-0004».',
  },
  accessReview: {
    title: 'Tilgangskontroll',
    allUnits: 'Alle enheter',
    categories: {
      'lookup-without-relation': 'Oppslag uten tilknytning',
      'many-people': 'Mange ulike personer',
      'break-glass': 'Nødtilgang',
      'outside-working-hours': 'Utenfor arbeidstid',
      throttled: 'Sperret (for mange oppslag)',
    } satisfies Record<ReviewCategory, string>,
    none: 'Ingen funn i perioden.',
    latest: (shown: number, total: number) =>
      shown < total ? `Nyeste ${shown} av ${total} funn` : `Alle ${total} funn, nyeste først`,
    at: (date: string, time: string) => `${date} kl. ${time}`,
    people: (n: number) => `${n} personer`,
    unknownStaff: 'Ukjent ansatt',
    footer:
      'Kortet viser ansatte og saksnummer, ikke hvem oppslagene gjaldt. ' +
      'Den fullstendige listen, med begrunnelsene for nødtilgang, ' +
      'kan den som drifter Husly, ta ut som regneark.',
  },
  /** "rapport" (issue 12 §3): the period card, and the download link in personal chat. */
  report: {
    title: 'Rapport',
    intro:
      'Indikatorene fra oversikten per måned og enhet, tallene til Husbanken for halvåret og ' +
      'KOSTRA-tallene for utkastelser fra kommunale boliger. Bare antall: ingen navn eller ' +
      'fødselsnumre, og 1–4 under hele kommunen vises som «< 5».',
    preset: 'Periode',
    presets: {
      dates: 'Datoene under',
      lastHalf: (span: string) => `Siste hele halvår (${span})`,
      halfSoFar: (span: string) => `Dette halvåret så langt (${span})`,
      lastYear: (year: string) => `Hele ${year} (for KOSTRA)`,
    },
    from: 'Fra og med',
    to: 'Til og med',
    format: 'Filformat',
    formats: { xlsx: 'Excel (.xlsx)', csv: 'CSV for Excel (.csv)' },
    submit: 'Lag rapport',
    ready: 'Rapporten kan lastes ned',
    readyBody: (span: string) => `Rapport for ${span}.`,
    linkNote:
      'Lenken virker i 15 minutter. Husly lager filen når lenken åpnes, og sjekker da igjen at ' +
      'du har tilgang. Ikke del den: den som har lenken, kan laste ned rapporten. Trenger du ' +
      'en ny, skriv «rapport».',
    download: 'Last ned rapporten',
  },
  myCases: {
    title: 'Mine saker',
    empty: 'Du er ikke saksansvarlig for noen åpne saker, og enheten din eier ingen åpne saker.',
    adminEmpty:
      'Administratorer ser ikke saker eller personer i Husly. «mine saker» viser ' +
      'saksbehandlere, koordinatorer og ledere sakene de og enheten deres har.',
    asCoordinator: 'du er saksansvarlig',
    asUnit: 'enheten eier',
  },
  /** The worklist for the weekly boligmøte (issue 12 §1): reference, unit, what is due. */
  worklist: {
    title: 'Arbeidsliste til boligmøtet',
    channelTitle: (unit: string) => `Arbeidsliste til boligmøtet: ${unit}`,
    intro: (date: string) =>
      `Saker som trenger en beslutning denne uken, per ${date}. Lovfrister først, så etter dato.`,
    channelIntro: (date: string) =>
      `Saker enheten eier som trenger en beslutning denne uken, per ${date}. Hva som haster, ` +
      'ser du med «Åpne sak».',
    channelDue: (date: string) => `Frist: ${date}`,
    channelOpen: 'Trenger en beslutning',
    showing: (shown: number, total: number) =>
      `Viser ${shown} av ${total}, de mest presserende først.`,
    empty:
      'Ingen av sakene dine trenger en beslutning denne uken: ingen frister nærmer seg, og alle ' +
      'sakene er tatt og fulgt opp. God uke!',
    channelEmpty: (unit: string) =>
      `Ingen av sakene til ${unit} trenger en beslutning denne uken. God uke!`,
    /** The law, in full the first time a card names it, then by its short form. */
    law: { full: 'tvangsfullbyrdelsesloven', short: 'tvfl.' },
    reasons: {
      acute: 'Uten tak over hodet i natt',
      evictionSoon: (date: string) => `Utkastelse ${date}`,
      objectionOpen: (date: string, law: string) =>
        `Fristen for innsigelse går ut ${date} (${law} § 13-6)`,
      objectionUnknown: (law: string) =>
        `Fristen for innsigelse (${law} § 13-6) er ukjent: NAV har bare kopien av brevet fra ` +
        'namsmannen',
      requestSoon: (date: string, law: string) =>
        `Tidligst begjæring ${date} (14 dager etter varsel etter ${law} § 4-18)`,
      untaken: 'Ingen har tatt saken',
      untakenSince: (date: string) => `Ingen har tatt saken (registrert ${date})`,
      missing: {
        vedtak: 'Nivå 3–4 uten vedtak',
        plan: 'Nivå 3–4 uten plan',
        'vedtak-and-plan': 'Nivå 3–4 uten vedtak/plan',
      },
      measureOverdue: (date: string) => `Tiltak over frist siden ${date}`,
      evaluationOverdue: (date: string) => `Evaluering over frist siden ${date}`,
      neverContacted: (date: string) => `Ikke kontaktet siden registrering ${date}`,
    },
  },
  /** The overview with charts (issue 12 §2): counts only, small numbers suppressed. */
  overview: {
    title: (scope: string) => `Oversikt: ${scope}`,
    wholeMunicipality: 'Hele kommunen',
    period: (from: string, to: string) => `Perioden ${from}–${to}.`,
    asOf: (date: string) => `Åpne saker per ${date}.`,
    filters: {
      unit: 'Enhet',
      period: 'Periode',
      from: 'Fra',
      to: 'Til',
      hint: 'Velg enhet og periode, eller skriv fra- og til-dato.',
      refresh: 'Oppdater',
    },
    presets: {
      last30: 'Siste 30 dager',
      thisHalf: 'Dette halvåret',
      lastHalf: 'Forrige halvår',
      thisYear: 'I år',
      lastYear: 'I fjor',
      custom: 'Egen periode (fra og til)',
    },
    /** Typed after «oversikt» for the whole municipality, separated by «|». */
    wholeWords: 'hele kommunen|kommunen|alle',
    unknownUnit: (units: string) => `Fant ingen enhet som passer. Enhetene er: ${units}.`,
    open: {
      heading: 'Åpne saker',
      total: 'Åpne saker i alt',
      byLevel: 'Etter nivå',
      byPhase: 'Etter hvor mye det haster',
      byCategory: 'Etter kategori',
      byUnit: 'Etter enhet',
      none: 'Ingen åpne saker.',
    },
    phases: {
      akutt: 'Uten tak over hodet',
      'dato-satt': 'Dato for utkastelse satt',
      begjaert: 'Utkastelse begjært',
      varsel: 'Varslet',
      'etter-utkastelse': 'Etter utkastelse',
      'for-varsel': 'Før varsel',
      'uten-frist': 'Uten frist',
    },
    movement: {
      heading: 'Bevegelse mellom nivåer i perioden',
      moves: {
        'rod-gul': 'Fra rødt til gult',
        'gul-gronn': 'Fra gult til grønt',
        'rod-gronn': 'Fra rødt til grønt',
        'gronn-gul': 'Fra grønt til gult',
        'gul-rod': 'Fra gult til rødt',
        'gronn-rod': 'Fra grønt til rødt',
      },
    },
    outcomes: {
      heading: 'Utkastelser avverget og gjennomført',
      intro: 'Saker avsluttet i perioden som hadde varsel eller begjæring om utkastelse.',
      prevented: 'Avverget (boligen sikret)',
      evicted: 'Utkastet',
      landlord: 'Utleier',
      unknownLandlord: 'Ukjent utleier',
    },
    legal: {
      heading: 'Rettslige skritt registrert i perioden',
      step: 'Skritt',
      /** Short column headings: a narrow table breaks long words mid-word. */
      columns: { kommunal: 'Kommunal', privat: 'Privat', ukjent: 'Ukjent' },
      steps: {
        'varsel-4-18': 'Varsel etter tvangsfullbyrdelsesloven § 4-18',
        'varsel-9-11': 'Varsel til NAV etter husleieloven § 9-11',
        begjaering: 'Begjæring om utkastelse',
        utkastelse: 'Utkastelse gjennomført',
      },
    },
    more: {
      heading: 'Ellers i perioden',
      newCases: 'Nye saker',
      firstContact: 'Fra første bekymring til første kontakt (median)',
      days: (days: string, cases: string) => `${days} dager (${cases} saker)`,
      money: 'Økonomisk stønad innvilget for å hindre utkastelse (sosialtjenesteloven §§ 18–19)',
      kroner: (amount: string, cases: string) => `${amount} kr (${cases} saker)`,
      tooFew: (cases: string) => `for få saker til å vise (${cases})`,
      households: 'Husstander med barn',
      children: 'Barn',
    },
    total: 'I alt',
    hidden: 'skjult',
    about: (n: string) => `ca. ${n}`,
    notDrawn: (items: string) => `Ikke tegnet: ${items}.`,
    footnote:
      '«< 5» betyr 1–4 saker: små tall under hele kommunen vises ikke, så ingen kan kjennes ' +
      'igjen. Andre tall under hele kommunen er avrundet til nærmeste 5 («ca.»). «skjult» er ' +
      'et tall som ellers kunne regnes ut fra summen. «< 5» og «skjult» tegnes ikke i ' +
      'diagrammene.',
  },
  /**
   * "Du har ikke tilgang", said in full: what was refused, who owns the case, who may do it, and
   * what to do instead. Only owner facts are named (the reference, the owning unit, the
   * saksansvarlig): every registered user may know them.
   */
  denied: {
    /** The refusal: "Du har ikke tilgang til å" and a `task`. */
    refused: (task: string) => `Du har ikke tilgang til å ${task}.`,
    /** What was refused. */
    task: {
      read: 'se innholdet i saken',
      take: 'ta saken',
      handOver: 'overføre saken',
      classify: 'endre nivå eller kategori i saken',
      grantAccess: 'gi andre enheter tilgang til saken',
      consent: 'registrere eller trekke tilbake samtykke i saken',
      breakGlass: 'bruke nødtilgang i saken',
      markPaid: 'registrere at restansen er betalt',
      close: 'avslutte saken',
      recordEvent: 'registrere hendelser i saken',
      planCreate: 'starte målplan for saken',
      planRead: 'se målplanen for saken',
      planChange: 'endre målplanen',
      reminder: 'gjøre noe med denne påminnelsen',
      linkChannel: 'koble en kanal til en enhet',
      routing: 'endre hvilken enhet som får nye saker',
      accessReview: 'se tilgangskontrollen',
      worklist: 'se arbeidslisten',
      overview: 'se oversikten',
      report: 'hente rapporten',
      worklistSchedule: 'bestemme når arbeidslisten legges ut i kanalen',
    },
    owned: (reference: string, unit: string, coordinator: string | null) =>
      `Sak ${reference} eies av ${unit}` +
      (coordinator ? ` (saksansvarlig: ${coordinator}).` : ' (ingen saksansvarlig ennå).'),
    /** Who may, by the kind of task. */
    who: {
      leaders: 'Det kan saksansvarlig og koordinatorer og ledere i enheten som eier saken.',
      owners: 'Det kan saksansvarlig og de som jobber i enheten som eier saken.',
      caseworkers: 'Det kan saksbehandlere, koordinatorer og ledere i enheten som eier saken.',
      workers:
        'Det kan saksansvarlig, enheten som eier saken, og enheter som har fått tilgang til den.',
      readers:
        'Det kan saksansvarlig, enheten som eier saken, og enheter som har fått tilgang til den ' +
        'eller er med i personens samtykke.',
      planReaders:
        'Det kan saksansvarlig, enheten som eier saken, og enheter som er med i personens ' +
        'samtykke. En enhet med et tiltak i planen ser sine egne tiltak.',
      breakGlass:
        'Nødtilgang er for saksbehandlere, koordinatorer og ledere som ikke har tilgang til ' +
        'saken fra før, når liv eller helse er i fare.',
      admins: 'Det kan bare Husly-administratorer.',
      ownUnitLeaders: 'Det kan ledere, for sin egen enhet.',
      casework: 'Det kan saksbehandlere, koordinatorer og ledere, for sine egne saker.',
      overviewReaders: 'Det kan koordinatorer, ledere og administratorer.',
      reportReaders: 'Det kan ledere og administratorer.',
      unitLeaders: 'Det kan ledere i enheten og administratorer, i enhetens kanal.',
    },
    /** Whom to turn to: the saksansvarlig, else the owning unit. */
    contact: (unit: string, coordinator: string | null) =>
      coordinator ? `${coordinator} (saksansvarlig)` : unit,
    /** In the owning unit, without the role: a colleague may, or the asker takes the case. */
    askColleagues: (reference: string, coordinator: string | null) =>
      coordinator
        ? `Spør ${coordinator} (saksansvarlig) eller en leder i enheten din.`
        : 'Spør en koordinator eller leder i enheten din, eller ta saken selv med ' +
          `«ta saken ${reference}» og bli saksansvarlig.`,
    askOwner: (contact: string) => `Ta det opp med ${contact}.`,
    askOwnerOrAccess: (contact: string, reference: string) =>
      `Ta det opp med ${contact}, eller be om at enheten din får tilgang ` +
      `(de gir den med «gi tilgang ${reference}»).`,
    askAccess: (contact: string, reference: string) =>
      `Trenger enheten din saken i arbeidet, be ${contact} om å gi dere tilgang ` +
      `med «gi tilgang ${reference}».`,
    askConsent: (contact: string, reference: string) =>
      `Trenger enheten din målplanen, kan ${contact} registrere personens samtykke til å dele ` +
      `den med dere («samtykke ${reference}»).`,
    breakGlassIfUrgent: (reference: string) =>
      `Er liv eller helse i fare og det haster, bruk «nødtilgang ${reference}». Det logges, og ` +
      'lederne i enheten som eier saken, får beskjed.',
    adminNoContent: (contact: string) =>
      `Administratorer ser ikke saksinnhold i Husly. Trenger saken noe, ta det opp med ${contact}.`,
    findOwner:
      'Skriv «hvem eier» og saksnummeret for å se hvem som eier saken, og hvem du kan kontakte.',
    askAdmin: 'Be en Husly-administrator i kommunen om å gjøre det.',
    askRole: 'Trenger du det i jobben, spør lederen din om å få rollen i Husly.',
    askLeader: 'Trenger du å se hvem som har slått opp i saker, spør lederen din.',
  },
  errors: {
    'HANDOVER.UNIT_REQUIRED': 'Velg hvilken enhet saken skal overføres til.',
    'HANDOVER.PROPOSAL_NOT_FOUND': 'Fant ikke forslaget om overføring.',
    'HANDOVER.NOT_RECEIVING_UNIT':
      'Bare saksbehandlere, koordinatorer og ledere i enheten saken foreslås overført til, kan ' +
      'svare på forslaget.',
    'HANDOVER.DECLINE_REASON_REQUIRED':
      'Skriv hvorfor dere avslår (høyst 500 tegn). Den som foreslo overføringen, får begrunnelsen.',
    'HANDOVER.STALE':
      'Forslaget gjelder ikke lenger: saken er flyttet eller avsluttet siden. Ingenting er endret.',
    'STATISTICS.INVALID_PERIOD':
      'Perioden må ha en gyldig fra- og til-dato (ÅÅÅÅ-MM-DD), og fra-datoen kan ikke være ' +
      'etter til-datoen.',
    'STATISTICS.PERIOD_TOO_LONG': 'Perioden kan være høyst fem år.',
    'WORKLIST.INVALID_SCHEDULE':
      'Skriv ukedag og klokkeslett, for eksempel «arbeidsliste hver mandag 08:30».',
    'ACCESS.DENIED': 'Du har ikke tilgang til å gjøre dette.',
    'CHANNEL.NOT_A_CHANNEL': 'Dette må gjøres i kanalen enheten skal nås i, ikke i en chat.',
    'UNIT.NOT_FOUND': 'Fant ingen enhet med den nøkkelen.',
    'ACTOR.NOT_REGISTERED': 'Du er ikke registrert som bruker av Husly.',
    'TENANT.NOT_ALLOWED': 'Husly er ikke tilgjengelig for denne organisasjonen.',
    'NATIONAL_ID.EMPTY': 'Skriv inn fødselsnummer eller D-nummer.',
    'NATIONAL_ID.FORMAT': 'Fødselsnummeret kan bare inneholde sifre.',
    'NATIONAL_ID.LENGTH': 'Fødselsnummeret må ha 11 sifre.',
    'NATIONAL_ID.CHECKSUM':
      'Fødselsnummeret er ikke gyldig (kontrollsifrene stemmer ikke). ' +
      'Sjekk at det er skrevet riktig.',
    'NATIONAL_ID.DATE': 'Fødselsnummeret inneholder ikke en gyldig fødselsdato.',
    'NATIONAL_ID.SYNTHETIC_IN_PRODUCTION':
      'Dette er et syntetisk testnummer og kan ikke brukes i produksjon.',
    'LOOKUP.NOT_FOUND': 'Ingen sak funnet.',
    'LOOKUP.PURPOSE_REQUIRED': 'Velg hvorfor du slår opp personen.',
    'LOOKUP.PURPOSE_NOTE_REQUIRED': 'Skriv kort hvorfor du slår opp personen (høyst 200 tegn).',
    'LOOKUP.NAME_TOO_SHORT':
      'Skriv fullt navn (fornavn og etternavn), eller navn og fødselsdato, for eksempel ' +
      '«hvem eier Kari Nordmann» eller «hvem eier Nordmann 12.07.1987».',
    'CASE.NOT_FOUND': 'Fant ikke saken.',
    'CASE.CLOSED': 'Saken er avsluttet.',
    'CASE.ALREADY_TAKEN': 'Saken har allerede en saksansvarlig.',
    'HANDOVER.SAME_OWNER': 'Saken eies allerede av denne enheten, med samme saksansvarlig.',
    'HANDOVER.COORDINATOR_NOT_IN_UNIT': 'Saksansvarlig må jobbe i enheten saken overføres til.',
    'HANDOVER.NOTE_REQUIRED': 'Skriv en kort begrunnelse for overføringen (høyst 500 tegn).',
    'STAFF.NOT_FOUND': 'Fant ikke den ansatte.',
    'CLASSIFICATION.REASON_REQUIRED':
      'Skriv hvorfor nivået eller kategorien endres (høyst 500 tegn).',
    'CLASSIFICATION.INVALID': 'Velg et gyldig nivå og en gyldig kategori.',
    'CLASSIFICATION.UNCHANGED': 'Verken nivå eller kategori er endret.',
    'PLAN.CLOSED':
      'Planen er avsluttet og kan ikke endres. Start en ny målplan om personen trenger det.',
    'PLAN.ELSEWHERE':
      'Personens målplan følger en annen av personens saker. Skriv «hvem eier» og saksnummeret ' +
      'for å se hvem som har den.',
    'PLAN.EXISTS':
      'Personen har allerede en målplan, og hver person har bare én. Ligger den ikke på denne ' +
      'saken, ligger den hos enheten som hadde personens forrige sak: be den om å flytte planen ' +
      'hit, med personens samtykke, om dere skal følge den opp.',
    'PLAN.NOT_FOUND': 'Saken har ingen målplan ennå.',
    'PLAN.INVALID': 'Noe i målplanen må rettes. Se merknadene i skjemaet.',
    'REMINDER.NOT_FOUND': 'Fant ikke påminnelsen.',
    'REMINDER.CHOOSE_COLLEAGUE': 'Velg en kollega i enheten som eier saken (ikke deg selv).',
    'RESOLUTION.INVALID_DATE': 'Skriv datoen restansen ble betalt (i dag eller tidligere).',
    'RESOLUTION.ALREADY_PAID': 'Restansen er allerede registrert som betalt.',
    'RESOLUTION.REASON_REQUIRED':
      'Velg hvorfor saken avsluttes. Ved «Annet» må du skrive en kort ' +
      'forklaring (høyst 500 tegn).',
    'ROUTING.UNKNOWN_TYPE':
      'Ukjent type. Bruk husleierestanse, varsel, namsmann, utkastelsesdato eller annet.',
    'LOOKUP.AMBIGUOUS':
      'Flere personer med dette navnet har en sak. Skriv fødselsdatoen også, ' +
      'for eksempel «Kari Nordmann 12.07.1987», eller bruk fødselsnummeret.',
    'LOOKUP.EXPIRED':
      'Oppslaget er for gammelt eller ikke ditt. Skriv «hvem eier» og ' +
      'det du leter etter på nytt.',
    'LOOKUP.THROTTLED':
      'Du har gjort mange oppslag på personer den siste timen, så nye oppslag er ' +
      'stoppet en stund. Det er logget, og lederen din ser det i tilgangskontrollen. ' +
      'Haster det, kontakt lederen din.',
    'HANDOVER.COORDINATOR_NOT_CASEWORKER':
      'Saksansvarlig må være en saksbehandler, koordinator eller leder som ' +
      'fortsatt jobber i enheten.',
    'REMINDER.INACTIVE': 'Påminnelsen er ikke aktiv lenger (utført, stoppet eller overført).',
    'REMINDER.DEADLINE_TODAY':
      'Fristen er i dag, så påminnelsen kan ikke utsettes. Gjør det som må gjøres i dag.',
    'GRANT.OWNER_UNIT': 'Enheten eier allerede saken.',
    'GRANT.NOTE_REQUIRED': 'Skriv kort hvorfor enheten trenger tilgang (høyst 300 tegn).',
    'CONSENT.INVALID': 'Noe i samtykket må rettes. Se merknadene i skjemaet.',
    'CONSENT.NOT_FOUND': 'Fant ikke samtykket, eller det er allerede trukket tilbake.',
    'BREAKGLASS.NOT_NEEDED': 'Du har allerede tilgang til saken og trenger ikke nødtilgang.',
    'BREAKGLASS.JUSTIFICATION_REQUIRED':
      'Skriv en begrunnelse på 20–500 tegn: hvilken fare, og hvorfor ' +
      'du trenger opplysningene nå.',
    'CHANNEL.PERSONAL_ONLY':
      'Dette viser jeg bare i personlig chat, så ingen andre i kanalen ser det. ' +
      'Åpne Husly under Apper i Teams, og skriv det der.',
    'CASE_EVENT.UNKNOWN_TYPE': 'Velg hva som er gjort eller besluttet.',
    'CASE_EVENT.INVALID_DATE':
      'Skriv en gyldig dato (dd.mm.åååå), høyst ett år fram eller tilbake i tid.',
    'CASE_EVENT.DATE_IN_PAST':
      'Den nye utkastelsesdatoen kan ikke være tilbake i tid. Har utkastelsen skjedd, ' +
      'meld det med en ny bekymring.',
    'CASE_EVENT.DATE_IN_FUTURE': 'Dagen dere fikk kontakt, kan ikke være fram i tid.',
    'CASE_EVENT.INVALID_AMOUNT':
      'Beløpet må være hele kroner, for eksempel 12 500, eller stå tomt.',
    'CASE_EVENT.DECISION_REQUIRED': 'Velg om søknaden er innvilget eller avslått.',
  } satisfies Record<ErrorCode, string>,
} as const;

/** The shape every language file must have. */
export type Texts = DeepWiden<typeof nb>;

type DeepWiden<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => DeepWiden<R>
    : { readonly [K in keyof T]: DeepWiden<T[K]> };
