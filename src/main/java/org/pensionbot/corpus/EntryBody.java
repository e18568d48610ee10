package org.pensionbot.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * The Markdown body of an entry: a lead answer, then {@code ## 步骤} (a numbered list) and
 * {@code ## 提示} (a bullet list). Parsed with commonmark so that admins can use ordinary
 * Markdown (bold, links, line wraps) without breaking the structure.
 */
record EntryBody(String summary, List<String> steps, List<String> tips) {

    static final String STEPS = "步骤";
    static final String TIPS = "提示";

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    /** Parses a body; problems are added to {@code problems} with file lines offset by {@code firstLine}. */
    static EntryBody parse(Path file, String markdown, int firstLine, List<CorpusProblem> problems) {
        Node document = PARSER.parse(markdown);
        StringBuilder summary = new StringBuilder();
        List<String> steps = new ArrayList<>();
        List<String> tips = new ArrayList<>();
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
                    appendParagraph(summary, text(block));
                }
            } else if (section.equals(STEPS)) {
                if (block instanceof OrderedList list) {
                    steps.addAll(items(list));
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
        return new EntryBody(summary.toString(), steps, tips);
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
                String text = java.util.stream.Stream.iterate(item.getFirstChild(), java.util.Objects::nonNull, Node::getNext).map(EntryBody::text).collect(java.util.stream.Collectors.joining("\n")).strip().replaceAll("\\s*\\n\\s*", " ");
                if (!text.isEmpty()) {
                    items.add(text);
                }
            }
        }
        return items;
    }

    private static String text(Node node) {
        return TEXT.render(node);
    }

    private static int lineIndex(Node block) {
        return block.getSourceSpans().isEmpty() ? 0 : block.getSourceSpans().get(0).getLineIndex();
    }
}
