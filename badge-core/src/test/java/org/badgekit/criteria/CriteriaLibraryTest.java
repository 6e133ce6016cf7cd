package org.badgekit.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CriteriaLibraryTest {

    @Test
    void projectCriteriaFolderHasNoProblems() throws Exception {
        CriteriaReport report = CriteriaLibrary.check(ProjectCriteria.folder());
        assertThat(report.problems()).isEmpty();
        assertThat(report.criteria()).extracting(BadgeCriteria::id)
                .containsExactly("learning-ambassador", "workplace-instructor");
    }

    @Test
    void bundledCriteriaAreTheSameAsTheProjectFolder() throws Exception {
        CriteriaLibrary bundled = CriteriaLibrary.bundled();
        CriteriaLibrary folder = CriteriaLibrary.load(ProjectCriteria.folder());
        assertThat(bundled.versions()).isEqualTo(folder.versions());
        List<BadgeCriteria> fromJar = bundled.all();
        List<BadgeCriteria> fromFolder = folder.all();
        for (int i = 0; i < fromJar.size(); i++) {
            BadgeCriteria jar = fromJar.get(i);
            BadgeCriteria dir = fromFolder.get(i);
            assertThat(jar.name()).isEqualTo(dir.name());
            assertThat(jar.areas()).isEqualTo(dir.areas());
            assertThat(jar.image().map(CriteriaImage::dataUri)).isEqualTo(dir.image().map(CriteriaImage::dataUri));
        }
    }
}
