package org.pensionbot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.SynonymRules;

/**
 * Makes a larger FAQ corpus from the real one, for benchmarks: same seed and same real corpus,
 * same result.
 *
 * <p>The real entries come first, unchanged. Each further entry is a regional or group-specific
 * copy of a real entry, taken round-robin so the topic mix stays that of the real corpus: id
 * {@code <base-id>-s<n>}, title {@code <region><group>：<base title>}, and every base question
 * rewritten with seeded random changes of the kinds users and admins really produce:
 * <ul>
 *   <li>a region ({@code 我在广州市，…}), a group of pensioners ({@code 我是退役军人，…}) or a
 *       provincial service app ({@code …，用粤省事可以吗});</li>
 *   <li>one or two synonym swaps taken from the corpus's own {@code synonyms.txt}, including its
 *       typos ({@code 支付宝} → {@code 支付包});</li>
 *   <li>now and then a two-to-four character fragment of the real answers' text, so the
 *       vocabulary keeps growing with corpus size instead of saturating at the real corpus's.</li>
 * </ul>
 * Every variant is unique across the corpus (as {@link CorpusLoader} demands), so a generated
 * corpus written with {@link #write} loads and validates like a hand-written one.
 *
 * <p>Not thread-safe; create corpora in benchmark set-up, not in measured code.
 */
public final class SyntheticCorpus {

    /** The seed every published figure in BENCHMARKS.md was measured with. */
    public static final long DEFAULT_SEED = 20_260_101L;

    private static final List<String> REGIONS = List.of(
            "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省",
            "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省",
            "云南省", "陕西省", "甘肃省", "青海省", "内蒙古", "广西", "西藏", "宁夏", "新疆", "石家庄", "唐山", "保定",
            "邯郸", "太原", "大同", "沈阳", "大连", "鞍山", "长春", "吉林市", "哈尔滨", "齐齐哈尔", "南京", "苏州", "无锡",
            "常州", "徐州", "南通", "扬州", "杭州", "宁波", "温州", "绍兴", "金华", "台州", "合肥", "芜湖", "蚌埠", "福州",
            "厦门", "泉州", "漳州", "南昌", "赣州", "九江", "济南", "青岛", "烟台", "潍坊", "临沂", "淄博", "郑州", "洛阳",
            "开封", "南阳", "新乡", "武汉", "宜昌", "襄阳", "荆州", "长沙", "株洲", "湘潭", "衡阳", "岳阳", "广州", "深圳",
            "佛山", "东莞", "珠海", "汕头", "湛江", "惠州", "中山", "南宁", "柳州", "桂林", "海口", "三亚", "成都", "绵阳",
            "德阳", "南充", "宜宾", "贵阳", "遵义", "昆明", "曲靖", "大理", "拉萨", "西安", "宝鸡", "咸阳", "兰州", "天水",
            "西宁", "银川", "乌鲁木齐", "喀什", "呼和浩特", "包头", "鄂尔多斯", "朝阳区", "海淀区", "浦东新区", "滨海新区");

    private static final List<String> GROUPS = List.of(
            "企业退休人员", "机关事业单位退休人员", "城乡居民", "退役军人", "失地农民", "供养亲属", "遗属", "工伤职工",
            "残疾人", "灵活就业人员", "个体户", "村干部", "退休教师", "下岗职工", "高龄老人", "独居老人", "异地安置人员",
            "随子女生活的老人");

    private static final List<String> APPS = List.of(
            "粤省事", "随申办", "浙里办", "苏服办", "鄂汇办", "皖事通", "闽政通", "赣服通", "豫事办", "湘易办", "天府通办",
            "渝快办", "爱山东", "冀时办", "辽事通", "吉事办", "蒙速办", "我的宁夏", "青松办", "甘快办", "贵人服务",
            "办事通", "智桂通", "晋来办", "京通", "津心办", "秦务员", "爱城市网", "i深圳", "穗好办");

    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,}");

    private final Corpus real;
    private final Random random;
    private final List<String> fragments = new ArrayList<>();
    private final List<List<String>> synonymGroups = new ArrayList<>();
    private final Set<String> taken = new HashSet<>();

    private SyntheticCorpus(Corpus real, long seed) {
        this.real = real;
        this.random = new Random(seed);
        for (FaqEntry entry : real.entries()) {
            List<String> texts = new ArrayList<>(entry.steps());
            texts.addAll(entry.tips());
            texts.add(entry.summary());
            texts.forEach(text -> {
                Matcher run = HAN_RUN.matcher(text);
                while (run.find()) {
                    fragments.add(run.group());
                }
            });
            taken.add(CorpusLoader.comparable(entry.title()));
            entry.questions().forEach(q -> taken.add(CorpusLoader.comparable(q)));
        }
        for (SynonymRules.Rule rule : real.synonyms().rules()) {
            List<String> members = new ArrayList<>();
            for (String word : concat(rule.variants(), rule.canonical())) {
                if (word.codePointCount(0, word.length()) >= 2 && HAN_RUN.matcher(word).matches()) {
                    members.add(word);
                }
            }
            if (members.size() >= 2) {
                synonymGroups.add(List.copyOf(members));
            }
        }
    }

    /**
     * A corpus of {@code size} entries: the real ones, then generated ones. A size at or below the
     * real corpus's returns the real corpus itself.
     */
    public static Corpus generate(Corpus real, int size, long seed) {
        if (size <= real.size()) {
            return real;
        }
        long capacity = real.size() + (long) real.size() * REGIONS.size() * GROUPS.size();
        if (size > capacity) {
            throw new IllegalArgumentException("at most " + capacity + " entries can be generated from " + real.size() + " real ones");
        }
        return new SyntheticCorpus(real, seed).build(size);
    }

    private Corpus build(int size) {
        List<FaqEntry> bases = real.entries();
        List<FaqEntry> entries = new ArrayList<>(bases);
        // Each base gets its own shuffled list of (region, group) pairs, so no pair repeats per base.
        List<List<Integer>> pairsPerBase = new ArrayList<>();
        for (int b = 0; b < bases.size(); b++) {
            List<Integer> pairs = new ArrayList<>();
            for (int p = 0; p < REGIONS.size() * GROUPS.size(); p++) {
                pairs.add(p);
            }
            java.util.Collections.shuffle(pairs, random);
            pairsPerBase.add(pairs);
        }
        for (int n = 0; entries.size() < size; n++) {
            int b = n % bases.size();
            int pair = pairsPerBase.get(b).get(n / bases.size());
            entries.add(derive(bases.get(b), n, REGIONS.get(pair % REGIONS.size()), GROUPS.get(pair / REGIONS.size())));
        }
        return new Corpus(real.directory(), entries, real.outOfScope(), real.synonyms(), real.menus(),
                real.warnings());
    }

    private FaqEntry derive(FaqEntry base, int n, String region, String group) {
        String id = base.id() + "-s" + n;
        String app = pick(APPS);
        String title = region + group + "：" + base.title();
        taken.add(CorpusLoader.comparable(title));
        Set<String> questions = new LinkedHashSet<>();
        for (String question : base.questions()) {
            String variant = vary(question, region, group, app);
            if (!taken.add(CorpusLoader.comparable(variant))) {
                variant = region + group + question; // unique: the (base, region, group) triple is
                if (!taken.add(CorpusLoader.comparable(variant))) {
                    continue;
                }
            }
            questions.add(variant);
        }
        List<String> keywords = new ArrayList<>(base.keywords());
        keywords.add(region);
        keywords.add(app);
        String summary = region + "的" + group + "：以下做法供参考，以当地社保部门为准。\n" + base.summary();
        return new FaqEntry(id, title, List.copyOf(questions), keywords, base.related(), base.sources(), base.updated(),
                summary, base.steps(), base.tips(), real.directory().resolve(CorpusLoader.ENTRIES_DIR).resolve(id + ".md"),
                base.procedure(), base.stepHelp());
    }

    /** One base question with the seeded changes described in the class comment. */
    private String vary(String question, String region, String group, String app) {
        String text = question;
        int swaps = random.nextInt(3);
        for (int i = 0; i < swaps; i++) {
            text = swapSynonym(text);
        }
        boolean withRegion = random.nextDouble() < 0.6;
        boolean withGroup = random.nextDouble() < 0.4;
        if (!withRegion && !withGroup) {
            withRegion = true;
        }
        if (withGroup) {
            text = random.nextBoolean() ? "我是" + group + "，" + text : group + text;
        }
        if (withRegion) {
            text = switch (random.nextInt(4)) {
                case 0 -> region + text;
                case 1 -> "我在" + region + "，" + text;
                case 2 -> text + "（" + region + "）";
                default -> region + "这边" + text;
            };
        }
        if (random.nextDouble() < 0.2) {
            text = text + "，用" + app + "可以吗";
        }
        if (random.nextDouble() < 0.3 && !fragments.isEmpty()) {
            text = text + "，" + fragment();
        }
        return text;
    }

    private String swapSynonym(String text) {
        List<String> group = synonymGroups.isEmpty() ? List.of() : pick(synonymGroups);
        for (String member : group) {
            if (text.contains(member)) {
                String other = pick(group);
                return text.replaceFirst(Pattern.quote(member), Matcher.quoteReplacement(other));
            }
        }
        return text;
    }

    private String fragment() {
        String run = pick(fragments);
        int length = Math.min(run.length(), 2 + random.nextInt(3));
        int start = random.nextInt(run.length() - length + 1);
        return run.substring(start, start + length);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static List<String> concat(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }

    /**
     * Writes a generated corpus to disk, for runs outside JMH ({@code HeapFootprint}, the CLI's
     * {@code eval}):
     * {@code java -cp target/benchmarks.jar org.pensionbot.bench.SyntheticCorpus SIZE TARGET_DIR [REAL_DIR] [SEED]}.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SyntheticCorpus SIZE TARGET_DIR [REAL_CORPUS_DIR] [SEED]");
            System.exit(2);
        }
        Corpus real = CorpusLoader.load(args.length > 2 ? Path.of(args[2]) : BenchCorpora.realDirectory());
        long seed = args.length > 3 ? Long.parseLong(args[3]) : DEFAULT_SEED;
        Corpus corpus = generate(real, Integer.parseInt(args[0]), seed);
        Path target = write(corpus, Path.of(args[1]));
        System.out.println(corpus.size() + " entries written to " + target.toAbsolutePath() + " (seed " + seed + ")");
    }

    /**
     * Writes {@code corpus} as a corpus folder under {@code target} ({@code entries/<id>.md}, and
     * the real corpus's {@code synonyms.txt}, {@code out-of-scope.yml}
     * and {@code menus.yml} copied from {@code corpus.directory()}), so that
     * {@link CorpusLoader#load} reads it back. Returns {@code target}.
     */
    public static Path write(Corpus corpus, Path target) throws IOException {
        Path entries = Files.createDirectories(target.resolve(CorpusLoader.ENTRIES_DIR));
        for (FaqEntry entry : corpus.entries()) {
            Files.writeString(entries.resolve(entry.id() + ".md"), markdown(entry), StandardCharsets.UTF_8);
        }
        for (String name : List.of(CorpusLoader.SYNONYMS_FILE, CorpusLoader.OUT_OF_SCOPE_FILE,
                CorpusLoader.MENUS_FILE)) {
            Path source = corpus.directory().resolve(name);
            if (Files.exists(source)) {
                Files.copy(source, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    static String markdown(FaqEntry entry) {
        StringBuilder md = new StringBuilder("---\n");
        md.append("id: ").append(entry.id()).append('\n');
        md.append("title: ").append(quoted(entry.title())).append('\n');
        md.append("questions:\n");
        entry.questions().forEach(q -> md.append("  - ").append(quoted(q)).append('\n'));
        list(md, "keywords", entry.keywords());
        list(md, "related", entry.related());
        list(md, "sources", entry.sources());
        if (entry.updated() != null) {
            md.append("updated: ").append(entry.updated()).append('\n');
        }
        if (entry.procedure()) {
            md.append("procedure: true\n");
        }
        md.append("---\n");
        entry.summary().lines().forEach(line -> md.append(line).append("\n\n"));
        if (!entry.steps().isEmpty()) {
            md.append("## 步骤\n");
            for (int i = 0; i < entry.steps().size(); i++) {
                md.append(i + 1).append(". ").append(entry.steps().get(i)).append('\n');
                entry.helpForStep(i + 1).forEach(help -> md.append("   - ").append(help).append('\n'));
            }
            md.append('\n');
        }
        if (!entry.tips().isEmpty()) {
            md.append("## 提示\n");
            entry.tips().forEach(tip -> md.append("- ").append(tip).append('\n'));
        }
        return md.toString();
    }

    private static void list(StringBuilder md, String field, List<String> values) {
        if (!values.isEmpty()) {
            md.append(field).append(":\n");
            values.forEach(v -> md.append("  - ").append(quoted(v)).append('\n'));
        }
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
