package org.badgekit.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileSvgTest {
    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">";
    private static final long HUNDRED_MB = 100L * 1024 * 1024;

    private final Baker baker = Baker.create();

    @Test
    void refusesAnExternalEntityAndNeverReadsTheFile() {
        String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n" + OPEN
                + "<openbadges:credential>&xxe;</openbadges:credential></svg>";

        assertRefused(svg, BadgeException.Code.UNSUPPORTED, "the DOCTYPE declares entities (<!ENTITY at character 37)");
    }

    @Test
    void refusesTheBillionLaughsBeforeExpandingAnything() {
        StringBuilder svg = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            svg.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        svg.append("]>\n").append(OPEN).append("<openbadges:credential verify=\"&lol9;\"></openbadges:credential>&lol9;</svg>");

        assertRefused(svg.toString(), BadgeException.Code.UNSUPPORTED, "declares entities");
    }

    @Test
    void neverLoadsAnExternalDtdEvenWhenTheBadgeUsesItsEntities(@TempDir Path dir) throws Exception {
        Path dtd = dir.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">");
        String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg SYSTEM \"" + dtd.toUri() + "\">\n" + OPEN
                + "<openbadges:credential>&xxe;</openbadges:credential></svg>";

        assertRefused(svg, BadgeException.Code.MALFORMED_INPUT, "contains the entity reference &xxe; which is not expanded");
    }

    @Test
    void readsABadgeFromAnSvgWithAnExternalDtdWithoutFetchingIt() throws Exception {
        // the 1EdTech samples reference the SVG 1.1 DTD over http; tests run offline, so a fetch would fail here
        String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://127.0.0.1:9/svg11.dtd\">\n" + OPEN + "<openbadges:credential verify=\"" + Fixtures.OB3_JWT
                + "\"/></svg>";

        assertThat(baker.extract(svg.getBytes(StandardCharsets.UTF_8)).payload()).isEqualTo(Fixtures.OB3_JWT);
    }

    @Test
    void refusesAHundredMegabyteTextNodeAfterReadingLittleMoreThanTheLimit() {
        GeneratedStream svg = new GeneratedStream(OPEN + "<text>", 'a', HUNDRED_MB, "</text></svg>");

        assertThatThrownBy(() -> baker.extract(svg, "huge.svg")).isInstanceOf(BadgeException.class)
                .hasMessageContaining("huge.svg: SVG text node starting near character")
                .hasMessageContaining("is longer than the limit of 16777216 characters")
                .extracting(e -> ((BadgeException) e).code()).isEqualTo(BadgeException.Code.LIMIT_EXCEEDED);
        assertThat(svg.consumed()).isLessThan(20L * 1024 * 1024);
    }

    @Test
    void refusesAHundredMegabyteAttributeOrCdataWhenBakingToo() {
        GeneratedStream attribute = new GeneratedStream(OPEN + "<g id=\"", 'a', HUNDRED_MB, "\"/></svg>");
        assertThatThrownBy(() -> baker.bake(attribute, new ByteArrayOutputStream(), BakedPayload.detect(Fixtures.OB3_JSON), "a.svg"))
                .hasMessageContaining("a.svg: SVG attribute value starting near character");
        assertThat(attribute.consumed()).isLessThan(20L * 1024 * 1024);

        GeneratedStream cdata = new GeneratedStream(OPEN + "<openbadges:credential><![CDATA[", 'a', HUNDRED_MB,
                "]]></openbadges:credential></svg>");
        assertThatThrownBy(() -> baker.extract(cdata, "c.svg")).hasMessageContaining("c.svg: SVG CDATA section starting near");
        assertThat(cdata.consumed()).isLessThan(20L * 1024 * 1024);
    }

    @Test
    void refusesAnSvgLargerThanTheImageLimit() {
        Baker small = Baker.withLimits(new BakeLimits(1000, 1000, 1000, 10, 1000));
        GeneratedStream svg = new GeneratedStream(OPEN, ' ', 2000, "</svg>");

        assertThatThrownBy(() -> small.extract(svg, "big.svg")).isInstanceOf(BadgeException.class)
                .hasMessage("big.svg: SVG is longer than the limit of 1000 characters");
    }

    @Test
    void refusesTwoCredentialElements() {
        String svg = OPEN + "<openbadges:credential verify=\"" + Fixtures.OB3_JWT + "\"/>\n<openbadges:credential><![CDATA["
                + "{}]]></openbadges:credential></svg>";

        assertRefused(svg, BadgeException.Code.MALFORMED_INPUT, "repeats the badge element first seen at image:1:");
    }

    @Test
    void refusesACredentialWithBothAVerifyAttributeAndABody() {
        String svg = OPEN + "<openbadges:credential verify=\"" + Fixtures.OB3_JWT + "\"><![CDATA[" + Fixtures.OB3_JSON.replace("]]>", "")
                + "]]></openbadges:credential></svg>";

        assertRefused(svg, BadgeException.Code.MALFORMED_INPUT, "has both a verify attribute and a body");
    }

    @Test
    void refusesXmlWhoseRootIsNotSvg() {
        assertRefused("<html><body/></html>", BadgeException.Code.UNSUPPORTED,
                "image: not a PNG or SVG image (XML root element is <html>)");
    }

    @Test
    void refusesXmlThatIsNotWellFormedNamingLineAndColumn() {
        assertRefused(OPEN + "\n<g></svg>", BadgeException.Code.MALFORMED_INPUT, "image:2:");
    }

    @Test
    void refusesAnSvgThatIsNotUtf8() {
        byte[] latin1 = (OPEN + "<title>caf\u00e9</title></svg>").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> baker.extract(latin1)).hasMessage("image: SVG is not valid UTF-8 (only UTF-8 SVG is supported)");
    }

    @Test
    void refusesAPayloadThatIsNeitherJsonNorAJws() {
        assertRefused(OPEN + "<openbadges:credential>hello</openbadges:credential></svg>", BadgeException.Code.MALFORMED_INPUT,
                "holds \"hello\", expected credential JSON or a compact JWS");
    }

    @Test
    void saysSoWhenAnSvgCarriesNoBadge() {
        assertRefused(Fixtures.SVG, BadgeException.Code.NOT_FOUND, "SVG has no <openbadges:credential>");
    }

    @Test
    void neverCorruptsTheImageWhenBakingAnEntityDeclaringSvg() {
        String svg = "<!DOCTYPE svg [<!ENTITY a \"b\">]>" + OPEN + "</svg>";

        assertThatThrownBy(() -> baker.bake(svg.getBytes(StandardCharsets.UTF_8), BakedPayload.detect(Fixtures.OB3_JSON)))
                .isInstanceOf(BadgeException.class).hasMessageContaining("declares entities");
    }

    @Test
    void neverExpandsAnExternalDtdEntityInTheVerifyAttribute(@TempDir Path dir) throws Exception {
        Path dtd = dir.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">");
        String svg = "<!DOCTYPE svg SYSTEM \"" + dtd.toUri() + "\">" + OPEN
                + "<openbadges:credential verify=\"&xxe;\"></openbadges:credential></svg>";

        assertRefused(svg, BadgeException.Code.MALFORMED_INPUT, "SVG element <openbadges:credential> is empty");
    }

    @Test
    void refusesElementsNestedDeeperThanAThousandLevels() {
        GeneratedStream deep = new GeneratedStream(OPEN + "<g>".repeat(5000), ' ', 0, "</g>".repeat(5000) + "</svg>");

        assertThatThrownBy(() -> baker.extract(deep, "deep.svg")).isInstanceOf(BadgeException.class)
                .hasMessageContaining("SVG elements nest deeper than 1000 levels");
    }

    @Test
    void refusesToBakeAPayloadThatXmlCannotCarry() {
        String json = "{\"name\":\"\uFFFE\"}";

        assertThatThrownBy(() -> baker.bake(Fixtures.SVG.getBytes(StandardCharsets.UTF_8), BakedPayload.detect(json)))
                .isInstanceOf(BadgeException.class).hasMessage("payload contains U+FFFE at index 9, which XML 1.0 cannot carry; "
                        + "write it as \\ufffe in the JSON or bake into PNG");
    }

    private void assertRefused(String svg, BadgeException.Code code, String message) {
        assertThatThrownBy(() -> baker.extract(svg.getBytes(StandardCharsets.UTF_8))).isInstanceOf(BadgeException.class)
                .hasMessageContaining(message)
                .hasMessageNotContaining("root:x:0:0")
                .extracting(e -> ((BadgeException) e).code()).isEqualTo(code);
    }
}
