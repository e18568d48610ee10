package org.pensionbot.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The Markdown body of an entry: a lead answer, then {@code ## 步骤} (a numbered list, each step
 * optionally with its own help as bullets indented under it) and {@code ## 提示} (a bullet list).
 * Parsed with commonmark so that admins can use ordinary Markdown (bold, links, line wraps)
 * without breaking the structure.
 *
 * @param stepHelp one list per step: the bullets nested under it, never part of the step's text
 * @param summaryLine file line where the short answer starts
 */
record EntryBody(String summary, List<String> steps, List<List<String>> stepHelp, List<String> tips, int summaryLine) {

    static final String STEPS = "步骤";
    static final String TIPS = "提示";

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
    /**
     * A step typed the way a Chinese keyboard or habit writes it — "2.连上网络", "2、连上网络", "2．" — which Markdown
     * does not read as a new item but as more text of the step above (a number, a dot and a space start one).
     */
    private static final Pattern STEP_WITHOUT_SPACE = Pattern.compile("^\\s*\\d{1,2}(?:[.．)]\\S|[．、，,）])");
    /** A tip typed "-别着急" or "－别着急": Markdown reads it as more text of the tip above. */
    private static final Pattern TIP_WITHOUT_SPACE = Pattern.compile("^\\s*(?:[-*][^\\s\\-*]|[－—•·])");
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    /** Parses a body; problems are added to {@code problems} with file lines offset by {@code firstLine}. */
    static EntryBody parse(Path file, String markdown, int firstLine, List<CorpusProblem> problems) {
        Node document = PARSER.parse(markdown);
        StringBuilder summary = new StringBuilder();
        List<String> steps = new ArrayList<>();
        List<List<String>> stepHelp = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        int summaryLine = firstLine;
        String section = null;
        boolean seenSteps = false;
        boolean seenTips = false;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            int line = firstLine + lineIndex(block);
            if (block instanceof Heading heading) {
                section = text(heading).strip();
                if (heading.getLevel() != 2) {
                    problems.add(new CorpusProblem(file, line, "use '## ' (level 2) for section headings"));
                } else if (section.equals(STEPS)) {
                    seenSteps = duplicateCheck(file, line, seenSteps, STEPS, problems);
                } else if (section.equals(TIPS)) {
                    seenTips = duplicateCheck(file, line, seenTips, TIPS, problems);
                } else {
                    problems.add(new CorpusProblem(file, line,
                            "unknown section '## " + section + "' (expected '## " + STEPS + "' or '## " + TIPS + "')"));
                }
            } else if (section == null) {
                if (block instanceof ListBlock) {
                    problems.add(new CorpusProblem(file, line, "a list before any section: put steps under '## " + STEPS + "'"));
                } else {
                    if (summary.isEmpty()) {
                        summaryLine = line;
                    }
                    appendParagraph(summary, text(block));
                }
            } else if (section.equals(STEPS)) {
                if (block instanceof OrderedList list) {
                    addSteps(file, firstLine, list, steps, stepHelp, problems);
                } else if (block instanceof BulletList && !steps.isEmpty()) {
                    // commonmark nests a list under a step only when it is indented to the step's text.
                    problems.add(new CorpusProblem(file, line, "help under a step must be indented to line up with the step's text "
                            + "(3 spaces under '1. '); as it is, this list is not part of any step"));
                } else {
                    problems.add(new CorpusProblem(file, line, "'## " + STEPS + "' must hold a numbered list (1. 2. 3.)"));
                }
            } else if (section.equals(TIPS)) {
                if (block instanceof BulletList list) {
                    tips.addAll(items(list));
                } else if (block instanceof Paragraph) {
                    tips.add(text(block).strip());
                } else {
                    problems.add(new CorpusProblem(file, line, "'## " + TIPS + "' must hold a bullet list (- tip)"));
                }
            }
        }
        if (summary.isEmpty()) {
            problems.add(new CorpusProblem(file, firstLine, "the body must start with a short answer before the first '##' section"));
        }
        itemsMissingTheirSpace(file, markdown, firstLine, problems);
        return new EntryBody(summary.toString(), steps, stepHelp, tips, summaryLine);
    }

    /**
     * Lines of the steps and tips that look like a new step or tip but are not one to Markdown, which silently
     * joins them to the item above (and numbers the steps after them anew): each is a problem at its line.
     */
    private static void itemsMissingTheirSpace(Path file, String markdown, int firstLine, List<CorpusProblem> problems) {
        String section = null;
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                section = line.replaceFirst("^#+\\s*", "").strip();
            } else if (STEPS.equals(section) && STEP_WITHOUT_SPACE.matcher(line).find()) {
                problems.add(new CorpusProblem(file, firstLine + i, "write a step as a number, a dot and a space ('2. …'); "
                        + "as it is, this line is joined to the step above"));
            } else if ((STEPS.equals(section) || TIPS.equals(section)) && TIP_WITHOUT_SPACE.matcher(line).find()) {
                problems.add(new CorpusProblem(file, firstLine + i, "write a tip as a dash and a space ('- …', an ASCII '-'); "
                        + "as it is, this line is joined to the one above"));
            }
        }
    }

    /** Each item's own paragraphs are the step; a bullet list nested in it is that step's help. */
    private static void addSteps(Path file, int firstLine, OrderedList list, List<String> steps, List<List<String>> stepHelp,
                                 List<CorpusProblem> problems) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            List<String> text = new ArrayList<>();
            List<String> help = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof BulletList nested) {
                    help.addAll(items(nested));
                } else if (child instanceof OrderedList) {
                    problems.add(new CorpusProblem(file, firstLine + lineIndex(child),
                            "a numbered list inside a step: write the step's help as '- ' bullets, or make these steps of their own"));
                } else {
                    text.add(text(child));
                }
            }
            String step = oneLine(String.join("\n", text));
            if (!step.isEmpty()) {
                steps.add(step);
                stepHelp.add(help);
            } else if (!help.isEmpty()) {
                problems.add(new CorpusProblem(file, firstLine + lineIndex(item), "a step with help but no text of its own"));
            }
        }
    }

    private static boolean duplicateCheck(Path file, int line, boolean seen, String name, List<CorpusProblem> problems) {
        if (seen) {
            problems.add(new CorpusProblem(file, line, "section '## " + name + "' appears twice"));
        }
        return true;
    }

    private static void appendParagraph(StringBuilder summary, String paragraph) {
        if (paragraph.isBlank()) {
            return;
        }
        if (!summary.isEmpty()) {
            summary.append('\n');
        }
        summary.append(paragraph.strip());
    }

    private static List<String> items(ListBlock list) {
        List<String> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                // Render the item's blocks: TextContentRenderer renders a ListItem outside its list as "".
                String text = oneLine(Stream.iterate(item.getFirstChild(), Objects::nonNull, Node::getNext)
                        .map(EntryBody::text).collect(Collectors.joining("\n")));
                if (!text.isEmpty()) {
                    items.add(text);
                }
            }
        }
        return items;
    }

    /** A list item's text on one line: Markdown line wraps inside an item are not meant as breaks. */
    private static String oneLine(String text) {
        return LINE_BREAK.matcher(text.strip()).replaceAll(" ");
    }

    private static String text(Node node) {
        return TEXT.render(node);
    }

    private static int lineIndex(Node block) {
        return block.getSourceSpans().isEmpty() ? 0 : block.getSourceSpans().get(0).getLineIndex();
    }
}
