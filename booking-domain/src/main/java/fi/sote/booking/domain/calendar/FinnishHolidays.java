package fi.sote.booking.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The days on which Finnish social welfare services are closed: the public holidays of the
 * Church Act and the Independence Day act, computed for any year (Easter by the Gregorian computus),
 * plus Midsummer Eve and Christmas Eve, which are days off by collective agreement. Recurring released
 * time skips them unless it says otherwise.
 */
public final class FinnishHolidays {

    private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private FinnishHolidays() {}

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).containsKey(date);
    }

    /** The holidays of a year with their Finnish names, in date order. */
    public static Map<LocalDate, String> of(int year) {
        return BY_YEAR.computeIfAbsent(year, FinnishHolidays::compute);
    }

    private static Map<LocalDate, String> compute(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        LocalDate easter = easterSunday(year);
        days.put(LocalDate.of(year, 1, 1), "Uudenvuodenpäivä");
        days.put(LocalDate.of(year, 1, 6), "Loppiainen");
        days.put(easter.minusDays(2), "Pitkäperjantai");
        days.put(easter, "Pääsiäispäivä");
        days.put(easter.plusDays(1), "2. pääsiäispäivä");
        days.put(LocalDate.of(year, 5, 1), "Vappu");
        days.put(easter.plusDays(39), "Helatorstai");
        days.put(easter.plusDays(49), "Helluntaipäivä");
        LocalDate midsummerDay = firstOnOrAfter(year, MonthDay.of(6, 20), DayOfWeek.SATURDAY);
        days.put(midsummerDay.minusDays(1), "Juhannusaatto");
        days.put(midsummerDay, "Juhannuspäivä");
        days.put(firstOnOrAfter(year, MonthDay.of(10, 31), DayOfWeek.SATURDAY), "Pyhäinpäivä");
        days.put(LocalDate.of(year, 12, 6), "Itsenäisyyspäivä");
        days.put(LocalDate.of(year, 12, 24), "Jouluaatto");
        days.put(LocalDate.of(year, 12, 25), "Joulupäivä");
        days.put(LocalDate.of(year, 12, 26), "Tapaninpäivä");
        return Collections.unmodifiableMap(days);
    }

    private static LocalDate firstOnOrAfter(int year, MonthDay day, DayOfWeek weekday) {
        return day.atYear(year).with(TemporalAdjusters.nextOrSame(weekday));
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
