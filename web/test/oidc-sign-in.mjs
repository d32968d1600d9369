// Signs in to the reference pages in the oidc mode, in headless Chromium: the authorisation code flow with PKCE
// through the OIDC provider's own sign-in form, back to the page, which then reads the API with the token it got.
// Exit 1 when any step fails.
//   node test/oidc-sign-in.mjs <pages url> <user> <password>
import { launchChromium } from "./chromium.mjs";

const [base, user, password] = process.argv.slice(2);
if (!base || !user || !password) {
    console.error("usage: node test/oidc-sign-in.mjs <pages url> <user> <password>");
    process.exit(2);
}
const browser = await launchChromium();
const problems = [];
try {
    const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
    page.on("pageerror", (error) => problems.push(`uncaught on ${page.url()}: ${error.message}`));
    page.on("requestfailed", (request) =>
        console.log(`    failed: ${request.method()} ${request.url()}: ${request.failure()?.errorText}`));
    page.on("console", (message) => {
        if (message.type() === "error") {
            console.log(`    console: ${message.text()}`);
        }
    });
    const tokenRequests = [];
    page.on("request", (request) => {
        if (request.method() === "POST" && request.url().includes("/token")) {
            tokenRequests.push(request.postData() ?? "");
        }
    });
    await page.goto(new URL("counselling.html", base).toString());
    await page.evaluate(() => localStorage.setItem("booking.language", "en"));
    await page.reload();
    await page.getByRole("button", { name: "Sign in with your organisation's identification" }).click();
    await page.waitForURL((url) => url.searchParams.get("code_challenge_method") === "S256");
    console.log(`ok  the provider's sign-in form, asked with a S256 code challenge`);
    await page.locator("#username").fill(user);
    await page.locator("#password").fill(password);
    await page.locator("#kc-login").click();
    await page.getByRole("heading", { name: "Find free times" }).waitFor({ timeout: 60_000 });
    if (new URL(page.url()).searchParams.has("code")) {
        problems.push("the code stays in the address bar");
    }
    if (!tokenRequests.some((body) => body.includes("code_verifier="))) {
        problems.push("the code was traded without its verifier");
    }
    if ((await page.getByLabel("Service").locator("option").count()) === 0) {
        problems.push("no social services were read with the token");
    }
    console.log(`ok  back on the page, signed in: ${await page.locator(".who").innerText()}`);
} catch (error) {
    const page = browser.contexts()[0]?.pages()[0];
    const said = page ? await page.locator("#status").innerText({ timeout: 1000 }).catch(() => "") : "";
    problems.push(`${error.message.split("\n")[0]} (at ${page?.url()}${said ? `; the page said: ${said}` : ""})`);
} finally {
    await browser.close();
}
if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
}
console.log("The oidc sign-in passed.");
