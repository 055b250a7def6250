package org.paperkg.source.readers;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Python literals as repr() writes them, read as JSON trees. */
class PythonLiteralTest {
    @Test
    void aDictAsReprWritesIt() throws Exception {
        JsonNode n = PythonLiteral.parse("{'paper': {'id': '2412.07730', 'authors': [{'name': 'Zongyu Lin', 'hidden': False}], "
                + "'upvotes': 12, 'score': -1.5e3, 'note': None, \"quote\": \"it's\"}, 'ok': True}");
        assertEquals("2412.07730", n.path("paper").path("id").asText());
        assertEquals("Zongyu Lin", n.path("paper").path("authors").get(0).path("name").asText());
        assertTrue(n.path("paper").path("authors").get(0).path("hidden").isBoolean());
        assertEquals(12, n.path("paper").path("upvotes").asInt());
        assertEquals(-1500.0, n.path("paper").path("score").asDouble());
        assertTrue(n.path("paper").path("note").isNull());
        assertEquals("it's", n.path("paper").path("quote").asText());
        assertTrue(n.path("ok").asBoolean());
    }

    @Test
    void escapesRawStringsTuplesAndAdjacentStrings() throws Exception {
        JsonNode n = PythonLiteral.parse("['caf\\xe9 \\u03b3\\n', r'\\alpha', ('a', 'b'), 'x' 'y', '''tri'ple''', u'\\U0001d738']");
        assertEquals("café γ\n", n.get(0).asText());
        assertEquals("\\alpha", n.get(1).asText());
        assertEquals("b", n.get(2).get(1).asText());
        assertEquals("xy", n.get(3).asText());
        assertEquals("tri'ple", n.get(4).asText());
        assertEquals("𝜸", n.get(5).asText());
    }

    @Test
    void brokenLiteralsSayWhere() {
        PythonLiteral.SyntaxException e = assertThrows(PythonLiteral.SyntaxException.class, () -> PythonLiteral.parse("{'a': [1, 2}"));
        assertEquals("expected ',' or ']' at character 12", e.getMessage());
        assertThrows(PythonLiteral.SyntaxException.class, () -> PythonLiteral.parse("{'a': 'never closed}"));
        assertThrows(PythonLiteral.SyntaxException.class, () -> PythonLiteral.parse("{'a': os.system('x')}"));
        assertThrows(PythonLiteral.SyntaxException.class, () -> PythonLiteral.parse("[".repeat(10_000)), "deep nesting is refused, not a stack overflow");
    }
}
