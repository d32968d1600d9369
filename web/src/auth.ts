// Signing in. The local security mode hands out demo personas' tokens (/web/local/...; not part of the API); the
// oidc mode uses the authorisation code flow with PKCE (RFC 7636) against the OIDC provider. The token is kept for
// the browser tab only (sessionStorage).
import { config, type Config } from "./config";

const SESSION = "booking.session";
const PENDING = "booking.pkce";

export interface Session {
    token: string;
    /** The display name, from the token. */
    name: string;
}

export function session(): Session | undefined {
    const stored = sessionStorage.getItem(SESSION);
    if (stored === null) {
        return undefined;
    }
    const read = JSON.parse(stored) as Session;
    return expired(read.token) ? undefined : read;
}

export function signOut(): void {
    sessionStorage.removeItem(SESSION);
}

function keep(token: string): Session {
    const claims = claimsOf(token);
    const kept: Session = { token, name: String(claims["name"] ?? claims["preferred_username"] ?? "") };
    sessionStorage.setItem(SESSION, JSON.stringify(kept));
    return kept;
}

function claimsOf(token: string): Record<string, unknown> {
    const payload = token.split(".")[1] ?? "";
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<
        string,
        unknown
    >;
}

function expired(token: string): boolean {
    const exp = claimsOf(token)["exp"];
    return typeof exp === "number" && exp * 1000 < Date.now() + 30_000;
}

// --- local mode -------------------------------------------------------------------------------

export interface Persona {
    persona: string;
    name: string;
    roles: string[];
}

export async function personas(): Promise<Persona[]> {
    const { api } = await config();
    const response = await fetch(`${api}/web/local/personas`, { headers: { Accept: "application/json" } });
    if (!response.ok) {
        throw new Error(`personas: ${response.status}`);
    }
    return (await response.json()) as Persona[];
}

export async function signInAs(persona: string): Promise<Session> {
    const { api } = await config();
    const response = await fetch(`${api}/web/local/sign-in`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ persona }),
    });
    if (!response.ok) {
        throw new Error(`sign-in: ${response.status}`);
    }
    return keep(((await response.json()) as { token: string }).token);
}

// --- oidc mode: authorisation code with PKCE ------------------------------------------------------

interface Discovery {
    authorization_endpoint: string;
    token_endpoint: string;
}

async function discovery(settings: Config): Promise<Discovery> {
    const issuer = (settings.issuer ?? "").replace(/\/$/, "");
    const response = await fetch(`${issuer}/.well-known/openid-configuration`);
    if (!response.ok) {
        throw new Error(`OIDC discovery: ${response.status}`);
    }
    return (await response.json()) as Discovery;
}

function base64url(bytes: Uint8Array): string {
    return btoa(String.fromCharCode(...bytes))
        .replace(/\+/g, "-")
        .replace(/\//g, "_")
        .replace(/=+$/, "");
}

function redirectUri(): string {
    return `${location.origin}${location.pathname}`;
}

/** Goes to the provider's sign-in; it comes back to this page with a code. */
export async function startOidcSignIn(): Promise<void> {
    const settings = await config();
    const endpoints = await discovery(settings);
    const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
    const challenge = base64url(
        new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))),
    );
    const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
    sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state }));
    const query = new URLSearchParams({
        response_type: "code",
        client_id: settings.clientId ?? "",
        redirect_uri: redirectUri(),
        scope: "openid",
        state,
        code_challenge: challenge,
        code_challenge_method: "S256",
    });
    location.assign(`${endpoints.authorization_endpoint}?${query.toString()}`);
}

/** On the way back from the provider: trades the code for a token; undefined when this is not such a return. */
export async function completeOidcSignIn(): Promise<Session | undefined> {
    const parameters = new URLSearchParams(location.search);
    const code = parameters.get("code");
    const pending = sessionStorage.getItem(PENDING);
    if (code === null || pending === null) {
        return undefined;
    }
    sessionStorage.removeItem(PENDING);
    history.replaceState(null, "", redirectUri());
    const { verifier, state } = JSON.parse(pending) as { verifier: string; state: string };
    if (parameters.get("state") !== state) {
        throw new Error("The sign-in came back with another state: start again.");
    }
    const settings = await config();
    const endpoints = await discovery(settings);
    const response = await fetch(endpoints.token_endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
            grant_type: "authorization_code",
            code,
            redirect_uri: redirectUri(),
            client_id: settings.clientId ?? "",
            code_verifier: verifier,
        }),
    });
    if (!response.ok) {
        throw new Error(`token: ${response.status}`);
    }
    return keep(((await response.json()) as { access_token: string }).access_token);
}
