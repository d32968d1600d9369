// A counsellor's first contact, written only against the client generated from the contract: find the next free
// times of a social service, book one for the client on the phone, move it, cancel it, and tell a refusal by its
// problem code. `./mvnw verify` type-checks it with `tsc --strict`; it is not run, it shows that the contract gives
// a frontend what it needs: required properties are typed as present, optional ones as possibly absent, query
// parameters by their type, and each refusal's code as the operation's own enumeration.
import createClient from "openapi-fetch";

import type { components, paths } from "../generated/booking-api";

type Booking = components["schemas"]["Booking"];
type Problem = components["schemas"]["Problem"];
type Slot = components["schemas"]["Slot"];
/** A refusal of a booking because of the time or the client (409): its code is one of the operation's own. */
type BookingConflict = paths["/api/v1/bookings"]["post"]["responses"][409]["content"]["application/problem+json"];

/** What to tell the counsellor when a booking conflicts; a code the contract adds fails to type-check here. */
export function explainConflict(problem: BookingConflict): string {
    const code = problem.code;
    switch (code) {
        case "slot-taken":
            return "Someone booked that time a moment ago: choose another.";
        case "group-full":
            return "The group time has no places left.";
        case "client-already-booked":
            return "The client already has a time then.";
        case "language-mismatch":
            return "The professional does not speak the client's language: choose another, or book knowingly.";
        case "room-unavailable":
            return "No meeting room is free at the place then: choose another time, or another room.";
        case "product-retired":
            return "The product is no longer booked: choose another.";
        case "retired":
            return "The professional no longer takes bookings: choose another.";
        case "slot-not-offered":
            return "That time is not open for booking by counselling.";
        case "outside-booking-window":
            return "That time is too soon or too far ahead.";
        case "idempotency-key-in-use":
            return "The first attempt is still under way; try again in a moment.";
        default: {
            const unhandled: never = code;
            return unhandled;
        }
    }
}

/** What to tell the counsellor of any other refusal. */
export function explain(problem: Problem): string {
    return problem.detail ?? problem.title;
}

export async function firstContact(
    baseUrl: string, token: string, socialService: string, client: string): Promise<string> {
    const api = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });

    const found = await api.GET("/api/v1/slots/next-free", { params: { query: { socialService, limit: 5 } } });
    if (found.error) {
        return explain(found.error);
    }
    const slots: Slot[] = found.data.items;
    const [first, second] = slots;
    if (first === undefined) {
        return "No free time in the next three months.";
    }

    const booked = await api.POST("/api/v1/bookings", {
        params: { header: { "Idempotency-Key": crypto.randomUUID() } },
        body: {
            resourceId: first.resourceId,
            productId: first.productId,
            start: first.start,
            contactMode: first.contactModes[0],
            client,
            clientLanguage: "fi",
            referralNote: "Perhe toivoo yhteydenottoa",
        },
    });
    if (booked.error) {
        return booked.response.status === 409 ? explainConflict(booked.error as BookingConflict) : explain(booked.error);
    }
    const booking: Booking = booked.data;
    const etag = booked.response.headers.get("ETag") ?? undefined;

    let current = booking.id;
    if (second !== undefined) {
        const moved = await api.POST("/api/v1/bookings/{id}/reschedule", {
            params: {
                path: { id: booking.id },
                header: { "Idempotency-Key": crypto.randomUUID(), ...(etag ? { "If-Match": etag } : {}) },
            },
            body: { start: second.start, reason: "CLIENT_REQUEST" },
        });
        if (moved.error) {
            return explain(moved.error);
        }
        // the booking stays as MOVED; its replacement is the one to cancel
        current = moved.data.items[0]?.id ?? booking.id;
    }

    const cancelled = await api.POST("/api/v1/bookings/{id}/cancel", {
        params: { path: { id: current }, header: { "Idempotency-Key": crypto.randomUUID() } },
        body: { reason: "NO_LONGER_NEEDED", scope: "THIS" },
    });
    if (cancelled.error) {
        return explain(cancelled.error);
    }
    const place = booking.confirmation.place ?? "by phone";
    return `Booked ${booking.confirmation.date} ${booking.confirmation.startTime} (${place}), then cancelled `
        + `(${cancelled.data.items.length} booking).`;
}
