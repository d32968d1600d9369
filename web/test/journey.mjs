// Walks the reference pages' journey in headless Chromium (Debian's, or CHROMIUM) against a service in the local
// security mode, and checks each page with axe-core for WCAG 2.1 A and AA:
//   the counsellor books a first contact for a client by personal identity code, by keyboard, and reads the
//   confirmation; the client signs in on a phone-sized screen, sees it among their bookings and moves it to another
//   time, and (given a child in their custody) books a time for the child and cancels it; the professional sees the
//   moved booking in their day, releases time weekly, and sees the page in Swedish.
// Exit 1 on any failed step, uncaught page error, or serious or critical accessibility violation.
//   node test/journey.mjs <base url of the pages, e.g. http://localhost:8080/web/> [screenshot folder] [child's name]
import { mkdirSync, readFileSync } from "node:fs";
import { launchChromium } from "./chromium.mjs";

const base = process.argv[2];
const shots = process.argv[3] || undefined;
// the name of a child in the client's custody, when the client-record system has told the service of one
const child = process.argv[4];
if (!base) {
    console.error("usage: node test/journey.mjs <pages url> [screenshot folder]");
    process.exit(2);
}
const url = (path) => new URL(path, base.endsWith("/") ? base : `${base}/`).toString();
const CLIENT_CODE = "150585-952B"; // the demo persona "client" signs in with this code
const axe = readFileSync(new URL("../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const problems = [];
const audits = [];

// The demo professional's calendar, read through the API as the test's own set-up: which service and whose times.
async function professionalsCalendar() {
    const signIn = await fetch(url("local/sign-in"), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ persona: "professional" }),
    });
    const { token } = await signIn.json();
    const get = async (path) =>
        (await fetch(new URL(path, base), { headers: { Authorization: `Bearer ${token}` } })).json();
    const me = await get("/api/v1/me");
    const own = (await get("/api/v1/resources")).items.find((resource) => resource.subject === me.subject);
    return { name: own.name, service: own.socialServiceIds[0] };
}

const browser = await launchChromium();

async function audit(page, name) {
    await page.addScriptTag({ content: axe });
    const result = await page.evaluate(() =>
        window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
    const serious = result.violations.filter((violation) => ["serious", "critical"].includes(violation.impact));
    for (const violation of result.violations) {
        const where = violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ");
        console.log(`  axe ${name}: ${violation.impact} ${violation.id}: ${violation.help} (${where})`);
    }
    for (const violation of serious) {
        problems.push(`${name}: ${violation.impact} accessibility violation ${violation.id}: ${violation.help}`);
    }
    audits.push(`${name}: ${result.passes.length} rules passed, ${result.violations.length} violations`);
}

async function shot(page, name) {
    if (shots) {
        mkdirSync(shots, { recursive: true });
        await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
    }
}

async function fitsTheScreen(page, name) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) {
        problems.push(`${name}: the page is ${overflow}px wider than a ${page.viewportSize().width}px screen`);
    }
}

function daysFromNow(days) {
    return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki" }).format(new Date(Date.now() + days * 86_400_000));
}

async function newPage(viewport) {
    const context = await browser.newContext({ locale: "fi-FI", timezoneId: "Europe/Helsinki", viewport });
    const page = await context.newPage();
    page.on("pageerror", (error) => problems.push(`uncaught on ${page.url()}: ${error.message}`));
    return page;
}

async function signIn(page, persona) {
    await page.locator(`button[data-persona="${persona}"]`).click();
    await page.getByRole("button", { name: "Kirjaudu ulos" }).waitFor();
}

async function step(name, page, action) {
    const started = Date.now();
    try {
        await action();
        console.log(`ok  ${name} (${Date.now() - started} ms)`);
    } catch (error) {
        const said = await page.locator("#status").innerText({ timeout: 1000 }).catch(() => "");
        problems.push(`${name}: ${error.message.split("\n")[0]}${said ? `; the page said: ${said}` : ""}`);
        await shot(page, "failed");
        throw error;
    }
}

let booked;
let moved;
try {
    const professional = await professionalsCalendar();

    const desk = await newPage({ width: 1280, height: 900 });
    await step("the counsellor signs in", desk, async () => {
        await desk.goto(url("counselling.html"));
        await desk.locator("button[data-persona]").first().waitFor();
        await audit(desk, "sign-in");
        await signIn(desk, "counsellor");
    });
    await step("the counsellor finds the next free times and books one by keyboard", desk, async () => {
        // the skip link is the first stop of the keyboard and takes it to the content
        await desk.keyboard.press("Tab");
        if ((await desk.evaluate(() => document.activeElement?.className)) !== "skip") {
            throw new Error("the first Tab does not reach the skip link");
        }
        await desk.getByLabel("Palvelu").selectOption(professional.service);
        await desk.getByLabel("Asiakkaan kieli").selectOption("fi");
        // far enough ahead that the client may still move it themselves
        await desk.getByLabel("Aikaisintaan").fill(daysFromNow(3));
        await desk.getByRole("button", { name: "Hae ajat" }).press("Enter");
        const time = desk.locator(`input[type=radio][data-resource="${professional.name}"]`);
        await time.waitFor();
        await time.focus();
        await desk.keyboard.press("Space");
        booked = await time.getAttribute("data-start");
        await desk.getByLabel("Henkilötunnus").fill(CLIENT_CODE);
        await desk.getByLabel("Puhelinnumero").fill("+358401234567");
        await desk.getByLabel("Ohjaus ammattilaiselle").fill("Perhe toivoo tapaamista pian.");
        await desk.getByRole("button", { name: "Varaa aika" }).press("Enter");
        const heading = desk.getByRole("heading", { name: "Vahvistus asiakkaalle luettavaksi" });
        await heading.waitFor();
        if (!(await heading.evaluate((element) => element === document.activeElement))) {
            throw new Error("the confirmation does not take the focus");
        }
        await desk.getByRole("status").filter({ hasText: "Aika on varattu." }).waitFor();
        const reference = await desk.locator('dd[data-field="Varaustunnus"]').innerText();
        if (!/^[0-9A-F]{8}$/i.test(reference)) {
            throw new Error(`the confirmation's reference is "${reference}"`);
        }
        await audit(desk, "counselling");
        await shot(desk, "counselling");
    });

    const phone = await newPage({ width: 390, height: 844 });
    await step("the client sees the booking on a phone and moves it", phone, async () => {
        await phone.goto(url("my-bookings.html"));
        await signIn(phone, "client");
        const card = phone.locator(`article[data-start="${booked}"]`);
        await card.waitFor();
        if (!(await card.innerText()).includes("Varattu asiakasneuvonnasta")) {
            throw new Error("the booking does not say client counselling made it");
        }
        await fitsTheScreen(phone, "my-bookings");
        await audit(phone, "my-bookings");
        await card.getByRole("button", { name: "Siirrä" }).click();
        const time = card.locator("input[type=radio]").first();
        await time.waitFor();
        moved = await time.getAttribute("data-start");
        await card.getByRole("button", { name: "Siirrä valittuun aikaan" }).click();
        await phone.getByRole("status").filter({ hasText: "Varaus on siirretty." }).waitFor();
        await phone.locator(`article[data-start="${moved}"]`).waitFor();
        if ((await phone.locator(`article[data-start="${booked}"]`).count()) !== 0) {
            throw new Error("the old time is still listed");
        }
        await fitsTheScreen(phone, "my-bookings after the move");
        await audit(phone, "my-bookings after the move");
        await shot(phone, "my-bookings");
    });

    if (child) {
        await step("the client books a time for their child and cancels it", phone, async () => {
            await phone.getByLabel("Kenen varaukset").selectOption({ label: child });
            await phone.getByRole("heading", { name: "Omat varaukset" }).last().waitFor();
            await phone.getByLabel("Palvelu").selectOption(professional.service);
            await phone.getByRole("button", { name: "Hae ajat" }).click();
            const time = phone.locator("input[type=radio]").first();
            await time.waitFor();
            const start = await time.getAttribute("data-start");
            await phone.getByRole("button", { name: "Varaa aika" }).click();
            await phone.getByRole("status").filter({ hasText: "Aika on varattu." }).waitFor();
            await phone.locator(`article[data-start="${start}"]`).waitFor();
            if ((await phone.locator(`article[data-start="${moved}"]`).count()) !== 0) {
                throw new Error("the child's list shows the parent's own booking");
            }
            await fitsTheScreen(phone, "my-bookings for a child");
            await audit(phone, "my-bookings for a child");
            const card = phone.locator(`article[data-start="${start}"]`);
            await card.getByRole("button", { name: "Peru" }).click();
            await card.getByRole("button", { name: "Vahvista peruutus" }).click();
            await phone.getByRole("status").filter({ hasText: "Varaus on peruttu." }).waitFor();
            if ((await phone.locator(`article[data-start="${start}"]`).count()) !== 0) {
                throw new Error("the cancelled time is still listed");
            }
        });
    }

    const day = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki" }).format(new Date(moved));
    const office = await newPage({ width: 1280, height: 900 });
    await step("the professional sees the moved booking in their day", office, async () => {
        await office.goto(url(`my-day.html?from=${day}&days=1`));
        await signIn(office, "professional");
        const hhmm = new Intl.DateTimeFormat("fi-FI", { timeZone: "Europe/Helsinki", hour: "2-digit", minute: "2-digit" })
            .format(new Date(moved));
        const entry = office.locator("li.booking").filter({ hasText: `${hhmm}–` }).filter({ hasText: "Varattu" });
        await entry.first().waitFor();
        if (!(await entry.first().innerText()).includes("Asiakas henkilötunnuksella")) {
            throw new Error(`the booking at ${hhmm} on ${day} does not show the client to their professional`);
        }
        await office.getByRole("heading", { name: "Vapauta aikaa viikoittain" }).waitFor();
        await audit(office, "my-day");
        await shot(office, "my-day");
    });
    await step("the professional releases time weekly", office, async () => {
        const count = office.getByText(/Voimassa olevia vapautuksia: \d+/);
        await count.waitFor();
        const before = Number((await count.innerText()).match(/\d+/)[0]);
        // a Saturday morning for four weeks, which the demo calendars leave free
        await office.getByLabel("maanantai").uncheck();
        await office.getByLabel("keskiviikko").uncheck();
        await office.getByLabel("lauantai").check();
        await office.getByLabel("Alkaa").fill("08:00");
        await office.getByLabel("Päättyy").fill("10:00");
        await office.getByRole("button", { name: "Vapauta", exact: true }).click();
        await office.getByRole("status").filter({ hasText: "Aika on vapautettu varattavaksi." }).waitFor();
        await office.getByText(`Voimassa olevia vapautuksia: ${before + 1}`).waitFor();
    });
    await step("the professional's page in Swedish", office, async () => {
        await office.getByLabel("Kieli").selectOption("sv");
        await office.getByRole("heading", { name: "Min kalender" }).waitFor();
        if ((await office.evaluate(() => document.documentElement.lang)) !== "sv") {
            throw new Error("the page's language is not sv");
        }
        await office.locator("li.booking").first().waitFor();
        await audit(office, "my-day (sv)");
    });
} catch (error) {
    if (problems.length === 0) {
        problems.push(error.message);
    }
} finally {
    await browser.close();
}
console.log(audits.join("\n"));
if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
}
console.log(`The journey passed: booked ${booked}, moved to ${moved}, seen in the professional's day.`);
