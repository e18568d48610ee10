package org.pensionbot.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Puts the YAML mistakes admins really make into plain words, at the line where they are: a
 * missing space after {@code -} or {@code :}, a tab, an unclosed quote or bracket, wrong
 * indentation. The parser's own messages ("mapping values are not allowed here", "expected
 * &lt;block end&gt;") name its grammar, not the mistake.
 *
 * <p>Two of these mistakes are not even errors to a YAML parser: {@code -b} under a list and an
 * item indented one space further than the one above silently become part of the previous text
 * ("a -b"), so a phrasing disappears. {@link #scan} finds them by looking at the lines before
 * parsing; {@link #explain} words the parser's errors. Stateless and thread-safe.
 */
final class YamlMistakes {

    private static final Pattern DASH_WITHOUT_SPACE = Pattern.compile("^( *)-([^\\s-].*)$");
    private static final Pattern DASH_ITEM = Pattern.compile("^( *)- ");
    /** A field name glued to its value: {@code title:怎样}; a URL's {@code ://} is not that. */
    private static final Pattern KEY_WITHOUT_SPACE = Pattern.compile("^ *(?:- )?([A-Za-z][A-Za-z0-9_-]*):([^\\s/:].*)$");
    private static final Pattern KEY = Pattern.compile("^( *)(?:- )?[A-Za-z][A-Za-z0-9_-]*:(\\s|$)");
    private static final Pattern LEADING_TAB = Pattern.compile("^ *\t");
    /** A field name followed by a Chinese keyboard's full-width colon: {@code title：怎样}. */
    private static final Pattern KEY_WITH_FULL_WIDTH_COLON = Pattern.compile("^( *)([A-Za-z][A-Za-z0-9_-]*)\\s*：\\s*(.*)$");
    /** An item begun with a Chinese keyboard's dash: {@code －问题}, {@code — 问题}. */
    private static final Pattern FULL_WIDTH_DASH = Pattern.compile("^( *)[－—–]\\s*(.*)$");
    private static final Pattern COMMENT = Pattern.compile("(^|\\s)#");

    private YamlMistakes() {
    }

    /**
     * Mistakes the parser would not report or would report far from where they are.
     *
     * @param firstLine file line of the YAML text's first line
     */
    static List<CorpusProblem> scan(Path file, String yaml, int firstLine) {
        List<CorpusProblem> problems = new ArrayList<>();
        String[] lines = yaml.split("\r?\n", -1);
        // Consecutive "- " lines: {indent, file line}. A key line or other text ends the run.
        List<int[]> run = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int at = firstLine + i;
            String content = withoutComment(line);
            if (content.isBlank() || content.strip().equals("---")) {
                continue;
            }
            if (LEADING_TAB.matcher(line).find()) {
                problems.add(new CorpusProblem(file, at, "invalid YAML: a tab at the start of the line; "
                        + "YAML indents with spaces only: replace the tab with spaces"));
                continue;
            }
            Matcher wideColon = KEY_WITH_FULL_WIDTH_COLON.matcher(content);
            if (wideColon.matches()) {
                problems.add(new CorpusProblem(file, at, "invalid YAML: '" + wideColon.group(2) + "' is followed by a full-width '：' "
                        + "(a Chinese keyboard's): write '" + wideColon.group(1) + wideColon.group(2) + ": " + wideColon.group(3).strip()
                        + "' with an ASCII ':' and a space"));
                continue;
            }
            Matcher wideDash = FULL_WIDTH_DASH.matcher(content);
            if (wideDash.matches()) {
                String indent = indentOfItemsAround(run, lines, i).orElse(wideDash.group(1));
                problems.add(new CorpusProblem(file, at, "invalid YAML: an item must start with an ASCII '-' and a space, "
                        + "not a full-width dash: write '" + indent + "- " + wideDash.group(2).strip() + "'"));
                continue;
            }
            Matcher dash = DASH_WITHOUT_SPACE.matcher(content);
            if (dash.matches()) {
                String indent = indentOfItemsAround(run, lines, i).orElse(dash.group(1));
                problems.add(new CorpusProblem(file, at, "invalid YAML: a space is missing after '-': write '"
                        + indent + "- " + dash.group(2).strip() + "'"));
                continue;
            }
            Matcher key = KEY_WITHOUT_SPACE.matcher(content);
            if (key.matches()) {
                problems.add(new CorpusProblem(file, at, "invalid YAML: a space is missing after '" + key.group(1) + ":': write '"
                        + key.group(1) + ": " + key.group(2).strip() + "'"));
                continue;
            }
            Matcher item = DASH_ITEM.matcher(content);
            if (item.find()) {
                checkItemIndent(file, item.group(1).length(), at, run, problems);
                run.add(new int[] {item.group(1).length(), at});
            } else {
                run.clear();
            }
        }
        return problems;
    }

    /**
     * The indent a fix should give the item on line {@code i}: that of the items just above it ({@code run}), or
     * else of the next line if that is an item. Keeping the typed indent would fix " -问题" among "  - …" items to
     * " - 问题", still out of line, and the next run would blame the line below.
     */
    private static Optional<String> indentOfItemsAround(List<int[]> run, String[] lines, int i) {
        if (!run.isEmpty()) {
            return Optional.of(" ".repeat(run.get(run.size() - 1)[0]));
        }
        for (int next = i + 1; next < lines.length; next++) {
            String content = withoutComment(lines[next]);
            if (content.isBlank()) {
                continue;
            }
            Matcher item = DASH_ITEM.matcher(content);
            return item.find() ? Optional.of(item.group(1)) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * An item indented further than the item right above it. If an earlier item of the run has
     * this column, the one above was the odd one out (indented less); otherwise this one is. An
     * item indented less with nothing after it is the end of a nested list, which is fine.
     */
    private static void checkItemIndent(Path file, int indent, int line, List<int[]> run, List<CorpusProblem> problems) {
        if (run.isEmpty() || indent <= run.get(run.size() - 1)[0]) {
            return;
        }
        int[] above = run.get(run.size() - 1);
        if (run.get(0)[0] == indent) {
            problems.add(new CorpusProblem(file, above[1], "invalid YAML: wrong indentation: this item starts "
                    + above[0] + " spaces in, the items around it " + indent + ": start every item of a list in the same column"));
        } else {
            problems.add(new CorpusProblem(file, line, "invalid YAML: this item is indented further than the item above "
                    + "(" + indent + " spaces instead of " + above[0] + "), so it would be read as part of that "
                    + "item's text: start every item of a list in the same column"));
        }
    }

    /**
     * The parser's error in plain words, and the line it belongs to.
     *
     * @param firstLine file line of the YAML text's first line
     */
    static CorpusProblem explain(Path file, String yaml, int firstLine, MarkedYamlEngineException e) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        Optional<Mark> where = e.getProblemMark().or(e::getContextMark);
        Optional<Mark> opened = e.getContextMark().or(e::getProblemMark);
        String[] lines = yaml.split("\r?\n", -1);
        if (context.contains("quoted scalar")) {
            String quote = opened.map(m -> charAt(lines, m)).orElse("\"");
            return at(file, firstLine, opened, "a quote (" + quote + ") opened here is never closed: end the text with "
                    + quote + " on the same line, or leave the quotes out");
        }
        if (context.contains("flow sequence") || context.contains("flow mapping")) {
            boolean list = context.contains("sequence");
            return at(file, firstLine, opened, "a '" + (list ? "[" : "{") + "' opened here is not closed with '" + (list ? "]" : "}")
                    + "' on this line (items are separated by ', ')");
        }
        if (problem.contains("TAB") || problem.contains("\\t")) {
            return at(file, firstLine, where, "a tab character; YAML indents with spaces only: replace the tab with spaces");
        }
        if (problem.contains("mapping values are not allowed")) {
            int line = where.map(Mark::getLine).orElse(0);
            if (line < lines.length && line > 0 && indentChanged(lines, line)) {
                return at(file, firstLine, where, "wrong indentation: this field does not start in the same column as "
                        + "the fields above it");
            }
            return at(file, firstLine, where, "': ' (a colon and a space) inside a text: YAML reads it as 'field: value'. "
                    + "Put the whole text in quotes (\"...\") or write the Chinese colon '：'");
        }
        if (problem.contains("expected <block end>") || problem.contains("could not find expected ':'")) {
            Optional<Mark> line = problem.contains("could not find expected ':'") ? opened : where;
            return at(file, firstLine, line, "wrong indentation or a line that is neither 'field: value' nor '- item': "
                    + "items of one list start in the same column, fields at the start of the line");
        }
        return at(file, firstLine, where, "this is not valid YAML (the parser says: " + problem + ")");
    }

    private static CorpusProblem at(Path file, int firstLine, Optional<Mark> mark, String message) {
        return new CorpusProblem(file, mark.map(m -> m.getLine() + firstLine).orElse(firstLine), "invalid YAML: " + message);
    }

    /** Whether the field on {@code line} (0-based) starts in another column than the nearest field above it. */
    private static boolean indentChanged(String[] lines, int line) {
        int here = leadingSpaces(lines[line]);
        for (int i = line - 1; i >= 0; i--) {
            Matcher key = KEY.matcher(lines[i]);
            if (key.find()) {
                return key.group(1).length() != here;
            }
        }
        return false;
    }

    private static int leadingSpaces(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String charAt(String[] lines, Mark mark) {
        String line = mark.getLine() < lines.length ? lines[mark.getLine()] : "";
        return mark.getColumn() < line.length() ? String.valueOf(line.charAt(mark.getColumn())) : "\"";
    }

    /** The line without a {@code #} comment (a {@code #} after a space or at the start, as YAML reads it). */
    private static String withoutComment(String line) {
        Matcher comment = COMMENT.matcher(line);
        return comment.find() ? line.substring(0, comment.start()) : line;
    }
}
