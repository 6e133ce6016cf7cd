package org.badgekit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {

    @Test
    void rendersTheSubsetCriteriaPagesUse() {
        String html = MarkdownHtml.render(String.join("\n", "# Title", "", "_short_", "", "| | |", "|---|---|", "| Id | la |",
                "| Level | 6 |", "", "## Areas", "", "**Learning outcomes**", "", "- one", "- two", "", "1. first", "2. second",
                "", "- EQF: level 6 <http://data.europa.eu/snb/eqf/6>", "", "plain text", "continued"), 1);

        assertThat(html).isEqualTo(String.join("\n", "<h2>Title</h2>", "<p><em>short</em></p>", "<table>",
                "<tr><th>Id</th><td>la</td></tr>", "<tr><th>Level</th><td>6</td></tr>", "</table>", "<h3>Areas</h3>",
                "<p><strong>Learning outcomes</strong></p>", "<ul>", "<li>one</li>", "<li>two</li>", "</ul>", "<ol>",
                "<li>first</li>", "<li>second</li>", "</ol>", "<ul>",
                "<li>EQF: level 6 <a href=\"http://data.europa.eu/snb/eqf/6\">http://data.europa.eu/snb/eqf/6</a></li>", "</ul>",
                "<p>plain text continued</p>", ""));
    }

    @Test
    void markupInCriteriaTextStaysText() {
        String html = MarkdownHtml.render(String.join("\n", "# <script>alert(1)</script>", "- <img src=x onerror=alert(1)>",
                "[click](javascript:alert(1))", "<javascript:alert(1)>", "| <b> | \" onmouseover=x |"), 0);

        assertThat(html).doesNotContain("<script", "<img", "<b>", "href=\"javascript")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
                        "[click](javascript:alert(1))", "&quot; onmouseover=x");
    }
}
