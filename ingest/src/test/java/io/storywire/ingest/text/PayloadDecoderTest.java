package io.storywire.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Article;
import io.storywire.core.model.ArticleFlag;
import io.storywire.ingest.Fixtures;
import io.storywire.ingest.parse.ArticleParser;
import io.storywire.ingest.parse.ParseOutcome;
import io.storywire.ingest.parse.Rejection;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Texts written for these tests, encoded in each legacy charset and sent without a declared charset. */
class PayloadDecoderTest {

    private static final String RUSSIAN = "Городской совет утвердил новый бюджет после долгих споров\n\n"
            + "Городской совет во вторник утвердил новый бюджет после долгого обсуждения ремонта дорог, "
            + "финансирования школ и расходов на содержание публичной библиотеки, сообщили чиновники. "
            + "Решение было принято семью голосами против двух, а мэр сказал, что план будет снова рассмотрен "
            + "весной, когда станут известны итоги зимнего сезона.\n\n"
            + "По словам мэра, решение далось нелегко, но город должен был действовать до наступления зимы, "
            + "когда растут расходы на соль для дорог и на сверхурочную работу бригад. Жители района у реки "
            + "попросили отдельно выделить деньги на новый мост, и совет обещал вернуться к этому вопросу.";
    private static final String JAPANESE = "市議会が新年度予算を可決、道路補修と図書館に重点\n\n"
            + "市議会は火曜日、道路の補修や学校への助成、公立図書館の運営費をめぐる長い議論の末、新年度の予算案を"
            + "賛成七、反対二で可決した。市長は春にもう一度計画を見直すと述べた。\n\n"
            + "市長によると、冬が来る前に決める必要があったという。冬には道路に使う塩の費用や作業員の残業代が"
            + "増えるためだ。川沿いの地区の住民は新しい橋の建設費を別に確保するよう求めており、議会はこの問題を"
            + "改めて話し合うと約束した。図書館の開館時間も来月から平日の夜九時まで延長される予定である。";
    private static final String KOREAN = "시의회, 긴 논쟁 끝에 새 예산안 통과\n\n"
            + "시의회는 화요일 도로 보수와 학교 지원금, 공공도서관 운영비를 둘러싼 긴 논쟁 끝에 새 예산안을 "
            + "찬성 일곱, 반대 둘로 통과시켰다고 관계자들이 밝혔다. 시장은 봄에 계획을 다시 검토하겠다고 말했다.\n\n"
            + "시장은 겨울이 오기 전에 결정해야 했다며, 겨울에는 도로에 뿌릴 소금 비용과 작업반의 초과 근무 "
            + "수당이 늘어나기 때문이라고 설명했다. 강변 지역 주민들은 새 다리 건설 비용을 따로 마련해 달라고 "
            + "요구했고, 의회는 이 문제를 다시 논의하기로 약속했다. 도서관은 다음 달부터 평일 밤 아홉 시까지 문을 연다.";
    private static final String CHINESE = "市议会经过长时间辩论通过新预算\n\n"
            + "市议会星期二在就道路维修、学校经费和公共图书馆运营费用进行长时间辩论后，以七票赞成、两票反对通过了"
            + "新的预算案，官员们说。市长表示，计划将在春季再次审查。\n\n"
            + "市长说，这个决定很艰难，但城市必须在冬天到来之前采取行动，因为冬天道路用盐的费用和工人的加班费都会"
            + "增加。河边社区的居民要求单独拨款修建一座新桥，议会承诺将再次讨论这个问题。图书馆从下个月起平日开放"
            + "到晚上九点。";
    private static final String FRENCH = "Le conseil municipal adopte le budget après un long débat\n\n"
            + "Le conseil municipal a adopté mardi le nouveau budget après un long débat sur la réfection des "
            + "routes, le financement des écoles et le coût de la bibliothèque publique, ont indiqué les élus. "
            + "Le vote a été acquis par sept voix contre deux, et le maire a déclaré que le plan serait réexaminé "
            + "au printemps – «\u00a0une décision difficile\u00a0», a-t-il ajouté.\n\n"
            + "Selon le maire, la ville devait agir avant l’hiver, quand le coût du sel pour les routes et les heures "
            + "supplémentaires des équipes augmentent. Les habitants du quartier près de la rivière ont demandé des "
            + "fonds séparés pour un nouveau pont, et le conseil a promis d’y revenir.";

    private final ArticleParser parser = new ArticleParser(Fixtures.SETTINGS);

    @ParameterizedTest(name = "{0}")
    @CsvSource({"KOI8-R, RUSSIAN", "windows-1251, RUSSIAN", "Shift_JIS, JAPANESE", "EUC-JP, JAPANESE",
            "EUC-KR, KOREAN", "GB18030, CHINESE", "windows-1252, FRENCH"})
    void shouldDetectTheCharsetOfATextThatDeclaresNone(String charset, String which) {
        String text = text(which);
        byte[] bytes = text.getBytes(Charset.forName(charset));
        PayloadDecoder.Decoded decoded = PayloadDecoder.decode(bytes, null, false);
        assertThat(decoded.source()).isEqualTo(PayloadDecoder.Source.DETECTED);
        assertThat(decoded.text()).isEqualTo(text);
    }

    @Test
    void shouldPublishADetectedTextAsAnArticleSayingHowItWasRead() {
        byte[] bytes = RUSSIAN.getBytes(Charset.forName("KOI8-R"));
        Article a = parser.parse(bytes, Fixtures.meta("text/plain", "koi8.txt")).articles().get(0);
        assertThat(a.title()).isEqualTo("Городской совет утвердил новый бюджет после долгих споров");
        assertThat(a.language()).isEqualTo("ru");
        assertThat(a.flags()).extracting(ArticleFlag::code).containsExactly("charset-detected");
        assertThat(a.flags().get(0).evidence()).contains("KOI8-R");
    }

    @Test
    void shouldLetTheContentTypeCharsetWin() {
        byte[] bytes = FRENCH.getBytes(Charset.forName("windows-1252"));
        PayloadDecoder.Decoded d = PayloadDecoder.decode(bytes, "ISO-8859-15", false);
        assertThat(d.source()).isEqualTo(PayloadDecoder.Source.DECLARED);
        assertThat(d.charset()).isEqualTo("ISO-8859-15");
    }

    @Test
    void shouldHonourAnHtmlPagesMetaCharset() {
        String page = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                + "charset=windows-1251\"><title>Городской совет утвердил бюджет</title></head><body><article><h1>"
                + "Городской совет утвердил бюджет</h1><p>" + RUSSIAN.split("\n\n", 2)[1].replace("\n\n", "</p><p>")
                + "</p></article></body></html>";
        byte[] bytes = page.getBytes(Charset.forName("windows-1251"));
        PayloadDecoder.Decoded d = PayloadDecoder.decode(bytes, null, true);
        assertThat(d.source()).isEqualTo(PayloadDecoder.Source.META);
        assertThat(d.text()).isEqualTo(page);
        ParseOutcome out = parser.parse(bytes, Fixtures.meta("text/html", "page.html"));
        assertThat(out.rejections()).isEmpty();
        Article a = out.articles().get(0);
        assertThat(a.body()).contains("сверхурочную работу бригад");
        assertThat(a.flags()).isEmpty();
    }

    @Test
    void shouldReadCp1252CurlyQuotesAsCp1252NotLatin1Controls() {
        String text = "Council approves budget\n\nThe mayor said the plan was \u201cdifficult but right\u201d and "
                + "that the city\u2019s crews would start on the roads in April, before the spring rains, at a cost "
                + "of about two million \u2013 far less than last year.";
        PayloadDecoder.Decoded d = PayloadDecoder.decode(text.getBytes(Charset.forName("windows-1252")), null,
                false);
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void shouldKeepUtf8WhosLastCharacterWasCutAtAByteLimit() {
        byte[] whole = "Seoul summit ends with a joint statement on trade – and more talks".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length + 2);
        cut[whole.length] = (byte) 0xE2;
        cut[whole.length + 1] = (byte) 0x80;
        PayloadDecoder.Decoded d = PayloadDecoder.decode(cut, null, false);
        assertThat(d.source()).isEqualTo(PayloadDecoder.Source.UTF8);
        assertThat(d.text()).isEqualTo(new String(whole, StandardCharsets.UTF_8));
    }

    @Test
    void shouldNeverPublishATextThatIsMostlyUndecodable() {
        byte[] bytes = KOREAN.getBytes(Charset.forName("EUC-KR"));
        ParseOutcome out = parser.parse(bytes, Fixtures.meta("text/plain; charset=UTF-8", "wrong.txt"));
        assertThat(out.articles()).isEmpty();
        assertThat(out.rejections()).extracting(Rejection::reason).containsExactly("undecodable");
    }

    @Test
    void shouldFlagAFewUndecodableCharactersButKeepTheArticle() {
        String text = "Council approves budget after long debate\n\nThe city council approved the new budget on "
                + "Tuesday after a long debate about road repairs, school funding and the cost of running the "
                + "public library, officials said \uFFFD and the vote was seven to two.";
        Article a = parser.parse(text.getBytes(StandardCharsets.UTF_8), Fixtures.meta("text/plain", null))
                .articles().get(0);
        assertThat(a.flags()).extracting(ArticleFlag::code).containsExactly("replacement-characters");
    }

    @Test
    void shouldReadUtf16WithItsByteOrderMarkAsTextNotBinary() {
        String text = "Council approves budget after long debate\n\nThe city council approved the new budget on "
                + "Tuesday after a long debate about road repairs, school funding and the public library.";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_16); // big-endian with a BOM
        Article a = parser.parse(bytes, Fixtures.meta(null, null)).articles().get(0);
        assertThat(a.title()).isEqualTo("Council approves budget after long debate");
    }

    private static String text(String which) {
        return switch (which) {
            case "RUSSIAN" -> RUSSIAN;
            case "JAPANESE" -> JAPANESE;
            case "KOREAN" -> KOREAN;
            case "CHINESE" -> CHINESE;
            default -> FRENCH;
        };
    }
}
