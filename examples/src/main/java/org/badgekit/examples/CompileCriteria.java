package org.badgekit.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.badgekit.BadgeException;
import org.badgekit.criteria.BadgeCriteria;
import org.badgekit.criteria.CriteriaCompiler;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.json.JsonCodec;
import org.badgekit.model.ob3.Achievement;

/**
 * Example 1: load a badge's competence criteria and compile them to an Open Badges 3.0 Achievement in Finnish.
 *
 * <p>Run: {@code java org.badgekit.examples.CompileCriteria [OUT_DIR [CRITERIA_DIR]]}; without a criteria folder it uses the
 * criteria bundled in the jar. The Achievement is what a credential's {@code credentialSubject.achievement} holds.
 */
public final class CompileCriteria {
    private CompileCriteria() {}

    /**
     * Runs the example.
     *
     * @param args optionally the output folder (default: the current directory), then a criteria folder like {@code criteria/}
     * @throws Exception when the criteria cannot be read
     */
    public static void main(String[] args) throws Exception {
        CriteriaLibrary library = args.length > 1 ? CriteriaLibrary.load(Path.of(args[1])) : CriteriaLibrary.bundled();
        run(System.out, library, Path.of(args.length > 0 ? args[0] : "."));
    }

    /**
     * Compiles the Learning Ambassador badge in Finnish and writes {@code achievement-fi.json} into {@code workDir}.
     *
     * @return the compiled Achievement
     * @throws BadgeException when the badge is missing or the language is not one of the file's
     * @throws IOException when the output cannot be written
     */
    public static Achievement run(PrintStream out, CriteriaLibrary library, Path workDir) throws BadgeException, IOException {
        // One YAML file per badge, in five languages; get() names the known ids when the one asked for is missing.
        BadgeCriteria criteria = library.get("learning-ambassador");
        out.println("badge " + criteria.id() + " version " + criteria.version() + ", languages " + criteria.languages());

        // The Achievement's id is where its definition will be published; achievementId() adds the badge id and version.
        URI id = CriteriaCompiler.achievementId(URI.create("https://badges.example.fi/achievements/"), criteria);
        Achievement achievement = CriteriaCompiler.toAchievement(criteria, "fi", id);
        out.println("name: " + achievement.name());
        // The criteria narrative is Markdown: objective, competence areas with outcomes, evidence to submit.
        out.println("criteria: " + achievement.criteria().narrative().lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).findFirst().orElse(""));

        // The JSON tree follows the OB 3.0 JSON binding: ready to embed, publish or sign.
        Path file = workDir.resolve("achievement-fi.json");
        Files.writeString(file, JsonCodec.writePretty(CriteriaCompiler.toJson(achievement)));
        out.println("wrote " + file.getFileName());
        return achievement;
    }
}
