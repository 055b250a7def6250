package org.paperkg.rdf;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.paperkg.Examples;
import org.paperkg.Paperkg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The identifiers a source gives authors land on their authorships, by their form. */
class AuthorIdsTest {
    @Test
    void profileIdsAndEmailChecksumsOnTheAuthorship() {
        Paperkg kg = Examples.ingestedInMemory(List.of(Path.of("src/test/resources/formats/openreview-v2-notes.json")));
        List<String> rows = new ArrayList<>();
        kg.store().read(dsg -> {
            QueryExec.dataset(dsg).query(QueryFactory.create("""
                    PREFIX pkg: <https://w3id.org/paperkg/ontology#>
                    SELECT ?pos ?id { ?p pkg:authorship ?a . ?a pkg:position ?pos .
                      { ?a pkg:openReviewProfile ?id } UNION { ?a pkg:mboxSha1sum ?id } } ORDER BY ?pos LIMIT 2 OFFSET 5""")).select()
                    .forEachRemaining(b -> rows.add(b.get("pos").getLiteralLexicalForm() + " " + b.get("id").getLiteralLexicalForm()));
            return null;
        });
        // sha1("mailto:yutong.he@example.edu"): the address itself is not stored
        assertEquals(List.of("6 ~Toshimitsu_Uesaka1", "7 e44f657f5cbcbaf056a1ed4dceda1d75bbf196a7"), rows);
        assertEquals("e44f657f5cbcbaf056a1ed4dceda1d75bbf196a7", AuthorIds.mboxSha1sum("mailto:Yutong.He@example.edu"));
        assertEquals(AuthorIds.Kind.ORCID, AuthorIds.kind("https://orcid.org/0000-0002-1825-0097"));
        assertEquals("0000-0002-1825-0097", AuthorIds.orcid("https://orcid.org/0000-0002-1825-0097"));
        assertEquals(AuthorIds.Kind.NONE, AuthorIds.kind("Jane Doe"));
    }
}
