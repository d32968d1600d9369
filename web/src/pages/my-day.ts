// The professional's page: their day or week (entries and bookings; client work shown to them, masked where it is a
// colleague's), and time released weekly for booking.
import { data, type Schemas } from "../api";
import { dateOf, dayAndDate, localized, time, today, weekdayName, words } from "../i18n";
import { announce, el, field, id, onSubmit, page } from "../ui";

const t = words();
const WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"] as const;
const CHANNELS = ["COUNSELLING", "CLIENT_SELF_SERVICE", "PROFESSIONAL"] as const;

void page("myDay", t.myDayTitle, async ({ api, caller, main }) => {
    const parameters = new URLSearchParams(location.search);
    const from = el("input", { type: "date", name: "from", value: parameters.get("from") ?? today() });
    const viewName = id("view");
    const week = parameters.get("days") === "7";
    const dayChoice = el("input", { type: "radio", name: viewName, value: "1", id: id("day"), checked: !week });
    const weekChoice = el("input", { type: "radio", name: viewName, value: "7", id: id("week"), checked: week });
    const show = el("button", { type: "submit" }, t.show);
    const controls = el(
        "form",
        { class: "row controls" },
        field(t.from, from),
        el(
            "fieldset",
            { class: "inline" },
            el("legend", {}, t.view),
            el("span", { class: "choice" }, dayChoice, el("label", { for: dayChoice.id }, t.dayView)),
            el("span", { class: "choice" }, weekChoice, el("label", { for: weekChoice.id }, t.weekView)),
        ),
        show,
    );
    const agenda = el("section", { "aria-labelledby": "agenda", "aria-live": "polite" });
    main.append(controls, agenda);
    onSubmit(controls, show, load);
    await load();

    const [resources, products] = await Promise.all([
        data(api.GET("/api/v1/resources")),
        data(api.GET("/api/v1/bookable-products")),
    ]);
    const own = resources.items.find((resource) => resource.subject === caller.subject && !resource.retired);
    if (own === undefined) {
        main.append(el("p", {}, t.noCalendar));
        return;
    }
    main.append(releaseForm(own, products.items));

    async function load(): Promise<void> {
        const days = weekChoice.checked ? 7 : 1;
        const read = await data(
            api.GET("/api/v1/me/agenda", { params: { query: { from: from.value || today(), days, limit: 200 } } }),
        );
        const byDay = new Map<string, Schemas["AgendaItem"][]>();
        for (const item of read.items) {
            const day = dateOf(item.start);
            byDay.set(day, [...(byDay.get(day) ?? []), item]);
        }
        const heading = el(
            "h2",
            { id: "agenda" },
            days === 1 ? dayAndDate(`${read.from}T12:00:00Z`) : `${t.weekView}: ${dayAndDate(`${read.from}T12:00:00Z`)}`,
        );
        agenda.replaceChildren(heading);
        if (read.items.length === 0) {
            agenda.append(el("p", {}, t.nothing));
        }
        for (const [day, items] of byDay) {
            const list = el("ul", { class: "agenda" });
            for (const item of items) {
                list.append(entry(item));
            }
            agenda.append(days === 1 ? list : el("section", {}, el("h3", {}, dayAndDate(`${day}T12:00:00Z`)), list));
        }
        history.replaceState(null, "", `?from=${read.from}&days=${days}`);
    }

    function entry(item: Schemas["AgendaItem"]): HTMLElement {
        const details = [
            item.kind === "BOOKING" ? (t.status[item.status ?? ""] ?? null) : null,
            item.firstContact ? t.firstContact : null,
            // a client booked by personal identity code is named by a pseudonym that says nothing to a person
            item.client?.startsWith("hetu:") ? t.clientByCode : item.client ? `${t.client}: ${item.client}` : null,
            item.masked ? null : item.resourceName,
        ].filter((part) => part);
        return el(
            "li",
            { class: item.kind === "BOOKING" ? "booking" : "entry", "data-kind": item.kind, "data-id": item.id },
            el("span", { class: "when" }, `${time(item.start)}–${time(item.end)}`),
            " ",
            el("strong", {}, localized(item.label)),
            details.length > 0 ? el("span", { class: "details" }, ` · ${details.join(" · ")}`) : null,
        );
    }

    function releaseForm(resource: Schemas["Resource"], all: Schemas["BookableProduct"][]): HTMLElement {
        const mine = all.filter((product) => !product.retired && resource.socialServiceIds.includes(product.socialServiceId));
        const checkboxes = (legend: string, name: string, options: [string, string][], checked: (v: string) => boolean) =>
            el(
                "fieldset",
                { class: "inline" },
                el("legend", {}, legend),
                ...options.map(([value, text]) => {
                    const box = el("input", { type: "checkbox", name, value, id: id(name), checked: checked(value) });
                    return el("span", { class: "choice" }, box, el("label", { for: box.id }, text));
                }),
            );
        const days = checkboxes(t.weekdays, "weekday", WEEKDAYS.map((day) => [day, weekdayName(day)]), (day) =>
            ["MONDAY", "WEDNESDAY"].includes(day),
        );
        const start = el("input", { type: "time", name: "startTime", value: "09:00", required: true });
        const end = el("input", { type: "time", name: "endTime", value: "12:00", required: true });
        const first = el("input", { type: "date", name: "validFrom", value: today(), required: true });
        const last = el("input", { type: "date", name: "validUntil", value: addDays(today(), 27), required: true });
        const productBoxes = checkboxes(
            t.products,
            "product",
            mine.map((product) => [product.id, localized(product.name)]),
            (value) => value === mine[0]?.id,
        );
        const channelBoxes = checkboxes(
            t.channels,
            "channel",
            CHANNELS.map((channel) => [channel, t.channelNames[channel] ?? channel]),
            () => true,
        );
        const release = el("button", { type: "submit" }, t.release);
        const releases = el("p", { class: "hint" });
        const form = el(
            "form",
            {},
            days,
            el("div", { class: "row" }, field(t.startTime, start), field(t.endTime, end)),
            el("div", { class: "row" }, field(t.validFrom, first), field(t.validUntil, last)),
            productBoxes,
            channelBoxes,
            release,
            releases,
        );
        const values = (fieldset: HTMLElement) =>
            [...fieldset.querySelectorAll<HTMLInputElement>("input:checked")].map((box) => box.value);
        const count = async () => {
            const read = await data(
                api.GET("/api/v1/calendars/{resourceId}/releases", { params: { path: { resourceId: resource.id } } }),
            );
            releases.textContent = t.releases(read.items.length);
        };
        onSubmit(form, release, async () => {
            await data(
                api.POST("/api/v1/calendars/{resourceId}/releases/weekly", {
                    params: { path: { resourceId: resource.id }, header: { "Idempotency-Key": crypto.randomUUID() } },
                    body: {
                        weekdays: values(days) as (typeof WEEKDAYS)[number][],
                        startTime: start.value,
                        endTime: end.value,
                        validFrom: first.value,
                        validUntil: last.value,
                        terms: {
                            productIds: values(productBoxes),
                            channels: values(channelBoxes) as (typeof CHANNELS)[number][],
                        },
                    },
                }),
            );
            announce(t.released);
            await count();
        });
        void count();
        return el("section", { "aria-labelledby": "release" }, el("h2", { id: "release" }, t.releaseTitle), form);
    }
});

function addDays(date: string, days: number): string {
    const moved = new Date(`${date}T12:00:00Z`);
    moved.setUTCDate(moved.getUTCDate() + days);
    return moved.toISOString().slice(0, 10);
}
