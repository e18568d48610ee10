package org.pensionbot.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.LabelledQuestion;
import org.pensionbot.corpus.TestSetFile;

/** Which typed messages start the reminder dialog instead of being searched in the FAQ. */
class ReminderIntentTest {

    @Test
    void shortRequestsForAReminderAreRecognised() {
        for (String request : List.of("提醒我", "到期提醒我", "设置提醒", "设个提醒", "请到期提醒我认证！", "明年提醒我", "能提醒我吗",
                "你能提醒我吗？", "帮我设置认证提醒", "怎么设置提醒", "提醒怎么设", "快到期的时候提醒我一下", "开启提醒", "提醒我 吧",
                "提醒我明年认证", "提醒我每年认证", "每年到时候提醒我一下", "明年记得提醒我认证", "记得提醒我", "提醒我妈认证",
                "明年提醒我妈认证", "提醒我一下认证", "你提醒我呗", "快到期了提醒我", "設置提醒", "幫我設置認證提醒",
                // Found by usability testers (2026-12-05): a request with what the dialog asks next, or in other words.
                "能帮我提醒我爸明年认证吗，他去年8月做的", "帮我设置个提醒，我妈去年5月认证的", "发个提醒给我", "帮我记着点认证的日子",
                // Found by a usability tester (2026-12-06): asking for it ahead of time is asking for it.
                "能提前几天提醒我吗", "到期前几天提醒我一下", "提前提醒我")) {
            assertThat(ReminderIntent.isRequest(request)).as(request).isTrue();
        }
    }

    @Test
    void noQuestionOfTheCorpusOrOfItsTestSetsIsTakenForARequest() throws Exception {
        Corpus corpus = CorpusLoader.load(Path.of("faq-corpus"));
        List<String> questions = new ArrayList<>();
        for (FaqEntry entry : corpus.entries()) {
            questions.add(entry.title());
            questions.addAll(entry.questions());
        }
        corpus.outOfScope().forEach(topic -> questions.addAll(topic.questions()));
        try (DirectoryStream<Path> sets = Files.newDirectoryStream(Path.of("faq-corpus"), "tests*.tsv")) {
            for (Path set : sets) {
                TestSetFile.read(set, corpus, new ArrayList<>()).stream().map(LabelledQuestion::question).forEach(questions::add);
            }
        }

        assertThat(questions).hasSizeGreaterThan(800)
                .filteredOn(ReminderIntent::isRequest).isEmpty();
    }

    @Test
    void questionsAboutOfficialNoticesAreNotRequests() {
        for (String question : List.of("社保会提醒我做认证吗", "认证到期有短信提醒吗", "社保认证提醒短信是什么样的", "到期提醒", "提醒",
                "支付宝会提醒我认证吗", "12333会提醒我吗")) {
            assertThat(ReminderIntent.isRequest(question)).as(question).isFalse();
        }
    }
}
