package org.paperkg.rdf;

import org.apache.jena.graph.Node;

import java.util.Optional;

/**
 * Finds the titled paper an untitled entry is a copy of, by abstract fingerprint, among what
 * is already stored. Empty when there is none, or more than one (then nothing is merged).
 */
@FunctionalInterface
public interface TwinLookup {
    TwinLookup NONE = fingerprint -> Optional.empty();

    Optional<Node> titledPaper(String fingerprint);
}
