package fi.sote.booking.domain.catalogue;

/** What a calendar entry type counts as in the statistics of time use. */
public enum EntryCategory {
    CLIENT_WORK,
    OTHER_WORK,
    ABSENCE
}
