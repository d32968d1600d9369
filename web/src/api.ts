// The API, only through the client generated from the contract (openapi-typescript types, openapi-fetch calls).
import createClient from "openapi-fetch";

import type { components, paths } from "./generated/booking-api";

export type Schemas = components["schemas"];
export type Problem = Schemas["Problem"];
export type Api = ReturnType<typeof createClient<paths>>;

export function apiFor(baseUrl: string, token: string): Api {
    const api = createClient<paths>({ baseUrl });
    api.use({
        onRequest({ request }) {
            request.headers.set("Authorization", `Bearer ${token}`);
            return request;
        },
    });
    return api;
}

/** The ETag an If-Match names for a version the caller read. */
export function etag(version: number): string {
    return `"${version}"`;
}

/** The answer's data, or the problem thrown, for the page to show. */
export async function data<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
    const { data: read, error, response } = await call;
    if (read === undefined) {
        throw new ProblemError(error as Problem | undefined, response.status);
    }
    return read;
}

export class ProblemError extends Error {
    constructor(
        readonly problem: Problem | undefined,
        readonly status: number,
    ) {
        super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    }
}
