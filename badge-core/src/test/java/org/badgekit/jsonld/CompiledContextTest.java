package org.badgekit.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

class CompiledContextTest {
    private final ContextCompiler compiler = new ContextCompiler(BundledContexts.instance()::json);

    private CompiledContext openBadges() {
        ArrayNode urls = JsonNodeFactory.instance.arrayNode().add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        return compiler.process(compiler.initial(), urls, null, false, true);
    }

    @Test
    void aScopedContextIsProcessedOncePerContextItIsAppliedTo() {
        CompiledContext root = openBadges();
        CompiledTerm achievement = root.term("Achievement");
        CompiledContext first = root.withTypeScoped(achievement, compiler);
        assertThat(root.withTypeScoped(achievement, compiler)).isSameAs(first);
        assertThat(first.previous()).as("a type-scoped context reverts in nested nodes").isSameAs(root);
        assertThat(first.term("achievementType")).isNotNull();
        assertThat(root.term("achievementType")).as("only inside an Achievement").isNull();
        assertThat(compiler.memoizedContexts()).isEqualTo(1);
    }

    @Test
    void theMemoStopsGrowingAtItsBoundAndDerivedContextsStillWork() {
        CompiledContext context = openBadges();
        CompiledTerm achievement = context.term("Achievement");
        // every step derives from a new context, so each would be a new memo entry
        for (int i = 0; i < ContextCompiler.MAX_MEMOIZED + 500; i++) {
            context = context.withTypeScoped(achievement, compiler);
        }
        assertThat(compiler.memoizedContexts()).isEqualTo(ContextCompiler.MAX_MEMOIZED);
        assertThat(context.term("achievementType").iri)
                .isEqualTo("https://purl.imsglobal.org/spec/vc/ob/vocab.html#achievementType");
    }
}
