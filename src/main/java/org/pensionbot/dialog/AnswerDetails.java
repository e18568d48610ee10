package org.pensionbot.dialog;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.search.FaqIndex;
import org.pensionbot.search.PlaceNames;
import org.pensionbot.search.ScoredEntry;
import org.pensionbot.search.SearchResult;

/**
 * Replies made of lines of the answer just given: a follow-up read as asking about a detail of that answer gets the
 * sentence of it that speaks to the message, its answer in brief, what it says of a place, or its help for what
 * cannot be found — with the whole answer one tap away ({@link Reply.Detail}). Each rule says how the message came to
 * be read so (on its own it came near nothing, got a choice, got the same answer again, was redirected) and how near
 * the answer's line must then come. {@link Conversations} decides when to ask; this class only reads the answer.
 */
final class AnswerDetails {

    /**
     * How near a sentence of the answer just given must come to a follow-up that got a choice on its own for it to be
     * that answer's point ({@link #decideDetailOfTheAnswerAfterAChoice}). On the written follow-up files (702 chats) at
     * 0.60, 21 such follow-ups got a sentence and the entry first went from 412 to 421; at 0.55 three more got a sentence
     * beside the point ("那支付宝呢" after WeChat: "除了支付宝…"; "对了 咋知道成功没" after a failed scan: manual review).
     */
    private static final double POINT_AFTER_A_CHOICE = 0.60;

    /**
     * The classifier's probability for another entry than the one just answered at which a follow-up that got a choice only
     * with the chat's topic left out is not read as about that answer ({@link #decideDetailOfTheAnswerAfterAWeakChoice}).
     * Below one half: such a follow-up is short, and a short message the classifier gives an entry even this chance
     * ("那上门要带什么材料", materials 0.47; "没收到提醒是不是就不用做了", silent certification 0.42) is as likely that entry's.
     * On the written chats at 0.5, 3 more got their entry first and 4 more lost it to a detail of the answer just given.
     */
    private static final double LIKELY_ELSEWHERE = 0.30;

    private final DialogEngine engine;
    private final DecisionThresholds thresholds;

    AnswerDetails(DialogEngine engine) {
        this.engine = engine;
        this.thresholds = engine.thresholds();
    }

    private FaqIndex index() {
        return engine.currentIndex();
    }

    /**
     * What says that something was done, not what: "绑好了" came 0.68 near the last step, "就办好了", by its 好了 alone
     * (blind tester32's binding, once binding was the helping entry's step), so a step read as done must name something
     * the message names.
     */
    private static final Pattern NOT_WHAT_WAS_DONE = Pattern.compile("[好了完成过的我已经都啦]|\\s");

    /**
     * The step of {@code topic}'s procedure that what the person says they did comes closest to, when it comes
     * {@link FaqIndex#CLOSE_SENTENCE_FLOOR} near: "市民中心找到了" → the step that says to search for 市民中心. Empty otherwise.
     * Close, because the step read as done decides what comes next, and the last one ends the walk-through: blind tester20's
     * "绑好了然后呢" (a parent bound on the family page) came 0.57 near the e-social card's last step, on opening the card,
     * and was told that everything was done. On the 702 written chats nothing else changed from the sentence floor (0.55).
     */
    OptionalInt stepDone(FaqEntry topic, String done) {
        List<String> steps = topic.steps();
        FaqIndex current = index();
        String named = current.normalize(NOT_WHAT_WAS_DONE.matcher(done).replaceAll(""));
        List<String> naming = steps.stream().filter(step -> current.hasEveryCharacterOf(named, step)).toList();
        if (naming.size() == 1) {
            // "绑好了" after helping a parent: the one step that says 绑定, however short the message is for the model.
            return OptionalInt.of(steps.indexOf(naming.get(0)) + 1);
        }
        return current.sentencesClosestFirst(topic, done).stream()
                .filter(match -> steps.contains(match.sentence()))
                .filter(match -> current.sharesAWord(named, match.sentence()))
                .findFirst()
                .filter(match -> match.cosine() >= FaqIndex.CLOSE_SENTENCE_FLOOR)
                .map(match -> OptionalInt.of(steps.indexOf(match.sentence()) + 1))
                .orElse(OptionalInt.empty());
    }

    /**
     * A follow-up after an answer that came near nothing on its own ("那他不在身边呢" after the entry on helping a
     * parent, "我以为就退休的才弄" after the survivors' entry) but, read as one sentence with the question that answer
     * answered, is confidently about that answer again: it asks about a detail of it. Its reply is the first line of
     * the short answer — the answer in brief: "老人本人必须在场" — and under it the sentence of the answer closest to
     * the message when one is close ({@link FaqIndex#SENTENCE_FLOOR}: "是防冒领吗" → "冒领的钱要退回…"). Below that the
     * closest sentence is as often beside the point as on it (0.44–0.48 either way on the written chats), so it is
     * left out; a message no sentence comes even {@link FaqIndex#LOOSE_SENTENCE_FLOOR} near ("她瘫床上了" after the
     * survivors' entry, a next worry) gets "didn't follow" with its entries, as before.
     *
     * @param together the message after the question the answer answered, as one sentence
     * @param alone the message decided on its own, which came near nothing
     */
    Optional<Decision> decideDetailOfTheAnswer(String together, Decision alone, FaqEntry topic) {
        return decideDetailOfTheAnswer(together, alone, topic, Reading.CAME_NEAR_NOTHING, List.of());
    }

    /**
     * As {@link #decideDetailOfTheAnswer(String, Decision, FaqEntry)}, for a follow-up that got a choice on its own
     * ("上门收钱不" after the home visit: what certification is, or scams): read with the question before, it is that
     * answer's again, and a sentence of it other than the short answer comes {@link #POINT_AFTER_A_CHOICE} near ("真正的
     * 工作人员不会要银行卡…却要钱或要这些，别给"). A usability tester (2026-12-06) got a choice for 29 of 44 follow-ups.
     * The detail stands in for {@code choice}, whose other options it offers after the whole answer.
     */
    Optional<Decision> decideDetailOfTheAnswerAfterAChoice(String together, Decision alone, Reply.Clarify choice, FaqEntry topic) {
        return decideDetailOfTheAnswer(together, alone, topic, Reading.AFTER_A_CHOICE, otherOptions(choice, topic));
    }

    /**
     * As {@link #decideDetailOfTheAnswer(String, Decision, FaqEntry)}, for a follow-up that came near nothing on its own
     * and got a choice only once read with the chat's topic left out, from evidence too weak to ask about alone ("那个app叫啥"
     * after the abroad answer: where to find the local office, 0.18; "用我手机行吗" after helping a parent): read with the
     * question before, it is that answer's again, and its closest sentence says it ("在手机自带的应用商店里搜“中国领事”…").
     * The detail offers {@code choice}'s other options after the whole answer. Not when what the choice offers first is
     * likelier:
     * <ul>
     *   <li>the classifier gives another entry a fair chance ({@link #LIKELY_ELSEWHERE}: "那上门要带什么材料" after the
     *       home visit is the materials', 0.47);</li>
     *   <li>a neighbouring topic came near and the classifier finds it likely ("我爸上个月走了 咋办" after helping a parent;
     *       "医保卡也要年审不" after how often, which that answer's "一般每12个月至少认证一次" would seem to answer yes);</li>
     *   <li>the choice is led by an entry the answer itself offers next ({@code related}): "过了日子咋整" after how often is
     *       the missed deadline's, the next question that answer expects;</li>
     *   <li>the closest line sends the reader to another entry.</li>
     * </ul>
     * On the 702 written follow-up chats (2026-12-06), 16 got their entry first that did not before, and 3 lost it; without
     * the related entries' condition 25 and 8 (the missed deadline lost twice).
     */
    Optional<Decision> decideDetailOfTheAnswerAfterAWeakChoice(String together, Decision alone, Reply.Clarify choice, FaqEntry topic) {
        if (AskingWords.only(index().normalize(alone.reply().question()))) {
            return Optional.empty(); // "在哪里" names nothing: its choice offers the answer just given first, on purpose
        }
        SearchResult searched = alone.search();
        boolean likelyAnotherEntry = searched.entries().stream()
                .anyMatch(candidate -> !candidate.id().equals(topic.id()) && candidate.probability() >= LIKELY_ELSEWHERE);
        boolean likelyANeighbour = engine.likelyANeighbour(searched);
        List<FaqEntry> otherOptions = otherOptions(choice, topic);
        boolean ledByANextQuestion = !otherOptions.isEmpty() && topic.related().contains(otherOptions.get(0).id());
        return likelyAnotherEntry || likelyANeighbour || ledByANextQuestion ? Optional.empty()
                : decideDetailOfTheAnswer(together, alone, topic, Reading.AFTER_A_WEAK_CHOICE, otherOptions);
    }

    /**
     * As {@link #decideDetailOfTheAnswer(String, Decision, FaqEntry)}, for a follow-up redirected to a neighbouring topic
     * that, read with the question before it, is confidently the answer just given's again, and that one of its sentences
     * speaks to very closely ({@link FaqIndex#CLOSE_SENTENCE_FLOOR}): "那之前的钱还能补吗" after the missed-deadline answer
     * came nearest how much pensions are and what back pay they get (a tester was told the bot could not say), while that
     * answer says "停掉那几个月的钱也会补发" (0.68). Only when the neighbouring topic came no nearer than the level at which
     * an entry with a clear lead is answered ({@link DecisionThresholds#answerWithClearLead}, 0.45; that question 0.43):
     * read with the question before, a neighbouring matter asked plainly is that answer's too ("那社保卡咋补办" after
     * certifying without a card, 0.77; "涨的那部分啥时候补发" after the missed deadline, 0.72). On the written chats
     * (2026-12-06) 2 more got their entry first and no neighbour lost its redirect; without that condition 9 did.
     */
    Optional<Decision> decideDetailOfTheAnswerThoughRedirected(String together, Decision redirected, FaqEntry topic) {
        boolean weaklyANeighbours = redirected.search().outOfScope()
                .filter(neighbour -> neighbour.confidence() < thresholds.answerWithClearLead()).isPresent();
        return weaklyANeighbours ? decideDetailOfTheAnswer(together, redirected, topic, Reading.THOUGH_REDIRECTED, List.of())
                : Optional.empty();
    }

    /** The options of a choice but the entry a detail is about. */
    private static List<FaqEntry> otherOptions(Reply.Clarify choice, FaqEntry topic) {
        return choice.candidates().stream().map(ScoredEntry::entry).filter(option -> !option.equals(topic)).toList();
    }

    /**
     * How a follow-up read as about the answer just given came to be read so, which decides how near its point must come
     * ({@code floor}), whether the answer in brief counts as a point, and whether a line pointing to another entry does.
     */
    private record Reading(double floor, boolean notTheBriefAgain, boolean notAPointerElsewhere) {
        /** It came near nothing, on its own or with the chat's topic: any sentence {@link FaqIndex#LOOSE_SENTENCE_FLOOR} near. */
        static final Reading CAME_NEAR_NOTHING = new Reading(FaqIndex.LOOSE_SENTENCE_FLOOR, false, false);
        /** It got a choice on its own: a point of the answer {@link #POINT_AFTER_A_CHOICE} near, not its brief again. */
        static final Reading AFTER_A_CHOICE = new Reading(POINT_AFTER_A_CHOICE, true, true);
        /** It got a choice only with the chat's topic left out: as near as when nothing came near, no pointer elsewhere. */
        static final Reading AFTER_A_WEAK_CHOICE = new Reading(FaqIndex.LOOSE_SENTENCE_FLOOR, false, true);
        /** It was redirected to a neighbouring topic: a sentence of the answer very close, no pointer elsewhere. */
        static final Reading THOUGH_REDIRECTED = new Reading(FaqIndex.CLOSE_SENTENCE_FLOOR, false, true);
    }

    private Optional<Decision> decideDetailOfTheAnswer(String together, Decision alone, FaqEntry topic, Reading reading,
                                                       List<FaqEntry> otherReadings) {
        FaqIndex current = index();
        // The two together are the person's question as a whole, read as a first question is.
        Decision decision = engine.decideAsAQuestionOnItsOwn(current, alone.reply(), current.search(together));
        boolean aboutTheAnswer = decision.answeredOutright() && decision.reply().candidates().get(0).id().equals(topic.id());
        Optional<String> shortAnswer = topic.brief();
        Optional<FaqIndex.SentenceMatch> closest = aboutTheAnswer
                ? current.closestSentence(topic, alone.reply().question(), alone.search()) : Optional.empty();
        if (shortAnswer.isEmpty() || closest.isEmpty() || closest.get().cosine() < reading.floor()) {
            return Optional.empty();
        }
        String line = shortAnswer.get();
        String closestLine = closest.get().sentence();
        // The answer in brief again is no point of it ("不去窗口，手机上能弄不"), and a line that sends the reader to
        // another entry is that entry's matter: the choice offers it ("注册老是注册不上咋办" after WeChat's answer).
        if (reading.notTheBriefAgain() && line.contains(closestLine) || reading.notAPointerElsewhere() && FaqEntry.pointsElsewhere(closestLine)) {
            return Optional.empty();
        }
        String lines = closest.filter(match -> match.cosine() >= FaqIndex.SENTENCE_FLOOR)
                .map(match -> withItsHelp(topic, match.sentence()))
                .map(sentence -> line.contains(sentence) ? line : sentence.startsWith(line) ? sentence : line + "\n" + sentence)
                .orElse(line);
        Reply said = alone.reply();
        return Optional.of(new Decision(new Reply.Detail(said.question(), said.personalDataWarning(), topic, lines, otherReadings),
                Decision.Rule.CONTEXT, alone.search()));
    }

    /**
     * A follow-up right after an answer that gets a choice led by another entry, whose closest line to the message the answer
     * just given has too, in the same words or within a longer line of its own: that line of the answer, as a detail. Several
     * answers repeat a fact where it matters ("认证一般不收费" is in what certification is and in the home-visit and counter
     * answers), and the message asks about it where it was just read: "上门得交钱不" after the home visit, "要唔要錢" after the
     * counter (blind testers got a choice). Chosen 2026-12-07: on the 702 written chats nothing changed; the testers' two.
     *
     * @param decided the follow-up as read in the chat: a choice, or nothing to do
     */
    Optional<Decision> decideWhatTheAnswerAlreadySays(Decision alone, Decision decided, FaqEntry answered) {
        if (!(decided.reply() instanceof Reply.Clarify choice) || choice.reason() == Reply.ClarifyReason.DID_NOT_WORK
                || choice.candidates().isEmpty() || choice.candidates().get(0).entry().equals(answered)) {
            return Optional.empty();
        }
        FaqEntry lead = choice.candidates().get(0).entry();
        Optional<FaqIndex.SentenceMatch> ofTheLead = index().closestSentence(lead, alone.search());
        Optional<FaqIndex.SentenceMatch> ofTheAnswer = index().closestSentence(answered, alone.search())
                .filter(match -> match.cosine() >= FaqIndex.SENTENCE_FLOOR);
        if (ofTheLead.isEmpty() || ofTheAnswer.isEmpty()) {
            return Optional.empty();
        }
        String leadLine = withoutPunctuation(ofTheLead.get().sentence());
        String answerLine = withoutPunctuation(ofTheAnswer.get().sentence());
        boolean sameFact = !leadLine.isEmpty() && !answerLine.isEmpty()
                && (answerLine.contains(leadLine) || leadLine.contains(answerLine));
        if (!sameFact) {
            return Optional.empty();
        }
        List<String> line = List.of(withItsHelp(answered, ofTheAnswer.get().sentence()));
        return Optional.of(ownHelp(alone.reply(), answered, line, alone.search()));
    }

    private static String withoutPunctuation(String line) {
        return line.replaceAll("[\\p{P}\\s]", "");
    }

    /**
     * A short message naming where the person is right after an answer ("我是广东的", "我在上海"): the lines of that
     * answer about the place, as a detail ("我是广东的" after how often to certify: Guangdong's rule of twelve months,
     * where a tester got the whole answer again). A city counts as its province ("我住深圳": the lines on 广东), since
     * answers name provinces. Where the answer names the place nowhere, the lines about it of the entry that answer offers
     * first ("河南" after how to certify: Henan's own app, from the other apps' entry; blind tester42 got the tip that names
     * differ from place to place, as it did for 广州, 深圳 and 上海); where none does, that tip and whom to ask. Empty when
     * the message says more or is answered on its own.
     */
    Optional<Decision> decideWhatTheAnswerSaysOfAPlace(Decision alone, FaqEntry topic) {
        Reply said = alone.reply();
        String normalized = index().normalize(said.question());
        Optional<String> place = PlaceNames.namedIn(normalized);
        if (alone.answeredOutright() || !KeywordMessage.isShort(normalized) || place.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = Stream.concat(place.stream(), PlaceNames.provinceOf(place.get()).stream()).toList();
        List<String> aboutThePlace = linesNaming(topic, names);
        // Named nowhere in the answer ("我们是山东济南的" got "没太明白", a tester): what it says of every place. Asked how to do
        // it there ("那在海南咋弄" after certifying away from home), or whether it can be done there ("在深圳能弄不"), the
        // answer in brief says it: blind testers 28 and 47 got the tip that names differ from place to place.
        if (aboutThePlace.isEmpty() && (AskingWords.asksHow(normalized) || AskingWords.asksWhetherItCan(normalized))) {
            return shortAnswer(alone, topic);
        }
        if (aboutThePlace.isEmpty()) {
            // Only the entry offered first, which goes on from the answer (how to certify → the other apps); those after it
            // may be about something else ("上海" after when to certify found the lines on checking the result in 上海).
            Optional<FaqEntry> offeredFirst = topic.related().stream().findFirst().flatMap(related -> index().corpus().entry(related));
            List<String> itsLines = offeredFirst.map(next -> linesNaming(next, names)).orElse(List.of());
            if (!itsLines.isEmpty()) {
                return Optional.of(ownHelp(said, offeredFirst.get(), itsLines, alone.search()));
            }
        }
        List<String> lines = aboutThePlace.isEmpty() ? index().localDifferenceTips(topic) : aboutThePlace;
        return lines.isEmpty() ? Optional.empty() : Optional.of(ownHelp(said, topic, lines, alone.search()));
    }

    /** The lines of an entry — short answer, steps, their help, tips — that name one of {@code places}. */
    private static List<String> linesNaming(FaqEntry entry, List<String> places) {
        return Stream.of(entry.summary().lines().map(String::strip), entry.steps().stream(),
                        entry.stepHelp().stream().flatMap(List::stream), entry.tips().stream())
                .flatMap(lines -> lines)
                .filter(line -> places.stream().anyMatch(line::contains))
                .toList();
    }

    /**
     * A short follow-up asking for one kind of thing ({@link AskedFor}: a number to call, a web address, how long, how many,
     * whom to ask) right after an answer that has a line giving such a thing, about what the message names: that line, the
     * closest of them in meaning, as a detail. "找谁申请" after the home visit gets "…可以向社区、村里或当地社保所申请上门认证"
     * and "用中国领事app要多久审核" after the abroad answer "…一般10个工作日内有结果", where blind testers got a choice and a
     * line on paper forms. Not for a message answered on its own with another entry (answered with the same one, it asks
     * for that line of it: "上门认证找谁申请" after the home visit got the whole answer again), nor when the classifier gives
     * another entry a fair chance ({@link #LIKELY_ELSEWHERE}: "人工审核要几天" after the way on is the result's) — unless it
     * asks whom to ask, what number to call or how often, outside a scam. How near in meaning
     * the line comes does not decide: a long line with the one address ("用国家社会保险公共服务平台（网址是 si.12333.gov.cn）：
     * 选…") comes 0.39 near "网址是啥", and nearer lines give none.
     */
    Optional<Decision> decideTheLineOfTheKindAsked(Decision alone, FaqEntry topic) {
        Reply said = alone.reply();
        FaqIndex current = index();
        String normalized = current.normalize(said.question());
        Optional<AskedFor> kind = AskedFor.in(said.question(), normalized);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        AskedFor asked = kind.get();
        // What another entry answers for everyone (how often, when, a fee) is held back neither by a confident answer with
        // that entry nor by the classifier's liking for it: the answer just given may say it for its own case ("多久认一次"
        // after the survivors' answer, where blind tester27 got "一般每12个月一次"; "什么时候开始认证" after the first
        // certification's; "社保上门要钱不" after the fraud answer, for a stranger at the door asking 200 yuan, where blind
        // tester28 got what certification is). A message redirected on its own is left to the classifier ("涨的那部分啥时候补发").
        boolean redirected = alone.rule() == Decision.Rule.OUT_OF_SCOPE;
        boolean answeredInGeneralElsewhere = asked.isAnsweredInGeneralElsewhere() && !redirected;
        if (alone.answeredOutright() && !answeredAgain(alone, topic) && !answeredInGeneralElsewhere) {
            return Optional.empty();
        }
        SearchResult searched = alone.search();
        boolean likelyAnotherEntry = searched.entries().stream()
                .anyMatch(candidate -> !candidate.id().equals(topic.id()) && candidate.probability() >= LIKELY_ELSEWHERE);
        // Whom to ask, or what number to call, is what the office entry is about, so the classifier finds it likely for any
        // such message; right after an answer, that answer's own line is the one for its matter ("打啥电话" after the home
        // visit: "不知道找谁，就打12333问清楚，当地由哪里负责上门认证"). Not mid-scam, where the scam rules read it — but for a fee:
        // the fraud answer's own line says not to pay, and another which ways are the official ones.
        boolean ownLineFirst = engine.isTheFraudEntry(topic) ? asked.isAnsweredMidScam() && !redirected
                : asked.isTheOfficeEntrysMatter() || answeredInGeneralElsewhere;
        if (likelyAnotherEntry && !ownLineFirst) {
            return Optional.empty();
        }
        // Redirected on its own, the message must name nothing the line does not have: "多久能到账" after the stopped pension's
        // answer came near the housing fund ("公积金提取要多久到账"), a tester was sent to 12329, and that answer says when the
        // money comes; "公积金多久能到账" keeps its redirect.
        return current.sentencesClosestFirst(topic, searched).stream()
                .filter(match -> redirected ? asked.isAnsweredByAllItNames(match.sentence(), normalized, current)
                        : asked.isAnsweredBy(match.sentence(), normalized, current))
                .findFirst()
                .map(match -> detailOf(alone, topic, match.sentence()));
    }

    /**
     * The lines of an answer's help — under its steps, and its tips — that {@code speakOf} what went wrong: what to do
     * when something cannot be found ({@link NotWorking#notFound}), or when the way fails ({@link NotWorking#failing}).
     */
    static List<String> helpThat(FaqEntry entry, Predicate<String> speakOf) {
        return Stream.concat(entry.stepHelp().stream().flatMap(List::stream), entry.tips().stream()).filter(speakOf).toList();
    }

    /**
     * When a message says that what the answer says to find is not there ({@link NotWorking#notFound}: "没有那个按钮",
     * "找不到社保待遇资格认证"), the answer's own help for that, as a detail; empty otherwise, or when the answer has none.
     */
    static Optional<Decision> helpWhenNotFound(Decision alone, FaqEntry topic, String normalized) {
        Reply said = alone.reply();
        List<String> help = NotWorking.notFound(said.question(), normalized) ? helpThat(topic, NotWorking::notFound) : List.of();
        return help.isEmpty() ? Optional.empty() : Optional.of(ownHelp(said, topic, help, alone.search()));
    }

    /** Lines of the answer just given, as a detail of it. */
    static Decision ownHelp(Reply said, FaqEntry topic, List<String> lines, SearchResult search) {
        return new Decision(new Reply.Detail(said.question(), said.personalDataWarning(), topic, String.join("\n", lines)),
                Decision.Rule.CONTEXT, search);
    }

    /**
     * A follow-up about a detail of the chat's topic: when the message on its own matches the topic
     * best and clearly ahead of any other entry (by the answering margin), though not well enough to
     * answer ("能提前做不" after the entry on how often) — it asks about what was just answered — the
     * sentence of that answer that speaks to it. Empty when another entry comes close ("那上门要带
     * 什么材料" after the home-visit entry is as much about materials), when a neighbouring topic is
     * at least as close as the topic, as for any follow-up ("户口本丢了咋补" after the materials answer
     * is the hukou redirect, not its sentence on the household register; "驾照年审也是一年一次吗" after
     * the how-often answer, the driving-licence one), or when no sentence is close enough. A message that matches the
     * topic best but not clearly ahead gets a line only when one is very close ({@link FaqIndex#CLOSE_SENTENCE_FLOOR}) and
     * does not send the reader to another entry: "可以上傳資料人工審核嗎" after failed scans (that entry 0.37, how to check a
     * result 0.35) gets "有的App也能申请人工审核", where a blind tester got a choice led by the result. On the 702 written chats
     * (2026-12-06) 3 more got their entry first ("我被自动认了没" after silent certification, "社区能办伐" after the offline
     * answer), 1 fewer ("没看着提醒过期了呢" after the reminders, a tie with the missed deadline), and 5 details a closer line
     * ("那个国家平台网址多少" → the site's address, not the answer in brief); at 0.60 a death told mid-chat got a line of
     * helping a parent.
     *
     * @param alone the message decided on its own, not answered; its search is reused
     */
    Optional<Decision> decideDetail(Decision alone, FaqEntry topic) {
        List<ScoredEntry> candidates = alone.search().entries();
        boolean nearestTopic = !candidates.isEmpty() && candidates.get(0).id().equals(topic.id());
        boolean aboutTopic = nearestTopic
                && (candidates.size() < 2 || candidates.get(0).confidence() - candidates.get(1).confidence() >= thresholds.margin());
        boolean redirectWins = nearestTopic && engine.aNeighbourAsCloseInChat(alone.search(), candidates.get(0).confidence());
        if (nearestTopic && !aboutTopic && !redirectWins) {
            // Nearest, though not clearly ahead ("可以上傳資料人工審核嗎" after failed scans: that entry 0.37, the result 0.35): a
            // line of the answer very close to the message is its point; a line sending the reader to another entry is not.
            return index().sentenceAbout(topic, alone.reply().question(), alone.search(), FaqIndex.CLOSE_SENTENCE_FLOOR)
                    .filter(sentence -> !FaqEntry.pointsElsewhere(withItsHelp(topic, sentence)))
                    .map(sentence -> detailOf(alone, topic, sentence));
        }
        if (!aboutTopic || redirectWins) {
            return Optional.empty();
        }
        Optional<Decision> sentence = detail(alone, topic, FaqIndex.SENTENCE_FLOOR);
        return sentence.isPresent() || candidates.get(0).confidence() < thresholds.shortAnswer() ? sentence : shortAnswer(alone, topic);
    }

    /**
     * A follow-up answered on its own with the very answer just given, when it asks about one point of it
     * ({@link FaqIndex#pointOfTheAnswer}): that point, not the whole answer again ("在手机上认证完了多久能恢复发放" after
     * a stopped pension's answer, "要带户口本吗" after the materials: testers got the whole answer a second time), or, when
     * it says what the answer says to find is not there, the answer's help for that. Empty for a message answered
     * otherwise, or asking the whole question again — asking how is asking for the whole answer, whatever line shares a
     * word with it: "中国领事app咋弄" after the abroad answer got its step on downloading the app (blind tester30).
     */
    Optional<Decision> decideThePointOfTheAnswerAgain(Decision alone, FaqEntry topic) {
        if (!answeredAgainNotAskingHow(alone, topic)) {
            return Optional.empty();
        }
        // "找不到社保待遇资格认证" after the Alipay answer names the very button that answer says to find: its help for when
        // that is not there, not the same answer again (a tester got the same seven steps).
        return helpWhenNotFound(alone, topic, index().normalize(alone.reply().question()))
                .or(() -> index().pointOfTheAnswer(topic, alone.reply().question(), alone.search())
                        .map(sentence -> detailOf(alone, topic, sentence)));
    }

    /**
     * A follow-up that came near no phrasing on its own, which the classifier, reading all the phrasings at once, finds
     * likeliest to be about the answer just given (at least {@link DecisionThresholds#likely}), and no neighbouring topic
     * likely: the point of that answer it asks about ({@link FaqIndex#pointOfTheAnswer}), when one line plainly is.
     */
    Optional<Decision> decideThePointOfALikelyFollowUp(Decision alone, FaqEntry topic) {
        boolean cameNearNothing = alone.rule() == Decision.Rule.NO_MATCH || alone.rule() == Decision.Rule.UNSURE;
        if (!cameNearNothing || engine.isTheFraudEntry(topic) || engine.likelyANeighbour(alone.search())) {
            return Optional.empty();
        }
        boolean likelyTheAnswer = alone.search().likeliest()
                .filter(likeliest -> likeliest.id().equals(topic.id()) && likeliest.probability() >= thresholds.likely())
                .isPresent();
        if (!likelyTheAnswer) {
            return Optional.empty();
        }
        return index().pointOfTheAnswer(topic, alone.reply().question(), alone.search()).map(sentence -> detailOf(alone, topic, sentence));
    }

    /**
     * A follow-up answered on its own with the very answer just given, which asks something of it other than how to go
     * through it: the line of that answer very close to it ({@link FaqIndex#CLOSE_SENTENCE_FLOOR}), when neither the point
     * nor the kind of thing asked found one. The person has the whole answer on the screen, and a blind tester got it
     * again, word for word, for "12333打了一上午都占线" after the office entry and "密码忘了" after the one on
     * registering. So is the one line that alone has a word few phrasings have ({@link FaqIndex#sentenceOwningAVeryRareWord}:
     * "读数认证是啥意思" after the other apps, whose step 4 says what reading the digits is, 0.62 near; a tester got the whole
     * answer again). Asking how ("支付宝怎么认证" again after the Alipay answer) is asking for the whole answer, and so is a
     * message two lines come about as near ({@link #CLEAR_LINE_LEAD}: "用我手机给俺妈弄行不" after helping a parent came
     * 0.666 near "手机对着老人…" and 0.664 near the line that says yes), which the whole answer shows together.
     */
    Optional<Decision> decideTheLineAskedAgain(Decision alone, FaqEntry topic) {
        if (!answeredAgainNotAskingHow(alone, topic)) {
            return Optional.empty();
        }
        Optional<FaqIndex.SentenceMatch> owner = index().sentenceOwningAVeryRareWord(topic, alone.reply().question(), alone.search(),
                FaqIndex.WORD_POINT_FLOOR);
        if (owner.isPresent()) {
            return Optional.of(detailOf(alone, topic, owner.get().sentence()));
        }
        List<FaqIndex.SentenceMatch> closest = index().sentencesClosestFirst(topic, alone.search());
        boolean clearlyOne = !closest.isEmpty() && closest.get(0).cosine() >= FaqIndex.CLOSE_SENTENCE_FLOOR
                && (closest.size() < 2 || closest.get(0).cosine() - closest.get(1).cosine() >= CLEAR_LINE_LEAD);
        return clearlyOne ? Optional.of(detailOf(alone, topic, closest.get(0).sentence())) : Optional.empty();
    }

    /**
     * How far the closest line of an answer must lead the next for a message answered again with it to be about that line
     * ({@link #decideTheLineAskedAgain}). On the written chats (2026-12-07) the lines such messages asked about led by
     * 0.05–0.20, and the two that asked about the answer as a whole had two lines within 0.002.
     */
    static final double CLEAR_LINE_LEAD = 0.03;

    /**
     * A message that says the answer's way did not work and asks about one point of that answer ("还是不行 能人工审核吗" after
     * failed scans), nearest that answer's entry on its own: that point ({@link FaqIndex#pointOfTheAnswer}: a line very close
     * to it, sharing a word few phrasings have), not the other ways on. Empty otherwise ("还是不行" alone), mid-scam, and when
     * what is not there is what the answer said to find.
     */
    Optional<Decision> decideThePointAskedBesideAFailure(Decision alone, FaqEntry topic) {
        String said = alone.reply().question();
        boolean nearestTopic = alone.search().best().filter(best -> best.id().equals(topic.id())).isPresent();
        String normalized = index().normalize(said);
        // What was to be found is not there ("搜不到市民中心咋办"): the answer's own help for that, as the ways on give it.
        boolean failedNotMissing = NotWorking.says(said, normalized) && !NotWorking.notFound(said, normalized);
        if (!nearestTopic || !failedNotMissing || engine.isTheFraudEntry(topic)) {
            return Optional.empty();
        }
        return index().pointOfTheAnswer(topic, said, alone.search()).map(sentence -> detailOf(alone, topic, sentence));
    }

    /**
     * Hearsay told right after an answer that says not to believe such talk ("能补几个月 听说最多补三个月" after the stopped
     * pension's answer, whose tip says claims of only a few months paid back are not to be believed, 0.75): that line, when
     * it is the answer's line closest to the message ("听说80岁以上就不用认证了" after how often comes nearer its 12 months than
     * to its line on the December rumour). Blind tester27 was redirected to the pension amount (0.452, the classifier's
     * 0.87) and left with the rumour. Not for a message answered on its own with another entry ("听说80岁以上不用
     * 认证" is the silent certification's), nor mid-scam, where the scam rules read it.
     */
    Optional<Decision> decideWhatTheAnswerSaysOfHearsay(Decision alone, FaqEntry topic) {
        String normalized = index().normalize(alone.reply().question());
        boolean anotherAnswer = alone.answeredOutright() && !answeredAgain(alone, topic);
        if (!HEARSAY.matcher(normalized).find() || anotherAnswer || engine.isTheFraudEntry(topic)) {
            return Optional.empty();
        }
        return index().closestSentence(topic, alone.search())
                .filter(closest -> closest.cosine() >= FaqIndex.SENTENCE_FLOOR && NOT_TO_BE_BELIEVED.matcher(closest.sentence()).find())
                .map(closest -> detailOf(alone, topic, closest.sentence()));
    }

    /** Hearsay: what someone said, or what is said online. */
    private static final Pattern HEARSAY = Pattern.compile("听说|听人说|听别人说|网上说|有人说|别人说|人家说|据说");
    /** A line of an answer that says a claim is not to be believed (the corpus's words for it). */
    private static final Pattern NOT_TO_BE_BELIEVED = Pattern.compile("别轻信|辟谣|没找到官方依据");

    /**
     * Whether the message, answered again with the very entry just answered, asks something of it other than how to go
     * through it: asking how ("支付宝怎么认证" again, "中国领事app咋弄" after the abroad answer) asks for the whole answer —
     * but for a screen message quoted, which is one point of it however asked ("咋会相似度低 那我还能咋办" after failed scans).
     */
    private boolean answeredAgainNotAskingHow(Decision alone, FaqEntry topic) {
        boolean asksAboutWhatTheScreenSaid = alone.rule() == Decision.Rule.SCREEN_MESSAGE;
        return answeredAgain(alone, topic)
                && (asksAboutWhatTheScreenSaid || !AskingWords.asksHow(index().normalize(alone.reply().question())));
    }

    /** Whether the message, on its own, got a confident answer with the very entry just answered. */
    private static boolean answeredAgain(Decision alone, FaqEntry topic) {
        return alone.answeredOutright() && alone.reply() instanceof Reply.Answer again
                && again.entry().id().equals(topic.id());
    }

    /**
     * The first line of the topic's short answer, for a follow-up that points at the answer just given though no
     * one sentence of it is close enough ({@link DecisionThresholds#shortAnswer}): "用我自己的手机可以吗" after the entry on helping a parent got a choice of
     * other entries, where that answer's first line says it ("家里人可以拿手机帮忙操作，但老人本人必须在场…"). The corpus
     * writes the short answer first, as the answer in brief.
     */
    private static Optional<Decision> shortAnswer(Decision alone, FaqEntry topic) {
        Reply said = alone.reply();
        return topic.brief().map(line -> new Decision(new Reply.Detail(said.question(), said.personalDataWarning(), topic, line),
                Decision.Rule.CONTEXT, alone.search()));
    }

    /**
     * A follow-up after an answer that neither points at the answered entry on its own nor at any
     * other ("我一个人能给家里几个人开" after the e-social-card answer, "听人说有啥宽限期，真的不" after the
     * missed-deadline one: each got "没太明白"): a detail of that answer when one of its sentences is
     * very close to it ({@link FaqIndex#CLOSE_SENTENCE_FLOOR}). Not when the message, read without the
     * answered entry, found another with some evidence ("那想去当面办，去哪儿" after the face-scan answer
     * is about the counter, though that answer mentions it) or a neighbouring topic.
     *
     * @param followUp the message read with the chat's topic ({@link DialogEngine#decideFollowUp})
     */
    Optional<Decision> decideDetailNothingElseExplains(Decision alone, Decision followUp, FaqEntry topic) {
        boolean anotherFits = followUp.rule() == Decision.Rule.OUT_OF_SCOPE
                || (followUp.rule() == Decision.Rule.CONTEXT && followUp.reply().candidates().stream()
                        .anyMatch(other -> !other.id().equals(topic.id()) && other.confidence() >= thresholds.suggestFloor()));
        return anotherFits ? Optional.empty() : detail(alone, topic, FaqIndex.CLOSE_SENTENCE_FLOOR);
    }

    /** The sentence of the topic's answer closest to the message, at or above {@code floor}, as a detail. */
    private Optional<Decision> detail(Decision alone, FaqEntry topic, double floor) {
        return index().sentenceAbout(topic, alone.reply().question(), alone.search(), floor)
                .map(sentence -> detailOf(alone, topic, sentence));
    }

    /** {@code sentence} of the topic's answer, with the help written under it when it is a step, as the reply to {@code alone}. */
    private static Decision detailOf(Decision alone, FaqEntry topic, String sentence) {
        Reply said = alone.reply();
        return new Decision(new Reply.Detail(said.question(), said.personalDataWarning(), topic, withItsHelp(topic, sentence)),
                Decision.Rule.CONTEXT, alone.search());
    }

    /** A step comes with the help written under it ("打开支付宝，搜“市民中心”" and "搜不到，就搜“电子社保卡”小程序…"). */
    private static String withItsHelp(FaqEntry entry, String sentence) {
        int step = entry.steps().indexOf(sentence) + 1;
        List<String> help = entry.helpForStep(step);
        return help.isEmpty() ? sentence : sentence + "\n" + String.join("\n", help);
    }
}
