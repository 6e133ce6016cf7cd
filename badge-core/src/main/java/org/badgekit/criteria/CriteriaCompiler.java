package org.badgekit.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.badgekit.BadgeException;
import org.badgekit.model.ob2.AlignmentObject;
import org.badgekit.model.ob2.BadgeClass;
import org.badgekit.model.ob2.Ob2Json;
import org.badgekit.model.ob2.Ref;
import org.badgekit.model.ob3.Achievement;
import org.badgekit.model.ob3.AchievementType;
import org.badgekit.model.ob3.Alignment;
import org.badgekit.model.ob3.AlignmentTargetType;
import org.badgekit.model.ob3.Criteria;
import org.badgekit.model.ob3.Image;
import org.badgekit.model.ob3.Ob3Json;
import org.badgekit.model.ob3.ResultDescription;
import org.badgekit.model.ob3.ResultType;

/**
 * Compiles a badge's criteria, in one language, to an Open Badges 3.0 {@link Achievement} or an Open Badges 2.0
 * {@link BadgeClass}.
 *
 * <p>The criteria narrative is Markdown built from the objective, the competence areas with their learning outcomes and
 * assessment criteria, and the evidence instructions. Every competence area becomes a {@code resultDescription} of type
 * {@code Status} (the assessor records whether the area was shown). Alignments: the EQF level (always) and every framework
 * alignment that has a URI; those still marked {@code confirm: true} without a URI are left out, since an OB alignment must
 * have a {@code targetUrl}.
 */
public final class CriteriaCompiler {
    /** The OB 2.0 JSON-LD context. */
    static final String OB2_CONTEXT = "https://w3id.org/openbadges/v2";
    private static final String EQF_FRAMEWORK = "European Qualifications Framework";

    private CriteriaCompiler() {}

    /**
     * The id this library suggests for an achievement: {@code BASE/ID/vVERSION}, e.g.
     * {@code https://issuer.example/badges/workplace-instructor/v1.0.0}.
     */
    public static URI achievementId(URI base, BadgeCriteria criteria) {
        String text = base.toString();
        return URI.create((text.endsWith("/") ? text : text + "/") + criteria.id() + "/v" + criteria.version());
    }

    /**
     * Compiles {@code criteria} to an OB 3.0 Achievement in {@code language}.
     *
     * @param id the Achievement's id, an absolute URI (see {@link #achievementId})
     * @throws BadgeException {@code INVALID_ARGUMENT} naming the language or id when they are not usable
     */
    public static Achievement toAchievement(BadgeCriteria criteria, String requestedLanguage, URI id) throws BadgeException {
        String language = language(requestedLanguage);
        CriteriaPage page = CriteriaPage.of(criteria, language);
        String base = absolute(id);
        Achievement.Builder achievement = Achievement.newBuilder()
                .id(base)
                .name(criteria.name().get(language))
                .description(criteria.description().get(language))
                .criteria(Criteria.newBuilder().narrative(page.narrative()).build())
                .achievementType(AchievementType.parse(criteria.achievementType()))
                .fieldOfStudy(criteria.fieldOfStudy().get(language))
                .inLanguage(language)
                .version(criteria.version().toString())
                .tag(page.tags());
        criteria.humanCode().ifPresent(achievement::humanCode);
        criteria.creditsAvailable().ifPresent(achievement::creditsAvailable);
        criteria.image().ifPresent(image -> achievement.image(Image.newBuilder()
                .id(image.dataUri()).caption(image.alt().get(language)).build()));
        achievement.addAlignment(Alignment.newBuilder()
                .targetName(page.eqfName())
                .targetUrl(CriteriaPage.EQF_BASE + criteria.eqfLevel())
                .targetFramework(EQF_FRAMEWORK)
                .targetCode(Integer.toString(criteria.eqfLevel()))
                .targetType(AlignmentTargetType.extension("EQFLevel"))
                .build());
        for (CriteriaAlignment alignment : criteria.alignments()) {
            if (alignment.targetUrl().isEmpty()) {
                continue;
            }
            Alignment.Builder ob3 = Alignment.newBuilder()
                    .targetName(alignment.targetName())
                    .targetUrl(alignment.targetUrl().get().toString())
                    .targetFramework(alignment.framework());
            alignment.targetCode().ifPresent(ob3::targetCode);
            alignment.targetType().ifPresent(type -> ob3.targetType(AlignmentTargetType.parse(type)));
            achievement.addAlignment(ob3.build());
        }
        for (CompetenceArea area : criteria.areas()) {
            achievement.addResultDescription(ResultDescription.newBuilder()
                    .id(base + "#" + area.id())
                    .name(area.name().get(language))
                    .resultType(ResultType.STATUS)
                    .build());
        }
        return achievement.build();
    }

    /**
     * Compiles {@code criteria} to an OB 2.0 BadgeClass in {@code language}; the language is declared with
     * {@code @language} in the JSON-LD context.
     *
     * @param id     the BadgeClass's id, an absolute URI (where it will be hosted)
     * @param issuer the issuer Profile's id
     * @throws BadgeException {@code INVALID_ARGUMENT} naming the language or id when they are not usable
     */
    public static BadgeClass toBadgeClass(BadgeCriteria criteria, String requestedLanguage, URI id, URI issuer)
            throws BadgeException {
        String language = language(requestedLanguage);
        CriteriaPage page = CriteriaPage.of(criteria, language);
        ArrayNode context = JsonNodeFactory.instance.arrayNode()
                .add(OB2_CONTEXT)
                .add(JsonNodeFactory.instance.objectNode().put("@language", language));
        BadgeClass.Builder badge = BadgeClass.newBuilder()
                .context(context)
                .id(absolute(id))
                .name(criteria.name().get(language))
                .description(criteria.description().get(language))
                .criteria(Ref.embed(org.badgekit.model.ob2.Criteria.newBuilder().narrative(page.narrative()).build()))
                .issuer(Ref.of(absolute(issuer)))
                .tags(page.tags())
                .version(TextNode.valueOf(criteria.version().toString()));
        criteria.image().ifPresent(image -> badge.image(Ref.embed(org.badgekit.model.ob2.Image.newBuilder()
                .id(image.dataUri()).caption(image.alt().get(language)).build())));
        List<AlignmentObject> alignments = new ArrayList<>();
        alignments.add(AlignmentObject.newBuilder()
                .targetName(page.eqfName())
                .targetUrl(CriteriaPage.EQF_BASE + criteria.eqfLevel())
                .targetFramework(EQF_FRAMEWORK)
                .targetCode(Integer.toString(criteria.eqfLevel()))
                .build());
        for (CriteriaAlignment alignment : criteria.alignments()) {
            alignment.targetUrl().ifPresent(url -> {
                AlignmentObject.Builder ob2 = AlignmentObject.newBuilder()
                        .targetName(alignment.targetName())
                        .targetUrl(url.toString())
                        .targetFramework(alignment.framework());
                alignment.targetCode().ifPresent(ob2::targetCode);
                alignments.add(ob2.build());
            });
        }
        return badge.alignment(alignments).build();
    }

    /** The Achievement as the JSON tree the OB 3.0 JSON binding defines. */
    public static JsonNode toJson(Achievement achievement) {
        return Ob3Json.toTree(achievement);
    }

    /** The BadgeClass as its OB 2.0 JSON-LD tree. */
    public static JsonNode toJson(BadgeClass badgeClass) {
        return Ob2Json.toTree(badgeClass);
    }

    /** The language code in lower case, when it is one of {@link LocalizedText#LANGUAGES}. */
    static String language(String language) throws BadgeException {
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        if (!LocalizedText.isSupported(lang)) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "language '" + language
                    + "' is not one of the criteria languages " + String.join(", ", LocalizedText.LANGUAGES));
        }
        return lang;
    }

    private static String absolute(URI id) throws BadgeException {
        if (id == null || !id.isAbsolute()) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT,
                    "id '" + id + "' is not an absolute URI, e.g. https://issuer.example/badges/workplace-instructor/v1.0.0");
        }
        return id.toString();
    }
}
