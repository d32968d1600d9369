// Where the API is and how to sign in: the service answers /web/config.json itself; a static deployment of the pages
// ships its own config.json beside them (see README, "Reference web pages").

export interface Config {
    /** "local": a demo persona of the service's local security mode; "oidc": the OIDC provider, with PKCE. */
    signIn: "local" | "oidc";
    /** The API's base URL; "" when the pages are served by the service itself. */
    api: string;
    /** The OIDC issuer as browsers reach it (oidc). */
    issuer?: string;
    /** The public client the pages sign in as (oidc). */
    clientId?: string;
}

let loaded: Promise<Config> | undefined;

export function config(): Promise<Config> {
    loaded ??= fetch("config.json", { headers: { Accept: "application/json" } }).then(async (response) => {
        if (!response.ok) {
            throw new Error(`config.json: ${response.status}`);
        }
        const read = (await response.json()) as Config;
        return { ...read, api: (read.api ?? "").replace(/\/$/, "") };
    });
    return loaded;
}
