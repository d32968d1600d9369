// A choice of free times as a radio group, shared by the pages that book and move.
import type { Schemas } from "./api";
import { localized, period } from "./i18n";
import { el, id, onSubmit } from "./ui";

export type Slot = Schemas["Slot"];
export type Product = Schemas["BookableProduct"];

/** Runs `action` with the time chosen when the form is sent. */
export function onChosen(
    form: HTMLFormElement,
    button: HTMLButtonElement,
    choice: { chosen: () => Slot | undefined },
    action: (slot: Slot) => Promise<void>,
): void {
    onSubmit(form, button, async () => {
        const slot = choice.chosen();
        if (slot !== undefined) {
            await action(slot);
        }
    });
}

/** A fieldset of the times, the first chosen; `chosen()` gives the one chosen. */
export function slotChoice(
    legend: string,
    slots: Slot[],
    products: Product[],
): { element: HTMLFieldSetElement; chosen: () => Slot | undefined } {
    const name = id("slot");
    const element = el("fieldset", { class: "slots" }, el("legend", {}, legend));
    slots.forEach((slot, index) => {
        const product = products.find((candidate) => candidate.id === slot.productId);
        const input = el("input", {
            type: "radio",
            name,
            value: String(index),
            id: id("time"),
            checked: index === 0,
            "data-start": slot.start,
            "data-resource": slot.resourceName,
        });
        element.append(
            el(
                "div",
                { class: "choice" },
                input,
                el(
                    "label",
                    { for: input.id },
                    el("span", { class: "when" }, period(slot.start, slot.end)),
                    " ",
                    el(
                        "span",
                        { class: "who" },
                        [slot.resourceName, slot.resourceTitle, product === undefined ? null : localized(product.name)]
                            .filter((part) => part)
                            .join(" · "),
                    ),
                ),
            ),
        );
    });
    return {
        element,
        chosen: () => {
            const checked = element.querySelector<HTMLInputElement>("input:checked");
            return checked === null ? undefined : slots[Number(checked.value)];
        },
    };
}

/** The confirmation the service worded in the client's language, as a description list (the time left out where a
 * heading already gives it). */
export function confirmationList(
    confirmation: Schemas["Confirmation"],
    labels: Record<string, string>,
    remoteNote: string,
    withTheTime = true,
): HTMLDListElement {
    const rows: [string, string | null | undefined][] = [];
    if (withTheTime) {
        rows.push(
            [labels["day"]!, confirmation.dayName],
            [labels["date"]!, confirmation.dateText],
            [labels["time"]!, `${confirmation.startTime.slice(0, 5)}–${confirmation.endTime.slice(0, 5)}`],
        );
    }
    rows.push(
        [labels["contactMode"]!, confirmation.remote ? `${confirmation.contactMode}. ${remoteNote}` : confirmation.contactMode],
        [labels["place"]!, confirmation.place],
        [labels["professional"]!, confirmation.professional],
        [labels["service"]!, [confirmation.service, confirmation.product].filter((part) => part).join(": ")],
        [labels["guidance"]!, confirmation.guidance],
        [labels["reference"]!, confirmation.reference],
    );
    const list = el("dl", { class: "confirmation" });
    for (const [term, value] of rows) {
        if (value) {
            list.append(el("dt", {}, term), el("dd", { "data-field": term }, value));
        }
    }
    return list;
}
