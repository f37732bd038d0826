package nl.vangnet.inforequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A text with its non-shareable passages: the text as it may go to the involved persons (copies, inspection, letters:
 * every passage not decided to be shared is left out), and the text in segments for showing it to staff with each
 * marked passage visibly marked.
 */
public final class SharedText {

    /** Put where a passage was left out, so a reader sees that something was withheld, never what. */
    public static final String LEFT_OUT = "[…]";

    private SharedText() {
    }

    /** The text without the passages that are not (yet) decided to be shared; each left-out passage becomes {@link #LEFT_OUT}. */
    public static String forInvolvedPersons(String text, List<Passage> passages) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Passage p : ordered(passages)) {
            if (p.shared() || p.start() < at || p.end() > text.length()) {
                continue;
            }
            out.append(text, at, p.start()).append(LEFT_OUT);
            at = p.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /** A piece of the text: plain, or a marked passage. */
    public record Segment(String text, Passage passage) {

        public boolean marked() {
            return passage != null;
        }
    }

    /** The text in order as plain pieces and marked passages (overlaps are not stored: a later overlapping one is plain). */
    public static List<Segment> segments(String text, List<Passage> passages) {
        List<Segment> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int at = 0;
        for (Passage p : ordered(passages)) {
            if (p.start() < at || p.end() > text.length()) {
                continue;
            }
            if (p.start() > at) {
                out.add(new Segment(text.substring(at, p.start()), null));
            }
            out.add(new Segment(text.substring(p.start(), p.end()), p));
            at = p.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), null));
        }
        return out;
    }

    /**
     * Where the professional's pasted passage stands in the text: its first occurrence after {@code from} (spaces
     * around it ignored), or -1.
     */
    static int find(String text, String passage, int from) {
        return text == null || passage == null || passage.isBlank() ? -1 : text.indexOf(passage.strip(), Math.max(0, from));
    }

    private static List<Passage> ordered(List<Passage> passages) {
        return passages == null ? List.of() : passages.stream().sorted(Comparator.comparingInt(Passage::start)).toList();
    }
}
