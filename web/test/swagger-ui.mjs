// Opens Swagger UI at the URL given and fails (exit 1) when it shows an error of the contract, does not list every
// operation of it, cannot render one of them with its responses, or throws.
//   node test/swagger-ui.mjs <swagger-ui url>
//
// Swagger UI 5 resolves the whole OpenAPI 3.1 document again each time an operation is expanded: on this contract
// (about half a megabyte, most of it the operations' examples) that is some 3 s of a 2-core machine per operation,
// and 100 operations take minutes. So the page first loads the contract as a developer opens it (the list, and any
// error of the document), and then expands every operation in a document narrowed to that operation's path and the
// schemas it reaches, loaded through the UI's own "Explore" box: the same operation, rendered from the same schemas.
import { launchChromium } from "./chromium.mjs";

const url = process.argv[2];
if (!url) {
    console.error("usage: node swagger-ui.mjs <swagger-ui url>");
    process.exit(2);
}
// the contract Swagger UI is configured with (quarkus.smallrye-openapi.path)
const contract = await (await fetch(new URL("/q/openapi?format=json", url))).json();
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
// pages working side by side, each on its share of the paths
const PAGES = Number(process.env.SWAGGER_UI_PAGES ?? 2);

/** The contract narrowed to one path, with the schemas its operations reach (directly or through other schemas). */
function narrowedTo(path) {
    const schemas = {};
    const pending = [contract.paths[path]];
    while (pending.length > 0) {
        for (const [, name] of JSON.stringify(pending.pop()).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
            if (!(name in schemas)) {
                schemas[name] = contract.components.schemas[name];
                pending.push(schemas[name]);
            }
        }
    }
    return { ...contract, paths: { [path]: contract.paths[path] }, components: { ...contract.components, schemas } };
}

const documents = Object.keys(contract.paths).map((path, index) => ({
    path,
    operations: METHODS.filter((method) => method in contract.paths[path]).length,
    address: new URL(`/swagger-ui-check/${index}.json`, url).toString(),
    body: JSON.stringify(narrowedTo(path)),
}));
const operations = documents.reduce((sum, document) => sum + document.operations, 0);
const problems = [];
const browser = await launchChromium();

async function open() {
    const page = await browser.newPage();
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    // the narrowed documents are answered by the browser itself, at an address of the service's own origin
    await page.route(/\/swagger-ui-check\/\d+\.json$/, (route) =>
        route.fulfill({
            contentType: "application/json",
            body: documents.find((document) => document.address === route.request().url()).body,
        }));
    await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    await page.waitForSelector(".opblock", { timeout: 60_000 });
    return page;
}

async function errorsShown(page, what) {
    for (const text of await page.locator(".errors-wrapper .error-wrapper").allInnerTexts()) {
        problems.push(`${what}: ${text}`);
    }
}

/** Expands the operations of every PAGES-th path, from the worker-th, one at a time; how many rendered. */
async function expand(page, worker) {
    let rendered = 0;
    for (let i = worker; i < documents.length; i += PAGES) {
        const { path, address, operations: expected } = documents[i];
        await page.locator(".download-url-input").fill(address);
        await page.locator(".download-url-button").click();
        // Swagger UI breaks the paths it shows with zero-width spaces
        await page.waitForFunction(
            ({ path, expected }) => {
                const shown = [...document.querySelectorAll(".opblock-summary-path")]
                    .map((element) => element.textContent.replaceAll("\u200b", "").trim());
                return shown.length === expected && shown.every((each) => each === path);
            },
            { path, expected },
            { timeout: 60_000 });
        const blocks = page.locator(".opblock");
        for (let j = 0; j < expected; j++) {
            const block = blocks.nth(j);
            const name = `${(await block.locator(".opblock-summary-method").innerText()).trim()} ${path}`;
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
        // what the resolver of the expanded operations could not resolve
        await errorsShown(page, path);
    }
    return rendered;
}

try {
    const pages = await Promise.all(Array.from({ length: PAGES }, () => open()));
    const listed = await pages[0].locator(".opblock").count();
    await errorsShown(pages[0], "contract error");
    if (listed !== operations) {
        problems.push(`the contract has ${operations} operations and Swagger UI lists ${listed}`);
    }
    const rendered = (await Promise.all(pages.map((page, worker) => expand(page, worker))))
        .reduce((sum, each) => sum + each, 0);
    console.log(`${listed} operations, ${rendered} rendered with their responses`);
    if (operations === 0 || rendered !== operations) {
        problems.push(`only ${rendered} of ${operations} operations rendered`);
    }
} finally {
    await browser.close();
}
if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
}
