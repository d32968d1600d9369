// The page shell every page shares (sign-in, navigation, language, status messages) and small DOM helpers.
import { apiFor, ProblemError, data, type Api, type Schemas } from "./api";
import { completeOidcSignIn, personas, session, signInAs, signOut, startOidcSignIn } from "./auth";
import { config } from "./config";
import { chooseLanguage, language, LANGUAGES, words, type Language } from "./i18n";

type Child = Node | string | null | undefined | false;

/** An element with attributes (a `for` as htmlFor; false and null ones left out) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attributes: Record<string, string | boolean | null | undefined> = {},
    ...children: Child[]
): HTMLElementTagNameMap[K] {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === true) {
            element.setAttribute(name, "");
        } else if (typeof value === "string") {
            element.setAttribute(name, value);
        }
    }
    for (const child of children) {
        if (child !== null && child !== undefined && child !== false) {
            element.append(child);
        }
    }
    return element;
}

let counter = 0;

/** A fresh element id. */
export function id(prefix: string): string {
    counter += 1;
    return `${prefix}-${counter}`;
}

/** A labelled form control: the label, the control, and a hint tied to it by aria-describedby. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
    control.id ||= id("field");
    const hintElement = hint === undefined ? null : el("p", { class: "hint", id: id("hint") }, hint);
    if (hintElement !== null) {
        control.setAttribute("aria-describedby", hintElement.id);
    }
    return el("div", { class: "field" }, el("label", { for: control.id }, label), hintElement, control);
}

export function select(name: string, options: [string, string][], chosen?: string): HTMLSelectElement {
    const element = el("select", { name });
    for (const [value, text] of options) {
        element.append(el("option", { value, selected: value === chosen }, text));
    }
    return element;
}

/** A polite message to everyone, screen readers included. */
export function announce(message: string): void {
    const status = document.getElementById("status");
    if (status !== null) {
        status.textContent = message;
        status.className = "status";
    }
}

/** A failure, said at once (role=alert), with the problem's detail and the fields at fault. */
export function fail(error: unknown): void {
    const t = words();
    const status = document.getElementById("status");
    if (status === null) {
        return;
    }
    status.className = "status error";
    status.replaceChildren(el("strong", {}, `${t.failed}: `));
    if (error instanceof ProblemError && error.problem !== undefined) {
        status.append(error.problem.detail ?? error.problem.title);
        for (const fault of error.problem.errors ?? []) {
            status.append(el("br"), `${t.fieldAtFault(fault.field)}: ${fault.message}`);
        }
    } else {
        status.append(error instanceof Error ? error.message : String(error));
    }
}

/** Runs an action of a form, with its button disabled meanwhile and failures shown. */
export async function busy(button: HTMLButtonElement, action: () => Promise<void>): Promise<void> {
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    try {
        await action();
    } catch (error) {
        fail(error);
    } finally {
        button.disabled = false;
        button.removeAttribute("aria-busy");
    }
}

/** Runs a form's action when it is sent, its button busy meanwhile and failures shown, the page not reloaded. */
export function onSubmit(form: HTMLFormElement, button: HTMLButtonElement, action: () => Promise<void>): void {
    form.addEventListener("submit", (event) => {
        event.preventDefault();
        void busy(button, action);
    });
}

export interface Context {
    api: Api;
    caller: Schemas["Caller"];
    main: HTMLElement;
}

type PageName = "home" | "counselling" | "myBookings" | "myDay";

const PAGES: { page: PageName; href: string; role?: string }[] = [
    { page: "home", href: "index.html" },
    { page: "counselling", href: "counselling.html", role: "counsellor" },
    { page: "myBookings", href: "my-bookings.html", role: "client" },
    { page: "myDay", href: "my-day.html", role: "professional" },
];

/** The pages the caller's roles open. */
export function pagesFor(caller: Schemas["Caller"]): { page: PageName; href: string }[] {
    return PAGES.filter((entry) => entry.role !== undefined && caller.roles.includes(entry.role));
}

/**
 * Sets the page up: language, sign-in (or the return from the provider), the caller, the header; then renders the
 * page's own part when the caller's roles open it.
 */
export async function page(name: PageName, title: string, render: (context: Context) => Promise<void>): Promise<void> {
    const t = words();
    document.documentElement.lang = language();
    document.title = `${title} – ${t.appName}`;
    const main = document.getElementById("main") as HTMLElement;
    const skip = document.querySelector<HTMLAnchorElement>("a.skip");
    if (skip !== null) {
        skip.textContent = t.skip;
    }
    const loading = el("p", {}, t.loading);
    main.replaceChildren(el("h1", {}, title), el("div", { id: "status", role: "status" }), loading);
    try {
        const settings = await config();
        const current = (await completeOidcSignIn()) ?? session();
        if (current === undefined) {
            header(undefined, name);
            await signInForm(main, title, settings.signIn);
            return;
        }
        const api = apiFor(settings.api, current.token);
        const caller = await data(api.GET("/api/v1/me"));
        header(current.name, name, caller);
        loading.remove();
        const role = PAGES.find((entry) => entry.page === name)?.role;
        if (role !== undefined && !caller.roles.includes(role)) {
            main.append(el("p", {}, t.notForYou));
            return;
        }
        await render({ api, caller, main });
    } catch (error) {
        loading.remove();
        fail(error);
    }
}

function header(name: string | undefined, current: PageName, caller?: Schemas["Caller"]): void {
    const t = words();
    const top = document.getElementById("top") as HTMLElement;
    const links = el("ul", {});
    const shown = caller === undefined ? [] : [PAGES[0]!, ...pagesFor(caller)];
    for (const entry of shown) {
        links.append(
            el(
                "li",
                {},
                el("a", { href: entry.href, "aria-current": entry.page === current ? "page" : null }, t[entry.page]),
            ),
        );
    }
    const chooser = select(
        "language",
        LANGUAGES.map((code) => [code, t.languageNames[code]]),
        language(),
    );
    chooser.lang = "";
    chooser.addEventListener("change", () => {
        chooseLanguage(chooser.value as Language);
        location.reload();
    });
    const out = el("button", { type: "button", class: "secondary" }, t.signOut);
    out.addEventListener("click", () => {
        signOut();
        location.href = "index.html";
    });
    top.replaceChildren(el("p", { class: "brand" }, t.appName));
    if (shown.length > 0) {
        top.append(el("nav", { "aria-label": t.navigation }, links));
    }
    top.append(
        el(
            "div",
            { class: "tools" },
            field(t.language, chooser),
            name === undefined ? null : el("p", { class: "who" }, t.signedInAs(name)),
            name === undefined ? null : out,
        ),
    );
}

async function signInForm(main: HTMLElement, title: string, mode: "local" | "oidc"): Promise<void> {
    const t = words();
    main.replaceChildren(el("h1", {}, title), el("div", { id: "status", role: "status" }));
    const section = el("section", { "aria-labelledby": "sign-in" }, el("h2", { id: "sign-in" }, t.signIn));
    main.append(section);
    if (mode === "oidc") {
        const button = el("button", { type: "button" }, t.signInOidc);
        button.addEventListener("click", () => busy(button, startOidcSignIn));
        section.append(button);
        return;
    }
    section.append(el("p", {}, t.signInLocal));
    const list = el("ul", { class: "personas" });
    for (const persona of await personas()) {
        const role = persona.roles.map((code) => t.roles[code] ?? code).join(", ");
        const button = el("button", { type: "button", "data-persona": persona.persona }, t.signInAs(persona.name, role));
        button.addEventListener("click", () =>
            busy(button, async () => {
                await signInAs(persona.persona);
                location.reload();
            }),
        );
        list.append(el("li", {}, button));
    }
    section.append(list);
}
