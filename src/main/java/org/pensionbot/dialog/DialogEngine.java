package org.pensionbot.dialog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.OutOfScopeTopic;
import org.pensionbot.privacy.PersonalData;
import org.pensionbot.search.FaqIndex;
import org.pensionbot.search.ScoredEntry;
import org.pensionbot.search.SearchResult;

/**
 * Turns one message into one {@link Reply}: answer, clarify, fall back, or small talk.
 *
 * <p>The decision favours honesty: a wrong answer can cost a pensioner their pension, so the bot
 * answers only when the best entry is confident and clearly ahead; otherwise it offers the
 * closest entries, or says it does not know and points to 12333.
 *
 * <p>Channel-free and thread-safe. Each call reads the current index from the supplier once, so
 * a corpus reload swaps in between questions and a question in flight finishes on the index it
 * started with.
 */
public final class DialogEngine {

    static final int MAX_RELATED = 3;
    static final int MAX_CLARIFY_OPTIONS = 3;
    /** Closest entries offered first when falling back for want of a close match. */
    static final int MAX_CLOSEST_SUGGESTIONS = 3;
    /** How far below the best a candidate may be and still be offered when clarifying. */
    static final double CLARIFY_WINDOW = 0.2;

    /** Nothing readable: no letter, digit or Han character at all. */
    private static final Pattern READABLE = Pattern.compile("[\\p{L}\\p{N}]");

    /**
     * Where in a chat a message is read, which changes how much evidence an answer or a choice needs
     * ({@link DecisionThresholds}).
     */
    private enum Position {
        /** A question on its own: the first of a chat (or of a new one after a quiet spell), {@code ask}, {@code eval}. */
        FIRST,
        /**
         * Later in a chat, on its own or together with what was said before it: a short message there is as often
         * a detail of the last answer as a new question, which the chat's context rules read only when the
         * message is not answered on its own.
         */
        MID_CHAT,
        /** Later in a chat, read with the chat's topic left out of the result ({@link #decideFollowUp}). */
        FOLLOW_UP
    }

    private final Supplier<FaqIndex> index;
    private final DecisionThresholds thresholds;

    public DialogEngine(Supplier<FaqIndex> index, DecisionThresholds thresholds) {
        this.index = index;
        this.thresholds = thresholds;
    }

    public DialogEngine(Supplier<FaqIndex> index) {
        this(index, DecisionThresholds.DEFAULTS);
    }

    /** Decides how to reply to a user's message. Never throws for any input, including null. */
    public Reply reply(String text) {
        return decide(text).reply();
    }

    /** The levels this engine answers, asks back and falls back at. */
    public DecisionThresholds thresholds() {
        return thresholds;
    }

    /**
     * The reply to a message and why it was chosen: the rule that decided and the search result
     * behind it (for {@code explain} and admins' {@code /why}).
     */
    public Decision decide(String text) {
        FaqIndex current = index.get();
        Decision alone = decideOnItsOwn(current, text, Position.FIRST);
        // Read as about the subject: a keyword or two that came near nothing, and a question that names nothing,
        // which came near a neighbouring topic only by asking the same way ("去哪里办": "到了退休年龄去哪里办退休").
        boolean namesNothing = alone.rule() == Decision.Rule.NO_MATCH
                || alone.rule() == Decision.Rule.OUT_OF_SCOPE && AskingWords.only(current.normalize(alone.reply().question()));
        Optional<Decision> asKeywords = namesNothing ? asKeywords(current, alone) : Optional.empty();
        if (asKeywords.isPresent()) {
            return asKeywords.get();
        }
        boolean unsure = alone.rule() == Decision.Rule.UNSURE || alone.rule() == Decision.Rule.NO_MATCH;
        if (!unsure) {
            return alone;
        }
        // Both clause rules read the same clauses; each clause is searched once, and only when a rule gets to it.
        Map<String, SearchResult> searchedClauses = new HashMap<>();
        Function<String, SearchResult> clauseSearch = clause -> searchedClauses.computeIfAbsent(clause, current::search);
        return settledByAClause(current, alone, clauseSearch)
                .or(() -> firstOfTwoQuestions(current, alone, clauseSearch))
                .orElse(alone);
    }

    /**
     * A choice for a message that asks two questions, each of which alone is answered outright with another entry of the
     * choice ("张家口人社养老保险怎么认证?每年什么时候认证?"): the first one asked answered, the second offered first after it.
     * Each was plainly asked, so a choice between them would make the person pick one of their own two questions. Only
     * clauses that ask (a question word or particle, {@link AskingWords#asks}): a clause that tells ("人在北京",
     * "刚帮我奶奶刷完脸") is the setting of the question, and answered alone it says less than the whole.
     */
    private Optional<Decision> firstOfTwoQuestions(FaqIndex current, Decision alone, Function<String, SearchResult> clauseSearch) {
        if (!(alone.reply() instanceof Reply.Clarify choice)) {
            return Optional.empty();
        }
        List<String> offered = choice.candidates().stream().map(ScoredEntry::id).toList();
        List<String> asked = Clauses.of(choice.question()).stream()
                .filter(AskingWords::asks)
                .map(clause -> decide(current, clause, choice.personalDataWarning(), clauseSearch.apply(clause), Position.FIRST))
                .filter(Decision::answeredOutright)
                .map(decided -> ((Reply.Answer) decided.reply()).entry().id())
                .distinct()
                .toList();
        if (asked.size() < 2 || !offered.containsAll(asked)) {
            return Optional.empty();
        }
        SearchResult askedFirst = alone.search().withFirst(asked.get(1)).withFirst(asked.get(0));
        return Optional.of(answerTheFirst(current, choice.question(), choice.personalDataWarning(), askedFirst.entries(),
                askedFirst, Decision.Rule.TWO_QUESTIONS));
    }

    /**
     * A question that gets a choice, one of whose clauses alone is plainly the entry that leads the choice
     * ({@link DecisionThresholds#answersByAClause}), answered with it: "家里老人只用微信，能在微信里做养老认证吗" is, as a
     * whole, as near helping a relative as the other apps, but its last clause is plainly the other apps' question.
     * So is one that came near nothing, whose closest entry, at the suggestion floor, such a clause is: "化疗后头发掉光了人也瘦了
     * 一圈，刷脸总失败" (2 more right on the development sets, none wrong).
     * Only the choice's first option: a clause that is plainly another entry ("怎么认证", the general how-to) says less
     * than the whole question does ("人在北京 养老金在河南领 怎么认证": certifying away from home).
     */
    private Optional<Decision> settledByAClause(FaqIndex current, Decision alone, Function<String, SearchResult> clauseSearch) {
        Reply said = alone.reply();
        Optional<String> leading = said instanceof Reply.Clarify choice
                ? choice.candidates().stream().findFirst().map(ScoredEntry::id)
                : alone.search().best().filter(best -> best.confidence() >= thresholds.suggestFloor()).map(ScoredEntry::id);
        if (leading.isEmpty()) {
            return Optional.empty();
        }
        String lead = leading.get();
        boolean settled = Clauses.of(said.question()).stream()
                .map(clause -> clauseSearch.apply(clause).best())
                .flatMap(Optional::stream)
                .anyMatch(best -> best.id().equals(lead) && thresholds.answersByAClause(best.confidence(), best.probability()));
        if (!settled) {
            return Optional.empty();
        }
        SearchResult ledByIt = alone.search().withFirst(lead);
        return Optional.of(answerTheFirst(current, said.question(), said.personalDataWarning(), ledByIt.entries(), ledByIt,
                Decision.Rule.CLAUSE));
    }

    /**
     * Like {@link #decide(String)}, for a message later in a chat: a keyword message is not read as about
     * the bot's subject, as what was said before is the context ("材料" after the home-visit answer;
     * {@link Conversations}), and an entry the classifier finds likely needs the mid-chat level to be
     * answered ({@link DecisionThresholds#midChatAnswerWhenLikely}).
     */
    Decision decideOnItsOwn(String text) {
        return decideOnItsOwn(index.get(), text, Position.MID_CHAT);
    }

    private Decision decideOnItsOwn(FaqIndex current, String text, Position position) {
        String raw = text == null ? "" : text;
        boolean personalData = PersonalData.contains(raw);
        String masked = PersonalData.mask(raw).strip();

        if (!READABLE.matcher(masked.replace("*", "")).find()) {
            return new Decision(fallback(current, masked, personalData, Reply.FallbackReason.NO_TEXT, null, List.of()),
                    Decision.Rule.NO_TEXT, SearchResult.empty());
        }
        // Before small talk: "谢谢 我被骗了" is an emergency, not thanks. The urgent steps are built only once the alarm holds:
        // picking the step for what was done runs the model over the message.
        if (ScamAlarm.raisedBy(current.asMeant(masked))) {
            SearchResult read = current.search(masked);
            Optional<Decision> steps = alarmStandsDown(read) ? Optional.empty() : fraudSteps(current, masked, personalData, 1.0,
                    SearchResult.empty());
            return steps.orElseGet(() -> decide(current, masked, personalData, read, position));
        }
        Optional<Reply.SmallTalkKind> smallTalk = SmallTalkDetector.detect(masked);
        if (smallTalk.isPresent()) {
            return new Decision(new Reply.SmallTalk(masked, personalData, smallTalk.get(), SmallTalkDetector.replyFor(smallTalk.get())),
                    Decision.Rule.SMALL_TALK, SearchResult.empty());
        }
        SearchResult result = current.search(masked);
        Decision decided = decide(current, masked, personalData, result, position);
        // Asked to certify for the person, the bot says it cannot, unless the words also ask something it answers outright.
        boolean answered = decided.answeredOutright() || decided.rule() == Decision.Rule.SAFETY;
        if (!answered && AsksTheBotToDoIt.in(masked)) {
            Reply.SmallTalkKind cannot = Reply.SmallTalkKind.ASKS_THE_BOT_TO_DO_IT;
            return new Decision(new Reply.SmallTalk(masked, personalData, cannot, SmallTalkDetector.replyFor(cannot)),
                    Decision.Rule.SMALL_TALK, result);
        }
        return decided;
    }

    /**
     * Whether the word rule's alarm stands down for a message, as {@code read} by search
     * ({@link DecisionThresholds#alarmStandsDown}): only where the scam reading read it, and only for an entry but the fraud
     * entry.
     */
    private boolean alarmStandsDown(SearchResult read) {
        return read.scamRead() && read.best().filter(best -> !isTheFraudEntry(best.entry()))
                .filter(best -> thresholds.alarmStandsDown(read.scamProbability(), best.probability())).isPresent();
    }

    /**
     * The fraud entry's urgent steps for {@code question} when {@code read}, as meant, raises the rule-based alarm
     * ({@link ScamAlarm}): a message on its own, or a message read with the one before it.
     */
    private Optional<Decision> alarmRaisedBy(FaqIndex current, String read, String question, boolean personalData) {
        return ScamAlarm.raisedBy(current.asMeant(read))
                ? fraudSteps(current, question, personalData, 1.0, SearchResult.empty()) : Optional.empty();
    }

    /**
     * A keyword or two that came near nothing on its own, read again as about the bot's subject
     * ({@link KeywordMessage}): a choice of the entries that reading finds. A keyword says what the
     * person's question is about, not what they want to know about it ("材料": which materials? for a
     * home visit?), so one tap to confirm is the honest reply. A short question does say it ("社区能上门吗",
     * "要带什么"), and is answered when its entry is ahead and likely ({@link #answersAShortQuestion}).
     */
    private Optional<Decision> asKeywords(FaqIndex current, Decision alone) {
        String message = alone.reply().question();
        if (!KeywordMessage.isShort(message) || !current.usesOnlyCorpusWords(message)) {
            return Optional.empty();
        }
        SearchResult aboutTheSubject = current.search(KeywordMessage.aboutTheSubject(message));
        Decision reading = decide(current, message, alone.reply().personalDataWarning(), aboutTheSubject, Position.FIRST);
        if (reading.reply() instanceof Reply.Answer && asksAboutSomething(current, message) && answersAShortQuestion(aboutTheSubject)) {
            return Optional.of(new Decision(reading.reply(), Decision.Rule.KEYWORDS, aboutTheSubject));
        }
        List<ScoredEntry> read = reading.reply() instanceof Reply.Clarify choice ? choice.candidates()
                : reading.reply() instanceof Reply.Answer ? choiceOf(aboutTheSubject.entries())
                : List.of();
        if (read.isEmpty()) {
            return Optional.empty();
        }
        // The subject brings its own general entries (how to certify, what it is) into every reading;
        // the keyword's own words, weak as they were alone, say which option it is about: "首次" alone
        // leans to the first certification, "代办" to helping a relative. That one is offered first.
        Map<String, Double> ownEvidence = alone.search().entries().stream()
                .collect(Collectors.toMap(ScoredEntry::id, ScoredEntry::confidence, Math::max));
        List<ScoredEntry> offered = new ArrayList<>(read);
        alone.search().best()
                .flatMap(own -> aboutTheSubject.entries().stream().filter(entry -> entry.id().equals(own.id())).findFirst())
                .filter(own -> read.stream().noneMatch(option -> option.id().equals(own.id())))
                .ifPresent(offered::add);
        List<ScoredEntry> options = offered.stream()
                .sorted(Comparator.comparingDouble((ScoredEntry option) -> ownEvidence.getOrDefault(option.id(), 0.0)).reversed())
                .limit(MAX_CLARIFY_OPTIONS)
                .toList();
        return Optional.of(new Decision(
                new Reply.Clarify(message, alone.reply().personalDataWarning(), options), Decision.Rule.KEYWORDS, aboutTheSubject));
    }

    /** Whether a short message asks something ("社区能上门吗", "要带什么") about something, not only how ("那咋办"). */
    private static boolean asksAboutSomething(FaqIndex current, String message) {
        return KeywordMessage.asks(message) && !AskingWords.only(current.normalize(message));
    }

    /**
     * Whether a short question read as about the subject is answered, not offered as a choice: its entry leads the runner-up
     * and the classifier finds it likely.
     */
    private boolean answersAShortQuestion(SearchResult aboutTheSubject) {
        List<ScoredEntry> entries = aboutTheSubject.entries();
        double second = entries.size() > 1 ? entries.get(1).confidence() : 0;
        return thresholds.answersAShortQuestion(entries.get(0).confidence(), second, entries.get(0).probability());
    }

    /**
     * A follow-up after an answer that gets a choice led by an entry that answer offers next ({@code related}: "您可能还想问"),
     * when the message on its own comes nearest that entry — at the clarify floor, or at the suggestion floor when the
     * classifier finds it likely too (short messages match no phrasing well: "要带啥" 0.33, the materials 0.54) — is the next
     * question the answer expected, answered: "要带啥" after the offline answer gets the materials, "到时候会提醒吗" after how often
     * the notices, "能来家里不" after failed scans the home visit. Not when a neighbouring topic came near and the classifier finds
     * it likely ({@link #likelyANeighbour}: "支付宝换绑手机号咋整" after Alipay is the phone app's matter, not the real-name entry).
     * A blind tester (2026-12-06) got a choice for 26 of 52 follow-ups, most led by the entry meant. On the 702 written chats
     * 41 such choices became answers: 38 of the entry meant, "我咋知道我被认了没" after silent certification how to check the
     * result, "12333是官方的吧" after the fraud answer where to call, and "会来短信不" after how to check the result the
     * notices (labelled the result; a choice again once later corpus edits retrained the classifier); one third message
     * lost its entry. Led by any other entry than the answer's next ones
     * (clarify floor only), 20 more became answers, 8 of them wrong: the answer's own offer is what makes the lead likely.
     * Reading the follow-up with the question before and leaving the answer just given when that is its entry again, where
     * only the classifier made the lead likely, kept "会来短信不" a choice but 8 right answers too.
     *
     * @param decided the follow-up as read in the chat, a choice or not
     * @param alone the follow-up decided on its own; its search is reused
     */
    Optional<Decision> decideTheNextQuestionOffered(Decision decided, Decision alone, FaqEntry topic) {
        if (!(decided.reply() instanceof Reply.Clarify choice) || choice.reason() == Reply.ClarifyReason.DID_NOT_WORK
                || choice.candidates().isEmpty()) {
            return Optional.empty();
        }
        FaqEntry lead = choice.candidates().get(0).entry();
        SearchResult searched = alone.search();
        boolean ledAlone = searched.best()
                .filter(best -> best.entry().equals(lead))
                .filter(best -> best.confidence() >= thresholds.clarifyFloor()
                        || thresholds.suggestedAndLikely(best.confidence(), best.probability()))
                .isPresent();
        if (!topic.related().contains(lead.id()) || !ledAlone || likelyANeighbour(searched)) {
            return Optional.empty();
        }
        Reply said = alone.reply();
        return Optional.of(confidentAnswer(index.get(), said.question(), said.personalDataWarning(), searched));
    }

    /** Whether a neighbouring topic came near and the classifier finds it likely ("支付宝换绑手机号咋整": phone-app help). */
    boolean likelyANeighbour(SearchResult searched) {
        return searched.outOfScope()
                .filter(neighbour -> thresholds.suggestedAndLikely(neighbour.confidence(), neighbour.askingProbability()))
                .isPresent();
    }

    /** The index this engine reads now (a reload swaps it between messages). */
    FaqIndex currentIndex() {
        return index.get();
    }

    /**
     * What was said, decided from {@code searched} as a question on its own is: for a follow-up read as one sentence with
     * the question before it, which together are the person's question as a whole ({@link AnswerDetails}).
     */
    Decision decideAsAQuestionOnItsOwn(FaqIndex current, Reply said, SearchResult searched) {
        return decide(current, said.question(), said.personalDataWarning(), searched, Position.FIRST);
    }

    /** Whether a neighbouring topic came as close as an entry at {@code best}, for a message in a chat about certification. */
    boolean aNeighbourAsCloseInChat(SearchResult result, double best) {
        return neighbourAsClose(result, best, true).isPresent();
    }

    private Decision decide(FaqIndex current, String question, boolean personalData, SearchResult searched,
                            Position position) {
        boolean answersTheClosest = answersTheClosest(searched, position);
        Optional<SearchResult> likelyRunnerUp = answersTheClosest ? Optional.empty() : likelyRunnerUpFirst(searched, position);
        SearchResult result = likelyRunnerUp.orElse(searched);
        boolean answered = answersTheClosest || likelyRunnerUp.isPresent();
        boolean followUp = position == Position.FOLLOW_UP;
        double clarifyFloor = followUp ? thresholds.followUpFloor() : thresholds.clarifyFloor();
        List<ScoredEntry> candidates = result.entries();
        double best = candidates.isEmpty() ? 0 : candidates.get(0).confidence();

        if (soundsLikeAScam(current, candidates)) {
            boolean toldNotAsked = thresholds.readsAsAScam(result.scamProbability(), best)
                    && !AskingWords.asksHow(current.normalize(question));
            if (answered && !toldNotAsked) {
                // What the ordinary rules answer with the fraud entry ("怎么防止被骗", "我怎么分辨是不是真的") is a question about
                // scams, not an alarm — unless it tells, in words the scam reading reads as someone facing one, what is happening
                // ("刚才有个男的来电说我的养老认证被人冒领了，叫我配合调查别告诉家里人").
                return confidentAnswer(current, question, personalData, result);
            }
            FaqEntry fraud = candidates.get(0).entry();
            return new Decision(new Reply.Answer(question, personalData, fraud, best, related(current.corpus(), fraud), candidates),
                    Decision.Rule.SAFETY, result);
        }
        if (thresholds.readsAsAScam(result.scamProbability(), best)) {
            // A scam told in words the rule does not know, which search read by meaning: its confidence is that reading's.
            Optional<Decision> steps = fraudSteps(current, question, personalData, result.scamProbability(), result);
            if (steps.isPresent()) {
                return steps.get();
            }
        }
        // What a screen said, unless the scam reading leans to the message: "网络异常" may be a scammer's SMS quoted too.
        Optional<SearchResult> ledByAQuotedScreen = thresholds.leansToAScam(result.scamProbability())
                ? Optional.empty() : ledByTheScreenMessageQuoted(current, question, result);
        if (ledByAQuotedScreen.isPresent()) {
            return answerTheFirst(current, question, personalData, ledByAQuotedScreen.get().entries(), ledByAQuotedScreen.get(),
                    Decision.Rule.SCREEN_MESSAGE);
        }
        // A neighbouring topic must come as near as the closest entry, also when a likely runner-up is answered.
        double closest = searched.best().map(ScoredEntry::confidence).orElse(0.0);
        Optional<SearchResult.ScoredTopic> topic = neighbourAsClose(result, closest, followUp);
        if (topic.isPresent()) {
            // Under the redirect, the entries that came close are offered first: "我没社保卡" is
            // redirected to the card topic, and the entry on certifying without a card is one tap away —
            // unless the topic names its own (after a death: the survivors' entry, not how to certify oneself).
            OutOfScopeTopic neighbour = topic.get().topic();
            List<FaqEntry> offered = neighbour.offer()
                    .map(ids -> ids.stream().map(current.corpus()::entry).flatMap(Optional::stream).toList())
                    .orElseGet(() -> closestThenPopular(current.corpus(), candidates));
            return new Decision(new Reply.Fallback(question, personalData, Reply.FallbackReason.OUT_OF_SCOPE, neighbour.reply(), offered,
                    candidates), Decision.Rule.OUT_OF_SCOPE, result);
        }
        if (answered) {
            return confidentAnswer(current, question, personalData, result);
        }
        if (best >= clarifyFloor) {
            List<ScoredEntry> options = thresholds.mayBeAScam(result.scamProbability(), best)
                    ? fraudEntryFirst(current, choiceOf(candidates), result) : choiceOf(candidates);
            if (options.get(0).id().equals(current.corpus().menus().fraudEntry()) && thresholds.leansToAScam(result.scamProbability())) {
                // A choice the fraud entry leads, for a message the scam reading leans to: its advice, not a menu to pick from.
                return answerTheFirst(current, question, personalData, options, result, Decision.Rule.LEANS_TO_A_SCAM);
            }
            return new Decision(new Reply.Clarify(question, personalData, options, leaningOf(options)), Decision.Rule.UNSURE, result);
        }
        boolean somethingCameNear = !candidates.isEmpty() && best >= thresholds.suggestFloor();
        return new Decision(fallback(current, question, personalData,
                somethingCameNear ? Reply.FallbackReason.UNSURE : Reply.FallbackReason.NO_MATCH, null, candidates),
                Decision.Rule.NO_MATCH, result);
    }

    /**
     * The result led by the entry explaining the screen message the question quotes ({@link FaqIndex#screenMessageQuoted}),
     * when search found that entry at all: what the screen said is what the person asks about, whatever else their words
     * come near ("掌上12333上说不属于本次认证范围" came nearest to how to certify on 掌上12333).
     */
    private static Optional<SearchResult> ledByTheScreenMessageQuoted(FaqIndex current, String question, SearchResult result) {
        return current.screenMessageQuoted(question)
                .map(screen -> screen.entry().id())
                .filter(id -> result.entries().stream().anyMatch(candidate -> candidate.id().equals(id)))
                .map(result::withFirst);
    }

    /** Whether the closest entry is answered by the rules ({@link DecisionThresholds#answers}); later in a chat at its levels. */
    private boolean answersTheClosest(SearchResult result, Position position) {
        List<ScoredEntry> candidates = result.entries();
        if (candidates.isEmpty()) {
            return false;
        }
        ScoredEntry closest = candidates.get(0);
        double second = candidates.size() < 2 ? 0 : candidates.get(1).confidence();
        double anotherProbability = candidates.stream().skip(1).mapToDouble(ScoredEntry::probability).max().orElse(0);
        return thresholds.answers(closest.confidence(), second, closest.probability(), anotherProbability, position != Position.FIRST);
    }

    /**
     * For a result whose closest entry is not answered by the rules: the result with its likely runner-up first, to be
     * answered, when the classifier doubts the closest while finding a close candidate likely
     * ({@link DecisionThresholds#answersLikelyRunnerUp}). The closest entry rests on its single closest phrasing, the
     * classifier on all of them: "退休人员养老金资格认证怎么在手机上操作？" came closest to a phrasing of helping a parent
     * (0.59, which the classifier gives 0.01), while how to certify, 0.05 behind, is what the classifier finds likely
     * (0.81), and got a choice of three.
     */
    private Optional<SearchResult> likelyRunnerUpFirst(SearchResult result, Position position) {
        List<ScoredEntry> candidates = result.entries();
        if (candidates.size() < 2) {
            return Optional.empty();
        }
        ScoredEntry closest = candidates.get(0);
        boolean midChat = position != Position.FIRST;
        return candidates.stream().skip(1)
                .filter(runnerUp -> thresholds.answersLikelyRunnerUp(closest.confidence(), closest.probability(), runnerUp.confidence(),
                        runnerUp.probability(), midChat))
                .findFirst()
                .map(runnerUp -> result.withFirst(runnerUp.id()));
    }

    /** The best entry answered, with the entries to offer next and the tip that speaks to the question, if one does. */
    private static Decision confidentAnswer(FaqIndex current, String question, boolean personalData, SearchResult result) {
        return answerTheFirst(current, question, personalData, result.entries(), result, Decision.Rule.CONFIDENT);
    }

    /** The answer of the first of {@code candidates}, the others offered next, as {@code rule} decided it. */
    private static Decision answerTheFirst(FaqIndex current, String question, boolean personalData, List<ScoredEntry> candidates,
                                           SearchResult result, Decision.Rule rule) {
        ScoredEntry top = candidates.get(0);
        return new Decision(new Reply.Answer(question, personalData, top.entry(), top.confidence(),
                offeredNext(current.corpus(), candidates), candidates, current.pointAsked(top.entry(), question, result)),
                rule, result);
    }

    /**
     * Whether search puts the fraud entry first and the classifier finds it likely, however weakly the
     * message matches one phrasing ({@link DecisionThresholds#likelyScam}): the safety rule reads
     * words, and a scam told in others ("叫我把卡里的前全部取出来转到他说的账号 说是验资…他现在还在电话里",
     * 0.41) must still get the urgent steps, not a choice or "I did not follow".
     */
    private boolean soundsLikeAScam(FaqIndex current, List<ScoredEntry> candidates) {
        return !candidates.isEmpty() && candidates.get(0).id().equals(current.corpus().menus().fraudEntry())
                && thresholds.likelyScam(candidates.get(0).confidence(), candidates.get(0).probability());
    }

    /**
     * Whether a choice leans to its first option: the classifier, which weighs all the phrasings at once, finds it likely.
     * Blind testers found choices whose first option was just what they asked a menu where an answer was due ("我刚退休三个月
     * … 头一回咋弄啊": the first certification first, the classifier 0.77); its answer in brief above the options says it.
     */
    private Reply.ClarifyReason leaningOf(List<ScoredEntry> options) {
        return options.size() > 1 && thresholds.leansToTheFirst(options.get(0).askingProbability())
                ? Reply.ClarifyReason.LEANS_TO_THE_FIRST : Reply.ClarifyReason.UNSURE;
    }

    /**
     * The options of a choice among {@code candidates} (best first): the best, and the others with some
     * evidence of their own (as much as a fallback needs to suggest an entry) — a follow-up gets a
     * choice from a weak best match ("那上门要带什么材料" after the home-visit answer: materials 0.23), and
     * the entries after it (0.04: how to check the result, fraud) would be noise, not other readings.
     * Of those, the close ones, and at least two when there are two: a choice is easier than a guess.
     * Put in the order search gives for a choice ({@code Fusion.choiceOrder}: the entry the classifier
     * that learned every phrasing finds likeliest for the sentence that asks counts too), which also decides
     * which other close ones a choice holds when more are close: a father's story from a village got three choices
     * without helping a parent, the classifier's likeliest (2026-12-06; development sets 11 better, 2 worse). The
     * closest is always one of them: it is what came near enough to ask at all (the clarify floor).
     */
    private List<ScoredEntry> choiceOf(List<ScoredEntry> candidates) {
        double best = candidates.get(0).confidence();
        List<ScoredEntry> withEvidence = Stream.concat(candidates.stream().limit(1),
                candidates.stream().skip(1).filter(c -> c.confidence() >= thresholds.suggestFloor())).toList();
        // The closest entry is why there is a choice at all; the other places go to the close ones likeliest by choiceOrder.
        List<ScoredEntry> options = Stream.concat(withEvidence.stream().limit(1), withEvidence.stream().skip(1)
                .filter(c -> isClose(c, best))
                .sorted(Comparator.comparingDouble(ScoredEntry::choiceOrder).reversed())
                .limit(MAX_CLARIFY_OPTIONS - 1)).toList();
        if (options.size() < 2) {
            options = withEvidence.subList(0, Math.min(2, withEvidence.size()));
        }
        return options.stream().sorted(Comparator.comparingDouble(ScoredEntry::choiceOrder).reversed()).toList();
    }

    /**
     * The neighbouring topic that wins over an entry at {@code best}: one above the clarify floor
     * and about as close. In a chat about certification ({@code followUp}) a near tie goes to the
     * entry. So does one where the classifier, reading the sentence that asks, finds an entry likelier than the
     * neighbouring topics: a tester's long story of a father in a village ("…领的是城乡居民养老保险，每月一百多块…
     * 请问怎么给老人认证？") came as near a question on the old-age allowance as any entry, and was sent to the
     * civil-affairs office. On the development sets this moved 6 questions the right way and one the wrong way
     * (a bank app's face scan failing, now answered with the failure help). A question on its own that the classifier
     * finds very likely a neighbour's wins however close an entry comes ({@link DecisionThresholds#redirectsALikelyNeighbour}).
     */
    private Optional<SearchResult.ScoredTopic> neighbourAsClose(SearchResult result, double best, boolean followUp) {
        double topicMargin = followUp ? thresholds.followUpOutOfScopeMargin() : thresholds.outOfScopeMargin();
        double likeliestEntry = result.entries().stream().mapToDouble(ScoredEntry::askingProbability).max().orElse(0);
        return result.outOfScope()
                .filter(topic -> topic.confidence() >= thresholds.clarifyFloor() && topic.confidence() >= best - topicMargin
                        || !followUp && thresholds.redirectsALikelyNeighbour(topic.confidence(), topic.askingProbability()))
                .filter(topic -> topic.confidence() >= best || topic.askingProbability() >= likeliestEntry);
    }

    /**
     * What a fallback offers, for want of a close match or under a redirect: the closest entries that
     * still have some evidence (an honest "maybe one of these"), then the popular topics.
     */
    private List<FaqEntry> closestThenPopular(Corpus corpus, List<ScoredEntry> candidates) {
        return suggestions(corpus, List.of(), candidates, List.of());
    }

    /**
     * A fallback's list, each entry once, at most {@link ReplyChoices#MAX_TOPICS}: {@code first}, then the
     * closest candidates that still have some evidence, then {@code then}, then the popular topics.
     */
    private List<FaqEntry> suggestions(Corpus corpus, List<FaqEntry> first, List<ScoredEntry> candidates, List<FaqEntry> then) {
        Map<String, FaqEntry> offered = new LinkedHashMap<>();
        first.forEach(entry -> offered.putIfAbsent(entry.id(), entry));
        candidates.stream()
                .filter(candidate -> candidate.confidence() >= thresholds.suggestFloor())
                .limit(MAX_CLOSEST_SUGGESTIONS)
                .forEach(candidate -> offered.putIfAbsent(candidate.id(), candidate.entry()));
        then.forEach(entry -> offered.putIfAbsent(entry.id(), entry));
        popular(corpus).forEach(entry -> offered.putIfAbsent(entry.id(), entry));
        return offered.values().stream().limit(ReplyChoices.MAX_TOPICS).toList();
    }

    /**
     * A follow-up ("还有别的办法吗", "他不在家怎么办") read together with the chat's last topic: the
     * message is searched on its own and the topic itself is left out of the result — the person
     * has its answer already and asks for something more — and, since the chat has a subject, a
     * weaker match is still offered as a choice rather than an "I don't know".
     *
     * <p>Searching the topic's question together with the message was tried first and was worse
     * (of 16 written follow-ups, 6 got their entry first, against 11 now): the topic's words
     * outweigh the few words of an elliptic follow-up and pull in the topic's nearest neighbour
     * ("支付宝怎么认证" → "还有别的办法吗" became for-others).
     *
     * @param alone the message decided on its own, as {@link #decide(String)} returned it: its
     *     search is reused, not run again
     */
    Decision decideFollowUp(Decision alone, FaqEntry topic) {
        // The message was searched already to decide it on its own: only the decision differs.
        SearchResult searched = alone.search();
        SearchResult withoutTopic = searched.without(topic.id());
        FaqIndex current = index.get();
        Decision decision = decide(current, alone.reply().question(), alone.reply().personalDataWarning(), withoutTopic,
                Position.FOLLOW_UP);
        boolean namesNothing = AskingWords.only(current.normalize(alone.reply().question()));
        if (namesNothing && decision.rule() == Decision.Rule.OUT_OF_SCOPE) {
            decision = aboutTheSubject(current, decision, topic).orElse(decision);
        }
        if (decision.reply() instanceof Reply.Clarify weak && namesNothing) {
            decision = new Decision(offeringTheTopicFirst(weak, topic, searched), decision.rule(), decision.search());
        } else if (decision.reply() instanceof Reply.Clarify weak && weak.bestConfidence() < thresholds.clarifyFloor()) {
            decision = new Decision(alsoOfferingTheTopic(weak, topic, searched), decision.rule(), decision.search());
        }
        if (decision.rule() == Decision.Rule.CONFIDENT && likelierThanItsLead(topic, searched, withoutTopic.best())) {
            // Not something more: the answer just given came near and is the likelier reading. "健在證明去哪開" after certifying
            // abroad comes nearest Hong Kong's certificate of life (0.66, likely 0.11) but is the abroad answer's (0.56, likely
            // 0.24): blind tester41, who lives in the US, was answered with Hong Kong's. The message on its own stands.
            return alone;
        }
        boolean usedContext = decision.rule() == Decision.Rule.CONFIDENT || decision.rule() == Decision.Rule.UNSURE;
        return usedContext ? new Decision(decision.reply(), Decision.Rule.CONTEXT, withoutTopic) : decision;
    }

    /**
     * Whether the answer just given came near a follow-up ({@code searched}, at the clarify floor) and the classifier finds it
     * likelier than the entry that leads without it ({@code lead}).
     */
    private boolean likelierThanItsLead(FaqEntry answered, SearchResult searched, Optional<ScoredEntry> lead) {
        double leadProbability = lead.map(ScoredEntry::probability).orElse(Double.MAX_VALUE);
        return searched.entries().stream()
                .filter(candidate -> candidate.entry().equals(answered))
                .anyMatch(own -> own.confidence() >= thresholds.clarifyFloor() && own.probability() > leadProbability);
    }

    /**
     * A follow-up that names nothing ({@link AskingWords}: "那去哪里办", "咋弄呢") and was redirected to a
     * neighbouring topic only because a phrasing of it asks the same way ("到了退休年龄去哪里办退休", after
     * the answer on failed face scans) is about the bot's subject, read as a keyword message is
     * ({@link KeywordMessage#aboutTheSubject}: "养老认证 那去哪里办" is the offline entry's, far ahead).
     * Empty when so read it is still redirected.
     */
    private Optional<Decision> aboutTheSubject(FaqIndex current, Decision redirected, FaqEntry topic) {
        Reply said = redirected.reply();
        SearchResult read = current.search(KeywordMessage.aboutTheSubject(said.question()));
        SearchResult withoutTopic = read.without(topic.id());
        Decision decision = decide(current, said.question(), said.personalDataWarning(), withoutTopic, Position.FOLLOW_UP);
        return decision.rule() == Decision.Rule.OUT_OF_SCOPE ? Optional.empty() : Optional.of(decision);
    }

    /**
     * A follow-up's choice that only the chat made possible — its best option is below the clarify
     * floor a question on its own needs — also offers the entry just answered, last: such a choice is
     * mostly a guess, and the message may well be a detail of that answer ("我这两年瘦了好多" after the
     * entry on failed face scans got only "养老认证多久做一次？"; "手机上行不" after the survivors' entry
     * only the entry on helping a parent). First done below the suggestion floor (0.15): on 40 written
     * three-message chats the entry a chat was about was among the options for 32 instead of 29. At
     * the clarify floor (2026-12-05) the entry was among the options for 43 instead of 34 of 50 blind
     * elliptic follow-ups and 42 instead of 38 of 50 same-entry chats; no chat's first option changed.
     * The weakest other option gives way when the choice is full.
     */
    private static Reply.Clarify alsoOfferingTheTopic(Reply.Clarify weak, FaqEntry topic, SearchResult searched) {
        List<ScoredEntry> options = Stream.concat(weak.candidates().stream().limit(MAX_CLARIFY_OPTIONS - 1), Stream.of(scored(topic, searched)))
                .toList();
        return new Reply.Clarify(weak.question(), weak.personalDataWarning(), options);
    }

    /**
     * A choice for a message that may be about a scam ({@link DecisionThresholds#mayBeAScam}) leads with the fraud entry,
     * whose first lines say what a real notice never asks for and to check with 12333; the other options follow.
     */
    private static List<ScoredEntry> fraudEntryFirst(FaqIndex current, List<ScoredEntry> options, SearchResult searched) {
        return current.corpus().entry(current.corpus().menus().fraudEntry())
                .map(fraud -> ledBy(scored(fraud, searched), options))
                .orElse(options);
    }

    /** A choice's options led by {@code first}, then the others but it, at most {@link #MAX_CLARIFY_OPTIONS}. */
    private static List<ScoredEntry> ledBy(ScoredEntry first, List<ScoredEntry> others) {
        return Stream.concat(Stream.of(first), others.stream().filter(other -> !other.id().equals(first.id())))
                .limit(MAX_CLARIFY_OPTIONS).toList();
    }

    /** The chat's topic as the message's search scored it; at 0 when it did not come up at all. */
    private static ScoredEntry scored(FaqEntry topic, SearchResult searched) {
        return searched.entries().stream().filter(candidate -> candidate.id().equals(topic.id())).findFirst()
                .orElseGet(() -> new ScoredEntry(topic, 0, List.of()));
    }

    /**
     * After the fraud entry's steps, a message saying it is too late ("我已经说了", "给他了", "点进去了"),
     * that they asked for a secret ("还问俺要银行卡密码"), or asking only what now ("怎么办", "那咋整":
     * {@link AskingWords}) or what next, after saying what was or was not done ("下一步咋办": a tester, after "我妈已经扫了，还输了
     * 银行卡密码", got "没太明白"; "我还没填呢 接下来咋弄", blind tester20, got a choice led by silent certification):
     * the scam is the chat's subject, so the message names no caller, and alone it came near nothing or a choice led
     * by how to certify. So does asking what number to call ({@link AskedFor#NUMBER_TO_CALL}) once the person has said
     * the scam went on ("我已经点了 还填了银行卡", "他说是社保局的"): the steps are the numbers, the bank's first (blind
     * tester24, having typed in a bank card, asked "打啥电话" and got only 12333's). Asked after only asking whether a message
     * is a scam ("收到短信叫点链接做养老认证 是不是骗子 / 正规的电话多少"), the number is 12333's, whose entry answers it. The urgent
     * steps again, at once.
     *
     * @param alone the message decided on its own ({@link #decide(String)}): its masked text is read
     * @param topic the entry the chat is about, or null
     * @param askedBefore what the person said that the chat's last reply answered
     */
    Optional<Decision> alarmAfterTheWarning(Decision alone, FaqEntry topic, String askedBefore) {
        FaqIndex current = index.get();
        Reply said = alone.reply();
        boolean afterTheWarning = topic != null && topic.id().equals(current.corpus().menus().fraudEntry());
        if (!afterTheWarning) {
            return Optional.empty();
        }
        return wantsTheStepsAgain(said, askedBefore)
                ? fraudSteps(current, said.question(), said.personalDataWarning(), 1.0, SearchResult.empty())
                : Optional.empty();
    }

    /**
     * Whether a message right after the fraud entry's steps is one whose answer is those steps
     * ({@link #alarmAfterTheWarning}): it says the scam went on, asks only what now or what next, or asks what number to call
     * once the person has said the scam went on.
     *
     * @param askedBefore what the person said that the chat's last reply answered
     */
    boolean wantsTheStepsAgain(Reply said, String askedBefore) {
        FaqIndex current = index.get();
        String normalized = current.normalize(said.question());
        boolean asksWhatToCall = AskedFor.in(said.question(), normalized).filter(AskedFor.NUMBER_TO_CALL::equals).isPresent()
                && ScamAlarm.continuesTheScam(current.asMeant(askedBefore));
        return ScamAlarm.continuesTheScam(current.asMeant(said.question())) || AskingWords.only(normalized) || asksWhatToCall
                || NumberWords.asksToGoOn(said.question()) || NumberWords.doneBeforeNext(said.question()).isPresent();
    }

    /** Whether a message asks about doing it from now on ({@link ScamAlarm#looksAhead}), as the index reads it. */
    boolean looksAhead(String text) {
        return ScamAlarm.looksAhead(asTheIndexReadsIt(text));
    }

    /** Whether {@code entry} is the corpus's fraud entry ({@code menus.yml}); false for null. */
    boolean isTheFraudEntry(FaqEntry entry) {
        return entry != null && entry.id().equals(corpus().menus().fraudEntry());
    }

    /**
     * The fraud entry's urgent steps again, for a message in a chat about a scam that is no clear question of its own
     * ({@code Conversations}) when the chat so far ({@code together}) reads as someone in the middle of a scam
     * ({@code ScamClassifier}, at {@link DecisionThresholds#maybeAScam}): the steps say what to do with the card, the
     * police and 12333. A new question after a question about scams ("认证的短信是真的不" → "那俺到底该咋认证") does not read so.
     * Decided by the chat, not by the safety rule: "我没说" gets the steps to keep, not an alarm that it is too late.
     */
    Optional<Decision> scamGoesOn(String together, Decision unsettled) {
        FaqIndex current = index.get();
        SearchResult read = current.search(together);
        Reply said = unsettled.reply();
        if (!thresholds.mayBeAScam(read.scamProbability(), read.best().map(ScoredEntry::confidence).orElse(0.0))) {
            return Optional.empty();
        }
        return fraudSteps(current, said.question(), said.personalDataWarning(), read.scamProbability(), read)
                .map(steps -> new Decision(steps.reply(), Decision.Rule.CONTEXT, steps.search()));
    }

    /**
     * The fraud entry's urgent steps again, for a message in a chat about a scam that is no clear question of its own, right
     * after the person said the scam went on ({@link ScamAlarm#continuesTheScam}: "我已经给他了", "链接我点了"): "卡里的钱还没少
     * 要紧不" reads as nothing alone, and the steps — freeze the card, then the police and 12333 — are its answer.
     *
     * @param askedBefore what the person said that the chat's last reply answered
     */
    Optional<Decision> afterTheScamWentOn(String askedBefore, Decision unsettled) {
        FaqIndex current = index.get();
        Reply said = unsettled.reply();
        return ScamAlarm.continuesTheScam(current.asMeant(askedBefore))
                ? fraudSteps(current, said.question(), said.personalDataWarning(), 1.0, SearchResult.empty())
                        .map(steps -> new Decision(steps.reply(), Decision.Rule.CONTEXT, steps.search()))
                : Optional.empty();
    }

    /**
     * A follow-up right after a redirect that, read with the redirected question, is that matter still: "密码也忘了"
     * after the card's redirect for "社保卡丢了怎么补办" is the card's password, not the certification app's (a tester
     * got that app's answer); "也是在支付宝上吗" after the old-age allowance's redirect asks about that allowance, not
     * certifying on Alipay; "需要本人去吗" after subsistence allowance's. The redirect stands. Empty for a message that
     * names the bot's subject ("那我先认证": {@link #decideTheSubjectAfterARedirect}) or that, read with the question
     * before, is about something else ("我妈刷脸老是不过").
     *
     * @param together the redirected question and the new message as one sentence
     */
    Optional<Decision> decideStillTheRedirectedMatter(String together, Decision alone, Reply.Fallback redirect) {
        FaqIndex current = index.get();
        Reply said = alone.reply();
        // A message redirected on its own keeps its redirect when it is the same matter, or another neighbouring one it comes
        // very near ("那医保报销呢" after the housing fund's, 0.75: read with "公积金咋提取" it was still the housing fund's, and a
        // tester was sent to 12329) — not one it comes near only as a matter of the first ("个人账户里的钱能取出来吗" after a
        // death's, 0.54 near the medical insurance's personal account).
        boolean redirectedAlready = said instanceof Reply.Fallback fallback && redirect.redirect().equals(fallback.redirect());
        boolean plainlyAnotherNeighbour = alone.rule() == Decision.Rule.OUT_OF_SCOPE && alone.search().outOfScope()
                .filter(neighbour -> neighbour.confidence() >= thresholds.answerWithSmallLead()).isPresent();
        // A message that names the subject turns back to it, unless the redirect already said what becomes of certification
        // and the message alone is no clear question of its own: "那还要帮他认证吗" after a death (blind testers 36 and 37
        // got a choice of helping a parent and what certification is); "那我妈领遗属补助要认证吗" is answered on its own, and
        // so is the speaker's own certification ("我自己的认证也快到了 我在哪弄": blind tester41 got the death's redirect again).
        String normalized = current.normalize(said.question());
        boolean turnsToTheSubject = KeywordMessage.namesTheSubject(normalized) && (alone.answeredOutright()
                || KeywordMessage.speaksOfTheirOwn(normalized) || !redirectNamesItsEntries(current, redirect));
        if (redirectedAlready || plainlyAnotherNeighbour || turnsToTheSubject) {
            return Optional.empty();
        }
        SearchResult found = current.search(together);
        Decision read = decide(current, said.question(), said.personalDataWarning(), found, Position.MID_CHAT);
        boolean thatMatter = read.reply() instanceof Reply.Fallback fallback && fallback.reason() == Reply.FallbackReason.OUT_OF_SCOPE
                && redirect.redirect().equals(fallback.redirect());
        return thatMatter ? Optional.of(sameRedirect(alone, redirect)) : Optional.empty();
    }

    /**
     * Whether {@code redirect} is the reply of a topic that names its own entries ({@code offer:} in out-of-scope.yml: after a
     * death), whose reply says what becomes of certification ("老人去世后，就不用再做养老认证了").
     */
    private static boolean redirectNamesItsEntries(FaqIndex current, Reply.Fallback redirect) {
        return current.corpus().outOfScope().stream()
                .anyMatch(topic -> topic.offer().isPresent() && topic.reply().equals(redirect.redirect()));
    }

    /**
     * A message that names the bot's subject right after a redirect turns back to it: "那我先认证" after the card's
     * redirect for "社保卡丢了怎么补办" got that redirect again (a tester). It gets a choice: first the entries listed under
     * the redirect for having come near the redirected question (certifying without the card), then what the message finds
     * read as about the subject ({@link KeywordMessage}). Empty for a message that does not name the subject ("要去哪里办手续"
     * after the death redirect is about that matter).
     */
    Optional<Decision> decideTheSubjectAfterARedirect(Decision decided, Reply.Fallback redirect) {
        FaqIndex current = index.get();
        Reply said = decided.reply();
        if (!KeywordMessage.namesTheSubject(current.normalize(said.question()))) {
            return Optional.empty();
        }
        Decision aboutTheSubject = decide(said.question());
        if (aboutTheSubject.reply() instanceof Reply.Answer) {
            return Optional.of(new Decision(aboutTheSubject.reply(), Decision.Rule.CONTEXT, aboutTheSubject.search()));
        }
        // Listed under the redirect for having come near the redirected question (or as the topic's offer), not as the
        // popular entries that fill the list up.
        List<FaqEntry> popular = popular(current.corpus());
        Map<String, ScoredEntry> options = new LinkedHashMap<>();
        redirect.suggestions().stream()
                .filter(entry -> !popular.contains(entry))
                .forEach(entry -> options.putIfAbsent(entry.id(), scored(entry, aboutTheSubject.search())));
        aboutTheSubject.reply().candidates().forEach(candidate -> options.putIfAbsent(candidate.id(), candidate));
        if (options.isEmpty()) {
            return Optional.empty();
        }
        List<ScoredEntry> offered = options.values().stream().limit(MAX_CLARIFY_OPTIONS).toList();
        return Optional.of(new Decision(new Reply.Clarify(said.question(), said.personalDataWarning(), offered),
                Decision.Rule.CONTEXT, aboutTheSubject.search()));
    }

    /**
     * The redirect just given, again, for a message after it that came near nothing on its own ("要去哪里办手续", "要退吗"
     * after the death redirect): it is about that matter, and the redirect says where it is handled; "didn't follow"
     * with certification entries would be beside the point.
     */
    Decision sameRedirect(Decision decided, Reply.Fallback redirect) {
        Reply said = decided.reply();
        return new Decision(new Reply.Fallback(said.question(), said.personalDataWarning(), Reply.FallbackReason.OUT_OF_SCOPE,
                redirect.redirect(), redirect.suggestions(), said.candidates()), Decision.Rule.CONTEXT, decided.search());
    }

    /**
     * The fraud entry's urgent steps, decided by a safety rule at {@code confidence} (1 for the word rule,
     * which searches nothing; the reading's probability when search read a scam by meaning, whose
     * {@code search} {@code explain} shows); empty when the corpus names no fraud entry.
     */
    private Optional<Decision> fraudSteps(FaqIndex current, String question, boolean personalData, double confidence,
                                          SearchResult search) {
        return current.corpus().entry(current.corpus().menus().fraudEntry())
                .map(fraud -> new Decision(new Reply.Answer(question, personalData, fraud, confidence, related(current.corpus(), fraud),
                        List.of(new ScoredEntry(fraud, confidence, List.of())), stepForWhatWasDone(current, fraud, question)),
                        Decision.Rule.SAFETY, search));
    }

    /** How close what was said must come to an urgent step to lead with it: "银行卡要挂失吗" 0.66, "钱被转走了" 0.78. */
    static final double URGENT_STEP_FLOOR = 0.60;
    /**
     * How far that step must lead every other sentence of the fraud answer: "填了银行卡号" comes 0.16 nearer the step on
     * freezing the card than to anything else, "我已经转了钱怎么办" 0.08 nearer the 110 step; a blind tester's "……要我报验证码，
     * 我已经报给他了" (2026-12-06) came nearest the last step, calling 12333 (0.72), but as near the answer's first line
     * (0.70), and was shown the least urgent step as its point.
     */
    static final double URGENT_STEP_LEAD = 0.05;

    /**
     * The urgent step that speaks to what the person says was done, shown first ("👉 您问的这一点"): "填了银行卡号" → call
     * the bank to freeze the card, "我已经转了钱怎么办" → 110. A tester in the middle of a scam got the same five steps
     * three times and had to find the one for them. Only a step, only a close one ({@link #URGENT_STEP_FLOOR}) and only
     * one clearly closer than the rest of the answer ({@link #URGENT_STEP_LEAD}): "我已经把验证码给他了" comes nearest the
     * 110 step (0.56), which is not what it needs, and gets the steps as they are.
     */
    private static Optional<String> stepForWhatWasDone(FaqIndex current, FaqEntry fraud, String question) {
        List<FaqIndex.SentenceMatch> closestFirst = current.sentencesClosestFirst(fraud, question);
        double runnerUp = closestFirst.size() < 2 ? 0 : closestFirst.get(1).cosine();
        return closestFirst.stream().findFirst()
                .filter(match -> match.cosine() >= URGENT_STEP_FLOOR && match.cosine() - runnerUp >= URGENT_STEP_LEAD
                        && fraud.steps().contains(match.sentence()))
                .map(FaqIndex.SentenceMatch::sentence);
    }

    /**
     * A message after an answer saying that what was tried did not work or cannot be followed, or asking for another
     * way ({@link NotWorking}: "还是不行" after the entry on failed face scans, "都装不上" after the other apps, "我腿不好去不了"
     * after the counter, "还有别的办法吗"): the answer's way is what failed or does not suit, so it is not a
     * detail of that answer — the sentence closest to "换了地方还是刷不过" is the very advice just tried — nor a new
     * question: searched with the answered entry left out, it found "人在外地" for 换了地方. The ways on are the
     * entries the answer names for when it fails ({@code when-it-fails}), offered under a line that says so — or, when the
     * classifier finds the message likely another entry's (what failed is named), that entry's answer. When
     * what was to be found is not there ("没有那个按钮"), the answer's own help for that comes first, if it has any.
     * Empty for any other message, or when the entry names neither.
     *
     * @param alone the message decided on its own, neither answered nor redirected; its search is reused
     */
    Optional<Decision> decideWhenItDidNotWork(Decision alone, FaqEntry topic) {
        FaqIndex current = index.get();
        Reply said = alone.reply();
        String normalized = current.normalize(said.question());
        if (!NotWorking.says(said.question(), normalized)) {
            return Optional.empty();
        }
        // "她在医院呢 下不了床" after the home-visit answer is the very case that answer is for (a tester got the ways on): a
        // message telling of the person's condition that comes nearest to the answer itself restates it.
        if (NotWorking.tellsOnlyOfTheirCondition(said.question(), normalized)
                && alone.search().best().filter(best -> best.id().equals(topic.id())).isPresent()) {
            return Optional.empty();
        }
        Optional<Decision> whenNotFound = AnswerDetails.helpWhenNotFound(alone, topic, normalized);
        if (whenNotFound.isPresent()) {
            return whenNotFound;
        }
        List<ScoredEntry> otherWays = topic.whenItFails().stream()
                .map(current.corpus()::entry)
                .flatMap(Optional::stream)
                .map(way -> scored(way, alone.search()))
                .toList();
        if (otherWays.isEmpty()) {
            // An entry that names no other entry as a way on may say in its own words what to do when its way fails:
            // "还是不行" after certifying abroad is the consulate's paper form (was a choice led by how often to certify).
            List<String> whenItFails = AnswerDetails.helpThat(topic, NotWorking::failing);
            return whenItFails.isEmpty() ? Optional.empty() : Optional.of(AnswerDetails.ownHelp(said, topic, whenItFails, alone.search()));
        }
        // What failed may be named ("弄好了还是刷不过" after the real-name answer: the face scan, "俺走不动道" after the counter: a
        // home visit): an entry the message alone is likely about by the classifier is answered, the ways on offered after it,
        // though the answer does not name it as a way on ("刷脸刷了好几次都不行" after how to certify is the failed scan's: a
        // tester got the counter, a parent and the home visit). Offering it first among the ways on left the person a choice
        // for a plain message (blind tester29, "她眨眼老是不过咋整" after helping a parent): on the 702 written chats (2026-12-07)
        // answering it made 8 such follow-ups right and one wrong ("一直提示失败" after opening the e-social card is the
        // app's registration, labelled so; it got the failed face scans). Else the way the message itself comes near, if any
        // comes near at all, leads the choice; the corpus's order stands for "还是不行".
        Optional<ScoredEntry> likely = alone.search().entries().stream()
                .filter(entry -> !entry.entry().equals(topic))
                .filter(entry -> thresholds.suggestedAndLikely(entry.confidence(), entry.probability()))
                .findFirst();
        if (likely.isPresent()) {
            return Optional.of(answerTheFirst(index.get(), said.question(), said.personalDataWarning(), ledBy(likely.get(), otherWays),
                    alone.search(), Decision.Rule.CONTEXT));
        }
        Optional<ScoredEntry> named = otherWays.stream().max(Comparator.comparingDouble(ScoredEntry::confidence))
                .filter(way -> way.confidence() >= thresholds.suggestFloor());
        List<ScoredEntry> offered = named.map(way -> ledBy(way, otherWays)).orElse(otherWays.stream().limit(MAX_CLARIFY_OPTIONS).toList());
        return Optional.of(new Decision(new Reply.Clarify(said.question(), said.personalDataWarning(), offered,
                Reply.ClarifyReason.DID_NOT_WORK), Decision.Rule.CONTEXT, alone.search()));
    }

    /** Whether {@code sentence} has a word of two characters or more of the message {@code text}, both as the index reads them. */
    boolean sharesAWord(String text, String sentence) {
        return index.get().sharesAWord(asTheIndexReadsIt(text), sentence);
    }

    /** Whether a message asks only where ({@link AskingWords#onlyWhere}), as the index reads it. */
    boolean asksOnlyWhere(String text) {
        return AskingWords.onlyWhere(asTheIndexReadsIt(text));
    }

    /** Whether a short message asks whom to turn to or what number to call ({@link AskedFor#isTheOfficeEntrysMatter}). */
    boolean asksWhomToTurnTo(String text) {
        return AskedFor.in(text, asTheIndexReadsIt(text)).filter(AskedFor::isTheOfficeEntrysMatter).isPresent();
    }

    /** Whether a message asks only how, or what now ({@link AskingWords#onlyHow}), as the index reads it. */
    boolean asksOnlyHow(String text) {
        return AskingWords.onlyHow(asTheIndexReadsIt(text));
    }

    private String asTheIndexReadsIt(String text) {
        return index.get().normalize(PersonalData.mask(text == null ? "" : text));
    }

    /**
     * "还是不行" again right after the ways on were offered ({@link #decideWhenItDidNotWork}), or "那咋办": offering them
     * once more repeats what the person has seen (a tester got the counter again after "我腿脚不好去不了" → "还有别的办法吗"). The
     * reply says who helps in person — 12333, the community, the counter — and the choice before stays open.
     * Empty for any other message.
     */
    Optional<Decision> decideWhenTheWaysOnDidNotWork(Decision alone) {
        Reply said = alone.reply();
        String normalized = index.get().normalize(said.question());
        // "那咋办" names nothing: after the ways on, it asks what now, as "还是不行" says it.
        if (!NotWorking.says(said.question(), normalized) && !AskingWords.only(normalized)) {
            return Optional.empty();
        }
        return Optional.of(new Decision(new Reply.SmallTalk(said.question(), said.personalDataWarning(),
                Reply.SmallTalkKind.WAYS_ON_DID_NOT_WORK, Phrases.WAYS_ON_DID_NOT_WORK), Decision.Rule.CONTEXT, alone.search()));
    }

    /**
     * A message that adds a detail to the question the bot has just asked back about or not
     * understood, instead of picking one of its options: "我妈的养老认证咋弄" gets a choice, then
     * "她在老家 我在外地上班". Alone the second message is elliptic ("她不会用智能手机" comes near
     * nothing); read as one sentence with the question before it, it says what the person needs.
     *
     * <p>Taken only when it is clearer than the message alone: an answer, the fraud entry's urgent
     * steps when the two together tell of a scam ("接到电话说帮我做认证" got a choice led by the fraud entry,
     * then "他要我开视频" alone came near nothing), or a choice where the
     * message alone came near nothing (a choice built from both beats "didn't follow"). A message
     * redirected on its own stays redirected unless the two together are answered outright
     * ("我爸养老认证" → "他社保卡丢了 新的还没办下来" is certifying without the card, not the card
     * topic). On chats written by helpers who never saw the replies, the entry came first in an
     * answer or a choice for 45 of 48 two-message chats instead of 32 (the rule was chosen on
     * these), and on two sets run once after: 27 of 40 two-message chats instead of 23 (their new
     * questions and neighbouring matters replied to as before), 28 of 30 three-message ones instead
     * of 23 ({@code ConversationContextTest}; a third message is read with both earlier ones). Read together they are
     * answered at a first question's levels since 2026-12-07 (before, at the stricter mid-chat one): on the 702 written chats
     * 8 more right and 1 more wrong ("我在北京 我妈在老家 咋帮她认证 / 她用的老人机", helping a parent, labelled the offline ways);
     * on the blind testers' chats "伊脚骨不好 出不了门的" after a choice for an 83-year-old got the home visit.
     *
     * @param together the new message after what the person said before it, as one sentence — not
     *     two: each sentence of a message is also searched on its own, and the earlier one would bring
     *     back the very readings the bot just had to ask about
     * @param alone the new message decided on its own: asked back, fallen back or redirected
     * @param offeredBefore what the last reply offered: a choice of the same entries is no clearer
     *     ("那怎么弄" after a choice keeps "didn't follow" with that choice again); a choice that the message alone
     *     and the two together would both lead with the entry that led it is answered ({@link #ledAgainBy})
     */
    Optional<Decision> decideRefinement(String together, Decision alone, List<FaqEntry> offeredBefore) {
        FaqIndex current = index.get();
        Reply said = alone.reply();
        // The alarm a first message raises, raised by the two together: "小区门口有人发传单 扫码领养老补贴顺带认证" got "not sure",
        // then "扫了 让填银行卡密码" alone "didn't follow" (blind tester20), where the two tell of a scam as it happens. Both
        // were masked when they were read on their own.
        Optional<Decision> alarm = alarmRaisedBy(current, together, said.question(), said.personalDataWarning());
        if (alarm.isPresent()) {
            return alarm;
        }
        SearchResult found = current.search(together);
        // The two together are one whole question, so they are answered at a first question's levels, not at the stricter one for
        // a short message later in a chat, which may be a detail of an answer. After a redirect the stricter level stays: the
        // message alone is a neighbour's ("银行app刷脸登录咋弄" after "还有啥app能认证" was answered with the other apps).
        Position readAs = alone.rule() == Decision.Rule.OUT_OF_SCOPE ? Position.MID_CHAT : Position.FIRST;
        Decision decision = decide(current, said.question(), said.personalDataWarning(), found, readAs);
        if (ledAgainBy(decision, offeredBefore) && ledAgainBy(alone, offeredBefore)) {
            Decision answer = confidentAnswer(current, said.question(), said.personalDataWarning(), found);
            return Optional.of(new Decision(answer.reply(), Decision.Rule.CONTEXT, found));
        }
        boolean clearer = decision.rule() == Decision.Rule.SAFETY
                || (decision.rule() == Decision.Rule.CONFIDENT && overridesARedirectOnlyWithItsOwnEvidence(alone, decision))
                || (decision.rule() == Decision.Rule.UNSURE && alone.rule() == Decision.Rule.NO_MATCH
                        && !offersTheSame(decision.reply(), offeredBefore));
        return clearer ? Optional.of(new Decision(decision.reply(), Decision.Rule.CONTEXT, found)) : Optional.empty();
    }

    /**
     * Whether the reading of a message with the question before it would ask back again, led by the entry that led the
     * choice just offered, and closest to it too: what the person said twice points at that entry, and a second
     * choice of the same would only repeat the question. A usability tester (2026-12-06) got the same three options
     * three times ("我能在手机上帮她弄吗？" → "她得在旁边吗" → "视频通话让她刷脸行不行", each led by helping a parent).
     */
    private static boolean ledAgainBy(Decision decision, List<FaqEntry> offeredBefore) {
        if (decision.rule() != Decision.Rule.UNSURE || !(decision.reply() instanceof Reply.Clarify again) || offeredBefore.isEmpty()) {
            return false;
        }
        FaqEntry ledBefore = offeredBefore.get(0);
        List<ScoredEntry> found = decision.search().entries();
        return again.candidates().get(0).entry().equals(ledBefore) && !found.isEmpty() && found.get(0).entry().equals(ledBefore);
    }

    /**
     * A message redirected on its own is answered from the two messages together only with an entry
     * the message itself comes near: "他社保卡丢了 新的还没办下来" (certifying without the card, 0.42 on
     * its own) after "我爸养老认证", but not "城乡居民养老保险交哪个档划算" (the contributions topic, 0.80;
     * the Hong Kong entry, next to nothing) after a choice about certifying from Macau — there the
     * earlier message's words alone made the answer.
     */
    private boolean overridesARedirectOnlyWithItsOwnEvidence(Decision alone, Decision together) {
        if (alone.rule() != Decision.Rule.OUT_OF_SCOPE) {
            return true;
        }
        return cameNear(together.reply().candidates().get(0).entry(), alone.search());
    }

    /** Whether {@code entry} came at least the suggestion floor near in {@code searched}: the message's own evidence for it. */
    private boolean cameNear(FaqEntry entry, SearchResult searched) {
        return scored(entry, searched).confidence() >= thresholds.suggestFloor();
    }

    /** Whether a choice offers the very entries the last reply offered: "那怎么弄" added nothing. */
    private static boolean offersTheSame(Reply choice, List<FaqEntry> offeredBefore) {
        return choice.candidates().stream().map(ScoredEntry::entry).collect(Collectors.toSet()).equals(Set.copyOf(offeredBefore));
    }

    /**
     * A follow-up that the chat left open (a choice, or nothing near) read as a question about the bot's subject, as a
     * short first question is ({@link KeywordMessage#aboutTheSubject}: "养老认证 要带啥证件不"): in a chat about
     * certification, "在支付包上能弄不", "我腿脚不好 去不了那" or "她在四川老家领 我想找那边社保问问 电话咋查" are about
     * certifying, and so read they are plainly one entry's; so is "在哪认证" after the unemployment benefit's redirect.
     * Answered when, so read, that entry is answered confidently, leads by the small lead and is likely by the classifier
     * ({@link #answersAShortQuestion}), and:
     * <ul>
     *   <li>it is not the chat's topic, whose details other rules give;</li>
     *   <li>the message names something ({@link AskingWords}): "那咋弄" is about the topic, not certifying in general;</li>
     *   <li>no neighbouring topic came near and likely ({@link #likelyANeighbour});</li>
     *   <li>read with what was asked before, the topic does not lead: "人在美国 养老金认证咋做 / 要准备啥不" asks what to
     *       prepare abroad, not the materials for certifying at home.</li>
     * </ul>
     * On the 702 written follow-up chats (2026-12-06), 34 choices or "没太明白" became answers of the entry meant and one
     * of another ("人在外地养老金认证咋弄 / 俺不会用智能手机": offline, labelled certifying where one lives). Without the
     * last condition 17 more became answers, 7 of them wrong; without the lead and the classifier's word as well, 11 more
     * again, 8 of them wrong. After a redirect the written chats are unchanged by it; blind tester17's "在哪认证" and
     * "退休以后那个认证要多久做一次" got choices there.
     *
     * @param alone the follow-up decided on its own, which was unclear
     * @param askedBefore what the person said that the chat's last reply answered or left open
     */
    Optional<Decision> decideAsAboutTheSubject(Decision alone, FaqEntry topic, String askedBefore) {
        FaqIndex current = index.get();
        Reply said = alone.reply();
        String message = said.question();
        if (AskingWords.only(current.normalize(message)) || likelyANeighbour(alone.search())) {
            return Optional.empty();
        }
        SearchResult read = current.search(KeywordMessage.aboutTheSubject(message));
        Decision reading = decide(current, message, said.personalDataWarning(), read, Position.FIRST);
        if (reading.rule() != Decision.Rule.CONFIDENT || !(reading.reply() instanceof Reply.Answer answer)
                || answer.entry().equals(topic) || !answersAShortQuestion(read)) {
            return Optional.empty();
        }
        boolean stillTheTopic = topic != null && current.search(askedBefore + " " + message).best()
                .filter(best -> best.entry().equals(topic)).isPresent();
        return stillTheTopic ? Optional.empty() : Optional.of(new Decision(answer, Decision.Rule.CONTEXT, read));
    }

    /**
     * A follow-up right after an answer that the chat's rules left open (a choice, or nothing near), read as one question with
     * the question that answer answered: the answer of another entry when, read so, that entry is answered as a first question
     * would be — two messages together are a whole question, not a short remark that may be a detail — provided the message
     * itself came near that entry (the suggestion floor) and the classifier, reading the two together, finds it likelier than
     * the entry just answered (else the message is still about that answer, and its details are read elsewhere). "我上个月才办完
     * 退休 之前没弄过" after "认证咋弄" is the first certification; "我现在在加拿大跟女儿住" after "养老金认证怎么弄" certifying
     * abroad. Chosen 2026-12-07 on the 702 written chats: 8 more right, none wrong; without the classifier's check, "开了能认证不"
     * after "电子社保卡咋开" was answered with certifying without a card (the e-card itself, 0.58, against 0.32), and without
     * the message's own evidence one more wrong; with it at 0.25 two fewer right.
     */
    Optional<Decision> decideWithTheQuestionAnswered(String together, Decision alone, FaqEntry answered) {
        FaqIndex current = index.get();
        Reply said = alone.reply();
        SearchResult found = current.search(together);
        Decision decision = decide(current, said.question(), said.personalDataWarning(), found, Position.FIRST);
        if (decision.rule() != Decision.Rule.CONFIDENT || !(decision.reply() instanceof Reply.Answer answer)
                || answer.entry().equals(answered)) {
            return Optional.empty();
        }
        boolean likelierThanTheAnswer = scored(answer.entry(), found).probability() > scored(answered, found).probability();
        return cameNear(answer.entry(), alone.search()) && likelierThanTheAnswer
                ? Optional.of(new Decision(answer, Decision.Rule.CONTEXT, found)) : Optional.empty();
    }

    /**
     * A follow-up that came near nothing, alone or read with the chat, whose closest entries include one, at the suggestion
     * floor, that the classifier finds very likely ({@link DecisionThresholds#answersAVeryLikelyFollowUp}) and no likely
     * neighbour: that entry's answer instead of "没太明白". A blind tester's "可唔可以叫人上門" (the home visit 0.31, the classifier
     * 0.80) got "没太明白" after a choice; on the 702 written chats nothing changes.
     */
    Optional<Decision> decideTheVeryLikelyEntry(Decision alone) {
        SearchResult searched = alone.search();
        Optional<ScoredEntry> veryLikely = searched.entries().stream()
                .filter(entry -> thresholds.answersAVeryLikelyFollowUp(entry.confidence(), entry.probability()))
                .findFirst();
        if (veryLikely.isEmpty() || likelyANeighbour(searched)) {
            return Optional.empty();
        }
        Reply said = alone.reply();
        return Optional.of(confidentAnswer(index.get(), said.question(), said.personalDataWarning(), searched.withFirst(veryLikely.get().id())));
    }

    /**
     * A message mid-chat that came near nothing, on its own or with the chat's topic: "那怎么弄"
     * after a choice of three, "他耳朵不好使" after the home-visit answer. It most likely goes on from
     * the last reply, so the bot says it did not follow and offers the entry the chat is about
     * (a detail of it is the likeliest meaning: "她得在旁边吗" after the entry on helping a parent),
     * then the entries the message came near, then the ones the last reply offered (the choices
     * just shown, or the answered entry's related ones), then the popular topics — not "I only
     * know certification" with the popular topics alone. On the written follow-ups, the fallbacks
     * listing the intended entry among their first three went from 4 to 5 of 6.
     *
     * @param decided the message's fallback for want of a close match ({@link Decision.Rule#NO_MATCH})
     * @param topic the entry the chat is about, or null (after a choice or a fallback)
     * @param offeredBefore what the chat's last reply offered, in its order
     */
    Decision unclearInChat(Decision decided, FaqEntry topic, List<FaqEntry> offeredBefore) {
        Reply said = decided.reply();
        List<FaqEntry> suggestions = suggestions(corpus(), topic == null ? List.of() : List.of(topic), said.candidates(), offeredBefore);
        return new Decision(new Reply.Fallback(said.question(), said.personalDataWarning(), Reply.FallbackReason.UNCLEAR_IN_CHAT,
                null, suggestions, said.candidates()), Decision.Rule.NO_MATCH, decided.search());
    }

    /**
     * A follow-up that names nothing ({@link AskingWords}: "咋做" after the survivors' entry, "那咋整" after the
     * real-name one) asks how to go on with what was just answered: that entry is offered first, the
     * entries the message came near after it (the general how-to entry, for "咋做").
     */
    private static Reply.Clarify offeringTheTopicFirst(Reply.Clarify weak, FaqEntry topic, SearchResult searched) {
        return new Reply.Clarify(weak.question(), weak.personalDataWarning(), ledBy(scored(topic, searched), weak.candidates()));
    }

    /**
     * Whether a choice offered for a follow-up exists only because the message was read in the chat:
     * on its own nothing came close enough to ask back about ("我奶奶九十多了" after "得本人去吗"). A
     * choice the message earns on its own ("我爸今年第一次领养老金，要认证吗") starts a subject of its own.
     */
    boolean choiceNeedsTheChat(Reply.Clarify clarify) {
        return clarify.bestConfidence() < thresholds.clarifyFloor();
    }

    /** The answer for a known entry, as if the user had asked its standard question (buttons). */
    public Optional<Reply.Answer> answerFor(String entryId) {
        FaqIndex current = index.get();
        return current.corpus().entry(entryId).map(entry -> new Reply.Answer(entry.title(), false, entry, 1.0,
                related(current.corpus(), entry), List.of(new ScoredEntry(entry, 1.0, List.of()))));
    }

    /** The most commonly needed entries, offered on fallback and in menus. */
    public List<FaqEntry> popularTopics() {
        return popular(index.get().corpus());
    }

    /** The corpus currently served (for menus and admin views). */
    public Corpus corpus() {
        return index.get().corpus();
    }

    /** Every fallback (no text, a redirect, nothing close enough) offers the closest entries, then the popular topics. */
    private Reply.Fallback fallback(FaqIndex current, String question, boolean personalData, Reply.FallbackReason reason,
                                    String redirect, List<ScoredEntry> candidates) {
        return new Reply.Fallback(question, personalData, reason, redirect, closestThenPopular(current.corpus(), candidates),
                candidates);
    }

    /** The needs most people come with, as {@code menus.yml} names them (validated: every id exists). */
    private static List<FaqEntry> popular(Corpus corpus) {
        return corpus.menus().popular().stream().map(corpus::entry).flatMap(Optional::stream).toList();
    }

    /**
     * What an answer offers next: the runner-up first when it came close (within the window a
     * clarification would offer), then the answered entry's own related ones. A long question
     * answered with the wrong one of two close needs then has the right one a tap away: on the
     * labelled questions, every answer with another entry than expected had the expected one
     * either as the close runner-up or among the related ones, but only two of five among the latter.
     */
    private static List<FaqEntry> offeredNext(Corpus corpus, List<ScoredEntry> candidates) {
        ScoredEntry answered = candidates.get(0);
        Map<String, FaqEntry> offered = new LinkedHashMap<>();
        if (candidates.size() > 1 && isClose(candidates.get(1), answered.confidence())) {
            offered.put(candidates.get(1).entry().id(), candidates.get(1).entry());
        }
        for (FaqEntry related : related(corpus, answered.entry())) {
            offered.putIfAbsent(related.id(), related);
        }
        return offered.values().stream().limit(MAX_RELATED).toList();
    }

    /** Whether a candidate is near enough the best to be offered as another reading of the question. */
    private static boolean isClose(ScoredEntry candidate, double best) {
        return candidate.confidence() >= best - CLARIFY_WINDOW;
    }

    private static List<FaqEntry> related(Corpus corpus, FaqEntry entry) {
        return entry.related().stream()
                .map(corpus::entry)
                .flatMap(Optional::stream)
                .limit(MAX_RELATED)
                .toList();
    }
}
