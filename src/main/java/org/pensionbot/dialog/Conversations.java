package org.pensionbot.dialog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.search.ScoredEntry;
import org.pensionbot.search.SearchResult;

/**
 * Replies within a chat, remembering its last reply for a while so that a person can go on the
 * way people talk: a number picks one of the entries just offered ("2", "第二个", "二"); "第三步是什么意思"
 * explains that step of the last answer; a follow-up ("还有别的办法吗", "那如果今年没认证呢",
 * "他不在家怎么办") is read together with the last topic.
 *
 * <p>Context ends after {@link #QUIET_SPELL} without messages, or when a message is clearly a new
 * question of its own (answered confidently without the context). It lives in memory only, keyed
 * by the channel's opaque chat key, and is never stored or logged.
 *
 * <p>Channel-free and thread-safe; each chat's messages are expected one at a time.
 */
public final class Conversations {

    /** After this long without a message, the next one starts afresh. */
    public static final Duration QUIET_SPELL = Duration.ofMinutes(30);
    /** Chats remembered at most; beyond it the oldest memories are dropped. */
    static final int MAX_CHATS = 20_000;

    private final DialogEngine engine;
    private final Clock clock;
    private final Map<String, Memory> memories = new ConcurrentHashMap<>();

    public Conversations(DialogEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    public Conversations(DialogEngine engine) {
        this(engine, Clock.systemUTC());
    }

    /** The reply to a message in chat {@code chatKey}. Never throws for any input. */
    public Reply reply(String chatKey, String text) {
        return decide(chatKey, text).reply();
    }

    /** The reply and why it was chosen (see {@link Decision}). */
    public Decision decide(String chatKey, String text) {
        Memory memory = recall(chatKey);
        Decision decision = memory == null ? engine.decide(text) : withContext(memory, text);
        remember(chatKey, decision.reply());
        return decision;
    }

    /** Records a reply the channel produced without a message (a tapped button), as the chat's context. */
    public void remember(String chatKey, Reply reply) {
        if (memories.size() >= MAX_CHATS) {
            forgetQuietChats();
        }
        FaqEntry topic = reply instanceof Reply.Answer answer ? answer.entry()
                : reply instanceof Reply.StepDetail step ? step.entry()
                : null;
        Memory previous = memories.get(chatKey);
        if (topic == null && previous != null && reply instanceof Reply.SmallTalk) {
            topic = previous.topic(); // "谢谢" keeps the topic for the next follow-up
        }
        memories.put(chatKey, new Memory(reply, topic, clock.instant()));
    }

    /** Forgets a chat (the person asked to start over, or blocked the bot). */
    public void forget(String chatKey) {
        memories.remove(chatKey);
    }

    private Memory recall(String chatKey) {
        Memory memory = memories.get(chatKey);
        if (memory != null && memory.isQuietSince(clock.instant())) {
            memories.remove(chatKey);
            return null;
        }
        return memory;
    }

    private Decision withContext(Memory memory, String text) {
        List<FaqEntry> offered = offered(memory.last());
        OptionalInt choice = NumberWords.choice(text);
        if (choice.isPresent() && !offered.isEmpty()) {
            return chosen(text, choice.getAsInt(), offered);
        }
        OptionalInt step = NumberWords.step(text);
        if (step.isPresent() && memory.topic() != null && !memory.topic().steps().isEmpty()) {
            return stepDetail(text, step.getAsInt(), memory.topic());
        }
        Decision alone = engine.decide(text);
        if (memory.topic() == null || !FOLLOW_UP_CANDIDATES.contains(alone.rule())) {
            return alone; // confident on its own, small talk or an alarm: a new topic, or none
        }
        Decision together = engine.decideFollowUp(text, memory.topic());
        return together.rule() == Decision.Rule.CONTEXT ? together : alone;
    }

    /** Decisions a follow-up read with the last topic may improve on. */
    private static final java.util.Set<Decision.Rule> FOLLOW_UP_CANDIDATES =
            java.util.EnumSet.of(Decision.Rule.UNSURE, Decision.Rule.NO_MATCH, Decision.Rule.OUT_OF_SCOPE);

    private Decision chosen(String text, int number, List<FaqEntry> offered) {
        if (number < 1 || number > offered.size()) {
            String prompt = offered.size() == 1 ? "请回复 1，或者直接打字问我。" : "请回复 1–" + offered.size() + " 中的一个数字，或者直接打字问我。";
            return new Decision(new Reply.SmallTalk(text, false, Reply.SmallTalkKind.CHOICE_OUT_OF_RANGE, prompt),
                    Decision.Rule.CHOICE, SearchResult.empty());
        }
        Reply answer = engine.answerFor(offered.get(number - 1).id()).map(Reply.class::cast).orElseGet(() -> engine.reply(text));
        return new Decision(answer, Decision.Rule.CHOICE, SearchResult.empty());
    }

    private static Decision stepDetail(String text, int number, FaqEntry topic) {
        if (number < 1 || number > topic.steps().size()) {
            String prompt = "这条回答一共 " + topic.steps().size() + " 步。请回复“第1步”到“第" + topic.steps().size() + "步”，我再说一遍。";
            return new Decision(new Reply.SmallTalk(text, false, Reply.SmallTalkKind.CHOICE_OUT_OF_RANGE, prompt),
                    Decision.Rule.CONTEXT, SearchResult.empty());
        }
        return new Decision(new Reply.StepDetail(text, false, topic, number), Decision.Rule.CONTEXT, SearchResult.empty());
    }

    /** The entries the last reply offered, in the order it numbered them. */
    static List<FaqEntry> offered(Reply reply) {
        if (reply instanceof Reply.Answer answer) {
            return answer.related();
        }
        if (reply instanceof Reply.Clarify clarify) {
            return clarify.candidates().stream().map(ScoredEntry::entry).toList();
        }
        if (reply instanceof Reply.Fallback fallback) {
            return fallback.suggestions();
        }
        return List.of();
    }

    private void forgetQuietChats() {
        Instant now = clock.instant();
        memories.values().removeIf(memory -> memory.isQuietSince(now));
        if (memories.size() >= MAX_CHATS) {
            memories.clear(); // a flood of new chats: losing context is harmless, running out of memory is not
        }
    }

    /** What the bot remembers of one chat. */
    private record Memory(Reply last, FaqEntry topic, Instant at) {
        boolean isQuietSince(Instant now) {
            return Duration.between(at, now).compareTo(QUIET_SPELL) > 0;
        }
    }
}
