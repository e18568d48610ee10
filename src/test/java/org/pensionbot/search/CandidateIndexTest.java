package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.Similarity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.RealCorpus;

/**
 * {@link CandidateIndex} sums term rarities itself instead of running Lucene queries; it must
 * find exactly what a Lucene disjunction scored by the same rarity finds, in the same order,
 * ties included. Checked with every question of tests.tsv over the real corpus with regional
 * copies, so that common terms reach the postings cap and a search keeps only part of its hits;
 * and the postings the index keeps between searches, filled by racing threads or not kept at
 * all, must change nothing.
 */
class CandidateIndexTest {

    private static TextNormalizer normalizer;
    private static TextTerms terms;
    private static List<TermSet> variants;
    private static TermWeights weights;
    private static double[] variantWeights;
    private static CandidateIndex index;
    private static List<String> questions;

    @BeforeAll
    static void build() {
        Corpus corpus = RealCorpus.withRegionalCopies(20);
        normalizer = new TextNormalizer(corpus.synonyms());
        terms = TextTerms.standard();
        variants = corpus.entries().stream()
                .flatMap(entry -> Stream.concat(Stream.of(entry.title()), entry.questions().stream()))
                .map(text -> terms.of(normalizer.normalize(text), false))
                .toList();
        weights = TermWeights.of(variants);
        variantWeights = variants.stream().mapToDouble(weights::totalWeight).toArray();
        index = CandidateIndex.build(variants, variantWeights, weights);
        questions = RealCorpus.testQuestions();
    }

    @Test
    void findsWhatLucenesDisjunctionFindsInTheSameOrder() throws IOException {
        IndexSearcher lucene = new IndexSearcher(index.reader());
        lucene.setSimilarity(new RaritySimilarity());
        int fullSearches = 0;
        for (String question : questions) {
            long[] codes = searchableCodes(question);
            for (int max : new int[] {5, 60}) {
                int[] found = index.newSearch().find(codes, max);
                assertThat(found).as("%s, best %d", question, max).containsExactly(luceneFind(lucene, codes, max));
                if (found.length == max) {
                    fullSearches++;
                }
            }
        }
        // Most searches must keep only part of their hits, or ties at the cut are never tested.
        assertThat(fullSearches).isGreaterThan(questions.size());
    }

    @Test
    void aCommonTermKeepsExactlyTheCapOfItsLightestVariants() throws IOException {
        // 认证 is in thousands of the copies' variants; its postings keep the cap, no more, no fewer.
        long code = searchableCodes("认证")[0];
        long containing = variants.stream().filter(terms -> terms.contains(code)).count();
        int kept = 0;
        for (LeafReaderContext part : index.reader().leaves()) {
            TermsEnum dictionary = part.reader().terms(CandidateIndex.TERMS).iterator();
            if (dictionary.seekExact(CandidateIndex.termBytes(code))) {
                kept += dictionary.docFreq();
            }
        }

        assertThat(containing).isGreaterThan(CandidateIndex.POSTINGS_PER_TERM);
        assertThat(kept).isEqualTo(CandidateIndex.POSTINGS_PER_TERM);
    }

    @Test
    void searchesFromManyThreadsFindWhatOneThreadFinds() throws Exception {
        List<long[]> queries = questions.stream().map(CandidateIndexTest::searchableCodes).toList();
        List<int[]> expected = queries.stream().map(codes -> index.newSearch().find(codes, 60)).toList();
        // A fresh index: its shared postings are filled by the racing threads themselves.
        CandidateIndex fresh = CandidateIndex.build(variants, variantWeights, weights);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<int[]>>> runs = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int offset = thread * 37;
                runs.add(pool.submit(() -> {
                    List<int[]> found = new ArrayList<>(Collections.nCopies(queries.size(), (int[]) null));
                    for (int i = 0; i < queries.size(); i++) {
                        int query = (i + offset) % queries.size();
                        found.set(query, fresh.newSearch().find(queries.get(query), 60));
                    }
                    return found;
                }));
            }
            for (Future<List<int[]>> run : runs) {
                List<int[]> found = run.get();
                for (int i = 0; i < queries.size(); i++) {
                    assertThat(found.get(i)).as(questions.get(i)).containsExactly(expected.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIndexThatKeepsNoPostingsFindsTheSame() {
        CandidateIndex keepsNothing = CandidateIndex.build(variants, variantWeights, weights, 0);
        for (String question : questions.subList(0, 50)) {
            long[] codes = searchableCodes(question);
            CandidateIndex.Search search = keepsNothing.newSearch();
            int[] first = search.find(codes, 60);

            assertThat(first).as(question).containsExactly(index.newSearch().find(codes, 60));
            assertThat(search.find(codes, 60)).as(question).containsExactly(first);
        }
    }

    @Test
    void oneSearchGivesTheSameAnswerWhenItsTermsAreLookedUpAgain() {
        CandidateIndex.Search search = index.newSearch();
        long[] codes = searchableCodes("支付宝怎么给老人认证");
        int[] first = search.find(codes, 60);
        int[] again = search.find(codes, 60);
        int[] fewer = search.find(Arrays.copyOf(codes, 2), 60);

        assertThat(again).containsExactly(first);
        assertThat(fewer).containsExactly(index.newSearch().find(Arrays.copyOf(codes, 2), 60));
    }

    @Test
    void findsNothingForNoTermsOrUnknownTerms() {
        assertThat(index.newSearch().find(new long[0], 60)).isEmpty();
        assertThat(index.newSearch().find(searchableCodes("量子力学"), 60)).isEmpty();
    }

    private static long[] searchableCodes(String question) {
        TermSet set = terms.of(normalizer.normalize(question), false);
        return IntStream.range(0, set.size())
                .mapToLong(set::code)
                .filter(CandidateIndex::isSearchable)
                .toArray();
    }

    private static int[] luceneFind(IndexSearcher lucene, long[] codes, int max) throws IOException {
        if (codes.length == 0) {
            return new int[0];
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (long code : codes) {
            query.add(new TermQuery(new Term(CandidateIndex.TERMS, CandidateIndex.termBytes(code))), BooleanClause.Occur.SHOULD);
        }
        ScoreDoc[] hits = lucene.search(query.build(), new TopScoreDocCollectorManager(max, Integer.MAX_VALUE)).scoreDocs;
        return Arrays.stream(hits).mapToInt(hit -> index.ordinalOf(hit.doc)).toArray();
    }

    /** BM25 without frequencies or lengths: each term scores its rarity. */
    private static final class RaritySimilarity extends Similarity {

        @Override
        public long computeNorm(FieldInvertState state) {
            return 1;
        }

        @Override
        public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
            float score = boost * CandidateIndex.rarity((int) terms[0].docFreq(), (int) collection.docCount());
            return new SimScorer() {
                @Override
                public float score(float freq, long norm) {
                    return score;
                }
            };
        }
    }
}
