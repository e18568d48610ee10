package org.pensionbot.search;

import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.RealCorpus;

/** Probe (not committed): what screenMessageQuoted costs against a whole search. */
class ScreenCostProbeTest {
    @Test
    void probe() {
        FaqIndex index = RealCorpus.index();
        String shortQ = "支付宝怎么认证";
        String longQ = "我自己今年六十五，在支付包里弄社宝认正弄了一上午了，每次都是让我眨眼，我也眨了，头也点了，最后就跳出来一个认证不通过，说相似度太低，已经弄了五六次了，现在还提示今天次数用完了明天再来。我是不是老了长得跟身份证上不像了，那张照片是十几年前照的，那时候还胖一点。是我手机太旧了，还是我哪里做得不对？心里特别烦，怕弄不好下个月钱就没了。请问这种刷脸老是不过的要怎么办，有没有别的办法，谢谢。";
        for (String q : new String[] {shortQ, longQ}) {
            for (int i = 0; i < 200; i++) { index.screenMessageQuoted(q); index.search(q); }
            long t0 = System.nanoTime();
            for (int i = 0; i < 500; i++) index.screenMessageQuoted(q);
            long t1 = System.nanoTime();
            for (int i = 0; i < 100; i++) index.search(q);
            long t2 = System.nanoTime();
            System.out.printf("PROBE len %d: screen %.3f ms, search %.3f ms%n", q.length(), (t1 - t0) / 500e6, (t2 - t1) / 100e6);
        }
    }
}
