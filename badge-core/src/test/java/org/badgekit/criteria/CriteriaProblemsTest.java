package org.badgekit.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CriteriaProblemsTest {
    @TempDir
    Path dir;
    private String original;

    @BeforeEach
    void copyTheRealWorkplaceInstructorFile() throws IOException {
        Path source = ProjectCriteria.folder();
        original = Files.readString(source.resolve("workplace-instructor.yaml"));
        Files.createDirectories(dir.resolve("images"));
        Files.copy(source.resolve("images/workplace-instructor.svg"), dir.resolve("images/workplace-instructor.svg"));
    }

    @Test
    void theUnchangedCopyIsClean() throws Exception {
        write("workplace-instructor.yaml", original);
        assertThat(CriteriaLibrary.check(dir).problems()).isEmpty();
    }

    @Test
    void rejectsAMissingTranslationNamingFileLineAndLanguage() throws Exception {
        String broken = original.replace("  lv: Mācību meistars darba vietā\n", "");
        Path file = write("workplace-instructor.yaml", broken);

        List<CriteriaProblem> problems = CriteriaLibrary.check(dir).problems();

        assertThat(problems).containsExactly(new CriteriaProblem(file.toString(), lineOf(broken, "name:"), "name.lv",
                "missing the Latvian (lv) text"));
        assertThat(problems.get(0).toString())
                .isEqualTo(file + ":" + lineOf(broken, "name:") + ": name.lv: missing the Latvian (lv) text");
    }

    @Test
    void rejectsAMissingTranslationDeepInsideAnAreaWithItsPath() throws Exception {
        String broken = original.replace(
                "        nl: Neemt direct contact op met de docent als de veiligheid, het welzijn of de voortgang van de student"
                        + " in gevaar is.\n", "");
        Path file = write("workplace-instructor.yaml", broken);

        List<CriteriaProblem> problems = CriteriaLibrary.check(dir).problems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.path()).isEqualTo("areas[4].assessmentCriteria[2].nl");
            assertThat(problem.line()).isEqualTo(lineOf(broken, "      - en: Contacts the teacher without delay"));
            assertThat(problem.message()).contains("Dutch (nl)");
        });
    }

    @Test
    void rejectsAnUnknownKeyOnItsOwnLine() throws Exception {
        String broken = original.replace("eqfLevel: 4\n", "eqfLevel: 4\ncolour: green\n");
        Path file = write("workplace-instructor.yaml", broken);

        assertThat(CriteriaLibrary.check(dir).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.line()).isEqualTo(lineOf(broken, "colour: green"));
            assertThat(problem.path()).isEqualTo("colour");
            assertThat(problem.message()).startsWith("unknown key 'colour'; expected one of").contains("eqfLevel");
        });
    }

    @Test
    void rejectsAMisspelledLanguageCode() throws Exception {
        String broken = original.replace("  et: Töökohajuhendaja\n", "  ee: Töökohajuhendaja\n");
        write("workplace-instructor.yaml", broken);

        assertThat(CriteriaLibrary.check(dir).problems()).extracting(CriteriaProblem::path, CriteriaProblem::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name.et", lineOf(broken, "name:")),
                        org.assertj.core.groups.Tuple.tuple("name.ee", lineOf(broken, "  ee: Töökohajuhendaja")));
    }

    @Test
    void rejectsAMalformedAlignmentUrlNamingTheAlignment() throws Exception {
        String broken = original.replace("    targetName: give constructive feedback\n",
                "    targetName: give constructive feedback\n    targetUrl: data.europa.eu/esco/skill/123\n");
        Path file = write("workplace-instructor.yaml", broken);

        assertThat(CriteriaLibrary.check(dir).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.line()).isEqualTo(lineOf(broken, "    targetUrl: data.europa.eu"));
            assertThat(problem.path()).isEqualTo("alignments[1].targetUrl");
            assertThat(problem.message()).contains("'data.europa.eu/esco/skill/123'", "absolute http(s) URL");
        });
    }

    @Test
    void requiresATargetUrlUnlessTheAlignmentAwaitsConfirmation() throws Exception {
        String broken = original.replaceFirst("    confirm: true\n", "");
        write("workplace-instructor.yaml", broken);

        assertThat(CriteriaLibrary.check(dir).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("alignments[0].targetUrl");
            assertThat(problem.message()).contains("confirm: true");
        });
    }

    @Test
    void rejectsTheSameIdInTwoFilesNamingBoth() throws Exception {
        Path first = write("a-first.yaml", original);
        Path second = write("b-second.yaml", original);

        CriteriaReport report = CriteriaLibrary.check(dir);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(second.toString());
            assertThat(problem.line()).isEqualTo(lineOf(original, "id: workplace-instructor"));
            assertThat(problem.path()).isEqualTo("id");
            assertThat(problem.message()).contains("'workplace-instructor'", first.toString());
        });
        assertThat(report.criteria()).hasSize(1);
    }

    @Test
    void rejectsAVersionLowerThanTheNewestChangelogEntry() throws Exception {
        String broken = original.replace("version: \"0.1.0\"\nstatus", "version: \"0.0.9\"\nstatus");
        write("workplace-instructor.yaml", broken);

        assertThat(CriteriaLibrary.check(dir).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("version");
            assertThat(problem.line()).isEqualTo(lineOf(broken, "version: \"0.0.9\""));
            assertThat(problem.message()).isEqualTo("version 0.0.9 went backwards: the changelog already records 0.1.0");
        });
    }

    @Test
    void rejectsAVersionLowerThanTheLastKnownVersion() throws Exception {
        write("workplace-instructor.yaml", original);

        CriteriaReport report = CriteriaLibrary.check(dir, Map.of("workplace-instructor", CriteriaVersion.parse("0.2.0")));

        assertThat(report.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .isEqualTo("version 0.1.0 went backwards: the last known version of workplace-instructor is 0.2.0"));
        assertThat(report.criteria()).isEmpty();
        assertThat(CriteriaLibrary.check(dir, Map.of("workplace-instructor", CriteriaVersion.parse("0.1.0"))).clean())
                .isTrue();
    }

    @Test
    void rejectsAChangelogThatIsNotNewestFirst() throws Exception {
        String broken = original.replace("version: \"0.1.0\"\nstatus", "version: \"0.2.0\"\nstatus").replace(
                "changelog:\n", "changelog:\n  - version: \"0.0.5\"\n    date: \"2026-12-01\"\n    note: older\n"
                        + "  - version: \"0.2.0\"\n    date: \"2026-11-28\"\n    note: newer\n");
        write("workplace-instructor.yaml", broken);

        assertThat(CriteriaLibrary.check(dir).problems()).extracting(CriteriaProblem::path)
                .containsExactly("version", "changelog[1].version");
    }

    @Test
    void reportsEveryProblemOfAFileInOnePass() throws Exception {
        String broken = original.replace("eqfLevel: 4\n", "eqfLevel: 11\n")
                .replace("status: draft\n", "status: final\n")
                .replace("achievementType: Badge\n", "achievementType: Sticker\n")
                .replaceFirst("objective:\n", "objectives:\n");
        write("workplace-instructor.yaml", broken);

        assertThat(CriteriaLibrary.check(dir).problems()).extracting(CriteriaProblem::path)
                .containsExactlyInAnyOrder("objective", "objectives", "status", "achievementType", "eqfLevel");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() throws Exception {
        write("workplace-instructor.yaml", "id: x\nname: [unclosed\nversion: \"1.0.0\"\n");

        assertThat(CriteriaLibrary.check(dir).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isGreaterThan(1);
            assertThat(problem.message()).startsWith("not valid YAML");
        });
    }

    @Test
    void reportsADuplicateKeyInsteadOfKeepingTheLastValue() throws Exception {
        String broken = original.replace("hours: 54\n", "hours: 54\nhours: 60\n");
        write("workplace-instructor.yaml", broken);

        assertThat(CriteriaLibrary.check(dir).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(broken, "hours: 60"));
            assertThat(problem.message()).contains("duplicate key 'hours'");
        });
    }

    @Test
    void rejectsAnImageOutsideTheFolderOrMissing() throws Exception {
        write("workplace-instructor.yaml", original.replace("path: images/workplace-instructor.svg", "path: ../secret.svg"));
        assertThat(CriteriaLibrary.check(dir).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.path()).isEqualTo("image.path"));

        write("workplace-instructor.yaml", original.replace("path: images/workplace-instructor.svg", "path: images/none.png"));
        assertThat(CriteriaLibrary.check(dir).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("does not exist"));
    }

    @Test
    void requiresTheIndexToListExactlyTheFolderFiles() throws Exception {
        write("workplace-instructor.yaml", original);
        write(CriteriaLibrary.INDEX, "# bundled\nlearning-ambassador.yaml\n");

        assertThat(CriteriaLibrary.check(dir).problems()).extracting(CriteriaProblem::message).containsExactly(
                "workplace-instructor.yaml is not listed, so the jar would not bundle it; add a line 'workplace-instructor.yaml'",
                "lists learning-ambassador.yaml, which is not in " + dir);
    }

    @Test
    void loadThrowsInvalidInputNamingTheFirstProblemAndTheCount() throws Exception {
        write("workplace-instructor.yaml", original.replace("eqfLevel: 4\n", "eqfLevel: 0\ncolour: green\n"));

        assertThatThrownBy(() -> CriteriaLibrary.load(dir)).isInstanceOfSatisfying(BadgeException.class, e -> {
            assertThat(e.code()).isEqualTo(BadgeException.Code.INVALID_INPUT);
            assertThat(e.getMessage()).contains("workplace-instructor.yaml:", "(and 1 more");
        });
    }

    @Test
    void anEmptyFileOrAListIsNotACriteriaFile() throws Exception {
        Path empty = write("empty.yaml", "");
        Path list = write("list.yaml", "- workplace-instructor\n");

        assertThat(CriteriaLibrary.check(dir).problems()).containsExactly(
                new CriteriaProblem(empty.toString(), 1, "", "file is empty; expected a YAML mapping with the badge criteria"),
                new CriteriaProblem(list.toString(), 1, "", "expected a mapping of keys to values, found a list"));
    }

    @Test
    void missingRequiredFieldsAreAllReportedInTheOrderOfTheFormat() throws Exception {
        write("workplace-instructor.yaml", "id: workplace-instructor\n");

        assertThat(CriteriaLibrary.check(dir).problems()).extracting(CriteriaProblem::path).containsExactly("version",
                "status", "changelog", "achievementType", "eqfLevel", "name", "shortDescription", "description",
                "objective", "fieldOfStudy", "areas", "evidence");
    }

    @Test
    void aMissingFolderIsNotFound() {
        assertThatThrownBy(() -> CriteriaLibrary.check(dir.resolve("nope"))).isInstanceOfSatisfying(BadgeException.class,
                e -> assertThat(e.code()).isEqualTo(BadgeException.Code.NOT_FOUND));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static int lineOf(String text, String prefix) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }
}
