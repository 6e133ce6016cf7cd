package org.badgekit.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Readable pages of one badge's criteria in one language: the Markdown narrative that goes into an Achievement's
 * {@code criteria.narrative}, and the full review page (metadata, description, narrative, alignments, changelog) as Markdown
 * or as plain text for a terminal.
 */
public final class CriteriaPage {
    /** European Qualifications Framework level URIs, as published in the Europass controlled vocabulary. */
    static final String EQF_BASE = "http://data.europa.eu/snb/eqf/";

    private final BadgeCriteria criteria;
    private final String language;
    private final Labels labels;

    private CriteriaPage(BadgeCriteria criteria, String language) {
        this.criteria = Objects.requireNonNull(criteria, "criteria");
        this.language = language;
        this.labels = Labels.of(language);
    }

    /**
     * The page of {@code criteria} in {@code language}.
     *
     * @throws IllegalArgumentException when the language is not one of {@link LocalizedText#LANGUAGES}
     */
    public static CriteriaPage of(BadgeCriteria criteria, String language) {
        return new CriteriaPage(criteria, language);
    }

    /** The criteria narrative (objective, areas with outcomes and assessment criteria, evidence) as Markdown. */
    public String narrative() {
        return narrativeBlocks(2).markdown();
    }

    /** The full review page as Markdown. */
    public String markdown() {
        return page().markdown();
    }

    /** The full review page as plain text, wrapped for a terminal. */
    public String text() {
        return page().text();
    }

    private PageBlocks page() {
        PageBlocks page = new PageBlocks()
                .heading(1, criteria.name().get(language))
                .emphasis(criteria.shortDescription().get(language))
                .rows(facts())
                .heading(2, labels.get("description"))
                .paragraph(criteria.description().get(language))
                .append(narrativeBlocks(2));
        List<String> alignments = alignmentLines();
        page.heading(2, labels.get("alignments")).bullets(alignments);
        List<String> changes = new ArrayList<>();
        for (ChangelogEntry entry : criteria.changelog()) {
            changes.add(entry.version() + " (" + entry.date() + "): " + entry.note());
        }
        return page.heading(2, labels.get("changelog")).bullets(changes);
    }

    private List<String[]> facts() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {labels.get("id"), criteria.id()});
        rows.add(new String[] {labels.get("version"), criteria.version().toString()});
        rows.add(new String[] {labels.get("status"), labels.status(criteria.status())});
        rows.add(new String[] {labels.get("achievementType"), criteria.achievementType()});
        rows.add(new String[] {labels.get("eqfLevel"), Integer.toString(criteria.eqfLevel())});
        criteria.creditsAvailable().ifPresent(c -> rows.add(new String[] {labels.get("credits"), c.toPlainString()}));
        criteria.hours().ifPresent(h -> rows.add(new String[] {labels.get("hours"), h.toString()}));
        rows.add(new String[] {labels.get("fieldOfStudy"), criteria.fieldOfStudy().get(language)});
        if (!criteria.tags().isEmpty()) {
            rows.add(new String[] {labels.get("tags"), String.join(", ", tags())});
        }
        rows.add(new String[] {labels.get("languages"), String.join(", ", criteria.languages())});
        return rows;
    }

    List<String> tags() {
        return criteria.tags().stream().map(tag -> tag.get(language)).toList();
    }

    private List<String> alignmentLines() {
        List<String> lines = new ArrayList<>();
        lines.add("EQF: " + eqfName() + " <" + EQF_BASE + criteria.eqfLevel() + ">");
        for (CriteriaAlignment alignment : criteria.alignments()) {
            StringBuilder line = new StringBuilder(alignment.framework()).append(": ").append(alignment.targetName());
            alignment.targetCode().ifPresent(code -> line.append(" [").append(code).append(']'));
            alignment.targetUrl().ifPresent(url -> line.append(" <").append(url).append('>'));
            if (alignment.confirm()) {
                line.append(" (").append(labels.get("toConfirm")).append(')');
            }
            lines.add(line.toString());
        }
        return lines;
    }

    String eqfName() {
        return labels.get("eqfLevel") + " " + criteria.eqfLevel();
    }

    Labels labels() {
        return labels;
    }

    private PageBlocks narrativeBlocks(int level) {
        PageBlocks blocks = new PageBlocks()
                .heading(level, labels.get("objective"))
                .paragraph(criteria.objective().get(language))
                .heading(level, labels.get("areas"));
        int number = 1;
        for (CompetenceArea area : criteria.areas()) {
            blocks.heading(level + 1, number++ + ". " + area.name().get(language))
                    .strong(labels.get("outcomes"))
                    .bullets(area.outcomes().stream().map(text -> text.get(language)).toList())
                    .strong(labels.get("assessmentCriteria"))
                    .bullets(area.assessmentCriteria().stream().map(text -> text.get(language)).toList());
        }
        return blocks.heading(level, labels.get("evidence"))
                .numbered(criteria.evidence().stream().map(text -> text.get(language)).toList());
    }
}
