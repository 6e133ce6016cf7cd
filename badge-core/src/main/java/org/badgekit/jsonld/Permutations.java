package org.badgekit.jsonld;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Every distinct ordering of a list, in lexicographic order (duplicates produce each distinct ordering once). */
final class Permutations implements Iterable<List<String>> {
    private final List<String> sorted;

    private Permutations(List<String> items) {
        this.sorted = new ArrayList<>(items);
        Collections.sort(this.sorted);
    }

    static Permutations of(List<String> items) {
        return new Permutations(items);
    }

    @Override
    public Iterator<List<String>> iterator() {
        return new Iterator<>() {
            private List<String> next = new ArrayList<>(sorted);

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public List<String> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                List<String> current = next;
                next = advance(new ArrayList<>(current));
                return current;
            }
        };
    }

    /** Narayana's next permutation, or null after the last one. */
    private static List<String> advance(List<String> a) {
        int i = a.size() - 2;
        while (i >= 0 && a.get(i).compareTo(a.get(i + 1)) >= 0) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        int j = a.size() - 1;
        while (a.get(j).compareTo(a.get(i)) <= 0) {
            j--;
        }
        Collections.swap(a, i, j);
        Collections.reverse(a.subList(i + 1, a.size()));
        return a;
    }
}
