// Debian's headless Chromium (CHROMIUM to name another) for the browser tests, driven by playwright-core: nothing is
// downloaded. The flags keep it from reaching out to the network, which the build machines do not have.
import { chromium } from "playwright-core";

export function launchChromium() {
    return chromium.launch({
        executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
        args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--lang=fi-FI"],
    });
}
