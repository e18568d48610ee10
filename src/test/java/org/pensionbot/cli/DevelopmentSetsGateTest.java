package org.pensionbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pensionbot.corpus.CorpusProblem;
import org.pensionbot.corpus.QualityBar;
import org.pensionbot.corpus.QualityBarsFile;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.corpus.TestSetFile;
import org.pensionbot.eval.Outcome;

/**
 * Holds every development set at its bar in {@code faq-corpus/quality-bars.tsv}, so that no change to answering (or
 * to the synonyms file) makes them worse unnoticed. {@code eval} reads the same file for its verdict, so an admin
 * sees before committing what this test will say. The sets: {@code tests.tsv}, the long messages
 * ({@code LongQuestionsTest} says how they were measured), real people's questions ({@code tests-real-dev.tsv},
 * the half of the real questions we tune on), questions typed by voice input or a pinyin IME
 * ({@code tests-voice.tsv}), an input method's sound-alikes and an accent's near sounds that the
 * synonyms file does not list ({@code tests-typos.tsv}, {@code tests-accents.tsv}), Traditional
 * characters with Cantonese or Taiwanese usage ({@code tests-traditional.tsv}) and other dialects'
 * words ({@code tests-dialects.tsv}). The frozen half of the real questions is never gated or tuned on: its
 * figures are in BENCHMARKS.md.
 *
 * <p>Never lower a bar to make a build green: mend retrieval or the corpus instead. A failure lists every miss.
 *
 * <p>How the bars were reached, set by set. {@code tests.tsv}: the right entry first for 93.6 % when retrieval moved
 * to Lucene and the embedding model (the old engine's 95 % was tuned on this very file), 97.3 % of its neighbours
 * turned away; answered right and wrong held since 2026-12-06, a few points around the 91.0 % and 0.3 % measured. The bars are the measured level, not the goal (top-1 ≥ 90 %, answered right ≥ 75 %, answered
 * wrong ≤ 2 %, negatives turned away ≥ 85 %): raise them as the corpus and retrieval improve. Measured
 * 2026-12-03 after a third collection round added 43 questions the corpus had never seen (28 answerable):
 * 84.1 % top-1, 2 of 145 answered wrong (1.4 %; the bar is the goal's 2 %), 100 % turned away; after
 * a fourth round added 21 more (17 answerable), 136 of 162 right first (84.0 %), 2 answered wrong (1.2 %).
 * 2026-12-04, after the answering lead was raised to 0.12 (0 answered wrong) and a fifth round added
 * 25 more (15 answerable, nothing written from them): 146 of 177 right first (82.5 %), 0 answered
 * wrong, 98.6 % turned away; a sixth round of 30 real neighbouring questions: 99.0 % turned away.
 * That afternoon a seventh round added 16 (13 answerable, unseen: half of them right first):
 * 153 of 190 right first (80.5 %), 0 answered wrong, 98.1 % turned away. Ordering a choice by
 * closeness to each entry as a whole too (2026-12-04 night): 155 of 190 (81.6 %). An eighth round
 * added 34 (21 answerable, unseen: 10 of them right first): 165 of 211 (78.2 %), 0 answered wrong,
 * 97.5 % turned away. A ninth round added 27 (13 answerable, unseen: 10 right first; 14 neighbours,
 * 10 turned away): 175 of 224 (78.1 %), 0 answered wrong, 94.7 % turned away; with a synonym for
 * 电子医保卡 and one phrasing for contribution standards written from them, 96.2 %. A tenth round
 * added 28 (15 answerable, unseen: 9 right first; 1 answered wrong, "司南社保认证步骤" with the general
 * how-to entry): 184 of 239 (77.0 %); three phrasings and one neighbouring question written from them:
 * 187 of 239 (78.2 %), 1 answered wrong (0.4 %), 95.9 % turned away; three how-to phrasings for bare
 * in-domain questions: 189 of 239 (79.1 %). An eleventh round added 18 (10 answerable, unseen: 8 right
 * first; 8 neighbours, 5 turned away): 197 of 249 (79.1 %), 94.2 % turned away; two neighbouring
 * questions written from them (a pension after moving one's hukou, unbinding the e-card): 95.5 %.
 *
 * <p>{@code tests-voice.tsv}: homophones such as 任证, 养老斤 or 片子 reach the bot only through the
 * synonyms file, which a later edit could quietly undo. Measured 2026-12-05, once the homophone rules
 * and the yes-or-no forms of asking for the result (成功没成功) were in: 72 of 80 right first (90.0 %),
 * none answered wrong, all 20 neighbouring matters turned away; with the synonyms file of that morning
 * 85 % and one answered wrong.
 *
 * <p>{@code tests-typos.tsv}: sound-alikes no synonym lists (忍证, 社包, 刷怜) reach the bot only through
 * the search package's homophone repair. Measured 2026-12-05: 87 of 100 right first, none answered
 * wrong, all 20 neighbouring matters turned away; without the repair 63 %.
 *
 * <p>{@code tests-accents.tsv}: near sounds (色保, 养脑金, 认镇) reach the bot through the repair's
 * blurred pinyin. Measured 2026-12-05: 78 of 80 right first, none answered wrong, 20 of 20 turned
 * away; with exact sounds only 87 %. {@code tests-traditional.tsv}: Cantonese and Taiwanese words
 * reach it through the synonyms file (喺, 冇, 係咪, 點搞, 臉部辨識, 登入). Measured the same day: 73 of 80
 * right first, one answered wrong ("養老認證係咪每年都要做㗎", the what-is entry), 19 of 20 turned away;
 * without the Cantonese and Taiwanese rules 79 %. {@code tests-dialects.tsv}: Wu, Min, Northeastern,
 * Sichuan and other dialect words reach it through the synonyms file (阿拉, 阮, 按怎, 嘎哈, 木有, 么子).
 * Measured the same day: 70 of 80 right first, none answered wrong, 20 of 20 turned away; without
 * those rules 78.8 %. At the end of that session (the 是不是 reading, 登陆, 姆妈, and a caller asking for
 * a card number raising the scam alarm): tests-voice 73 of 80, tests-typos 88 of 100, tests-traditional
 * 74 of 80, tests-dialects 71 of 80 right first; the bars follow. Since choices are ordered with the
 * entry classifier (search's {@code EntryClassifier}, 2026-12-05): tests-voice 74, tests-typos 91,
 * tests-accents 79, tests-dialects 74 right first, tests-traditional 74 — 23 more across all the
 * development sets, 6 more of the unseen stand-in's 249. 16 more neighbouring phrasings (a topic for
 * notarisation and bank apps' help; round 7 of real questions) retrain that classifier, and
 * "我人喺東莞，可唔可以就近去東莞社保窗口認證？" — the local office's help 0.489 against offline
 * certification 0.492 in the choice's order, a near tie — turned to the other entry: tests-traditional
 * 73, its bar 91 %. Any corpus edit can turn such a tie either way (a question or two per set; a tighter
 * stopping tolerance only made it rarer), so the bars sit a question below the measured level where a
 * set has near ties.
 *
 * <p>{@code tests-keywords.tsv}: a first message of a keyword or two (材料, 代办, 人在外地) reaches its
 * entry through the dialog package's reading of it as about the bot's subject ({@code KeywordMessage}).
 * Measured 2026-12-05: 104 of 120 right first (86.7 %; without that reading 78.3 %, with 16 instead
 * of 5 "I don't know"s), one answered wrong ("新退休要认证吗", the what-is entry, before as after), 38 of
 * 40 turned away. Short messages with a word the corpus never uses ("今天天气怎么样") keep their
 * "I don't know" ({@code KeywordMessageTest}).
 *
 * <p>{@code tests-pinyin.tsv}: questions typed in pinyin letters reach their entry through the search
 * package's {@code PinyinInput}. Measured 2026-12-05: without it 2 of 60 right first; run unseen 53 of
 * 60 (88.3 %); with the second readings of 行 and 地 and pairs inside words counting more, 55 of 60
 * (91.7 %), one answered wrong ("zenme zhidao wo xia ci renzheng shi shenme shihou", read right, answered
 * with the result entry as its characters are), 20 of 20 turned away.
 *
 * <p>{@code tests-relatives.tsv}: relatives asking on someone's behalf (帮我妈认证, 我在外地怎么帮奶奶弄). Run once
 * unseen 2026-12-05: 54 of 80 right first, 3 answered wrong — one of them the scam alarm reading steps written on
 * paper for a mother as a secret written down for a stranger (mended: 55 of 80, 2 wrong) — 19 of 20 turned away.
 * A second round (100 more, most asking something other than how to help), run once unseen: 67 of 80 right
 * first, 1 answered wrong, 19 of 20 turned away; together 122 of 160, 3 wrong, 38 of 40.
 *
 * <p>{@code tests-forum-style.tsv} (questions as typed into Q&A sites and message boards) and
 * {@code tests-elderly-style.tsv} (messages as elderly pensioners type or dictate them), each 100 + 30 neighbours,
 * written blind and run once unseen 2026-12-05: 89 and 82 of 100 right first, 0 and 2 answered wrong, 27 and 29
 * of 30 turned away. {@code tests-group-chat-style.tsv} (group-chat messages, people asking for others, particular
 * situations; 100 + 30), written blind later that day and run once unseen at the session's start and its end:
 * 75 and 74 right first, 51 and 65 answered right, 2 and 3 answered wrong, all 30 turned away.
 *
 * <p>Answered outright and right is held too, since a first question the classifier finds likely is answered at
 * the clarify floor (2026-12-05; {@code DecisionThresholds.answerWhenLikely}): a change that turns answers back
 * into choices is as visible to a user as one that loses the right entry. The bars are about two points under
 * the levels measured once the classifier also read the question's words (search's {@code TermFeatures}), which
 * answered one more question wrongly in tests-voice ("户口在河南人在北京能去北京设保大厅当面认证不" → the offline
 * entry, labelled the local office's help) and in tests-elderly-style ("儿子在外地 能不能给我弄认证" → certifying
 * elsewhere, labelled helping a parent), and one fewer in the stand-in; their bars allow that one.
 */
class DevelopmentSetsGateTest {

    /**
     * How large each set must stay (rows, of them neighbouring questions), so that a file cut short by a bad merge
     * does not pass its bar on what is left.
     */
    private static final Map<String, int[]> MIN_ROWS_AND_NEGATIVES = Map.ofEntries(
            Map.entry("tests.tsv", new int[] {200, 40}),
            Map.entry("tests-long.tsv", new int[] {40, 0}),
            Map.entry("tests-very-long.tsv", new int[] {40, 10}),
            Map.entry("tests-real-dev.tsv", new int[] {150, 30}),
            Map.entry("tests-voice.tsv", new int[] {100, 20}),
            Map.entry("tests-typos.tsv", new int[] {120, 20}),
            Map.entry("tests-accents.tsv", new int[] {100, 20}),
            Map.entry("tests-traditional.tsv", new int[] {100, 20}),
            Map.entry("tests-dialects.tsv", new int[] {100, 20}),
            Map.entry("tests-keywords.tsv", new int[] {160, 40}),
            Map.entry("tests-pinyin.tsv", new int[] {80, 20}),
            Map.entry("tests-relatives.tsv", new int[] {200, 40}),
            Map.entry("tests-forum-style.tsv", new int[] {130, 30}),
            Map.entry("tests-elderly-style.tsv", new int[] {130, 30}),
            Map.entry("tests-group-chat-style.tsv", new int[] {130, 30}),
            Map.entry("tests-scam-mentions.tsv", new int[] {70, 0}));

    static Stream<QualityBar> bars() {
        List<CorpusProblem> problems = new ArrayList<>();
        List<QualityBar> bars = QualityBarsFile.read(RealCorpus.DIR, problems);
        assertThat(problems).isEmpty();
        return bars.stream();
    }

    private static final Map<String, LabelledSetRun> RUNS = new ConcurrentHashMap<>();

    private static LabelledSetRun run(QualityBar bar) {
        return RUNS.computeIfAbsent(bar.file(), LabelledSetRun::of);
    }

    /** A set added without a bar would be measured by nobody; the held-out ones (the frozen half) must never get one. */
    @Test
    void everyDevelopmentSetHasABarAndTheFrozenHalfNone() {
        List<String> sets = TestSetFile.developmentSetsIn(RealCorpus.DIR).stream().map(Path::getFileName).map(Path::toString).toList();
        assertThat(bars().map(QualityBar::file)).containsExactlyInAnyOrderElementsOf(sets)
                .doesNotContain(TestSetFile.FROZEN, "tests-scam-mentions-frozen.tsv");
        assertThat(MIN_ROWS_AND_NEGATIVES).containsOnlyKeys(sets);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bars")
    void setIsWellFormedAndKeepsItsSize(QualityBar bar) {
        LabelledSetRun run = run(bar);
        int[] minimum = MIN_ROWS_AND_NEGATIVES.get(bar.file());
        assertThat(run.problems()).isEmpty();
        assertThat(run.rows()).hasSizeGreaterThanOrEqualTo(minimum[0]);
        assertThat(run.report().negativeRows()).isGreaterThanOrEqualTo(minimum[1]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bars")
    void rightEntryFirstAtLeastAtTheBar(QualityBar bar) {
        LabelledSetRun run = run(bar);
        assertThat(run.report().accuracy()).as("top-1 on %d questions; misses:%n%s", run.report().answerableRows(),
                run.misses(miss -> miss.row().answerable())).isGreaterThanOrEqualTo(bar.minTopOne());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bars")
    void answeredOutrightAndRightAtLeastAtTheBar(QualityBar bar) {
        LabelledSetRun run = run(bar);
        assertThat(run.report().answeredCorrectly()).as("answered outright and right on %d questions; not answered outright:%n%s",
                run.report().answerableRows(), run.misses(miss -> miss.row().answerable() && miss.outcome() != Outcome.ANSWERED_WRONG))
                .isGreaterThanOrEqualTo(bar.minAnsweredRight());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bars")
    void fewConfidentWrongAnswers(QualityBar bar) {
        LabelledSetRun run = run(bar);
        assertThat(run.report().share(Outcome.ANSWERED_WRONG)).as("answered outright with another entry:%n%s",
                run.misses(miss -> miss.outcome() == Outcome.ANSWERED_WRONG)).isLessThanOrEqualTo(bar.maxAnsweredWrong());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bars")
    void neighbouringQuestionsAreTurnedAway(QualityBar bar) {
        LabelledSetRun run = run(bar);
        assertThat(run.report().rejection()).as("negatives not turned away:%n%s",
                run.misses(miss -> !miss.row().answerable())).isGreaterThanOrEqualTo(bar.minTurnedAway());
    }
}
