package org.badgekit.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;

class XmlScannerTest {

    @Test
    void findsTagsPastCommentsCdataQuotedGreaterThanAndProcessingInstructions() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!-- <a> --><?pi <b>?><r x='1>2' y=\"<\"><![CDATA[<c>]]><d/><e>t</e></r>";
        TagLocator locator = new TagLocator(Set.of(0, 1, 2));

        new XmlScanner(1000, locator).feed(xml);

        assertThat(span(xml, locator.startTag(0))).isEqualTo("<r x='1>2' y=\"<\">");
        assertThat(span(xml, locator.element(1))).isEqualTo("<d/>");
        assertThat(span(xml, locator.element(2))).isEqualTo("<e>t</e>");
        assertThat(span(xml, locator.element(0))).isEqualTo(xml.substring(xml.indexOf("<r ")));
    }

    @Test
    void skipsADoctypeWithAnInternalSubsetCommentsAndQuotes() throws Exception {
        String xml = "<!DOCTYPE svg [<!-- it's ] > --><!ATTLIST svg a CDATA \"]>\">]><svg/>";
        TagLocator locator = new TagLocator(Set.of(0));

        new XmlScanner(1000, locator).feed(xml);

        assertThat(span(xml, locator.element(0))).isEqualTo("<svg/>");
    }

    @Test
    void refusesEntityDeclarationsEvenWhenAQuoteInAnEarlierCommentTriesToHideThem() {
        String xml = "<!DOCTYPE svg [<!-- ' --><!ENTITY xxe SYSTEM \"file:///etc/passwd\"><!-- ' -->]><svg/>";

        assertThatThrownBy(() -> new XmlScanner(1000, null).feed(xml)).isInstanceOf(XmlScanner.Refusal.class)
                .hasMessageContaining("the DOCTYPE declares entities")
                .extracting(e -> ((XmlScanner.Refusal) e).code()).isEqualTo(BadgeException.Code.UNSUPPORTED);
    }

    @Test
    void boundsEveryKindOfToken() {
        for (String xml : new String[] {"<r>" + "x".repeat(11), "<r a='" + "x".repeat(11), "<!--" + "x".repeat(11),
            "<r><![CDATA[" + "x".repeat(11), "<?pi " + "x".repeat(11), "<!DOCTYPE " + "x".repeat(11)}) {
            assertThatThrownBy(() -> new XmlScanner(10, null).feed(xml)).as(xml).isInstanceOf(XmlScanner.Refusal.class)
                    .hasMessageContaining("is longer than the limit of 10 characters");
        }
    }

    private static String span(String xml, TagLocator.Span span) {
        return xml.substring(span.start(), span.end() + 1);
    }
}
