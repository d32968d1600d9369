// The pages' words in Finnish, Swedish and English. What the service itself words (a booking's confirmation, the
// catalogue's names) comes from the API in the language asked for.

export type Language = "fi" | "sv" | "en";
export const LANGUAGES: Language[] = ["fi", "sv", "en"];
const LOCALES: Record<Language, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };
const ZONE = "Europe/Helsinki";

const fi = {
    appName: "Sosiaalipalvelujen ajanvaraus",
    skip: "Siirry sisältöön",
    language: "Kieli",
    languageNames: { fi: "suomi", sv: "svenska", en: "English" } as Record<Language, string>,
    clientLanguageNames: { fi: "suomi", sv: "ruotsi", en: "englanti" } as Record<Language, string>,
    navigation: "Sivut",
    home: "Etusivu",
    counselling: "Asiakasneuvonta",
    myBookings: "Omat varaukset",
    myDay: "Oma kalenteri",
    signedInAs: (name: string) => `Kirjautuneena: ${name}`,
    signOut: "Kirjaudu ulos",
    signIn: "Kirjaudu sisään",
    signInLocal: "Palvelu on paikallisessa kokeilutilassa. Valitse, kenenä kirjaudut.",
    signInAs: (name: string, role: string) => `${name} (${role})`,
    signInOidc: "Kirjaudu organisaatiosi tunnistuksella",
    roles: { counsellor: "asiakasneuvoja", client: "asiakas", professional: "ammattilainen" } as Record<string, string>,
    yourPages: "Sivusi",
    homeIntro: "Viitesivut, jotka käyttävät vain palvelun julkaistusta rajapintakuvauksesta tehtyä asiakasta.",
    notForYou: "Tämä sivu ei ole roolillesi.",
    loading: "Ladataan…",
    failed: "Ei onnistunut",
    fieldAtFault: (field: string) => `Kenttä: ${field}`,
    // counselling
    counsellingTitle: "Ensikontaktin varaus asiakasneuvonnasta",
    findTimes: "Etsi vapaat ajat",
    service: "Palvelu",
    clientLanguage: "Asiakkaan kieli",
    contactMode: "Asiointitapa",
    anyContactMode: "Mikä tahansa",
    area: "Alue (valinnainen)",
    earliest: "Aikaisintaan",
    search: "Hae ajat",
    noTimes: "Vapaita aikoja ei löytynyt.",
    timesFound: (count: number) => `Löytyi ${count} vapaata aikaa.`,
    chooseTime: "Valitse aika",
    client: "Asiakas",
    clientHint: "Anna asiakasnumero tai henkilötunnus.",
    clientReference: "Asiakasnumero",
    identityCode: "Henkilötunnus",
    phone: "Puhelinnumero",
    email: "Sähköposti",
    referralNote: "Ohjaus ammattilaiselle",
    book: "Varaa aika",
    booked: "Aika on varattu.",
    confirmationTitle: "Vahvistus asiakkaalle luettavaksi",
    confirmation: {
        day: "Päivä",
        date: "Päivämäärä",
        time: "Kellonaika",
        contactMode: "Asiointitapa",
        place: "Paikka",
        professional: "Ammattilainen",
        service: "Palvelu",
        guidance: "Ohjeet",
        reference: "Varaustunnus",
    },
    remote: "Ammattilainen ottaa yhteyttä asiakkaaseen.",
    // my bookings
    myBookingsTitle: "Omat varaukset",
    whose: "Kenen varaukset",
    me: "Omat",
    noBookings: "Ei tulevia varauksia.",
    reschedule: "Siirrä",
    cancel: "Peru",
    confirmCancel: "Vahvista peruutus",
    keep: "Älä peru",
    cancelQuestion: "Perutaanko tämä aika?",
    cancelled: "Varaus on peruttu.",
    chooseNewTime: "Valitse uusi aika",
    moveHere: "Siirrä valittuun aikaan",
    moved: "Varaus on siirretty.",
    bookNew: "Varaa uusi aika",
    bookedBy: { COUNSELLING: "Varattu asiakasneuvonnasta", CLIENT_SELF_SERVICE: "Itse varattu" } as Record<string, string>,
    status: {
        BOOKED: "Varattu",
        PENDING: "Alustava",
        CHECKED_IN: "Ilmoittauduttu",
        ARRIVED: "Saavuttu",
        FULFILLED: "Toteutunut",
        NO_SHOW: "Ei saapunut",
        CANCELLED: "Peruttu",
        MOVED: "Siirretty",
    } as Record<string, string>,
    // my day
    myDayTitle: "Oma kalenteri",
    view: "Näkymä",
    dayView: "Päivä",
    weekView: "Viikko",
    from: "Alkaen",
    show: "Näytä",
    nothing: "Ei merkintöjä.",
    firstContact: "Ensikontakti",
    clientByCode: "Asiakas henkilötunnuksella",
    noCalendar: "Sinulla ei ole kalenteria tässä organisaatiossa.",
    releaseTitle: "Vapauta aikaa viikoittain",
    weekdays: "Viikonpäivät",
    startTime: "Alkaa",
    endTime: "Päättyy",
    validFrom: "Ensimmäinen päivä",
    validUntil: "Viimeinen päivä",
    products: "Varaustuotteet",
    channels: "Kanavat",
    channelNames: {
        PROFESSIONAL: "Ammattilaiset",
        COUNSELLING: "Asiakasneuvonta",
        CLIENT_SELF_SERVICE: "Asiakkaan omat varaukset",
        INTEGRATION: "Muut järjestelmät",
    } as Record<string, string>,
    release: "Vapauta",
    released: "Aika on vapautettu varattavaksi.",
    releases: (count: number) => `Voimassa olevia vapautuksia: ${count}`,
};

export type Words = typeof fi;

const sv: Words = {
    appName: "Tidsbokning för socialtjänster",
    skip: "Hoppa till innehållet",
    language: "Språk",
    languageNames: fi.languageNames,
    clientLanguageNames: { fi: "finska", sv: "svenska", en: "engelska" },
    navigation: "Sidor",
    home: "Startsida",
    counselling: "Kundrådgivning",
    myBookings: "Mina bokningar",
    myDay: "Min kalender",
    signedInAs: (name) => `Inloggad: ${name}`,
    signOut: "Logga ut",
    signIn: "Logga in",
    signInLocal: "Tjänsten körs i lokalt provläge. Välj vem du loggar in som.",
    signInAs: (name, role) => `${name} (${role})`,
    signInOidc: "Logga in med din organisations identifiering",
    roles: { counsellor: "kundrådgivare", client: "klient", professional: "yrkesperson" },
    yourPages: "Dina sidor",
    homeIntro: "Referenssidor som bara använder klienten som genererats från tjänstens publicerade gränssnittsbeskrivning.",
    notForYou: "Den här sidan är inte för din roll.",
    loading: "Laddar…",
    failed: "Det lyckades inte",
    fieldAtFault: (field) => `Fält: ${field}`,
    counsellingTitle: "Boka första kontakt från kundrådgivningen",
    findTimes: "Sök lediga tider",
    service: "Tjänst",
    clientLanguage: "Klientens språk",
    contactMode: "Kontaktsätt",
    anyContactMode: "Vilket som helst",
    area: "Område (valfritt)",
    earliest: "Tidigast",
    search: "Sök tider",
    noTimes: "Inga lediga tider hittades.",
    timesFound: (count) => `${count} lediga tider hittades.`,
    chooseTime: "Välj tid",
    client: "Klient",
    clientHint: "Ange klientnummer eller personbeteckning.",
    clientReference: "Klientnummer",
    identityCode: "Personbeteckning",
    phone: "Telefonnummer",
    email: "E-post",
    referralNote: "Hänvisning till yrkespersonen",
    book: "Boka tiden",
    booked: "Tiden är bokad.",
    confirmationTitle: "Bekräftelse att läsa upp för klienten",
    confirmation: {
        day: "Dag",
        date: "Datum",
        time: "Tid",
        contactMode: "Kontaktsätt",
        place: "Plats",
        professional: "Yrkesperson",
        service: "Tjänst",
        guidance: "Anvisningar",
        reference: "Bokningsnummer",
    },
    remote: "Yrkespersonen kontaktar klienten.",
    myBookingsTitle: "Mina bokningar",
    whose: "Vems bokningar",
    me: "Mina egna",
    noBookings: "Inga kommande bokningar.",
    reschedule: "Flytta",
    cancel: "Avboka",
    confirmCancel: "Bekräfta avbokningen",
    keep: "Avboka inte",
    cancelQuestion: "Avboka den här tiden?",
    cancelled: "Bokningen är avbokad.",
    chooseNewTime: "Välj en ny tid",
    moveHere: "Flytta till den valda tiden",
    moved: "Bokningen är flyttad.",
    bookNew: "Boka en ny tid",
    bookedBy: { COUNSELLING: "Bokad av kundrådgivningen", CLIENT_SELF_SERVICE: "Bokad av dig" },
    status: {
        BOOKED: "Bokad",
        PENDING: "Preliminär",
        CHECKED_IN: "Anmäld",
        ARRIVED: "Anländ",
        FULFILLED: "Genomförd",
        NO_SHOW: "Uteblev",
        CANCELLED: "Avbokad",
        MOVED: "Flyttad",
    },
    myDayTitle: "Min kalender",
    view: "Vy",
    dayView: "Dag",
    weekView: "Vecka",
    from: "Från",
    show: "Visa",
    nothing: "Inga poster.",
    firstContact: "Första kontakt",
    clientByCode: "Klient med personbeteckning",
    noCalendar: "Du har ingen kalender i den här organisationen.",
    releaseTitle: "Frigör tid varje vecka",
    weekdays: "Veckodagar",
    startTime: "Börjar",
    endTime: "Slutar",
    validFrom: "Första dag",
    validUntil: "Sista dag",
    products: "Bokningsprodukter",
    channels: "Kanaler",
    channelNames: {
        PROFESSIONAL: "Yrkespersoner",
        COUNSELLING: "Kundrådgivning",
        CLIENT_SELF_SERVICE: "Klientens egen bokning",
        INTEGRATION: "Andra system",
    },
    release: "Frigör",
    released: "Tiden är frigjord för bokning.",
    releases: (count) => `Gällande frigöringar: ${count}`,
};

const en: Words = {
    appName: "Social welfare appointments",
    skip: "Skip to content",
    language: "Language",
    languageNames: fi.languageNames,
    clientLanguageNames: { fi: "Finnish", sv: "Swedish", en: "English" },
    navigation: "Pages",
    home: "Home",
    counselling: "Client counselling",
    myBookings: "My bookings",
    myDay: "My calendar",
    signedInAs: (name) => `Signed in: ${name}`,
    signOut: "Sign out",
    signIn: "Sign in",
    signInLocal: "The service runs in its local trial mode. Choose whom to sign in as.",
    signInAs: (name, role) => `${name} (${role})`,
    signInOidc: "Sign in with your organisation's identification",
    roles: { counsellor: "counsellor", client: "client", professional: "professional" },
    yourPages: "Your pages",
    homeIntro: "Reference pages that use only the client generated from the service's published contract.",
    notForYou: "This page is not for your role.",
    loading: "Loading…",
    failed: "That did not work",
    fieldAtFault: (field) => `Field: ${field}`,
    counsellingTitle: "Book a first contact from client counselling",
    findTimes: "Find free times",
    service: "Service",
    clientLanguage: "Client's language",
    contactMode: "Contact mode",
    anyContactMode: "Any",
    area: "Area (optional)",
    earliest: "Earliest",
    search: "Find times",
    noTimes: "No free times were found.",
    timesFound: (count) => `${count} free times found.`,
    chooseTime: "Choose a time",
    client: "Client",
    clientHint: "Give the client reference or the personal identity code.",
    clientReference: "Client reference",
    identityCode: "Personal identity code",
    phone: "Phone number",
    email: "E-mail",
    referralNote: "Referral note for the professional",
    book: "Book the time",
    booked: "The time is booked.",
    confirmationTitle: "Confirmation to read to the client",
    confirmation: {
        day: "Day",
        date: "Date",
        time: "Time",
        contactMode: "Contact mode",
        place: "Place",
        professional: "Professional",
        service: "Service",
        guidance: "Guidance",
        reference: "Reference",
    },
    remote: "The professional contacts the client.",
    myBookingsTitle: "My bookings",
    whose: "Whose bookings",
    me: "My own",
    noBookings: "No coming bookings.",
    reschedule: "Reschedule",
    cancel: "Cancel",
    confirmCancel: "Confirm the cancellation",
    keep: "Keep it",
    cancelQuestion: "Cancel this time?",
    cancelled: "The booking is cancelled.",
    chooseNewTime: "Choose a new time",
    moveHere: "Move to the chosen time",
    moved: "The booking is moved.",
    bookNew: "Book a new time",
    bookedBy: { COUNSELLING: "Booked by client counselling", CLIENT_SELF_SERVICE: "Booked by you" },
    status: {
        BOOKED: "Booked",
        PENDING: "Held",
        CHECKED_IN: "Checked in",
        ARRIVED: "Arrived",
        FULFILLED: "Fulfilled",
        NO_SHOW: "Did not come",
        CANCELLED: "Cancelled",
        MOVED: "Moved",
    },
    myDayTitle: "My calendar",
    view: "View",
    dayView: "Day",
    weekView: "Week",
    from: "From",
    show: "Show",
    nothing: "Nothing in the calendar.",
    firstContact: "First contact",
    clientByCode: "Client by personal identity code",
    noCalendar: "You have no calendar in this organisation.",
    releaseTitle: "Release time weekly",
    weekdays: "Weekdays",
    startTime: "Starts",
    endTime: "Ends",
    validFrom: "First day",
    validUntil: "Last day",
    products: "Bookable products",
    channels: "Channels",
    channelNames: {
        PROFESSIONAL: "Professionals",
        COUNSELLING: "Client counselling",
        CLIENT_SELF_SERVICE: "Client self-service",
        INTEGRATION: "Other systems",
    },
    release: "Release",
    released: "The time is released for booking.",
    releases: (count) => `Releases in force: ${count}`,
};

const WORDS: Record<Language, Words> = { fi, sv, en };
const STORED = "booking.language";

/** The language chosen on these pages, else the browser's, else Finnish. */
export function language(): Language {
    const chosen = localStorage.getItem(STORED) ?? navigator.language.slice(0, 2);
    return (LANGUAGES as string[]).includes(chosen) ? (chosen as Language) : "fi";
}

export function chooseLanguage(chosen: Language): void {
    localStorage.setItem(STORED, chosen);
}

export function words(): Words {
    return WORDS[language()];
}

/** A catalogue name in the page's language, else in Finnish (always present). */
export function localized(text: { fi: string; sv?: string | null; en?: string | null }): string {
    return text[language()] ?? text.fi;
}

function format(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    return new Intl.DateTimeFormat(LOCALES[language()], { timeZone: ZONE, ...options });
}

export function dayAndDate(instant: string): string {
    return format({ weekday: "short", day: "numeric", month: "numeric", year: "numeric" }).format(new Date(instant));
}

export function time(instant: string): string {
    return format({ hour: "2-digit", minute: "2-digit" }).format(new Date(instant));
}

export function period(start: string, end: string): string {
    return `${dayAndDate(start)} ${time(start)}–${time(end)}`;
}

/** Today's date in Helsinki, as yyyy-mm-dd. */
export function today(): string {
    return new Intl.DateTimeFormat("sv-SE", { timeZone: ZONE }).format(new Date());
}

/** The start of a day (yyyy-mm-dd) in Helsinki, with its offset, as the API takes an OffsetDateTime. */
export function startOfDay(date: string): string {
    const offset = new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, timeZoneName: "longOffset" })
        .formatToParts(new Date(`${date}T12:00:00Z`))
        .find((part) => part.type === "timeZoneName")
        ?.value.replace("GMT", "");
    return `${date}T00:00:00${offset || "Z"}`;
}

/** The date of an instant in Helsinki, as yyyy-mm-dd. */
export function dateOf(instant: string): string {
    return new Intl.DateTimeFormat("sv-SE", { timeZone: ZONE }).format(new Date(instant));
}

/** The weekday's name (MONDAY...) in the page's language. */
export function weekdayName(day: string): string {
    const monday = Date.UTC(2024, 0, 1, 12);
    const index = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"].indexOf(day);
    return format({ weekday: "long" }).format(new Date(monday + index * 86_400_000));
}

/** The words in a language other than the page's: the confirmation is read out in the client's. */
export function wordsIn(chosen: Language): Words {
    return WORDS[chosen];
}
