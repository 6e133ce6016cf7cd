package org.badgekit.publish;

import java.util.List;
import org.badgekit.criteria.BadgeCriteria;
import org.badgekit.criteria.CriteriaPage;
import org.badgekit.criteria.LocalizedText;
import org.badgekit.issue.Workspace;

/** The human-readable pages of a published site: one for the issuer, one per badge version (every language on one page). */
final class HtmlPages {
    /** A badge listed on the issuer's page: its name and the relative link to its page. */
    record BadgeLink(String name, String href) {}

    private HtmlPages() {}

    /**
     * The issuer's page ({@code index.html} at the base URL).
     *
     * @param badgeLinks badge name to relative link of its page, in display order
     * @param imagePath the issuer image's path in the site, or null
     */
    static String issuer(Workspace workspace, List<BadgeLink> badgeLinks, String imagePath, List<String> documents) {
        var settings = workspace.settings();
        Html html = new Html().head(settings.defaultLanguage(), settings.name()).element("h1", settings.name());
        if (imagePath != null) {
            html.image(imagePath, settings.name());
        }
        if (settings.description() != null) {
            html.element("p", settings.description());
        }
        html.link("p", settings.url().toString(), settings.url().toString());
        html.link("p", "mailto:" + settings.email(), settings.email());
        html.element("p", "Issuer id: " + workspace.issuerId());
        html.element("h2", "Badges").open("ul");
        for (BadgeLink link : badgeLinks) {
            html.link("li", link.href(), link.name());
        }
        html.close("ul").element("h2", "Documents for verifiers").open("ul");
        for (String document : documents) {
            html.link("li", document, document);
        }
        return html.close("ul").end();
    }

    /**
     * A badge version's page ({@code badges/ID/vVERSION/index.html}): for every language its picture and the full criteria
     * page (facts, description, objective, competence areas with outcomes and assessment criteria, evidence, alignments).
     */
    static String badge(Workspace workspace, BadgeCriteria badge, String issuerPage) {
        String language = workspace.settings().defaultLanguage();
        Html html = new Html().head(language, badge.name().get(language) + " v" + badge.version());
        html.link("p", issuerPage, workspace.settings().name());
        html.open("nav").open("ul");
        for (String lang : LocalizedText.LANGUAGES) {
            html.link("li", "#" + lang, badge.name().get(lang) + " (" + lang + ")");
        }
        html.close("ul").close("nav");
        for (String lang : LocalizedText.LANGUAGES) {
            html.openLang("section", lang);
            html.image(lang + "/image.svg", badge.name().get(lang));
            html.raw(MarkdownHtml.render(CriteriaPage.of(badge, lang).markdown(), 0));
            html.open("ul").link("li", lang + "/achievement.json", "Open Badges 3.0 Achievement (JSON)")
                    .link("li", lang + "/badgeclass.json", "Open Badges 2.0 BadgeClass (JSON)").close("ul");
            html.close("section");
        }
        return html.end();
    }
}
