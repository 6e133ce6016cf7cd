package org.badgekit.bake;

import java.io.IOException;
import org.badgekit.BadgeException;

/**
 * A character-level XML lexer that knows just enough to find tag boundaries and to bound every token: text runs, attribute
 * values, comments, CDATA sections, processing instructions and the DOCTYPE. It runs ahead of (or instead of) the StAX parser,
 * so a 100 MB text node or attribute is refused after {@code maxTokenChars} characters, before any parser buffers it, and a
 * DOCTYPE that declares entities is refused before any entity could be expanded.
 *
 * <p>It does not check well-formedness; StAX does. Tag positions it reports are only trusted after StAX accepted the document.
 */
final class XmlScanner {
    /** Receives tag boundaries; positions are character offsets from the start of the document. */
    interface Listener {
        /** A start tag begins at {@code lt} (its {@code <}). */
        default void startTagOpened(long lt) {}

        /** The start tag opened last ends at {@code gt} (its {@code >}). */
        default void startTagClosed(long gt, boolean selfClosing) {}

        /** An end tag ends at {@code gt}. */
        default void endTagClosed(long gt) {}
    }

    /** A limit or a refused construct, raised from inside a {@link java.io.Reader} as an {@link IOException}. */
    static final class Refusal extends IOException {
        private static final long serialVersionUID = 1L;
        private final BadgeException.Code code;

        Refusal(BadgeException.Code code, String message) {
            super(message);
            this.code = code;
        }

        BadgeException.Code code() {
            return code;
        }
    }

    private enum State { TEXT, LT, BANG, START_TAG, END_TAG, QUOTE, COMMENT, CDATA, PI, DOCTYPE, DOCTYPE_QUOTE, DOCTYPE_COMMENT }

    private static final Listener NONE = new Listener() {};
    private static final String ENTITY_DECLARATION = "<!ENTITY";
    private static final String COMMENT_START = "<!--";

    private final int maxTokenChars;
    private final Listener listener;
    private State state = State.TEXT;
    private char quote;
    private long position;
    private long tokenStart;
    private int run;
    private final StringBuilder bang = new StringBuilder();
    private char last;
    private char beforeLast;
    private int bracketDepth;
    private int entityMatch;
    private int commentMatch;

    XmlScanner(int maxTokenChars, Listener listener) {
        this.maxTokenChars = maxTokenChars;
        this.listener = listener == null ? NONE : listener;
    }

    /** Feeds the next characters of the document. */
    void feed(char[] chars, int from, int length) throws Refusal {
        for (int i = from; i < from + length; i++) {
            feed(chars[i]);
        }
    }

    /** Feeds a whole document held in memory. */
    void feed(CharSequence text) throws Refusal {
        for (int i = 0; i < text.length(); i++) {
            feed(text.charAt(i));
        }
    }

    private void feed(char c) throws Refusal {
        switch (state) {
            case TEXT:
                if (c == '<') {
                    enter(State.LT);
                } else {
                    count("text node");
                }
                break;
            case LT:
                if (c == '/') {
                    enter(State.END_TAG);
                } else if (c == '!') {
                    bang.setLength(0);
                    enter(State.BANG);
                } else if (c == '?') {
                    enter(State.PI);
                } else {
                    listener.startTagOpened(position - 1);
                    enter(State.START_TAG);
                }
                break;
            case BANG:
                bang.append(c);
                if ("--".contentEquals(bang)) {
                    enter(State.COMMENT);
                } else if ("[CDATA[".contentEquals(bang)) {
                    enter(State.CDATA);
                } else if (!"--".startsWith(bang.toString()) && !"[CDATA[".startsWith(bang.toString())) {
                    // <!DOCTYPE (or a declaration StAX will reject); "<!" + bang so far count toward the entity check
                    enter(State.DOCTYPE);
                    bracketDepth = 0;
                    entityMatch = 2;
                    commentMatch = 0;
                    for (int i = 0; i < bang.length(); i++) {
                        doctype(bang.charAt(i));
                    }
                }
                break;
            case START_TAG:
                if (c == '"' || c == '\'') {
                    quote = c;
                    enter(State.QUOTE);
                } else if (c == '>') {
                    listener.startTagClosed(position, last == '/');
                    enter(State.TEXT);
                } else {
                    count("start tag");
                }
                break;
            case END_TAG:
                if (c == '>') {
                    listener.endTagClosed(position);
                    enter(State.TEXT);
                } else {
                    count("end tag");
                }
                break;
            case QUOTE:
                if (c == quote) {
                    enter(State.START_TAG);
                } else {
                    count("attribute value");
                }
                break;
            case COMMENT:
                count("comment");
                if (c == '>' && last == '-' && beforeLast == '-') {
                    enter(State.TEXT);
                }
                break;
            case CDATA:
                count("CDATA section");
                if (c == '>' && last == ']' && beforeLast == ']') {
                    enter(State.TEXT);
                }
                break;
            case PI:
                count("processing instruction");
                if (c == '>' && last == '?') {
                    enter(State.TEXT);
                }
                break;
            case DOCTYPE:
            case DOCTYPE_QUOTE:
            case DOCTYPE_COMMENT:
                doctype(c);
                break;
            default:
                throw new IllegalStateException(state.name());
        }
        beforeLast = last;
        last = c;
        position++;
    }

    private void doctype(char c) throws Refusal {
        count("DOCTYPE");
        // checked in literals and comments too: a false alarm there only refuses an odd file, a miss would let one through
        entityMatch = ENTITY_DECLARATION.charAt(entityMatch) == c ? entityMatch + 1 : (c == '<' ? 1 : 0);
        if (entityMatch == ENTITY_DECLARATION.length()) {
            throw new Refusal(BadgeException.Code.UNSUPPORTED, "the DOCTYPE declares entities (<!ENTITY at character "
                    + (position - ENTITY_DECLARATION.length() + 1) + "); entity declarations are refused");
        }
        // no enter() inside: the DOCTYPE is bounded as a whole, quoted literals and comments included
        if (state == State.DOCTYPE_QUOTE) {
            state = c == quote ? State.DOCTYPE : state;
            return;
        }
        if (state == State.DOCTYPE_COMMENT) {
            state = c == '>' && last == '-' && beforeLast == '-' ? State.DOCTYPE : state;
            return;
        }
        commentMatch = COMMENT_START.charAt(commentMatch) == c ? commentMatch + 1 : (c == '<' ? 1 : 0);
        if (commentMatch == COMMENT_START.length()) {
            commentMatch = 0;
            state = State.DOCTYPE_COMMENT;
        } else if (c == '"' || c == '\'') {
            quote = c;
            state = State.DOCTYPE_QUOTE;
        } else if (c == '[') {
            bracketDepth++;
        } else if (c == ']') {
            bracketDepth--;
        } else if (c == '>' && bracketDepth <= 0) {
            enter(State.TEXT);
        }
    }

    private void enter(State next) {
        run = 0;
        tokenStart = position + 1;
        state = next;
    }

    private void count(String what) throws Refusal {
        if (++run > maxTokenChars) {
            throw new Refusal(BadgeException.Code.LIMIT_EXCEEDED, "SVG " + what + " starting near character " + tokenStart
                    + " is longer than the limit of " + maxTokenChars + " characters");
        }
    }
}
