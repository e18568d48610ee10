package org.pensionbot.dialog;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.search.ScoredEntry;
import org.pensionbot.search.SearchResult;

/**
 * Replies within a chat, remembering its last reply for a while so that a person can go on the
 * way people talk: a number picks one of the entries just offered ("2", "第二个", "二"); "第三步是什么意思"
 * explains that step of the last answer, and a bare number after it another step; a question about
 * a detail of the last answer ("能提前做不") gets the sentence of it that answers; a follow-up
 * ("还有别的办法吗", "那如果今年没认证呢", "他不在家怎么办") is read together with the last topic; a
 * detail added to a question the bot asked back about ("我妈的认证咋弄" → a choice → "她在老家 我在外地")
 * is read with everything said since that question; right after the fraud entry's steps, "我已经说了"
 * gets them again;
 * "更多提示" (or "更多", or 0) shows its tips; a message that still comes near nothing ("那怎么弄"
 * after a choice) gets "没太明白" and what was offered before, not "I only know certification". A
 * tapped choice ({@link #tap}) is part of the conversation too: the answer, step or tips it opened
 * become the topic, on every channel alike.
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
    private final AnswerDetails details;
    private final Clock clock;
    private final Map<String, Memory> memories = new ConcurrentHashMap<>();

    public Conversations(DialogEngine engine, Clock clock) {
        this.engine = engine;
        this.details = new AnswerDetails(engine);
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
        Turn turn = MORE_WORDS.contains(folded(text)) ? new Turn(moreTips(text, memory == null ? null : memory.topic()), null)
                : memory == null ? new Turn(engine.decide(text), null) : withContext(memory, text);
        Decision decision = memory == null ? turn.decision() : asShownAgain(memory, turn.decision());
        remember(chatKey, decision.reply(), staysOnTopic(decision.reply(), decision.rule()), turn.readAs());
        return decision;
    }

    /**
     * The fraud entry's answer again right after it, for a message that says the scam went on or asks what now
     * ({@link DialogEngine#wantsTheStepsAgain}: "我没说验证码 只说了卡号 要紧不", "要不要去派出所报案"): its urgent steps, led by
     * the point asked, without the warning and the entries offered next that are right above. Blind tester40 got the whole
     * entry four times in a row. A message asking how to tell a real notice ("那我以后咋知道哪个是真的") gets the whole answer,
     * whose warning says it. A neighbouring matter's redirect right after itself (or after its shortened form) is shortened to
     * where to ask ({@link Reply.Fallback#again}): blind testers got a parent's death's paragraph four times in a row.
     */
    private Decision asShownAgain(Memory memory, Decision decision) {
        boolean fraudAnswerAgain = decision.reply() instanceof Reply.Answer answer && engine.isTheFraudEntry(answer.entry())
                && memory.last() instanceof Reply.Answer last && engine.isTheFraudEntry(last.entry());
        if (fraudAnswerAgain && engine.wantsTheStepsAgain(decision.reply(), memory.asked())) {
            return new Decision(((Reply.Answer) decision.reply()).again(), decision.rule(), decision.search());
        }
        if (decision.reply() instanceof Reply.Fallback redirect && redirect.redirect() != null
                && memory.last() instanceof Reply.Fallback last && redirect.redirect().equals(last.redirect())) {
            String shorter = Phrases.redirectAgain(redirect.redirect(), sentence -> engine.sharesAWord(redirect.question(), sentence));
            return new Decision(redirect.again(shorter), decision.rule(), decision.search());
        }
        return decision;
    }

    /**
     * Whether a reply about no entry of its own leaves the chat on its topic: thanks and ratings, a
     * choice that only reading the message with the topic made possible ("奶奶不识字" after helping a
     * parent; {@link DialogEngine#choiceNeedsTheChat}), and "didn't follow" mid-chat. The next
     * follow-up is then still read with that topic: on 40 written three-message chats the third
     * message got its entry first in 19 instead of 8.
     *
     * @param rule what decided the reply; null for a reply the channel produced (a tapped button)
     */
    private boolean staysOnTopic(Reply reply, Decision.Rule rule) {
        return reply instanceof Reply.SmallTalk || reply instanceof Reply.Feedback
                || (reply instanceof Reply.Clarify clarify && rule == Decision.Rule.CONTEXT && engine.choiceNeedsTheChat(clarify))
                || (reply instanceof Reply.Fallback fallback && fallback.reason() == Reply.FallbackReason.UNCLEAR_IN_CHAT);
    }

    /** Records a reply the channel produced without a message (a tapped button), as the chat's context. */
    public void remember(String chatKey, Reply reply) {
        remember(chatKey, reply, staysOnTopic(reply, null), null);
    }

    /**
     * @param readAs what the person has said that the reply answers, when more than its message (a
     *     detail read with the question before it); null for the message alone
     */
    private void remember(String chatKey, Reply reply, boolean staysOnTopic, String readAs) {
        if (memories.size() >= MAX_CHATS) {
            forgetQuietChats();
        }
        FaqEntry topic = topicOf(reply);
        Memory previous = memories.get(chatKey);
        if (topic == null && previous != null && staysOnTopic) {
            topic = previous.topic(); // "谢谢", or a reply that asked back: the same subject goes on
        }
        // Tips, thanks, ratings, "请回复 1–3" and "别着急" add nothing to choose from: the numbers of the reply
        // before still pick (after "请回复 1–3" the person sends exactly such a number; after "这些办法都不行的话…" one of the ways).
        boolean keepsChoices = reply instanceof Reply.Tips || reply instanceof Reply.Feedback
                || (reply instanceof Reply.SmallTalk smallTalk && (smallTalk.kind() == Reply.SmallTalkKind.NO_MORE_TIPS
                        || smallTalk.kind() == Reply.SmallTalkKind.CHOICE_OUT_OF_RANGE || smallTalk.kind() == Reply.SmallTalkKind.CONFUSED
                        || smallTalk.kind() == Reply.SmallTalkKind.CANNOT_READ_IT
                        || smallTalk.kind() == Reply.SmallTalkKind.WAYS_ON_DID_NOT_WORK));
        Reply last = keepsChoices && previous != null ? previous.last() : reply;
        String asked = tail(asked(reply, readAs, previous, keepsChoices), MAX_EARLIER_CHARS);
        memories.put(chatKey, new Memory(last, topic, asked, clock.instant()));
    }

    /**
     * What choosing {@code choiceId} (a tapped button) says, remembered as the chat's context like a
     * typed message: an answer, its tips, one step of a procedure, help for a stuck step (followed
     * by the corpus's entry for people stuck anywhere, when {@code menus.yml} names one), or thanks
     * for feedback. A choice whose entry is gone gets an "expired" reply with popular topics.
     *
     * @return the replies in order; empty when the id is not one of the conversation's own
     *     ({@link ReplyChoices#BUILT_IN_PREFIXES}): a feature's id, or garbage
     */
    public List<Reply> tap(String chatKey, String choiceId) {
        Optional<ChoiceId> parsed = ChoiceId.parse(choiceId);
        if (parsed.isEmpty() || !ReplyChoices.BUILT_IN_PREFIXES.contains(parsed.get().prefix())) {
            return List.of();
        }
        ChoiceId id = parsed.get();
        if (id.prefix().equals(ReplyChoices.FEEDBACK)) {
            return feedback(id);
        }
        Optional<Reply.Answer> answer = id.arg(0).flatMap(engine::answerFor);
        if (answer.isEmpty()) {
            return List.of(expired());
        }
        FaqEntry entry = answer.get().entry();
        int step = id.intArg(1).orElse(1);
        List<Reply> replies = new ArrayList<>();
        switch (id.prefix()) {
            // The entry lost its steps or tips in a corpus edit: show what it says now.
            case ReplyChoices.STEP -> replies.add(entry.isProcedure()
                    ? new Reply.Step("", false, entry, Math.max(1, Math.min(step, entry.steps().size()))) : answer.get());
            case ReplyChoices.TIPS -> replies.add(entry.tips().isEmpty() ? answer.get() : new Reply.Tips("", false, entry));
            case ReplyChoices.STUCK -> {
                replies.add(new Reply.Stuck("", false, entry, step));
                engine.corpus().menus().stuckEntry()
                        .filter(stuckEntry -> !stuckEntry.equals(entry.id()))
                        .flatMap(engine::answerFor)
                        .ifPresent(replies::add);
            }
            default -> replies.add(answer.get());
        }
        replies.forEach(reply -> remember(chatKey, reply));
        return replies;
    }

    private static List<Reply> feedback(ChoiceId id) {
        Optional<String> vote = id.arg(0).filter(v -> v.equals(ReplyChoices.HELPFUL) || v.equals(ReplyChoices.NOT_HELPFUL));
        Optional<String> entryId = id.arg(1).filter(e -> !e.isBlank());
        if (vote.isEmpty() || entryId.isEmpty()) {
            return List.of(expired());
        }
        return List.of(new Reply.Feedback("", false, entryId.get(), vote.get().equals(ReplyChoices.HELPFUL)));
    }

    private static Reply expired() {
        return new Reply.SmallTalk("", false, Reply.SmallTalkKind.EXPIRED_CHOICE, Phrases.EXPIRED_CHOICE);
    }

    /** The entry a reply is about, which a follow-up is read with. */
    private static FaqEntry topicOf(Reply reply) {
        if (reply instanceof Reply.Answer answer) {
            return answer.entry();
        }
        if (reply instanceof Reply.AboutEntry about) {
            return about.entry();
        }
        return null;
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

    private Turn withContext(Memory memory, String text) {
        Turn turn = readInTheChat(memory, text);
        Decision decided = turn.decision();
        boolean unsettled = decided.reply() instanceof Reply.Clarify || decided.reply() instanceof Reply.Fallback;
        if (engine.isTheFraudEntry(memory.topic()) && unsettled && !ledByANextStepOf(memory.topic(), decided.reply())) {
            // Mid-scam, a message the chat could not settle either ("银行卡要挂失吗" got the card's redirect, "他让我对着镜头
            // 眨眼" a choice led by face-scan tips) and that, read with what was said before, reads as a scam is about it.
            // One led by an entry the fraud answer itself offers next ("正规的电话多少": where to call) is that next step.
            // Once the person has said the scam went on ("我已经给他了"), so is whatever the chat cannot settle after it:
            // "卡里的钱还没少 要紧不" got "没太明白" (blind tester27), where the steps say to freeze the card all the same —
            // but not a question about doing it from now on ("以后我自己帮我爸弄 用哪个app", blind tester48).
            Optional<Decision> steps = engine.scamGoesOn(memory.asked() + " " + decided.reply().question(), decided)
                    .or(() -> engine.looksAhead(text) ? Optional.empty() : engine.afterTheScamWentOn(memory.asked(), decided));
            if (steps.isPresent()) {
                return new Turn(steps.get(), null);
            }
        }
        return turn;
    }

    private Turn readInTheChat(Memory memory, String text) {
        List<FaqEntry> offered = offered(memory.last());
        OptionalInt choice = NumberWords.choice(text);
        if (choice.isPresent() && !offered.isEmpty()) {
            return new Turn(chosen(text, choice.getAsInt(), offered), null);
        }
        OptionalInt step = NumberWords.step(text);
        OptionalInt shown = stepShown(memory.last());
        if (step.isEmpty() && shown.isPresent()) {
            // Going through the steps: after "第3步（共6步）：…", "4" and "然后呢" are the next one, "上一步" the one before.
            step = choice.isPresent() ? choice : NumberWords.stepAfter(shown.getAsInt(), text);
            if (step.isPresent() && memory.topic() != null && step.getAsInt() == memory.topic().steps().size() + 1) {
                return new Turn(afterTheLastStep(text, memory.topic()), null);
            }
        }
        boolean walkingThrough = shown.isPresent() || afterAnAnswer(memory);
        if (step.isEmpty() && walkingThrough && memory.topic() != null && memory.topic().isProcedure()) {
            // "市民中心找到了 下一步呢" after the Alipay answer: the step after the one done (a tester got the first step again).
            OptionalInt stepDone = NumberWords.doneBeforeNext(text)
                    .map(done -> details.stepDone(memory.topic(), done))
                    .orElse(OptionalInt.empty());
            if (stepDone.isPresent() && stepDone.getAsInt() == memory.topic().steps().size()) {
                return new Turn(afterTheLastStep(text, memory.topic()), null);
            }
            step = stepDone.isPresent() ? OptionalInt.of(stepDone.getAsInt() + 1) : step;
        }
        Optional<String> pointShown = memory.last() instanceof Reply.Answer answer ? answer.pointAsked() : Optional.empty();
        boolean whereThePointSaysToGo = pointShown.filter(AskedFor::saysWhereToGo).isPresent()
                && (engine.asksOnlyWhere(text) || engine.asksWhomToTurnTo(text));
        if (step.isEmpty() && shown.isEmpty() && pointShown.isPresent() && (engine.asksOnlyHow(text) || whereThePointSaysToGo)
                && !engine.isTheFraudEntry(memory.topic())) {
            // "那咋弄" after an answer that showed the point asked ("提示您不属于本次认证范围" → the line on that message) asks what
            // to do about that point, not how to go through the answer: a tester got the first step of the failed scan's
            // answer, to retry the face scan, where the line says to ask 12333 or the counter. So do "那去哪弄" and "那我该找谁"
            // when the point says where to go (blind tester27 got a choice of failed scans and how to certify; tester29, after
            // "系统说我不属于本次认证范围", the line on home visits, whose office words matched whom to ask). After the fraud
            // entry's answer, "咋办" gets all its urgent steps again, as before: one line of them is not enough.
            return new Turn(new Decision(new Reply.Detail(text, false, memory.topic(), pointShown.get()), Decision.Rule.CONTEXT,
                    SearchResult.empty()), null);
        }
        if (step.isEmpty() && shown.isEmpty() && afterAnAnswer(memory) && memory.topic().isProcedure()) {
            // "下一步", "然后呢", "那咋办" or "咁點算" after the whole answer (testers got its short answer quoted, "没太明白", or a
            // choice led by the very entry just answered): its steps, one at a time from the first — when they are an
            // order to follow, not a list of cases.
            step = engine.asksOnlyHow(text) ? OptionalInt.of(1) : NumberWords.stepAfter(0, text);
        }
        if (step.isPresent() && memory.topic() != null) {
            return new Turn(stepDetail(text, step.getAsInt(), memory.topic()), null);
        }
        // Mid-chat, what was said before is the context: a keyword ("材料" after the home-visit answer) or
        // "那怎么弄" after a choice is about that, not the bot's subject in general.
        Decision alone = engine.decideOnItsOwn(text);
        Optional<Decision> tooLate = engine.alarmAfterTheWarning(alone, memory.topic(), memory.asked());
        if (tooLate.isPresent()) {
            return new Turn(tooLate.get(), null);
        }
        if (afterAnAnswer(memory)) {
            Optional<Decision> ofTheAnswer = details.decideWhatTheAnswerSaysOfAPlace(alone, memory.topic())
                    .or(() -> details.decideThePointOfTheAnswerAgain(alone, memory.topic()))
                    .or(() -> details.decideTheLineOfTheKindAsked(alone, memory.topic()))
                    .or(() -> details.decideTheLineAskedAgain(alone, memory.topic()))
                    .or(() -> details.decideWhatTheAnswerSaysOfHearsay(alone, memory.topic()))
                    .or(() -> details.decideThePointOfALikelyFollowUp(alone, memory.topic()));
            if (ofTheAnswer.isPresent()) {
                return new Turn(ofTheAnswer.get(), null);
            }
        }
        if (cameAfterARedirect(memory.last()) && READ_BY_SEARCH.contains(alone.rule())) {
            Reply.Fallback redirect = (Reply.Fallback) memory.last();
            Optional<Decision> thatMatter = engine.decideStillTheRedirectedMatter(memory.asked() + " " + alone.reply().question(),
                    alone, redirect);
            // "那我先认证" turns to the subject before it is read with what came before: after "社保卡丢了怎么补办 / 密码也忘了"
            // the three together read as the app's forgotten password.
            Optional<Decision> afterTheRedirect = thatMatter.or(() -> alone.rule() == Decision.Rule.NO_MATCH
                    ? engine.decideTheSubjectAfterARedirect(alone, redirect) : Optional.empty());
            if (afterTheRedirect.isPresent()) {
                return new Turn(afterTheRedirect.get(), null);
            }
        }
        boolean unclearAlone = alone.rule() == Decision.Rule.UNSURE || alone.rule() == Decision.Rule.NO_MATCH;
        if (unclearAlone && memory.last() instanceof Reply.Clarify ways && ways.reason() == Reply.ClarifyReason.DID_NOT_WORK) {
            Optional<Decision> inPerson = engine.decideWhenTheWaysOnDidNotWork(alone);
            if (inPerson.isPresent()) {
                return new Turn(inPerson.get(), null);
            }
        }
        // An answer that names no other entry as a way on says in its own lines what to do when its way fails, and a failure
        // told right after it is that way's, however plainly the message alone is the general failure entry's: "那个app认证不通过
        // 咋办" after certifying abroad is the consulate's paper form (blind tester25 got the counter and a home visit).
        boolean itsOwnWayOn = afterAnAnswer(memory) && memory.topic().whenItFails().isEmpty();
        if (memory.topic() != null && topicOf(memory.last()) != null && (unclearAlone || itsOwnWayOn)) {
            // "还是不行" after an answer: another way, not that answer's detail ("12306核验老不通过" is redirected alone) —
            // unless it asks about one point of that answer too ("还是不行 能人工审核吗" after failed scans: its line on manual
            // review, where blind tester26 got a choice of the counter, a home visit and certifying without a face scan).
            Optional<Decision> otherWay = details.decideThePointAskedBesideAFailure(alone, memory.topic())
                    .or(() -> engine.decideWhenItDidNotWork(alone, memory.topic()));
            if (otherWay.isPresent()) {
                return new Turn(otherWay.get(), null);
            }
        }
        Decision decided = withTopic(memory.topic(), alone);
        if (leftOpen(memory.last()) && UNSETTLED_ALONE.contains(decided.rule())) {
            String together = memory.asked() + " " + decided.reply().question();
            Optional<Decision> refined = engine.decideRefinement(together, decided, offered);
            if (refined.isPresent()) {
                return new Turn(refined.get(), together);
            }
        }
        Optional<Decision> ofTheAnswer = ofTheAnswerJustGiven(memory, alone, decided);
        if (ofTheAnswer.isPresent()) {
            return new Turn(ofTheAnswer.get(), null);
        }
        if (afterAnAnswer(memory)) {
            // "上门得交钱不" after the home-visit answer: a choice led by what certification is, whose line on fees that answer has too.
            Optional<Decision> next = engine.decideTheNextQuestionOffered(decided, alone, memory.topic())
                    .or(() -> details.decideWhatTheAnswerAlreadySays(alone, decided, memory.topic()));
            if (next.isPresent()) {
                return new Turn(next.get(), null);
            }
        }
        // Still a choice or nothing near, though the chat is about certification. Right after an answer, read as one question
        // with the question that answer answered ("我上个月才办完退休 之前没弄过" after "认证咋弄"); else as about the subject
        // ("要带啥证件不"; after a redirect, "在哪认证"). Not after other ways were offered, nor mid-scam, where the scam rules read it.
        boolean leftOpenInTheChat = decided.rule() == Decision.Rule.NO_MATCH
                || decided.reply() instanceof Reply.Clarify stillAChoice && stillAChoice.reason() != Reply.ClarifyReason.DID_NOT_WORK;
        if (leftOpenInTheChat && afterAnAnswer(memory) && !engine.isTheFraudEntry(memory.topic())) {
            Optional<Decision> withTheQuestion = engine.decideWithTheQuestionAnswered(
                    questionAnswered(memory) + " " + decided.reply().question(), alone, memory.topic());
            if (withTheQuestion.isPresent()) {
                return new Turn(withTheQuestion.get(), null);
            }
        }
        if (leftOpenInTheChat && unclearAlone && !engine.isTheFraudEntry(memory.topic())) {
            Optional<Decision> aboutTheSubject = engine.decideAsAboutTheSubject(alone, memory.topic(), memory.asked());
            if (aboutTheSubject.isPresent()) {
                return new Turn(aboutTheSubject.get(), null);
            }
        }
        boolean cameNearNothing = decided.rule() == Decision.Rule.NO_MATCH;
        if (cameNearNothing && cameAfterARedirect(memory.last())) {
            // "要去哪里办手续" after the death redirect asks about that matter, and read with what came before it still
            // found no entry: the redirect says where to go, "didn't follow" would not.
            return new Turn(engine.sameRedirect(decided, (Reply.Fallback) memory.last()), null);
        }
        if (cameNearNothing) {
            // Nothing near it, in the chat or alone, but all the phrasings together leave little doubt ("可唔可以叫人上門").
            Optional<Decision> veryLikely = engine.decideTheVeryLikelyEntry(alone);
            if (veryLikely.isPresent()) {
                return new Turn(veryLikely.get(), null);
            }
        }
        return new Turn(cameNearNothing && !offered.isEmpty() ? engine.unclearInChat(decided, memory.topic(), offered) : decided, null);
    }

    /**
     * A follow-up right after an answer, or a detail of it, that was not answered itself, read with the question that answer
     * answered: a detail of that answer when, read so, it is that entry's again. How near its point must come depends on how the
     * message fared alone ({@link AnswerDetails}'s {@code decideDetailOfTheAnswer…}): it came near nothing, it got a choice
     * of its own, it got a choice only with the answered entry left out ("那个app叫啥" after the abroad answer: where to
     * find the office, from evidence too weak to ask about alone), or it was redirected to a neighbouring topic.
     */
    private Optional<Decision> ofTheAnswerJustGiven(Memory memory, Decision alone, Decision decided) {
        FaqEntry topic = memory.topic();
        if (topic == null || !afterAnAnswer(memory)) {
            return Optional.empty();
        }
        String together = questionAnswered(memory) + " " + decided.reply().question();
        if (decided.rule() == Decision.Rule.NO_MATCH) {
            return details.decideDetailOfTheAnswer(together, decided, topic);
        }
        if (decided.rule() == Decision.Rule.OUT_OF_SCOPE) {
            return details.decideDetailOfTheAnswerThoughRedirected(together, decided, topic);
        }
        if (!(decided.reply() instanceof Reply.Clarify choice)) {
            return Optional.empty();
        }
        if (alone.rule() == Decision.Rule.UNSURE) {
            return details.decideDetailOfTheAnswerAfterAChoice(together, alone, choice, topic);
        }
        boolean onlyTheChatGaveIt = alone.rule() == Decision.Rule.NO_MATCH && engine.choiceNeedsTheChat(choice);
        return onlyTheChatGaveIt ? details.decideDetailOfTheAnswerAfterAWeakChoice(together, alone, choice, topic) : Optional.empty();
    }

    /**
     * The question the chat's last answer answered, to read a follow-up with: after a detail, what was asked last was that
     * detail, so it is the question the answer's entry answers (its title).
     */
    private static String questionAnswered(Memory memory) {
        return memory.last() instanceof Reply.Detail ? memory.topic().title() : memory.asked();
    }

    /** Whether the chat's last reply answered, or gave a detail of, the chat's topic. */
    private static boolean afterAnAnswer(Memory memory) {
        boolean answered = memory.last() instanceof Reply.Answer || memory.last() instanceof Reply.Detail;
        return answered && memory.topic() != null && topicOf(memory.last()) != null;
    }

    /** A message decided on its own, read again with the chat's topic when it may be a follow-up. */
    private Decision withTopic(FaqEntry topic, Decision alone) {
        if (topic == null || !UNSETTLED_ALONE.contains(alone.rule())) {
            return alone; // confident on its own, small talk or an alarm: a new topic, or none
        }
        Optional<Decision> detail = details.decideDetail(alone, topic);
        if (detail.isPresent()) {
            return detail.get();
        }
        Decision together = engine.decideFollowUp(alone, topic);
        Optional<Decision> looseDetail = details.decideDetailNothingElseExplains(alone, together, topic);
        if (looseDetail.isPresent()) {
            return looseDetail.get();
        }
        return together.rule() == Decision.Rule.CONTEXT ? together : alone;
    }

    /** What people type after an answer to see its tips: the Telegram button's label, "更多", or 0 as the terminal offers. */
    private static final java.util.Set<String> MORE_WORDS = java.util.Set.of(Phrases.MORE_TIPS, "更多", "0");

    /** Full-width digits become ASCII; spaces and a final full stop are dropped. */
    private static String folded(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceFirst("[。.!！?？]$", "");
    }

    /** The tips of the chat's topic; a kind "no more" when it has none, and "ask me first" when nothing was answered yet. */
    private static Decision moreTips(String text, FaqEntry topic) {
        Reply reply = topic == null || topic.tips().isEmpty()
                ? new Reply.SmallTalk(text, false, Reply.SmallTalkKind.NO_MORE_TIPS, topic == null ? Phrases.NOTHING_ANSWERED_YET : Phrases.NO_MORE_TIPS)
                : new Reply.Tips(text, false, topic);
        return new Decision(reply, Decision.Rule.CONTEXT, SearchResult.empty());
    }

    /** Whether {@code reply} offers first one of the entries {@code topic}'s answer offers next ({@code related}). */
    private boolean ledByANextStepOf(FaqEntry topic, Reply reply) {
        // Led, not listed: a "didn't follow" whose entries came near nothing (0.04) points at none of them; which one
        // happened to be first changed with the corpus, and with it whether blind tester33's "现在咋办 要不要卸载" got
        // the urgent steps after an app was installed and the screen shared.
        return !reply.candidates().isEmpty() && topic.related().contains(reply.candidates().get(0).id())
                && reply.candidates().get(0).confidence() >= engine.thresholds().suggestFloor();
    }

    /** Whether a reply redirected a neighbouring matter to where it is handled. */
    private static boolean cameAfterARedirect(Reply reply) {
        return reply instanceof Reply.Fallback fallback && fallback.reason() == Reply.FallbackReason.OUT_OF_SCOPE && fallback.redirect() != null;
    }

    /** What a redirect ({@link #cameAfterARedirect}) says. */
    private static String redirectOf(Reply redirect) {
        return ((Reply.Fallback) redirect).redirect();
    }

    /** Whether a reply left the person's question open: it offered a choice, redirected, or found nothing close. */
    private static boolean leftOpen(Reply reply) {
        return reply instanceof Reply.Clarify
                || (reply instanceof Reply.Fallback fallback && fallback.reason() != Reply.FallbackReason.NO_TEXT);
    }

    /**
     * What the person has said that a reply answers or left open, for the next detail to be read
     * with: a detail read with what came before, everything since the question when the bot did not
     * follow ("认证" → "我今年刚退休" → "手机上" → "用支付宝": each detail adds to the same need) or redirected
     * to the same place again, the
     * remembered one for tips and thanks, else the reply's own question.
     */
    private static String asked(Reply reply, String readAs, Memory previous, boolean keepsChoices) {
        if (previous != null && keepsChoices) {
            return previous.asked();
        }
        if (readAs != null) {
            return readAs;
        }
        boolean didNotFollow = reply instanceof Reply.Fallback fallback && fallback.reason() == Reply.FallbackReason.UNCLEAR_IN_CHAT;
        // The same redirect again ("需要带什么材料" after a death's): the matter is the one asked first, and what
        // follows is read with it ("个人账户里的钱能取出来吗" read with the material question alone went to 医保's).
        boolean sameRedirectAgain = previous != null && cameAfterARedirect(reply) && cameAfterARedirect(previous.last())
                && redirectOf(reply).equals(redirectOf(previous.last()));
        return (didNotFollow || sameRedirectAgain) && previous != null ? previous.asked() + " " + reply.question() : reply.question();
    }

    /**
     * How much of what was said is remembered for the next detail: the end, where the latest details
     * are (a search reads only the first {@code FaqIndex.MAX_READ_CHARS} characters), and a chat of
     * many long messages stays small in memory.
     */
    static final int MAX_EARLIER_CHARS = 300;

    private static String tail(String text, int maxCodePoints) {
        int length = text.codePointCount(0, text.length());
        return length <= maxCodePoints ? text : text.substring(text.offsetByCodePoints(0, length - maxCodePoints));
    }

    /**
     * Decisions of a message alone that the chat may make clearer: read with its topic, or with what
     * was said before it ({@link DialogEngine#decideRefinement}).
     */
    private static final java.util.Set<Decision.Rule> UNSETTLED_ALONE =
            java.util.EnumSet.of(Decision.Rule.UNSURE, Decision.Rule.NO_MATCH, Decision.Rule.OUT_OF_SCOPE);

    /** A message decided by what search found: not small talk, an alarm, or nothing to read. */
    private static final java.util.Set<Decision.Rule> READ_BY_SEARCH =
            java.util.EnumSet.of(Decision.Rule.CONFIDENT, Decision.Rule.UNSURE, Decision.Rule.NO_MATCH, Decision.Rule.OUT_OF_SCOPE);

    private Decision chosen(String text, int number, List<FaqEntry> offered) {
        if (number < 1 || number > offered.size()) {
            String prompt = offered.size() == 1 ? "请回复 1，或者直接打字问我。" : "请回复 1–" + offered.size() + " 中的一个数字，或者直接打字问我。";
            return new Decision(new Reply.SmallTalk(text, false, Reply.SmallTalkKind.CHOICE_OUT_OF_RANGE, prompt),
                    Decision.Rule.CHOICE, SearchResult.empty());
        }
        Reply answer = engine.answerFor(offered.get(number - 1).id()).map(Reply.class::cast).orElseGet(() -> engine.reply(text));
        return new Decision(answer, Decision.Rule.CHOICE, SearchResult.empty());
    }

    /** The step the last reply showed on its own (asked about by number, or followed step by step), if it did. */
    private static OptionalInt stepShown(Reply last) {
        if (last instanceof Reply.StepDetail detail) {
            return OptionalInt.of(detail.number());
        }
        return last instanceof Reply.Step step ? OptionalInt.of(step.number()) : OptionalInt.empty();
    }

    /** "然后呢" after the last step: that was all of it, and where to turn if it did not work. */
    private static Decision afterTheLastStep(String text, FaqEntry topic) {
        return new Decision(new Reply.SmallTalk(text, false, Reply.SmallTalkKind.CHOICE_OUT_OF_RANGE, Phrases.afterTheLastStep(topic)),
                Decision.Rule.CONTEXT, SearchResult.empty());
    }

    /**
     * A step of the chat's topic asked about by number; when it has no such step, which ones it has —
     * or, for an answer without steps ("第二步啥意思" after how often to certify), that it has none,
     * rather than a search for the words "第二步".
     */
    private static Decision stepDetail(String text, int number, FaqEntry topic) {
        if (number < 1 || number > topic.steps().size()) {
            String prompt = topic.steps().isEmpty()
                    ? "刚才这条回答没有分步骤。" + (topic.tips().isEmpty() ? "" : "想看小提示，请回复“更多”；") + "也可以换个说法再问我。"
                    : "这条回答一共 " + topic.steps().size() + " 步。请回复“第1步”到“第" + topic.steps().size() + "步”，我再说一遍。";
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
        if (reply instanceof Reply.Detail detail) {
            return detail.offered();
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

    /**
     * A decision within a chat.
     *
     * @param readAs what the person has said that it answers, when more than the message; else null
     */
    private record Turn(Decision decision, String readAs) {
    }

    /**
     * What the bot remembers of one chat.
     *
     * @param asked what the person has said that the last reply answers or left open ({@link #asked})
     */
    private record Memory(Reply last, FaqEntry topic, String asked, Instant at) {
        boolean isQuietSince(Instant now) {
            return Duration.between(at, now).compareTo(QUIET_SPELL) > 0;
        }
    }
}
