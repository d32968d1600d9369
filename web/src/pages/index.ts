// The landing page: sign in, then the pages the caller's roles open.
import { words } from "../i18n";
import { el, page, pagesFor } from "../ui";

const t = words();

void page("home", t.appName, async ({ caller, main }) => {
    const links = el("ul", { class: "pages" });
    for (const entry of pagesFor(caller)) {
        links.append(el("li", {}, el("a", { href: entry.href }, t[entry.page])));
    }
    main.append(
        el("p", {}, t.homeIntro),
        el("section", { "aria-labelledby": "pages" }, el("h2", { id: "pages" }, t.yourPages), links),
    );
});
