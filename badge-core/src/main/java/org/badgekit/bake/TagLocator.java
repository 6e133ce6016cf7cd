package org.badgekit.bake;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds, by start-tag ordinal, where elements start and end in the text: the positions the textual SVG splice needs. The
 * ordinals come from the StAX pass, so the element is chosen by namespace URI while the positions come from the lexer.
 */
final class TagLocator implements XmlScanner.Listener {
    /** Character positions of an element or start tag: {@code start} is its {@code <}, {@code end} its last {@code >}. */
    record Span(int start, int end) {}

    private final Set<Integer> targets;
    private final Map<Integer, Span> startTags = new HashMap<>();
    private final Map<Integer, Span> elements = new HashMap<>();
    private final Map<Integer, Integer> openAtDepth = new HashMap<>();
    private int ordinal = -1;
    private int depth;
    private long pendingStart;

    TagLocator(Set<Integer> targets) {
        this.targets = Set.copyOf(targets);
    }

    @Override
    public void startTagOpened(long lt) {
        ordinal++;
        pendingStart = lt;
    }

    @Override
    public void startTagClosed(long gt, boolean selfClosing) {
        boolean target = targets.contains(ordinal);
        if (target) {
            startTags.put(ordinal, new Span((int) pendingStart, (int) gt));
            if (selfClosing) {
                elements.put(ordinal, new Span((int) pendingStart, (int) gt));
            } else {
                openAtDepth.put(depth + 1, ordinal);
            }
        }
        if (!selfClosing) {
            depth++;
        }
    }

    @Override
    public void endTagClosed(long gt) {
        Integer closed = openAtDepth.remove(depth);
        if (closed != null) {
            elements.put(closed, new Span(startTags.get(closed).start(), (int) gt));
        }
        depth--;
    }

    /** The start tag of a target, or {@code null} when the lexer did not see it. */
    Span startTag(int target) {
        return startTags.get(target);
    }

    /** The whole element of a target, from its {@code <} to the {@code >} of its end tag, or {@code null}. */
    Span element(int target) {
        return elements.get(target);
    }
}
