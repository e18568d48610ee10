package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.Reply;
import org.pensionbot.fuzz.HostileText;
import org.pensionbot.search.ScoredEntry;
import org.pensionbot.telegram.fake.TelegramHtml;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * Property-based fuzzing of the Telegram rendering: {@link ReplyRenderer} and
 * {@link StepRenderer}, followed by {@link MessageSplitter} as the outbound queue applies it.
 * For engine replies to hostile text, and for replies built from entries whose every field is
 * hostile (an admin's typo, pasted HTML, a 6,000-character line, a very long id): rendering
 * never throws, every part sent is well-formed Telegram HTML of at most 4096 characters with no
 * broken surrogate pair, and every button has a label and {@code callback_data} of at most
 * 64 bytes.
 */
class ReplyRendererFuzzTest {

    private static DialogEngine engine;
    private static ReplyRenderer renderer;

    @BeforeContainer
    static void buildIndexOnce() {
        engine = TestEngine.get();
        renderer = new ReplyRenderer(engine::popularTopics);
    }

    @Property(tries = 150)
    void engineRepliesToHostileTextRenderAsValidMessages(@ForAll("hostile") String text) {
        assertSendable(renderer.render(engine.reply(text)));
    }

    @Property(tries = 10)
    void engineRepliesToVeryLongTextRenderAsValidMessages(@ForAll("veryLong") String text) {
        assertSendable(renderer.render(engine.reply(text)));
    }

    @Property(tries = 80)
    void answersFromHostileEntriesRenderAsValidMessages(@ForAll("entries") FaqEntry entry, @ForAll("entryLists") List<FaqEntry> related,
                                                         @ForAll boolean personalData) {
        assertSendable(renderer.render(new Reply.Answer("q", personalData, entry, 0.9, related, List.of(scored(entry)))));
    }

    @Property(tries = 50)
    void clarifyAndFallbackWithHostileEntriesRenderAsValidMessages(@ForAll("entryLists") List<FaqEntry> entries,
                                                                   @ForAll("text") String redirect, @ForAll boolean personalData) {
        if (entries.size() >= 2) {
            assertSendable(renderer.render(new Reply.Clarify("q", personalData, entries.stream().limit(3).map(ReplyRendererFuzzTest::scored).toList())));
        }
        for (Reply.FallbackReason reason : Reply.FallbackReason.values()) {
            String shown = reason == Reply.FallbackReason.OUT_OF_SCOPE ? redirect : null;
            assertSendable(renderer.render(new Reply.Fallback("q", personalData, reason, shown, entries, List.of())));
        }
        assertSendable(renderer.render(new Reply.SmallTalk("q", personalData, Reply.SmallTalkKind.GREETING, redirect)));
    }

    @Property(tries = 60)
    void stepsOfHostileEntriesRenderAsValidMessages(@ForAll("procedures") FaqEntry entry, @ForAll @IntRange(min = -3, max = 40) int step) {
        assertSendable(OutgoingMessage.of(StepRenderer.step(entry, step)));
        assertSendable(OutgoingMessage.of(StepRenderer.stuck(entry, step)));
    }

    /** What Telegram must accept: every part well-formed and short enough, every button valid. */
    private static void assertSendable(OutgoingMessage message) {
        for (String part : MessageSplitter.split(message.html())) {
            assertThat(TelegramHtml.problems(part)).as("part of %s", abbreviated(message.html())).isEmpty();
            assertThat(unpairedSurrogateAt(part)).as("broken surrogate pair in a part").isEqualTo(-1);
        }
        if (message.keyboard() instanceof InlineKeyboardMarkup keyboard) {
            for (List<InlineKeyboardButton> row : keyboard.getKeyboard()) {
                assertThat(row).isNotEmpty();
                for (InlineKeyboardButton button : row) {
                    assertThat(button.getText()).as("button label").isNotBlank();
                    assertThat(unpairedSurrogateAt(button.getText())).as("broken surrogate pair in label '%s'", button.getText()).isEqualTo(-1);
                    assertThat(button.getCallbackData()).as("callback_data").isNotEmpty();
                    assertThat(button.getCallbackData().getBytes(StandardCharsets.UTF_8)).as("callback_data bytes").hasSizeLessThanOrEqualTo(64);
                }
            }
        }
    }

    private static int unpairedSurrogateAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String abbreviated(String html) {
        return html.length() <= 200 ? html : html.substring(0, 200) + "… (" + html.length() + " chars)";
    }

    private static ScoredEntry scored(FaqEntry entry) {
        return new ScoredEntry(entry, 0.5, List.of());
    }

    @Provide
    Arbitrary<String> hostile() {
        return HostileText.any();
    }

    @Provide
    Arbitrary<String> veryLong() {
        return HostileText.veryLong();
    }

    /** Hostile text as a corpus file can hold it: valid UTF-8, so no unpaired surrogates, and not blank. */
    @Provide
    Arbitrary<String> text() {
        return Arbitraries.frequencyOf(Tuple.of(4, HostileText.any()), Tuple.of(1, HostileText.veryLong()))
                .map(ReplyRendererFuzzTest::asUtf8File)
                .filter(t -> !t.isBlank());
    }

    @Provide
    Arbitrary<FaqEntry> entries() {
        return entry(0);
    }

    @Provide
    Arbitrary<FaqEntry> procedures() {
        return entry(1);
    }

    @Provide
    Arbitrary<List<FaqEntry>> entryLists() {
        return entry(0).list().ofMaxSize(6);
    }

    private Arbitrary<FaqEntry> entry(int minSteps) {
        Arbitrary<String> id = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofMinLength(1).ofMaxLength(80);
        Arbitrary<String> shortText = HostileText.any().map(ReplyRendererFuzzTest::asUtf8File).filter(t -> !t.isBlank());
        return Combinators.combine(id, Arbitraries.oneOf(shortText, longTitle()), text(), shortText.list().ofMinSize(minSteps).ofMaxSize(30), shortText.list().ofMaxSize(20))
                .as((entryId, title, summary, steps, tips) -> new FaqEntry(entryId, title, List.of("q"), List.of(), List.of(), List.of(),
                        LocalDate.of(2026, 1, 1), summary, steps, tips, Path.of(entryId + ".md")));
    }

    /**
     * Titles around the button-label limit, mixing Han, rare Han outside the BMP (place names use
     * them) and emoji, so that a label cut can land inside a surrogate pair.
     */
    private static Arbitrary<String> longTitle() {
        Arbitrary<Integer> codePoint = Arbitraries.oneOf(Arbitraries.integers().between(0x4E00, 0x9FA5),
                Arbitraries.integers().between(0x20000, 0x2A6D6), Arbitraries.integers().between(0x1F300, 0x1F64F));
        return codePoint.list().ofMinSize(20).ofMaxSize(40)
                .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
    }

    private static String asUtf8File(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
