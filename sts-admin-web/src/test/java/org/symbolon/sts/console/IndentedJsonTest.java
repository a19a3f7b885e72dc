package org.symbolon.sts.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IndentedJsonTest {

    @Test
    void rulesAreLaidOutOneMemberPerLine() {
        String shown = IndentedJson.of("[{\"copy\":{\"from\":\"email\",\"to\":\"mail\"}}]");

        assertEquals("""
                [
                    {
                        "copy": {
                            "from": "email",
                            "to": "mail"
                        }
                    }
                ]""", shown);
    }

    @Test
    void markupInsideStaysAsItWasForThePageToEscape() {
        assertEquals("[\n    \"<b>x</b>\"\n]", IndentedJson.of("[\"<b>x</b>\"]"));
    }

    @Test
    void textThatIsNotJsonIsShownAsStored() {
        assertEquals("not json [", IndentedJson.of("not json ["));
        assertEquals("", IndentedJson.of(null));
    }
}
