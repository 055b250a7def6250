package org.paperkg.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The Papers with Code methods list as copied into {@code ../shared/real/vocab/} (1,924 methods,
 * gzipped JSON array): each method with its name, full name, the paper that introduced it and
 * the collections (each under one area) it is filed in.
 */
final class PwcMethods {
    static final String FILE = "pwc_methods_2022-05-20.json.gz";

    record Area(String id, String name) {
    }

    record Collection(String name, Area area) {
    }

    record Method(String slug, String name, String fullName, String description, List<Collection> collections) {
    }

    private PwcMethods() {
    }

    static List<Method> read(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        JsonNode all;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            all = new ObjectMapper().readTree(in);
        }
        if (!all.isArray()) throw new IOException(file + ": expected a JSON array of methods");
        Map<String, Collection> collections = new LinkedHashMap<>();
        List<Method> out = new ArrayList<>();
        int i = 0;
        for (JsonNode m : all) {
            i++;
            String url = m.path("url").asText("");
            String name = m.path("name").asText("").strip();
            if (name.isEmpty() || !url.contains("/method/")) throw new IOException(file + ": method " + i + " has no name or no /method/ URL");
            List<Collection> in = new ArrayList<>();
            for (JsonNode c : m.path("collections")) {
                Area area = new Area(c.path("area_id").asText(), c.path("area").asText());
                in.add(collections.computeIfAbsent(c.path("collection").asText() + "\u0000" + area.id(),
                        k -> new Collection(c.path("collection").asText(), area)));
            }
            String fullName = m.path("full_name").asText("").strip();
            out.add(new Method(url.substring(url.lastIndexOf("/method/") + 8), name, fullName.isEmpty() ? name : fullName,
                    m.path("description").asText(""), List.copyOf(in)));
        }
        return out;
    }
}
