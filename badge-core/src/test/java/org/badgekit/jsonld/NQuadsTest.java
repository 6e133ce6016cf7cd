package org.badgekit.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.rdf.nquads.NQuadsWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NQuadsTest {
    private static final String[] LEXICAL = {"", "plain text", "Työpaikkaohjaaja – Äijälä", "quote \" inside", "back\\slash",
        "line\nbreak", "tab\tand\rreturn", "bell\u0007 and \u001f", "delete\u007f", "form\ffeed\b", "emoji \uD83C\uDF93",
        "lone \uD800 surrogate", "\u0080 C1 control stays"};

    @Test
    void writesEveryLineExactlyAsTitaniumsNQuadsWriter() {
        List<String[]> quads = new ArrayList<>();
        for (String lexical : LEXICAL) {
            quads.add(new String[] {"_:b0", "https://schema.org/name", lexical, "http://www.w3.org/2001/XMLSchema#string", null,
                null, null});
            quads.add(new String[] {"https://a.example/x", "https://schema.org/name", lexical,
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", "fi", null, "_:g1"});
            quads.add(new String[] {"_:b1", "https://schema.org/date", lexical, "http://www.w3.org/2001/XMLSchema#dateTime", null,
                null, "https://graph.example/"});
            quads.add(new String[] {"_:b1", "https://schema.org/text", lexical, "https://www.w3.org/ns/i18n#ar_rtl", "ar", "rtl",
                null});
            quads.add(new String[] {"_:b1", "https://schema.org/text", lexical, "https://www.w3.org/ns/i18n#_ltr", null, "ltr",
                null});
        }
        quads.add(new String[] {"_:c14n0", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "https://w3id.org/security#DataIntegrityProof",
            null, null, null, "_:c14n1"});
        quads.add(new String[] {"urn:uuid:1", "https://www.w3.org/2018/credentials#issuer", "_:b2", null, null, null, null});
        for (String[] q : quads) {
            assertThat(NQuads.line(q[0], q[1], q[2], q[3], q[4], q[5], q[6]))
                    .isEqualTo(NQuadsWriter.nquad(q[0], q[1], q[2], q[3], q[4], q[5], q[6]));
        }
    }

    @Test
    void aPreformattedLiteralGivesTheSameLine() {
        for (String lexical : LEXICAL) {
            for (String[] typed : new String[][] {{"http://www.w3.org/2001/XMLSchema#string", null},
                {"http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", "fi"}, {"http://www.w3.org/2001/XMLSchema#integer", null}}) {
                String literal = NQuads.literalText(lexical, typed[0], typed[1], null);
                assertThat(NQuads.lineWithLiteral("_:b0", "https://schema.org/name", literal, "_:g"))
                        .isEqualTo(NQuadsWriter.nquad("_:b0", "https://schema.org/name", lexical, typed[0], typed[1], null, "_:g"));
            }
        }
    }

    @Test
    void copiesATextWithNothingToEscapeAsItIs() {
        String text = "Työpaikkaohjaaja";
        assertThat(NQuads.escape(text)).isSameAs(text);
        assertThat(NQuads.escape("a\"b")).isEqualTo("a\\\"b");
    }

    @Test
    void escapesEveryCharacterAsTitaniumsAlphabetDoes() {
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(20);
            for (int c = 0; c < length; c++) {
                // mostly controls, quotes, backslashes, DEL and surrogates, some plain letters
                int pick = random.nextInt(6);
                text.append(pick == 0 ? (char) random.nextInt(0x21) : pick == 1 ? '"' : pick == 2 ? '\\'
                        : pick == 3 ? (char) (0x7e + random.nextInt(3)) : pick == 4 ? (char) (0xd800 + random.nextInt(0x800))
                        : (char) ('a' + random.nextInt(26)));
            }
            String value = text.toString();
            assertThat(NQuads.escape(value)).as(value)
                    .isEqualTo(com.apicatalog.rdf.nquads.NQuadsAlphabet.escape(value));
        }
    }
}
