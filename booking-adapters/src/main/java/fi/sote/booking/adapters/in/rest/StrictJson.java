package fi.sote.booking.adapters.in.rest;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalTimeDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies are read as the contract writes them, and nothing else: a member given twice, anything after the JSON
 * value, a number or a boolean where the contract has a string (or the other way round), a fraction for a whole
 * number, {@code null} inside a list, a blank UUID, enum or date, a NUL character in a text (which PostgreSQL cannot
 * store), a date or time not in the contract's form, and a date outside the years {@value #FIRST_YEAR}-{@value
 * #LAST_YEAR} are each refused as a 400 naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 9999;

    /** After Quarkus registers the modules it finds (java.time among them), so that these readers take their place. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType scalar : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // "" or a text of blanks (a NUL among them) is not a missing UUID, enum or date
        mapper.coercionConfigDefaults()
                .setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        for (Class<?> container : List.of(List.class, Set.class, Collection.class, Map.class)) {
            mapper.configOverride(container).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
        SimpleModule strict = new SimpleModule("strict-json").addDeserializer(String.class, new TextWithoutNul());
        contractTime(strict, Instant.class, InstantDeserializer.INSTANT);
        contractTime(strict, OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME);
        contractTime(strict, LocalDate.class, LocalDateDeserializer.INSTANCE);
        contractTime(strict, LocalTime.class, LocalTimeDeserializer.INSTANCE);
        mapper.registerModule(strict);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> void contractTime(SimpleModule module, Class<T> type, JsonDeserializer<? extends T> read) {
        module.addDeserializer(type, (JsonDeserializer<T>) (JsonDeserializer) new ContractTime(read));
    }

    /** A value the contract's type can hold but the service does not take; the message says why. */
    public static final class Refused extends MismatchedInputException {

        Refused(JsonParser parser, String reason, Class<?> type) {
            super(parser, reason, type);
        }

        /** What is wrong, without the location Jackson adds. */
        public String reason() {
            return getOriginalMessage();
        }
    }

    /** A text as Jackson reads it, refused when it holds a NUL character. */
    private static final class TextWithoutNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw new Refused(parser, "must not contain a NUL character (U+0000)", String.class);
            }
            return text;
        }
    }

    /**
     * A date, a time or an instant as Jackson reads it, but only from text of the contract's form (Jackson would take a
     * number of days or a date-time for a date), and refused outside the years the service takes.
     */
    private static final class ContractTime extends DelegatingDeserializer {

        private static final Pattern DATE = Pattern.compile("[+-]?\\d{4,9}-\\d{2}-\\d{2}");
        private static final Pattern TIME = Pattern.compile("[0-2]\\d:[0-5]\\d(:[0-5]\\d)?");

        ContractTime(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ContractTime(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new Refused(parser, "must be an ISO-8601 text", handledType());
            }
            if (handledType() == LocalDate.class
                    && !DATE.matcher(parser.getText()).matches()) {
                throw new Refused(parser, "must be an ISO-8601 date, e.g. 2026-11-23", LocalDate.class);
            }
            if (handledType() == LocalTime.class
                    && !TIME.matcher(parser.getText()).matches()) {
                throw new Refused(parser, "must be a time HH:mm or HH:mm:ss", LocalTime.class);
            }
            Object value = super.deserialize(parser, context);
            int year;
            if (value instanceof Instant instant) {
                year = instant.atOffset(ZoneOffset.UTC).getYear();
            } else if (value instanceof OffsetDateTime dateTime) {
                year = dateTime.getYear();
            } else if (value instanceof LocalDate date) {
                year = date.getYear();
            } else {
                return value;
            }
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new Refused(
                        parser, "must be between the years " + FIRST_YEAR + " and " + LAST_YEAR, value.getClass());
            }
            return value;
        }
    }
}
