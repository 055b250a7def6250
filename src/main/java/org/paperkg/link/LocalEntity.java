package org.paperkg.link;

import java.util.List;
import java.util.Objects;

/** A dataset of the catalogue or a concept of the taxonomy: its IRI, preferred label and other labels. */
public record LocalEntity(String iri, String label, List<String> aliases) {
    public LocalEntity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
    }
}
