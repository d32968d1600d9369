package fi.sote.booking.adapters.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.sote.booking.domain.shared.LocalizedText;

@Schema(name = "LocalizedText", description = "A text in Finnish (required), Swedish and English.")
public record LocalizedTextDto(
        @Schema(description = "Finnish (suomi).", examples = "Lapsiperheiden palvelut", maxLength = 200)
        @NotBlank
        @Size(max = 200)
        String fi,

        @Schema(description = "Swedish (svenska).", examples = "Tjänster för barnfamiljer", maxLength = 200)
        @Size(max = 200)
        String sv,

        @Schema(description = "English.", examples = "Services for families with children", maxLength = 200)
        @Size(max = 200)
        String en) {

    public static LocalizedTextDto of(LocalizedText text) {
        return text == null ? null : new LocalizedTextDto(text.fi(), text.sv(), text.en());
    }

    public LocalizedText toDomain() {
        return new LocalizedText(fi, sv, en);
    }
}
