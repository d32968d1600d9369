package fi.sote.booking.adapters.out.persistence;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.sote.booking.domain.catalogue.OpeningHours;

/** Opening hours as stored: a JSON array of {"day": "MONDAY", "opens": "08:00", "closes": "16:00"}. */
@ApplicationScoped
class OpeningHoursJson {

    private final ObjectMapper json;

    OpeningHoursJson(ObjectMapper json) {
        this.json = json;
    }

    String write(List<OpeningHours> hours) {
        try {
            return json.writeValueAsString(hours.stream()
                    .map(h -> Map.of(
                            "day",
                            h.day().name(),
                            "opens",
                            h.opens().toString(),
                            "closes",
                            h.closes().toString()))
                    .toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<OpeningHours> read(String stored) {
        try {
            List<OpeningHours> hours = new ArrayList<>();
            for (JsonNode node : json.readTree(stored)) {
                hours.add(new OpeningHours(
                        DayOfWeek.valueOf(node.get("day").asText()),
                        LocalTime.parse(node.get("opens").asText()),
                        LocalTime.parse(node.get("closes").asText())));
            }
            return hours;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored opening hours are not JSON", e);
        }
    }
}
