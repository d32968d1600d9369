package fi.sote.booking.application.waitlist.port.in;

/** The waitlist's round, run in the background: settles the offers and offers the times that have freed. */
public interface OfferFreedTimesUseCase {

    /**
     * One round over every organisation's waitlist, in the fair order: offers that were booked end the wait, offers
     * let go return the entry to waiting, waits whose days have passed end, and each waiting entry is offered the
     * earliest free time that fits it. Safe to run on several instances at once: every change of an entry is
     * conditional on the version read, and a hold made for an entry that changed meanwhile is let go.
     *
     * @return how many times were offered
     */
    int offerFreedTimes();
}
