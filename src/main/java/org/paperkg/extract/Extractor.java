package org.paperkg.extract;

import java.util.List;

/**
 * Finds one kind of fact in a text. An extractor never parses pages and never writes RDF: it
 * reads text and returns mentions with their evidence.
 */
public interface Extractor {
    /** The name stored with each mention it makes, so a user can tell which rule found a fact. */
    String name();

    List<Mention> extract(AnalyzedText text);
}
