package org.paperkg.link;

import java.util.List;
import java.util.Objects;

/** A dataset of the local catalogue: its IRI, preferred label and other labels. */
public record LocalDataset(String iri, String label, List<String> aliases) {
    public LocalDataset {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
    }
}
