package org.paperkg.link;

import java.util.List;
import java.util.Objects;

/**
 * A non-paper thing of an external graph, such as a Wikidata data set item, with its labels.
 *
 * @param iri     its IRI there
 * @param label   its main (English) label
 * @param aliases its other labels
 */
public record ExternalEntity(String iri, String label, List<String> aliases) {
    public ExternalEntity {
        Objects.requireNonNull(iri, "iri");
        aliases = List.copyOf(aliases);
    }
}
