package org.symbolon.sts.console;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** Stored JSON (a partner's claims rules) laid out one member per line, for reading on a page. */
final class IndentedJson {

    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(
            Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private IndentedJson() {
    }

    static String of(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        StringWriter out = new StringWriter();
        try (JsonReader reader = Json.createReader(new StringReader(json)); JsonWriter writer = WRITERS.createWriter(out)) {
            writer.write(reader.readValue());
        } catch (JsonException e) {
            // shown as stored rather than not at all; the page escapes it either way
            return json;
        }
        return out.toString().strip();
    }
}
