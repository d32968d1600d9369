// The client's page: their bookings (those client counselling made for them included) and those of a child in their
// custody, rescheduled or cancelled within the rules, and a released time booked.
import { data, etag, type Schemas } from "../api";
import { language, localized, period, words } from "../i18n";
import { confirmationList, onChosen, slotChoice } from "../slots";
import { announce, busy, el, field, id, onSubmit, page, select } from "../ui";

type Booking = Schemas["Booking"];

const t = words();

void page("myBookings", t.myBookingsTitle, async ({ api, caller, main }) => {
    const [services, products] = await Promise.all([
        data(api.GET("/api/v1/social-services")),
        data(api.GET("/api/v1/bookable-products")),
    ]);
    const dependants = (caller.dependants ?? []).filter((child) => child.may.includes("READ"));
    const whose = select("client", [
        ["", t.me],
        ...dependants.map((child): [string, string] => [child.client, child.name ?? child.client]),
    ]);
    const list = el("section", { "aria-labelledby": "coming" }, el("h2", { id: "coming" }, t.myBookingsTitle));
    if (dependants.length > 0) {
        main.append(field(t.whose, whose));
    }
    main.append(list, newBooking());
    whose.addEventListener("change", () => void load());
    await load();

    /** Whom the page acts for: undefined for the client themselves, else the child's client reference. */
    function client(): string | undefined {
        return whose.value || undefined;
    }

    async function load(): Promise<void> {
        const found = await data(api.GET("/api/v1/bookings", { params: { query: { client: client() } } }));
        const items = el("ul", { class: "bookings" });
        for (const booking of found.items) {
            items.append(el("li", {}, card(booking)));
        }
        list.replaceChildren(list.firstElementChild!, found.items.length === 0 ? el("p", {}, t.noBookings) : items);
    }

    function card(booking: Booking): HTMLElement {
        const headingId = id("booking");
        const actions = el("div", { class: "actions" });
        const panel = el("div", { class: "panel" });
        const article = el(
            "article",
            {
                class: "card",
                "aria-labelledby": headingId,
                "data-reference": booking.confirmation.reference,
                "data-start": booking.start,
            },
            el("h3", { id: headingId }, period(booking.start, booking.end)),
            el("p", { class: "state" }, [t.status[booking.status] ?? booking.statusName, t.bookedBy[booking.channel]]
                .filter((part) => part)
                .join(" · ")),
            confirmationList(booking.confirmation, t.confirmation, t.remote, false),
            actions,
            panel,
        );
        const move = el("button", { type: "button", "aria-describedby": headingId }, t.reschedule);
        const cancel = el("button", { type: "button", class: "secondary", "aria-describedby": headingId }, t.cancel);
        actions.append(move, cancel);
        move.addEventListener("click", () => void busy(move, () => reschedule(booking, panel)));
        cancel.addEventListener("click", () => askToCancel(booking, panel, cancel));
        return article;
    }

    async function reschedule(booking: Booking, panel: HTMLElement): Promise<void> {
        const found = await data(
            // another time of the same kind with the same professional
            api.GET("/api/v1/slots", {
                params: { query: { product: booking.productId, resource: booking.resourceId, limit: 8 } },
            }),
        );
        const times = found.items.filter((slot) => slot.start !== booking.start);
        if (times.length === 0) {
            panel.replaceChildren(el("p", {}, t.noTimes));
            announce(t.noTimes);
            return;
        }
        const choice = slotChoice(t.chooseNewTime, times, products.items);
        const confirm = el("button", { type: "submit" }, t.moveHere);
        const form = el("form", {}, choice.element, confirm);
        onChosen(form, confirm, choice, async (slot) => {
            await data(
                api.POST("/api/v1/bookings/{id}/reschedule", {
                    params: {
                        path: { id: booking.id },
                        header: { "If-Match": etag(booking.version), "Idempotency-Key": crypto.randomUUID() },
                    },
                    body: { start: slot.start, resourceId: slot.resourceId, reason: "CLIENT_REQUEST" },
                }),
            );
            await load();
            announce(t.moved);
            focusList();
        });
        panel.replaceChildren(form);
        form.querySelector<HTMLInputElement>("input")?.focus();
    }

    function askToCancel(booking: Booking, panel: HTMLElement, opener: HTMLButtonElement): void {
        const yes = el("button", { type: "button" }, t.confirmCancel);
        const no = el("button", { type: "button", class: "secondary" }, t.keep);
        panel.replaceChildren(el("p", {}, t.cancelQuestion), el("div", { class: "actions" }, yes, no));
        no.addEventListener("click", () => {
            panel.replaceChildren();
            opener.focus();
        });
        yes.addEventListener("click", () =>
            void busy(yes, async () => {
                await data(
                    api.POST("/api/v1/bookings/{id}/cancel", {
                        params: {
                            path: { id: booking.id },
                            header: { "If-Match": etag(booking.version), "Idempotency-Key": crypto.randomUUID() },
                        },
                        body: { reason: "CLIENT_REQUEST" },
                    }),
                );
                await load();
                announce(t.cancelled);
                focusList();
            }),
        );
        yes.focus();
    }

    function focusList(): void {
        const heading = list.querySelector<HTMLElement>("h2");
        heading?.setAttribute("tabindex", "-1");
        heading?.focus();
    }

    function newBooking(): HTMLElement {
        const service = select(
            "socialService",
            services.items.filter((item) => !item.retired).map((item) => [item.id, localized(item.name)]),
        );
        const search = el("button", { type: "submit" }, t.search);
        const results = el("div", { class: "results" });
        const form = el("form", {}, field(t.service, service), search);
        onSubmit(form, search, async () => {
            const found = await data(
                api.GET("/api/v1/slots", { params: { query: { socialService: service.value, limit: 8 } } }),
            );
            announce(found.items.length === 0 ? t.noTimes : t.timesFound(found.items.length));
            results.replaceChildren();
            if (found.items.length > 0) {
                results.append(bookForm(found.items));
            }
        });
        return el("section", { "aria-labelledby": "new" }, el("h2", { id: "new" }, t.bookNew), form, results);
    }

    function bookForm(slots: Schemas["Slot"][]): HTMLElement {
        const choice = slotChoice(t.chooseTime, slots, products.items);
        const book = el("button", { type: "submit" }, t.book);
        const form = el("form", {}, choice.element, book);
        onChosen(form, book, choice, async (slot) => {
            await data(
                api.POST("/api/v1/bookings", {
                    params: { header: { "Idempotency-Key": crypto.randomUUID() } },
                    body: {
                        resourceId: slot.resourceId,
                        productId: slot.productId,
                        start: slot.start,
                        contactMode: slot.contactModes[0],
                        client: client(),
                        clientLanguage: language(),
                    },
                }),
            );
            form.remove();
            await load();
            announce(t.booked);
            focusList();
        });
        return form;
    }
});
