package org.paperkg.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names as listings write them, made into names of people. */
class AuthorNamesTest {
    @Test
    void marksPunctuationAndSpacesGo() {
        assertEquals("Weihua Hu", AuthorNames.clean("Weihua Hu*"));
        assertEquals("Jie Zhang", AuthorNames.clean(" Jie  Zhang† "));
        assertEquals("Massimo Caccia", AuthorNames.clean("Massimo Caccia,"));
        assertEquals("Marin Soljačić", AuthorNames.clean("Marin Solja\\v{c}i\\'{c}"));
        assertEquals("", AuthorNames.clean(" * "));
    }

    @Test
    void anEntryJoiningTwoPeopleIsSplitButANameWithAndIsNot() {
        assertEquals(List.of("Reinhard Heckel", "Mahdi Soltanolkotabi"),
                AuthorNames.cleanAll(List.of("Reinhard Heckel and Mahdi Soltanolkotabi")));
        assertEquals(List.of("Team Hunyuan3D"), AuthorNames.cleanAll(List.of("Team Hunyuan3D")));
        assertEquals(List.of("Ferdinand and"), AuthorNames.cleanAll(List.of("Ferdinand and")), "no second name: not split");
        assertEquals(List.of("A. and B. Smith"), AuthorNames.cleanAll(List.of("A. and B. Smith")), "one-word sides: not split");
        assertEquals(List.of("Ana Ruiz", "Bo Chen"), AuthorNames.cleanAll(List.of("Ana Ruiz", "", "Bo Chen*")));
    }
}
