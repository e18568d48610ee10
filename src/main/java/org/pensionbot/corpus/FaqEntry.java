package org.pensionbot.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One FAQ entry as an admin wrote it in {@code faq-corpus/entries/<id>.md}.
 *
 * <p>Immutable. {@code summary} is the lead text before the first heading; {@code steps} and
 * {@code tips} are the items of the {@code ## 步骤} and {@code ## 提示} lists, in order, as plain
 * text without their numbers or bullets. {@code stepHelp} has one list per step (often empty):
 * what explains the step or helps someone stuck at it, written as bullets indented under the step
 * and never part of the step's text. {@code procedure} is the front matter's {@code procedure:}
 * flag (default false). {@code whenItFails} names, best first, the entries to offer someone who
 * says this answer's way did not work ("还是不行"): the ways on, which {@code related} (what people
 * ask next) often are not. {@code way} is this entry's way in one line ("不用手机：带上身份证…"), shown where it is
 * offered as a way on; empty when it has none. {@code screenSays} are the messages a phone or counter screen shows that
 * this entry explains ("相似度", "认证范围"), each as few characters as tell it apart: someone quoting one gets this entry,
 * and the line of it that quotes the message.
 */
public record FaqEntry(
        String id,
        String title,
        List<String> questions,
        List<String> keywords,
        List<String> related,
        List<String> sources,
        LocalDate updated,
        String summary,
        List<String> steps,
        List<String> tips,
        Path file,
        boolean procedure,
        List<List<String>> stepHelp,
        List<String> whenItFails,
        String way,
        List<String> screenSays) {

    public FaqEntry {
        questions = List.copyOf(questions);
        keywords = List.copyOf(keywords);
        related = List.copyOf(related);
        sources = List.copyOf(sources);
        steps = List.copyOf(steps);
        tips = List.copyOf(tips);
        stepHelp = helpPerStep(steps.size(), stepHelp);
        whenItFails = List.copyOf(whenItFails);
        way = way == null ? "" : way.strip();
        screenSays = List.copyOf(screenSays);
    }

    /** An entry that explains no screen message. */
    public FaqEntry(String id, String title, List<String> questions, List<String> keywords, List<String> related,
                    List<String> sources, LocalDate updated, String summary, List<String> steps, List<String> tips, Path file,
                    boolean procedure, List<List<String>> stepHelp, List<String> whenItFails, String way) {
        this(id, title, questions, keywords, related, sources, updated, summary, steps, tips, file, procedure, stepHelp, whenItFails,
                way, List.of());
    }

    /** An entry without a way line. */
    public FaqEntry(String id, String title, List<String> questions, List<String> keywords, List<String> related,
                    List<String> sources, LocalDate updated, String summary, List<String> steps, List<String> tips, Path file,
                    boolean procedure, List<List<String>> stepHelp, List<String> whenItFails) {
        this(id, title, questions, keywords, related, sources, updated, summary, steps, tips, file, procedure, stepHelp, whenItFails,
                "");
    }

    /** How this entry is offered as a way on: its way line, or its title when it has none. */
    public String asAWayOn() {
        return way.isEmpty() ? title : way;
    }

    /** An entry that names no other ways for when it fails. */
    public FaqEntry(String id, String title, List<String> questions, List<String> keywords, List<String> related,
                    List<String> sources, LocalDate updated, String summary, List<String> steps, List<String> tips, Path file,
                    boolean procedure, List<List<String>> stepHelp) {
        this(id, title, questions, keywords, related, sources, updated, summary, steps, tips, file, procedure, stepHelp, List.of());
    }

    /** An entry that is not a procedure and has no step help (steps are shown as a plain list). */
    public FaqEntry(String id, String title, List<String> questions, List<String> keywords, List<String> related,
                    List<String> sources, LocalDate updated, String summary, List<String> steps, List<String> tips, Path file) {
        this(id, title, questions, keywords, related, sources, updated, summary, steps, tips, file, false, List.of(), List.of());
    }

    /**
     * True when the entry is marked {@code procedure: true} and has steps: only then does a channel
     * offer to walk through it one step at a time.
     */
    public boolean isProcedure() {
        return procedure && !steps.isEmpty();
    }

    /** The answer in brief: the first line of its short answer; empty for an entry without one. */
    public Optional<String> brief() {
        return summary.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst();
    }

    /**
     * The first step, help under a step or tip that quotes {@code screenMessage} as written: the line that explains what
     * the screen said.
     */
    public Optional<String> lineQuoting(String screenMessage) {
        List<String> lines = new ArrayList<>();
        for (int step = 0; step < steps.size(); step++) {
            lines.add(steps.get(step));
            lines.addAll(stepHelp.get(step));
        }
        lines.addAll(tips);
        return lines.stream().filter(line -> line.contains(screenMessage)).findFirst();
    }

    /** The help written under step {@code step} (1-based); empty when it has none or there is no such step. */
    public List<String> helpForStep(int step) {
        return step >= 1 && step <= stepHelp.size() ? stepHelp.get(step - 1) : List.of();
    }

    /**
     * Whether {@code line} of an answer sends the reader to another entry, written as {@code docs/CORPUS-FORMAT.md}
     * says: 请看“刷不了脸怎么办”那一条. Such a line names a matter; it does not answer it.
     */
    public static boolean pointsElsewhere(String line) {
        return POINTER.matcher(line).find();
    }

    private static final Pattern POINTER = Pattern.compile("请看“[^”]+”那一条");

    /** One (possibly empty) list per step, whatever the caller passed: shorter lists are padded, longer cut. */
    private static List<List<String>> helpPerStep(int steps, List<List<String>> help) {
        List<List<String>> perStep = new ArrayList<>(steps);
        for (int i = 0; i < steps; i++) {
            perStep.add(help != null && i < help.size() && help.get(i) != null ? List.copyOf(help.get(i)) : List.of());
        }
        return List.copyOf(perStep);
    }
}
