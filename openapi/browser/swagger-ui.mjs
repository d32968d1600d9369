// Opens Swagger UI at the URL given, expands every operation and fails (exit 1) when the UI reports that it could
// not render one, shows an error of the contract, or throws. Chromium is Debian's (CHROMIUM or /usr/bin/chromium);
// nothing is downloaded.
import { chromium } from "playwright-core";

const url = process.argv[2];
if (!url) {
    console.error("usage: node swagger-ui.mjs <swagger-ui url>");
    process.exit(2);
}
const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"],
});
const problems = [];
try {
    const page = await browser.newPage();
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    await page.waitForSelector(".opblock", { timeout: 60_000 });
    const blocks = page.locator(".opblock");
    const operations = await blocks.count();
    let rendered = 0;
    // one at a time, so that the page never renders every operation at once
    for (let i = 0; i < operations; i++) {
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
    for (const text of await page.locator(".errors-wrapper .error-wrapper").allInnerTexts()) {
        problems.push(`contract error: ${text}`);
    }
    console.log(`${operations} operations, ${rendered} rendered with their responses`);
    if (operations === 0 || rendered < operations) {
        problems.push(`only ${rendered} of ${operations} operations rendered`);
    }
} finally {
    await browser.close();
}
if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
}
