package org.pensionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.VectorUtil;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.FaqEntry;

/**
 * A Lucene index over every question variant of one corpus — each entry's title, its
 * {@code questions} and its keywords, and each out-of-scope topic's example questions — because
 * matching a user's question against other questions works far better than against answer text,
 * and because a question next to our topic ("养老金能领多少") should find its redirect, not the
 * nearest certification entry.
 *
 * <p>Each variant is one document with two analysed fields ({@link ChineseAnalysis}: dictionary
 * words, and Han unigrams + bigrams) and its sentence vector ({@link SentenceEmbedder}, a
 * {@link KnnFloatVectorField} of unit length, compared by dot product: their cosine). A question
 * is cut into pieces ({@link QuestionPieces});
 * for each piece the {@link IndexSearcher} finds candidates twice — by BM25 over a flat
 * disjunction of the piece's rarest terms, and by nearest vectors — and every candidate then gets both
 * signals exactly ({@link LexicalOverlap}, cosine) and their fusion ({@link Fusion}). An entry's
 * confidence is that of its best variant over all pieces; an out-of-scope topic's, over the whole
 * question only. A classifier trained on all phrasings ({@link EntryClassifier}) tells how likely the
 * question belongs to each entry: read from the sentence that asks, it orders the options of a choice
 * ({@link Fusion#choiceOrder}); read from the whole question, it goes with each entry's confidence
 * ({@link ScoredEntry#probability}) to the dialog package's answering rules.
 *
 * <p>The documents are written, kept on disk and opened again by {@link PhrasingIndex}; this class
 * searches them. Immutable once built and safe for concurrent searches.
 */
public final class FaqIndex {

    /** Entries returned per search, best first. */
    public static final int MAX_RESULTS = 5;
    /** Candidates per piece from each retrieval; the union is scored exactly. */
    static final int CANDIDATES = 40;
    /**
     * At most this many of a piece's terms, the rarest the corpus uses, look for candidates by
     * words. A 300-character question has ~450 terms (words and character pairs); a disjunction of
     * all of them cost ~10 ms per question and found no candidate that its rarest 32 do not: eval's
     * output, confidences included, is identical on every labelled set down to 16 terms. Every
     * term still counts in the exact overlap of each candidate.
     */
    static final int QUERY_TERMS = 32;

    /**
     * A sentence of a longer question matched alone counts a little less than the whole question:
     * a side remark ("我妈八十了，腿脚不好") should not outweigh what was asked. Chosen on the
     * development sets (long questions: 2 of 51 answered with another entry at 1.0, 1 at 0.95).
     */
    static final double ASKING_SENTENCE_FACTOR = 0.95;
    /**
     * A sentence that asks nothing ({@link AskingSentence}) counts less again: it tells the
     * circumstances, and the need is in the question. On the development sets any factor from
     * 0.6 to 0.85 put the right entry first for four more questions (two of 51 long ones, one
     * real one, one on the unseen stand-in) and moved none away from it; 0.85 is the mildest.
     * Leaving such sentences out altogether measured the same, and no faster on long questions
     * (most of their sentences ask): kept, mildly discounted, for a message in which none asks.
     */
    static final double TELLING_SENTENCE_FACTOR = 0.85;

    private final Corpus corpus;
    private final ChineseAnalysis analysis;
    private final SentenceEmbedder embedder;
    /** Variants by Lucene document id: one segment, documents in the order they were added. */
    private final List<Variant> variants;
    private final IndexSearcher searcher;
    private final LexicalOverlap overlap;
    /** Which entry a question belongs to, learned from all phrasings together. */
    private final EntryClassifier classifier;
    /** How likely a message comes from someone in the middle of a scam, learned from the scam examples. */
    private final ScamClassifier scamClassifier;
    /** Tips most answers carry, which no follow-up is answered with. */
    private final CommonTips commonTips;
    /**
     * Vectors of the answers' sentences, by sentence: made at build ({@link #withAnswerSentencesEmbedded}), where a warm
     * start or a reload reads them from the embedder's cache. Made lazily, the first question about an entry after every
     * start and reload waited while the model read its ~25 sentences (~15 % of the model's time over 2,000 questions).
     */
    private final Map<String, float[]> sentenceVectors = new ConcurrentHashMap<>();
    /** The words of the answers' sentences, read once: what the rules on tips compare with a question's words. */
    private final Map<String, Set<Term>> sentenceTerms = new ConcurrentHashMap<>();

    private FaqIndex(Corpus corpus, ChineseAnalysis analysis, SentenceEmbedder embedder, List<Variant> variants,
                     IndexSearcher searcher, LexicalOverlap overlap, EntryClassifier classifier, ScamClassifier scamClassifier) {
        this.corpus = corpus;
        this.analysis = analysis;
        this.embedder = embedder;
        this.variants = variants;
        this.searcher = searcher;
        this.overlap = overlap;
        this.classifier = classifier;
        this.scamClassifier = scamClassifier;
        this.commonTips = CommonTips.of(corpus.entries());
    }

    /**
     * Starts loading the embedding model (and ICU's pinyin transform, {@link Pinyin}) on other
     * threads, so that they load while the caller reads and checks the corpus — the slowest parts of
     * start-up, done side by side instead of one after the other. Call it before loading the
     * corpus; calling it again does nothing.
     */
    public static void warmUpInBackground() {
        if (WARMING.compareAndSet(false, true)) {
            startDaemon(SentenceEmbedder::shared, "embedding-model-warm-up");
            startDaemon(Pinyin::load, "pinyin-warm-up");
        }
    }

    private static void startDaemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static final AtomicBoolean WARMING = new AtomicBoolean();

    /**
     * Builds the index for a loaded corpus with the process's shared embedding model, or opens the
     * one kept on disk for exactly this corpus and code ({@link StoredIndexes}).
     */
    public static FaqIndex build(Corpus corpus) {
        SentenceEmbedder embedder = SentenceEmbedder.shared();
        return build(corpus, embedder, embedder.cacheDirectory().map(StoredIndexes::in).orElse(StoredIndexes.none()));
    }

    /**
     * The phrasings are indexed with the chain that has no homophone repair — the repair never
     * changes a phrasing — and the repair then learns the corpus's words from that index, where
     * smartcn has already found them; questions go through the chain with the repair.
     */
    static FaqIndex build(Corpus corpus, SentenceEmbedder embedder, StoredIndexes stored) {
        TextNormalizer withoutRepair = new TextNormalizer(corpus.synonyms());
        PhrasingIndex index;
        try (ChineseAnalysis indexing = new ChineseAnalysis(withoutRepair)) {
            index = PhrasingIndex.openOrWrite(corpus, indexing, embedder, stored);
        }
        LeafReader leaf = index.reader().leaves().get(0).reader();
        HomophoneRepair homophones = HomophoneRepair.learn(PhrasingIndex.phrasingsOf(corpus), withoutRepair.canonicalOfForm(), leaf);
        ChineseAnalysis analysis = new ChineseAnalysis(withoutRepair.withHomophones(homophones));
        LexicalOverlap overlap = new LexicalOverlap(leaf, ChineseAnalysis.FIELDS);
        return new FaqIndex(corpus, analysis, embedder, index.variants(), new IndexSearcher(index.reader()), overlap,
                index.classifier(), index.scamClassifier()).withAnswerSentencesEmbedded();
    }

    private FaqIndex withAnswerSentencesEmbedded() {
        List<String> sentences = corpus.entries().stream().flatMap(entry -> answerSentences(entry).stream()).distinct().toList();
        List<float[]> vectors = embedder.embedAnswerTexts(sentences.stream().map(this::normalize).toList());
        for (int i = 0; i < sentences.size(); i++) {
            sentenceVectors.put(sentences.get(i), vectors.get(i));
        }
        return this;
    }

    public Corpus corpus() {
        return corpus;
    }

    /** The phrasings in document order, for this package's tests. */
    List<Variant> variants() {
        return variants;
    }

    /** A question's terms as search reads them (normalised once, then analysed), for this package's tests. */
    Set<Term> terms(String text) {
        return analysis.terms(normalize(text));
    }

    /** The classifier trained on {@link #variants()}, for this package's tests. */
    EntryClassifier classifier() {
        return classifier;
    }

    /**
     * The text as the person meant it: width, case and script folded, and letters typed as pinyin read
     * as the corpus's characters; no repair or synonym ({@link TextNormalizer#asMeant}).
     */
    public String asMeant(String text) {
        return analysis.normalizer().asMeant(text == null ? "" : text);
    }

    /** The text as the index sees it (for admins asking why a question matched). */
    public String normalize(String question) {
        return analysis.normalizer().normalize(question);
    }

    /**
     * Finds the entries that best answer {@code question}. Any text is safe: it is analysed into
     * plain terms, never parsed as query syntax. An empty result means nothing matched at all.
     */
    public SearchResult search(String question) {
        Matches matches = matches(question);
        Map<Integer, Scored> best = new HashMap<>();
        Map<Integer, Double> factorOfPiece = new HashMap<>();   // each sentence is read once, not per candidate
        for (Match match : matches.all()) {
            double confidence = Fusion.confidence(match.lexical(), match.cosine())
                    * factorOfPiece.computeIfAbsent(match.piece(), piece -> pieceFactor(match))
                    * (match.evidence().negationDisagrees() ? Negation.DISAGREEMENT_FACTOR : 1);
            Scored previous = best.get(match.variant().ownerKey());
            if (previous == null || confidence > previous.confidence()) {
                best.put(match.variant().ownerKey(), new Scored(match.variant(), confidence, match.evidence()));
            }
        }
        return result(best.values(), matches);
    }

    /**
     * Whether {@code text} has words (as the analysis chain reads them, stop words left out) and
     * every one of them is a word some phrasing of an entry or a neighbouring topic uses: a message
     * that speaks only the corpus's language ("材料", "代办") and none from outside it ("天气").
     */
    public boolean usesOnlyCorpusWords(String text) {
        Set<Term> words = wordsOf(text);
        return !words.isEmpty() && unknown(words).isEmpty();
    }

    /** The words of {@code text} that no phrasing of an entry or a neighbouring topic uses ("社保权益单" → 权益). */
    public List<String> unknownWords(String text) {
        return unknown(wordsOf(text)).stream().map(Term::text).toList();
    }

    private Set<Term> wordsOf(String text) {
        return analysis.terms(normalize(text == null ? "" : text)).stream()
                .filter(term -> term.field().equals(ChineseAnalysis.WORDS))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private List<Term> unknown(Set<Term> words) {
        Set<Term> known = overlap.lookUp(words).known().stream().map(LexicalOverlap.KnownTerm::term).collect(Collectors.toSet());
        return words.stream().filter(word -> !known.contains(word)).toList();
    }

    /** How much a match counts for the piece it was found for: the whole question counts fully. */
    private static double pieceFactor(Match match) {
        if (match.piece() == 0) {
            return 1;
        }
        return AskingSentence.asks(match.evidence().piece()) ? ASKING_SENTENCE_FACTOR : TELLING_SENTENCE_FACTOR;
    }

    /**
     * Below this cosine no sentence of an answer is taken to speak to a question. Chosen on 40
     * written follow-ups: the sentences that answered a detail ("能提前做不" → "…可以提前认证…",
     * "停的钱能补吗" → "…停掉那几个月的钱也会补发") measured 0.58–0.74, the best sentence for a
     * detail the answer does not cover 0.45.
     */
    public static final double SENTENCE_FLOOR = 0.55;

    /**
     * A stricter floor, for a follow-up whose message alone does not point at the answered entry
     * and that no other entry explains either ("我一个人能给家里几个人开" after the e-social-card
     * answer): only a sentence this close is taken to speak to it. Chosen on the written chats (below
     * 0.65, follow-ups that needed another entry started getting a sentence of the answered one).
     */
    public static final double CLOSE_SENTENCE_FLOOR = 0.65;

    /**
     * A loose floor, for a follow-up already known to be about the answer just given (read with the question that
     * answer answered, it is that entry's again): some sentence of the answer must come this near for the message to
     * speak to it at all ("那他不在身边呢" → the tip on 子女不在身边, 0.44; "她瘫床上了" after the survivors' entry, a next
     * worry, 0.38).
     */
    public static final double LOOSE_SENTENCE_FLOOR = 0.42;

    /**
     * The sentence of {@code entry}'s answer — its short answer, steps (and the help under them) and
     * tips — closest in meaning to {@code question} as {@code searched} read it, or the one that alone has a very rare
     * word of it ({@link #closestSentence(FaqEntry, String, SearchResult)}), if its cosine reaches {@code floor}
     * ({@link #SENTENCE_FLOOR} or {@link #CLOSE_SENTENCE_FLOOR}). For a follow-up about a detail of
     * an answer just given; the corpus's own words, never a made-up one.
     */
    public Optional<String> sentenceAbout(FaqEntry entry, String question, SearchResult searched, double floor) {
        return closestSentence(entry, question, searched).filter(closest -> closest.cosine() >= floor).map(SentenceMatch::sentence);
    }

    /**
     * The sentence of {@code entry}'s answer that {@code question} asks about, when the question is about one point of
     * it: the closest sentence, at least {@link #CLOSE_SENTENCE_FLOOR} near, sharing a word with the question that few
     * phrasings have ({@link #RARE_WORD_PHRASINGS}: "恢复发放", "户口本" are; "支付宝", "认证" are what every question says);
     * first, the line that quotes a screen message the question quotes ({@code screen-says}). Empty for a question about the
     * answer as a whole ("支付宝咋认证" asked again). Read against the question's vector from
     * {@code searched} (the question's own search), as {@link #pointAsked} is: the model does not run again.
     */
    public Optional<String> pointOfTheAnswer(FaqEntry entry, String question, SearchResult searched) {
        Set<Term> askedTerms = analysis.terms(normalize(question == null ? "" : question));
        Optional<String> screenExplained = lineOnTheScreenQuoted(entry, askedTerms);
        if (screenExplained.isPresent()) {
            return screenExplained;
        }
        return closestSentence(entry, searched)
                .filter(closest -> closest.cosine() >= CLOSE_SENTENCE_FLOOR)
                .map(SentenceMatch::sentence)
                .filter(sentence -> sharesARareWord(askedTerms, sentence));
    }

    /** A sentence of an entry's answer and how close in meaning it came to a question (cosine). */
    public record SentenceMatch(String sentence, double cosine) {
    }

    /**
     * The sentence of {@code entry}'s answer closest in meaning to the question, however far, read against the question's
     * vector from {@code searched} (its own search) so that the model does not run a second time on the answer path: for
     * rules that weigh it against more than one floor ({@link #sentenceAbout}). Empty when that search read no vector or
     * the entry has no sentences.
     */
    public Optional<SentenceMatch> closestSentence(FaqEntry entry, SearchResult searched) {
        return searched.questionVector().flatMap(vector -> closestFirst(entry, vector).stream().findFirst());
    }

    /**
     * As {@link #closestSentence(FaqEntry, SearchResult)}, for a follow-up about a detail of {@code entry}'s answer, with
     * one exception: the sentence that alone in the answer has a very rare word of {@code question}
     * ({@link #VERY_RARE_WORD_PHRASINGS}) says what is asked when it comes {@link #LOOSE_SENTENCE_FLOOR} near, and counts
     * as at least {@link #SENTENCE_FLOOR} near. The model reads a short follow-up loosely: "她已经入了加拿大籍" after the
     * abroad answer comes nearer its first line, "人在国外不用回国" (0.54), than its tip on a foreign nationality (0.52), and
     * a tester was told to use the app that such a person may fail. On the 702 written chats and 129 testers' chats
     * (2026-12-07) that was the one reply this changed.
     */
    public Optional<SentenceMatch> closestSentence(FaqEntry entry, String question, SearchResult searched) {
        return sentenceOwningAVeryRareWord(entry, question, searched, LOOSE_SENTENCE_FLOOR)
                .map(owner -> new SentenceMatch(owner.sentence(), Math.max(owner.cosine(), SENTENCE_FLOOR)))
                .or(() -> closestSentence(entry, searched));
    }

    /**
     * The sentence of {@code entry}'s answer that alone in it has a very rare word of {@code question}
     * ({@link #VERY_RARE_WORD_PHRASINGS}: "读数" in "读数认证是啥意思"), if it comes at least {@code floor} near in meaning;
     * empty when none does, or when the question's search read no vector.
     */
    public Optional<SentenceMatch> sentenceOwningAVeryRareWord(FaqEntry entry, String question, SearchResult searched, double floor) {
        Optional<float[]> vector = searched.questionVector();
        if (vector.isEmpty()) {
            return Optional.empty();
        }
        Set<Term> askedTerms = analysis.terms(normalize(question == null ? "" : question));
        List<String> sentences = answerSentences(entry);
        return sentenceOwningAnAskedWord(sentences, sentences, askedTerms, vector.get(), floor);
    }

    /**
     * Every sentence of {@code entry}'s answer, the closest in meaning to {@code question} first: for rules that need to
     * know how far the closest one leads the others (the urgent step for what was done, in a scam). Empty for a question
     * with no words or one longer than the model reads.
     */
    public List<SentenceMatch> sentencesClosestFirst(FaqEntry entry, String question) {
        String asked = normalize(question == null ? "" : question);
        if (analysis.terms(asked).isEmpty() || asked.codePointCount(0, asked.length()) > SentenceEmbedder.WINDOW_CHARS) {
            return List.of();
        }
        return closestFirst(entry, embedder.embed(asked));
    }

    /**
     * As {@link #sentencesClosestFirst(FaqEntry, String)}, read against the question's vector from {@code searched} (its own
     * search), so that the model does not run again; empty when that search read no vector.
     */
    public List<SentenceMatch> sentencesClosestFirst(FaqEntry entry, SearchResult searched) {
        return searched.questionVector().map(vector -> closestFirst(entry, vector)).orElse(List.of());
    }

    private List<SentenceMatch> closestFirst(FaqEntry entry, float[] vector) {
        return answerSentences(entry).stream()
                .map(sentence -> new SentenceMatch(sentence, cosine(vector, sentence)))
                .sorted(Comparator.comparingDouble(SentenceMatch::cosine).reversed())
                .toList();
    }

    /**
     * How close in meaning a tip must come to a question to be shown with the answer ({@link #pointAsked}), and by
     * how much more than anything the answer shows anyway. Chosen on the tips people were sent to "更多" for
     * (usability testers, 2026-12-05: "提示您不属于本次认证范围", "上门认证要收费吗", "领工伤长期待遇的也要认证吗" came
     * 0.73–0.83, 0.12–0.20 above the short answer) and on tests-real-dev, where general questions come as near a
     * general tip ("养老金领取怎么认证" 0.77 to how-to's "住在外地的，用手机就能认证") — which the rare word below keeps out.
     */
    static final double POINT_FLOOR = 0.65;
    static final double POINT_MARGIN = 0.05;
    /**
     * A word the question and the tip share must be this rare among the phrasings (about 1 % of them) for the tip to
     * be about what was asked: 范围, 收费, 工伤, 粤省事 are; 养老金 (165 phrasings) and 认证 are what every question says.
     */
    static final int RARE_WORD_PHRASINGS = 20;
    /**
     * A tip that alone in its entry has a question's word that at most this many phrasings have (国籍, 养老院, 浙里办)
     * is shown from {@link #WORD_POINT_FLOOR}, without the margin over what the answer shows anyway. Chosen 2026-12-06 on
     * every development set's answered questions: at 5, 17 more answers showed a tip, 16 about the point asked ("加入外国
     * 国籍后…怎么进行养老金领取资格认证" → the tip on foreign nationality, "我爸住养老院…社保能派人去院里给他认证吗" → the papers
     * for those in a care home, "提示不在认证范围是啥意思" → what that message means) and one beside it ("我会用支付宝 想自己
     * 在上面把养老认证做了" → where to search when the button is not found); at 10 or 20, 26 or 46 more, many on words like
     * 不用 or 地方 ("不用手机咋认证" got the line that there is no queueing on a fixed day any more). Cosines from 0.60 to
     * 0.66 kept or dropped good and poor tips alike; the word decides.
     */
    static final int VERY_RARE_WORD_PHRASINGS = 5;
    public static final double WORD_POINT_FLOOR = 0.60;
    /**
     * Longer questions tell a story with several worries, which no one tip answers: the questions that asked about
     * one point were under 50 characters.
     */
    static final int POINT_MAX_CHARS = 100;

    /** A screen message an entry explains ({@code screen-says}), quoted in a question. */
    public record QuotedScreen(FaqEntry entry, String message) {
    }

    /**
     * The screen message {@code question} quotes, when it quotes those of one entry only: "掌上12333上说不属于本次认证范围"
     * came nearest to "掌上12333怎么认证" by meaning, while what the screen said is what the person asks about. A message is
     * quoted when the question, read by the index's analysis (so in Traditional characters or with the synonyms too), has
     * every pair of neighbouring characters it has.
     */
    public Optional<QuotedScreen> screenMessageQuoted(String question) {
        return screenMessageQuoted(analysis.terms(normalize(question == null ? "" : question)));
    }

    /** As {@link #screenMessageQuoted(String)}, for a question's terms as the index reads them. */
    private Optional<QuotedScreen> screenMessageQuoted(Set<Term> asked) {
        List<QuotedScreen> quoted = corpus.entries().stream()
                .flatMap(entry -> entry.screenSays().stream().map(message -> new QuotedScreen(entry, message)))
                .filter(screen -> {
                    Set<Term> pairs = characterPairsOf(screen.message());
                    return !pairs.isEmpty() && asked.containsAll(pairs);
                })
                .toList();
        boolean oneEntry = quoted.stream().map(screen -> screen.entry().id()).distinct().count() == 1;
        return oneEntry ? Optional.of(quoted.get(0)) : Optional.empty();
    }

    /**
     * The line of {@code entry} that quotes the screen message a question with {@code askedTerms} quotes, when that entry
     * explains it and the line is not in the answer's first message already.
     */
    private Optional<String> lineOnTheScreenQuoted(FaqEntry entry, Set<Term> askedTerms) {
        return screenMessageQuoted(askedTerms)
                .filter(screen -> screen.entry().id().equals(entry.id()))
                .flatMap(screen -> entry.lineQuoting(screen.message()))
                .filter(line -> !shownFirst(entry).contains(line));
    }

    private Set<Term> characterPairsOf(String message) {
        return termsOf(message).stream()
                .filter(term -> term.field().equals(ChineseAnalysis.GRAMS) && term.text().codePointCount(0, term.text().length()) == 2)
                .collect(Collectors.toSet());
    }

    /**
     * The tip of {@code entry} that speaks to what {@code question} asks, when one does and the short answer and the
     * steps do not: answers show their tips only on request ("更多"), and a question about one point of an entry
     * ("认证时提示不属于本次认证范围是怎么回事", "上门认证要收费吗") should see that point with the answer. Empty for the
     * general questions an answer as a whole is for. The corpus's own sentence, never a made-up one. Read against the
     * question's vector from {@code searched} (the question's own search): the model does not run again.
     */
    public Optional<String> pointAsked(FaqEntry entry, String question, SearchResult searched) {
        String asked = normalize(question == null ? "" : question);
        Set<Term> askedTerms = analysis.terms(asked);
        Optional<String> screenExplained = lineOnTheScreenQuoted(entry, askedTerms);
        if (screenExplained.isPresent()) {
            return screenExplained;
        }
        if (ownTips(entry).isEmpty() || askedTerms.isEmpty() || searched.questionVector().isEmpty()
                || asked.codePointCount(0, asked.length()) > POINT_MAX_CHARS) {
            return Optional.empty();
        }
        float[] vector = searched.questionVector().get();
        List<String> shown = shownFirst(entry);
        double shownBest = shown.stream().mapToDouble(sentence -> cosine(vector, sentence)).max().orElse(0);
        String best = null;
        double bestCosine = Math.max(POINT_FLOOR, shownBest + POINT_MARGIN);
        for (String tip : ownTips(entry)) {
            double cosine = cosine(vector, tip);
            if (cosine >= bestCosine) {
                best = tip;
                bestCosine = cosine;
            }
        }
        Optional<String> byMeaning = Optional.ofNullable(best).filter(tip -> sharesARareWord(askedTerms, tip));
        return byMeaning.isPresent() ? byMeaning : tipWithTheAskedWord(entry, askedTerms, vector, shown);
    }

    /** What the first message of an answer shows: the short answer's sentences and the steps. */
    private static List<String> shownFirst(FaqEntry entry) {
        List<String> shown = new ArrayList<>(QuestionPieces.sentences(entry.summary()));
        shown.addAll(entry.steps());
        return shown;
    }

    /**
     * The tip that alone in its entry has a very rare word of the question, when it comes near the question in
     * meaning: the model reads "已经加入外国国籍了，还能用中国领事app做养老金认证吗" as near the abroad answer's
     * short answer (0.65) as its tip on foreign nationality (0.66), and the one word 国籍 says which it asks about.
     */
    private Optional<String> tipWithTheAskedWord(FaqEntry entry, Set<Term> askedTerms, float[] vector, List<String> shown) {
        List<String> tips = ownTips(entry);
        List<String> sentences = Stream.concat(shown.stream(), tips.stream()).toList();
        return sentenceOwningAnAskedWord(tips, sentences, askedTerms, vector, WORD_POINT_FLOOR).map(SentenceMatch::sentence);
    }

    /**
     * Of {@code candidates}, the one closest to the question at {@code floor} or nearer that has a very rare word of the
     * question ({@link #VERY_RARE_WORD_PHRASINGS}) no other of {@code sentences} has, as written or read, even inside a
     * longer word: "自动" in "自动核对" is no reason to single out that line of the silent certification's answer, whose
     * "自动认证" is read as 静默认证.
     */
    private Optional<SentenceMatch> sentenceOwningAnAskedWord(List<String> candidates, List<String> sentences, Set<Term> askedTerms,
                                                              float[] vector, double floor) {
        SentenceMatch chosen = null;
        for (String candidate : candidates) {
            double cosine = cosine(vector, candidate);
            if (cosine < floor || chosen != null && cosine <= chosen.cosine()) {
                continue;
            }
            Set<Term> rareWords = rareWordsShared(askedTerms, candidate, VERY_RARE_WORD_PHRASINGS);
            boolean ownsAnAskedWord = !rareWords.isEmpty() && rareWords.stream().anyMatch(word -> sentences.stream()
                    .filter(other -> !other.equals(candidate))
                    .noneMatch(other -> other.contains(word.text()) || normalize(other).contains(word.text())));
            if (ownsAnAskedWord) {
                chosen = new SentenceMatch(candidate, cosine);
            }
        }
        return Optional.ofNullable(chosen);
    }

    /**
     * Whether {@code sentence}, as the index reads it, has a term of two characters or more of {@code normalizedText} (a
     * dictionary word or a bigram of its characters): a short follow-up's words against a line of an answer, both read by
     * the same analysis, so that the synonyms and script apply to both sides.
     */
    public boolean sharesAWord(String normalizedText, String sentence) {
        Set<Term> sentenceTerms = termsOf(sentence);
        return analysis.terms(normalizedText).stream()
                .anyMatch(term -> term.text().codePointCount(0, term.text().length()) >= 2 && sentenceTerms.contains(term));
    }

    /** Whether {@code sentence}, as the index reads it, has every character of {@code normalizedText}, which has some. */
    public boolean hasEveryCharacterOf(String normalizedText, String sentence) {
        Set<Term> characters = analysis.terms(normalizedText).stream()
                .filter(term -> term.field().equals(ChineseAnalysis.GRAMS) && term.text().codePointCount(0, term.text().length()) == 1)
                .collect(Collectors.toSet());
        return !characters.isEmpty() && termsOf(sentence).containsAll(characters);
    }

    private Set<Term> termsOf(String sentence) {
        return sentenceTerms.computeIfAbsent(sentence, text -> analysis.terms(normalize(text)));
    }

    private double cosine(float[] vector, String sentence) {
        return VectorUtil.dotProduct(vector, sentenceVectors.computeIfAbsent(sentence, text -> embedder.embed(normalize(text))));
    }

    /** Whether the tip has a dictionary word of the question (two characters or more) that few phrasings have. */
    private boolean sharesARareWord(Set<Term> askedTerms, String tip) {
        return !rareWordsShared(askedTerms, tip, RARE_WORD_PHRASINGS).isEmpty();
    }

    /** The dictionary words (two characters or more) of the question that the tip has and at most {@code phrasings} phrasings have. */
    private Set<Term> rareWordsShared(Set<Term> askedTerms, String tip, int phrasings) {
        Set<Term> tipTerms = termsOf(tip);
        Set<Term> shared = new HashSet<>();
        try {
            for (Term term : askedTerms) {
                if (term.field().equals(ChineseAnalysis.WORDS) && term.text().codePointCount(0, term.text().length()) >= 2
                        && tipTerms.contains(term) && searcher.getIndexReader().docFreq(term) <= phrasings) {
                    shared.add(term);
                }
            }
            return shared;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index in memory", e);
        }
    }

    /** The short answer's sentences, the steps with the help written under them, and the tips but those most answers carry. */
    private List<String> answerSentences(FaqEntry entry) {
        List<String> sentences = new ArrayList<>(QuestionPieces.sentences(entry.summary()));
        sentences.addAll(entry.steps());
        entry.stepHelp().forEach(sentences::addAll);
        sentences.addAll(ownTips(entry));
        return sentences;
    }

    /**
     * The entry's tips that most answers carry ({@link CommonTips}): that names and ways differ from place to place, and
     * whom to ask. What the answer says of a place it names nowhere.
     */
    public List<String> localDifferenceTips(FaqEntry entry) {
        return entry.tips().stream().filter(commonTips::isCommon).toList();
    }

    /** The entry's tips but those most answers carry ({@link CommonTips}). */
    private List<String> ownTips(FaqEntry entry) {
        return entry.tips().stream().filter(tip -> !commonTips.isCommon(tip)).toList();
    }

    /**
     * How many characters of a question are read; the rest of a longer one is not (see
     * {@link QuestionPieces}). Channels say so to the person rather than cut silently.
     */
    public static final int MAX_READ_CHARS = QuestionPieces.MAX_READ_CHARS;

    /** True when {@code question} is longer than what a search reads of it. */
    public static boolean readsOnlyPartOf(String question) {
        return question != null && question.codePointCount(0, question.length()) > MAX_READ_CHARS;
    }

    /** Every candidate variant of every piece of the question, with both signals (for search and its tuning). */
    Matches matches(String question) {
        String raw = question == null ? "" : question;
        int length = raw.codePointCount(0, raw.length());
        // Cut before normalising: the rest of a 10,000-character paste is not read at all.
        String read = length <= QuestionPieces.MAX_READ_CHARS ? raw : raw.substring(0, raw.offsetByCodePoints(0, QuestionPieces.MAX_READ_CHARS));
        QuestionPieces pieces = QuestionPieces.of(AskerAway.reframe(LeadingPlace.dropFrom(normalize(read))),
                Math.max(0, length - QuestionPieces.MAX_READ_CHARS));
        // A piece without a single word or character to match (only punctuation, emoji or
        // symbols) matches nothing: its vector would still have nearest neighbours.
        List<String> readable = new ArrayList<>();
        List<Set<Term>> termsOfReadable = new ArrayList<>();
        for (String piece : pieces.pieces()) {
            Set<Term> terms = analysis.terms(piece);
            if (!terms.isEmpty()) {
                readable.add(piece);
                termsOfReadable.add(terms);
            }
        }
        List<Match> matches = new ArrayList<>();
        Reading whole = null;
        Reading asking = null;
        if (!readable.isEmpty()) {
            List<float[]> vectors = vectorsOf(readable);
            whole = new Reading(vectors.get(0), termsOfReadable.get(0));   // a piece with words means the whole has them too
            asking = whole;
            for (int p = 1; p < readable.size(); p++) {
                if (AskingSentence.asks(readable.get(p))) {
                    asking = new Reading(vectors.get(p), termsOfReadable.get(p));
                }
            }
            try {
                for (int p = 0; p < readable.size(); p++) {
                    matchPiece(p, readable.get(p), termsOfReadable.get(p), vectors.get(p), matches);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("searching the index", e);
            }
        }
        return new Matches(matches, whole, asking, pieces.unreadChars(),
                !readable.isEmpty() && ScamClassifier.reads(readable.get(0)));
    }

    /**
     * The model's vector of each piece, the whole question first. A long message of several
     * sentences ({@link QuestionPieces#readsWholeThroughItsSentences}) gets, as its whole vector,
     * the mean of its sentences' vectors instead of its own: the model is not run over the whole
     * text a second time.
     */
    private List<float[]> vectorsOf(List<String> readable) {
        if (readable.size() < 2 || !QuestionPieces.readsWholeThroughItsSentences(readable.get(0))) {
            return embedder.embedAll(readable);
        }
        List<float[]> sentences = embedder.embedAll(readable.subList(1, readable.size()));
        float[] mean = new float[sentences.get(0).length];
        sentences.forEach(sentence -> VectorUtil.add(mean, sentence));
        List<float[]> vectors = new ArrayList<>();
        vectors.add(VectorUtil.l2normalize(mean, false));
        vectors.addAll(sentences);
        return vectors;
    }

    private void matchPiece(int pieceNumber, String piece, Set<Term> terms, float[] vector, List<Match> matches) throws IOException {
        LexicalOverlap.QuestionTerms known = overlap.lookUp(terms);
        boolean wholeQuestion = pieceNumber == 0;
        Map<Integer, Double> cosines = new TreeMap<>();
        Query nearest = new KnnFloatVectorQuery(PhrasingIndex.VECTOR, vector, CANDIDATES, wholeQuestion ? null : PhrasingIndex.ENTRIES_ONLY);
        for (ScoreDoc hit : searcher.search(nearest, CANDIDATES).scoreDocs) {
            // Lucene scores the dot product of unit vectors, their cosine, as (1 + cosine) / 2.
            cosines.put(hit.doc, 2.0 * hit.score - 1);
        }
        for (ScoreDoc hit : searcher.search(sharingAnyOf(overlap.rarest(known, QUERY_TERMS), !wholeQuestion), CANDIDATES).scoreDocs) {
            cosines.putIfAbsent(hit.doc, Double.NaN);
        }
        fillMissingCosines(vector, cosines);
        int[] candidates = cosines.keySet().stream().mapToInt(Integer::intValue).toArray();   // in document order
        List<LexicalOverlap.Overlap> overlaps = overlap.overlaps(known, candidates);
        for (int i = 0; i < candidates.length; i++) {
            Variant variant = variants.get(candidates[i]);
            List<String> shared = words(overlaps.get(i).sharedTerms());
            matches.add(new Match(variant, pieceNumber, new Evidence(variant.text(), piece, overlaps.get(i).value(),
                    cosines.get(candidates[i]), shared, Negation.disagree(piece, variant.normalized(), shared))));
        }
    }

    /**
     * A flat disjunction of terms (at most {@link #QUERY_TERMS}, far below Lucene's clause limit),
     * optionally among entries only. Not the query parser: any text is safe, and stacked unigram +
     * bigram tokens would turn into all-required clauses.
     */
    private static BooleanQuery sharingAnyOf(List<Term> terms, boolean entriesOnly) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        terms.forEach(term -> query.add(new TermQuery(term), BooleanClause.Occur.SHOULD));
        if (entriesOnly) {
            query.add(PhrasingIndex.ENTRIES_ONLY, BooleanClause.Occur.FILTER).setMinimumNumberShouldMatch(1);
        }
        return query.build();
    }

    /** Exact cosines for candidates found by words only, read from the index's vectors in document order. */
    private void fillMissingCosines(float[] vector, Map<Integer, Double> cosines) throws IOException {
        FloatVectorValues values = searcher.getIndexReader().leaves().get(0).reader().getFloatVectorValues(PhrasingIndex.VECTOR);
        for (Map.Entry<Integer, Double> candidate : cosines.entrySet()) {
            if (candidate.getValue().isNaN()) {
                values.advance(candidate.getKey());
                candidate.setValue((double) VectorUtil.dotProduct(vector, values.vectorValue()));
            }
        }
    }

    /** The dictionary words among shared terms (not the character pairs), for the evidence shown to admins. */
    private static List<String> words(List<Term> sharedTerms) {
        return sharedTerms.stream()
                .filter(term -> term.field().equals(ChineseAnalysis.WORDS))
                .map(Term::text)
                .toList();
    }

    private SearchResult result(java.util.Collection<Scored> scored, Matches matches) {
        Comparator<Scored> bestFirst = Comparator.comparingDouble(Scored::confidence).reversed()
                .thenComparingInt(s -> s.variant().ownerKey());
        // Nothing scored means nothing to read: no vector either.
        double[] probabilities = scored.isEmpty() ? null : probabilities(matches.whole());
        double[] askingProbabilities = scored.isEmpty() || matches.asking() == matches.whole() ? probabilities
                : probabilities(matches.asking());
        List<ScoredEntry> entries = scored.stream()
                .filter(s -> s.variant().entry() != null)
                .sorted(bestFirst)
                .limit(MAX_RESULTS)
                .map(s -> {
                    int owner = s.variant().ownerKey();
                    return new ScoredEntry(s.variant().entry(), s.confidence(), s.evidence(), probabilities[owner],
                            askingProbabilities[owner]);
                })
                .toList();
        Optional<SearchResult.ScoredTopic> topic = scored.stream()
                .filter(s -> s.variant().topic() != null)
                .min(bestFirst)
                // The neighbouring topics are one class, numbered after every entry (PhrasingIndex.classesOf).
                .map(s -> new SearchResult.ScoredTopic(s.variant().topic(), s.confidence(), s.evidence(),
                        askingProbabilities[askingProbabilities.length - 1]));
        boolean scamRead = !scored.isEmpty() && matches.readForScams() && scamClassifier != ScamClassifier.NONE;
        double scamProbability = scamRead ? scamClassifier.probability(matches.whole()) : 0;
        return new SearchResult(entries, topic, matches.unreadChars(), scamProbability, scamRead,
                Optional.ofNullable(matches.whole()).map(Reading::vector));
    }

    /** An entry's or topic's best variant so far in one search. */
    private record Scored(Variant variant, double confidence, Evidence evidence) {
    }

    /** One candidate variant compared with one piece of the question (piece 0 is the whole). */
    record Match(Variant variant, int piece, Evidence evidence) {
        double lexical() {
            return evidence.lexical();
        }

        double cosine() {
            return evidence.cosine();
        }
    }

    private double[] probabilities(Reading reading) {
        return classifier.probabilities(reading.vector(), reading.terms());
    }

    /**
     * All matches of one question, the whole question's reading (null when it has nothing to match,
     * and then there are no matches), the reading of the sentence that asks — the last one that does
     * ({@link AskingSentence}) in a message of several sentences, else the whole question's — how
     * much of it was left unread, and whether it is a message the scam reading reads ({@link ScamClassifier#reads}).
     */
    record Matches(List<Match> all, Reading whole, Reading asking, int unreadChars, boolean readForScams) {
    }
}
