package org.badgekit.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

class BakerRoundTripTest {
    private final Baker baker = Baker.create();

    static Stream<Arguments> combinations() {
        return Stream.of(ImageFormat.values()).flatMap(format -> Stream.of(
                Arguments.of(format, PayloadKind.OB3_JSON, Fixtures.OB3_JSON),
                Arguments.of(format, PayloadKind.OB3_JWT, Fixtures.OB3_JWT),
                Arguments.of(format, PayloadKind.OB2_JSON, Fixtures.OB2_JSON),
                Arguments.of(format, PayloadKind.OB2_JWS, Fixtures.OB2_JWS)));
    }

    static byte[] image(ImageFormat format) {
        return format == ImageFormat.PNG ? Fixtures.png() : Fixtures.SVG.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("combinations")
    void extractsExactlyThePayloadThatWasBakedAndTheImageStillDecodes(ImageFormat format, PayloadKind kind, String payload)
            throws Exception {
        BakedPayload detected = BakedPayload.detect(payload);
        assertThat(detected.kind()).isEqualTo(kind);

        byte[] baked = baker.bake(image(format), detected);
        BakedPayload back = baker.extract(baked);

        assertThat(back.kind()).isEqualTo(kind);
        assertThat(back.payload().getBytes(StandardCharsets.UTF_8)).isEqualTo(payload.getBytes(StandardCharsets.UTF_8));
        assertThat(back.warnings()).isEmpty();
        assertThat(baker.formatOf(baked)).isEqualTo(format);
        if (format == ImageFormat.PNG) {
            assertThat(ImageIO.read(new ByteArrayInputStream(baked))).isNotNull()
                    .extracting(image -> image.getWidth() + "x" + image.getHeight()).isEqualTo("32x32");
        } else {
            assertThat(parse(baked).getDocumentElement().getLocalName()).isEqualTo("svg");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("combinations")
    void rebakingReplacesTheBadgeInsteadOfAddingASecond(ImageFormat format, PayloadKind kind, String payload) throws Exception {
        byte[] once = baker.bake(image(format), BakedPayload.detect(payload));
        BakedPayload other = BakedPayload.detect(Fixtures.OB3_JSON.replace("2026-01-01", "2027-02-02"));

        byte[] twice = baker.bake(once, other);

        assertThat(baker.extract(twice).payload()).isEqualTo(other.payload());
        assertThat(badgeCount(format, twice)).isEqualTo(1);
        assertThat(baker.bake(new ByteArrayInputStream(once), new java.io.ByteArrayOutputStream(), other, "once").replaced())
                .isEqualTo(1);
    }

    @Test
    void pngBakingPutsTheChunkRightAfterIhdrAndKeepsEveryOtherChunkByteForByte() throws Exception {
        byte[] original = Fixtures.png();
        byte[] baked = baker.bake(original, BakedPayload.detect(Fixtures.OB3_JSON));

        List<Fixtures.Chunk> chunks = Fixtures.chunks(baked);
        assertThat(chunks.get(0).type()).isEqualTo("IHDR");
        assertThat(chunks.get(1).type()).isEqualTo("iTXt");
        assertThat(chunks.get(1).text()).isEqualTo("openbadgecredential\0\0\0\0\0" + Fixtures.OB3_JSON);
        List<byte[]> others = chunks.stream().filter(c -> c != chunks.get(1)).map(Fixtures.Chunk::bytes)
                .collect(Collectors.toList());
        assertThat(others).usingElementComparator(java.util.Arrays::compare)
                .containsExactlyElementsOf(Fixtures.chunks(original).stream().map(Fixtures.Chunk::bytes).collect(Collectors.toList()));
        assertThat(baked.length).isEqualTo(original.length + chunks.get(1).bytes().length);
    }

    @Test
    void svgBakingChangesOnlyTheRootDeclarationAndTheInsertedElement() throws Exception {
        byte[] baked = baker.bake(Fixtures.SVG.getBytes(StandardCharsets.UTF_8), BakedPayload.detect(Fixtures.OB3_JWT));
        String text = new String(baked, StandardCharsets.UTF_8);

        String element = "<openbadges:credential verify=\"" + Fixtures.OB3_JWT + "\"></openbadges:credential>";
        assertThat(text).contains("data-x='a>b' xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">" + element);
        String restored = text.replace(element, "").replace(" xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"", "");
        assertThat(restored).isEqualTo(Fixtures.SVG);
    }

    @Test
    void svgJsonGoesIntoCdataWithTheTerminatorSplit() throws Exception {
        String text = new String(baker.bake(Fixtures.SVG.getBytes(StandardCharsets.UTF_8), BakedPayload.detect(Fixtures.OB3_JSON)),
                StandardCharsets.UTF_8);

        assertThat(text).contains("<openbadges:credential><![CDATA[{").contains("]]]]><![CDATA[>")
                .doesNotContain("<openbadges:credential verify");
    }

    @Test
    void ob2JsonInSvgCarriesTheAssertionUrlInVerifyAndTheJsonInTheBody() throws Exception {
        String text = new String(baker.bake(Fixtures.SVG.getBytes(StandardCharsets.UTF_8), BakedPayload.detect(Fixtures.OB2_JSON)),
                StandardCharsets.UTF_8);

        assertThat(text).contains("xmlns:openbadges=\"http://openbadges.org\"")
                .contains("<openbadges:assertion verify=\"https://example.org/assertions/123\"><![CDATA[" + Fixtures.OB2_JSON);
    }

    @Test
    void bakingOneVersionRemovesABadgeOfTheOtherVersionAndRebindsThePrefix() throws Exception {
        for (ImageFormat format : ImageFormat.values()) {
            byte[] ob2 = baker.bake(image(format), BakedPayload.detect(Fixtures.OB2_JWS));
            byte[] ob3 = baker.bake(ob2, BakedPayload.detect(Fixtures.OB3_JWT));

            assertThat(baker.extract(ob3).kind()).isEqualTo(PayloadKind.OB3_JWT);
            assertThat(baker.extract(ob3).warnings()).isEmpty();
            assertThat(badgeCount(format, ob3)).isEqualTo(1);
        }
    }

    @Test
    void selfClosingRootAndByteOrderMarkAndExistingDeclarationAreHandled() throws Exception {
        String svg = "\uFEFF<svg xmlns='http://www.w3.org/2000/svg' xmlns:openbadges='http://openbadges.org' />";
        byte[] baked = baker.bake(svg.getBytes(StandardCharsets.UTF_8), BakedPayload.detect(Fixtures.OB3_JSON));
        String text = new String(baked, StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFF<svg xmlns='http://www.w3.org/2000/svg' xmlns:openbadges='https://purl.imsglobal.org/ob/v3p0' >"
                + "<openbadges:credential><![CDATA[").endsWith("</openbadges:credential></svg>");
        assertThat(baker.extract(baked).payload()).isEqualTo(Fixtures.OB3_JSON);
    }

    @Test
    void readsTheElementByNamespaceUriWhateverItsPrefix() throws Exception {
        String svg = "<svg xmlns='http://www.w3.org/2000/svg'><g/><b:credential xmlns:b='https://purl.imsglobal.org/ob/v3p0'>\n"
                + "  <![CDATA[" + Fixtures.OB3_JSON.replace("]]>", "]]]]><![CDATA[>") + "]]>\n</b:credential>"
                + "<openbadges:credential xmlns:openbadges='urn:not-open-badges'>{}</openbadges:credential></svg>";

        BakedPayload back = baker.extract(svg.getBytes(StandardCharsets.UTF_8));

        assertThat(back.payload()).isEqualTo(Fixtures.OB3_JSON);
        assertThat(back.warnings()).singleElement().asString().contains("not the first child");
    }

    static int badgeCount(ImageFormat format, byte[] baked) {
        if (format == ImageFormat.PNG) {
            return (int) Fixtures.chunks(baked).stream()
                    .filter(c -> c.type().equals("iTXt") && (c.text().startsWith("openbadges\0")
                            || c.text().startsWith("openbadgecredential\0")))
                    .count();
        }
        String text = new String(baked, StandardCharsets.UTF_8);
        return text.split("<openbadges:(credential|assertion)[ >]", -1).length - 1;
    }

    static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }
}
