// The counsellor's page: the next free first-contact times of a service across its professionals, a booking for the
// client on the phone in one action, and the confirmation to read out in the client's language.
import { data, type Schemas } from "../api";
import { LANGUAGES, localized, startOfDay, today, words, wordsIn, type Language } from "../i18n";
import { confirmationList, onChosen, slotChoice, type Slot } from "../slots";
import { announce, el, field, onSubmit, page, select } from "../ui";

const t = words();

void page("counselling", t.counsellingTitle, async ({ api, main }) => {
    const [services, modes, products] = await Promise.all([
        data(api.GET("/api/v1/social-services")),
        data(api.GET("/api/v1/contact-modes")),
        data(api.GET("/api/v1/bookable-products")),
    ]);
    const service = select(
        "socialService",
        services.items.filter((item) => !item.retired).map((item) => [item.id, localized(item.name)]),
    );
    const clientLanguage = select(
        "clientLanguage",
        LANGUAGES.map((code) => [code, t.clientLanguageNames[code]]),
    );
    const contactMode = select("contactMode", [
        ["", t.anyContactMode],
        ...modes.items.filter((item) => !item.retired).map((item): [string, string] => [item.code, localized(item.name)]),
    ]);
    const area = el("input", { type: "text", name: "area", autocomplete: "off" });
    const earliest = el("input", { type: "date", name: "from", value: today(), min: today() });
    const search = el("button", { type: "submit" }, t.search);
    const searchForm = el(
        "form",
        { "aria-labelledby": "find" },
        el("h2", { id: "find" }, t.findTimes),
        el("div", { class: "row" }, field(t.service, service), field(t.clientLanguage, clientLanguage)),
        el("div", { class: "row" }, field(t.contactMode, contactMode), field(t.area, area), field(t.earliest, earliest)),
        search,
    );
    const results = el("section", { "aria-live": "polite", class: "results" });
    main.append(searchForm, results);

    onSubmit(searchForm, search, async () => {
        const found = await data(
            api.GET("/api/v1/slots/next-free", {
                params: {
                    query: {
                        socialService: service.value,
                        language: clientLanguage.value,
                        contactMode: contactMode.value || undefined,
                        area: area.value.trim() || undefined,
                        from: earliest.value && earliest.value > today() ? startOfDay(earliest.value) : undefined,
                        limit: 10,
                    },
                },
            }),
        );
        results.replaceChildren();
        announce(found.items.length === 0 ? t.noTimes : t.timesFound(found.items.length));
        if (found.items.length > 0) {
            results.append(bookingForm(found.items));
        }
    });

    function bookingForm(slots: Slot[]): HTMLElement {
        const choice = slotChoice(t.chooseTime, slots, products.items);
        const reference = el("input", { type: "text", name: "client", autocomplete: "off" });
        const code = el("input", { type: "text", name: "clientPersonalIdentityCode", autocomplete: "off" });
        const mode = select("bookingContactMode", []);
        const fillModes = (): void => {
            const chosen = choice.chosen();
            mode.replaceChildren(
                ...(chosen?.contactModes ?? []).map((value) =>
                    el(
                        "option",
                        { value, selected: value === contactMode.value },
                        localized(modes.items.find((item) => item.code === value)?.name ?? { fi: value }),
                    ),
                ),
            );
        };
        choice.element.addEventListener("change", fillModes);
        fillModes();
        const phone = el("input", { type: "tel", name: "phone", autocomplete: "off" });
        const email = el("input", { type: "email", name: "email", autocomplete: "off" });
        const note = el("textarea", { name: "referralNote", rows: "3" });
        const book = el("button", { type: "submit" }, t.book);
        const form = el(
            "form",
            { "aria-labelledby": "client" },
            choice.element,
            el(
                "fieldset",
                {},
                el("legend", { id: "client" }, t.client),
                el("p", { class: "hint" }, t.clientHint),
                el("div", { class: "row" }, field(t.clientReference, reference), field(t.identityCode, code)),
                el("div", { class: "row" }, field(t.contactMode, mode), field(t.phone, phone), field(t.email, email)),
                field(t.referralNote, note),
            ),
            book,
        );
        // one key for the booking, kept across retries of it: a retry after a lost answer books once
        let idempotencyKey = crypto.randomUUID();
        onChosen(form, book, choice, async (slot) => {
            const language = clientLanguage.value as Language;
            const booking = await data(
                api.POST("/api/v1/bookings", {
                    params: { header: { "Idempotency-Key": idempotencyKey } },
                    body: {
                        resourceId: slot.resourceId,
                        productId: slot.productId,
                        start: slot.start,
                        contactMode: mode.value || undefined,
                        client: reference.value.trim() || undefined,
                        clientPersonalIdentityCode: code.value.trim() || undefined,
                        clientLanguage: language,
                        referralNote: note.value.trim() || undefined,
                        clientReachAt:
                            phone.value.trim() || email.value.trim()
                                ? { phone: phone.value.trim() || undefined, email: email.value.trim() || undefined }
                                : undefined,
                    },
                }),
            );
            idempotencyKey = crypto.randomUUID();
            showConfirmation(booking, language);
        });
        return form;
    }

    function showConfirmation(booking: Schemas["Booking"], language: Language): void {
        const spoken = wordsIn(language);
        const heading = el("h2", { id: "confirmation", tabindex: "-1" }, t.confirmationTitle);
        const read = confirmationList(booking.confirmation, spoken.confirmation, spoken.remote);
        read.lang = language;
        results.replaceChildren(
            el("section", { "aria-labelledby": "confirmation", class: "card" }, heading, read),
        );
        announce(t.booked);
        heading.focus();
    }
});
