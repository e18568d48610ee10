package org.pensionbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adding a phrasing to an entry file touches one line; taking it out again restores the file exactly. */
class VariantEditTest {

    private static final String ENTRY = """
            ---
            id: demo
            title: 怎么认证？
            questions:
              - 支付宝怎么认证   # the usual way
              - "手机上咋认证"
            keywords: [支付宝]
            ---
            回答。
            """;

    @Test
    void addingPutsOneLineAfterTheLastPhrasingIndentedLikeIt() throws Exception {
        VariantEdit.Result added = VariantEdit.add(ENTRY, "  认证到期了有没有人提醒 ");

        assertThat(added.text()).isEqualTo(ENTRY.replace("  - \"手机上咋认证\"\n", "  - \"手机上咋认证\"\n  - 认证到期了有没有人提醒\n"));
        assertThat(added.line()).isEqualTo(7);
    }

    @Test
    void addingThenRemovingGivesBackEveryRealEntryFileExactly() throws IOException, VariantEdit.Refused {
        for (FaqEntry entry : RealCorpus.load().entries()) {
            String original = Files.readString(entry.file());

            VariantEdit.Result added = VariantEdit.add(original, "测试用的新问法");
            VariantEdit.Result removed = VariantEdit.remove(added.text(), "测试用的新问法");

            assertThat(lineDiff(original, added.text())).as(entry.id()).containsExactly("+" + added.line() + ":  - 测试用的新问法");
            assertThat(removed.text()).as(entry.id()).isEqualTo(original);
            assertThat(removed.line()).isEqualTo(added.line());
        }
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreKept() throws Exception {
        String windows = "\uFEFF" + ENTRY.replace("\n", "\r\n");

        String added = VariantEdit.add(windows, "新问法").text();

        assertThat(added).startsWith("\uFEFF---\r\n").contains("\r\n  - 新问法\r\n").doesNotContain("新问法\n  ");
        assertThat(added.replace("  - 新问法\r\n", "")).isEqualTo(windows);
    }

    @Test
    void aPhrasingYamlWouldMisreadIsQuoted() throws Exception {
        String added = VariantEdit.add(ENTRY, "注意: 别信 #1 \"骗子\"").text();

        assertThat(added).contains("  - \"注意: 别信 #1 \\\"骗子\\\"\"\n");
    }

    @Test
    void aPhrasingOnSeveralLinesBecomesOneLine() throws Exception {
        assertThat(VariantEdit.add(ENTRY, "认证\n到期了").text()).contains("  - 认证 到期了\n");
    }

    @Test
    void questionsWrittenAsAFlowListAreLeftToTheAdmin() {
        String flow = ENTRY.replace("questions:\n  - 支付宝怎么认证   # the usual way\n  - \"手机上咋认证\"\n", "questions: [支付宝怎么认证, 手机上咋认证]\n");

        assertThatThrownBy(() -> VariantEdit.add(flow, "新问法")).isInstanceOf(VariantEdit.Refused.class)
                .hasMessageContaining("add the phrasing by hand");
    }

    @Test
    void removingAPhrasingThatIsNotThereIsRefused() {
        assertThatThrownBy(() -> VariantEdit.remove(ENTRY, "没有这句")).isInstanceOf(VariantEdit.Refused.class)
                .hasMessageContaining("is not among the phrasings");
    }

    /** Lines only in {@code after}, as "+line:text"; fails if any line of {@code before} is gone. */
    private static List<String> lineDiff(String before, String after) {
        List<String> old = before.lines().toList();
        List<String> now = after.lines().toList();
        List<String> added = new ArrayList<>();
        int i = 0;
        for (int j = 0; j < now.size(); j++) {
            if (i < old.size() && old.get(i).equals(now.get(j))) {
                i++;
            } else {
                added.add("+" + (j + 1) + ":" + now.get(j));
            }
        }
        assertThat(i).as("every original line kept, in order").isEqualTo(old.size());
        return added;
    }
}
