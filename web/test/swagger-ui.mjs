// Opens Swagger UI at the URL given, expands every operation and fails (exit 1) when the UI reports that it could
// not render one, shows an error of the contract, or throws.
//   node test/swagger-ui.mjs <swagger-ui url>
import { launchChromium } from "./chromium.mjs";

const url = process.argv[2];
if (!url) {
    console.error("usage: node swagger-ui.mjs <swagger-ui url>");
    process.exit(2);
}
const browser = await launchChromium();
const problems = [];
// Expanding an operation renders it whole (its parameters, and every response with its schema and example), which
// takes the page a few seconds of work: the operations are shared among pages working side by side, each of which
// expands one operation at a time, so that no page renders every operation at once.
const PAGES = Number(process.env.SWAGGER_UI_PAGES ?? 3);

async function check(worker) {
    const page = await browser.newPage();
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    await page.waitForSelector(".opblock", { timeout: 60_000 });
    const blocks = page.locator(".opblock");
    const operations = await blocks.count();
    let rendered = 0;
    for (let i = worker; i < operations; i += PAGES) {
        const block = blocks.nth(i);
        const name = (await block.locator(".opblock-summary-path").innerText()).trim();
        await block.locator(".opblock-summary-control").click();
        try {
            await block.locator(".responses-wrapper").waitFor({ timeout: 30_000 });
            rendered++;
        } catch (error) {
            problems.push(`${name}: its responses did not render`);
        }
        for (const text of await block.getByText(/Could not render/).allInnerTexts()) {
            problems.push(`${name}: ${text}`);
        }
        await block.locator(".opblock-summary-control").click();
    }
    if (worker === 0) {
        for (const text of await page.locator(".errors-wrapper .error-wrapper").allInnerTexts()) {
            problems.push(`contract error: ${text}`);
        }
    }
    return { operations, rendered };
}

try {
    const results = await Promise.all(Array.from({ length: PAGES }, (_, worker) => check(worker)));
    const operations = results[0].operations;
    const rendered = results.reduce((sum, result) => sum + result.rendered, 0);
    console.log(`${operations} operations, ${rendered} rendered with their responses`);
    if (operations === 0 || rendered < operations || results.some((result) => result.operations !== operations)) {
        problems.push(`only ${rendered} of ${operations} operations rendered`);
    }
} finally {
    await browser.close();
}
if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
}
