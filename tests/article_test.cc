#include "kiji/article.h"

#include <doctest/doctest.h>

#include <string>

namespace {

std::string Text(const kiji::Article& a, size_t i) { return std::string(a.BlockText(a.blocks[i])); }

}  // namespace

TEST_CASE("plain articles: title, headings, paragraphs, bullets, references") {
  const std::string text =
      "見出しのタイトル\n"
      "最初の段落です。二文目です。\n"
      "小見出し\n"
      "- 箇条書き:一つ目の項目。\n"
      "・二つ目\n"
      "\n"
      "1. 番号付きの見出し\n"
      "Reference(s):\n"
      "Source headline in English\n"
      "cgtn.com\n"
      "\n\n";
  kiji::Article a = kiji::ParseTextArticle("id", "p.txt", text);
  CHECK(a.format == kiji::ArticleFormat::kPlain);
  CHECK(a.title == "見出しのタイトル");
  CHECK(a.reference_title == "Source headline in English");
  CHECK(a.source == "cgtn.com");
  REQUIRE(a.blocks.size() == 6);
  CHECK(a.blocks[0].kind == kiji::BlockKind::kTitle);
  CHECK(a.blocks[1].kind == kiji::BlockKind::kParagraph);
  CHECK(a.blocks[1].line == 2);
  CHECK(a.blocks[2].kind == kiji::BlockKind::kHeading);
  CHECK(a.blocks[3].kind == kiji::BlockKind::kBullet);
  CHECK(Text(a, 3) == "箇条書き:一つ目の項目。");  // marker left out
  CHECK(a.blocks[4].kind == kiji::BlockKind::kBullet);
  CHECK(Text(a, 4) == "二つ目");
  CHECK(a.blocks[5].kind == kiji::BlockKind::kHeading);
  CHECK(Text(a, 5) == "1. 番号付きの見出し");
  CHECK(a.blocks[5].line == 7);
}

TEST_CASE("CRLF line ends are not part of blocks") {
  kiji::Article a = kiji::ParseTextArticle("id", "p.txt", "題\r\n本文です。\r\n");
  REQUIRE(a.blocks.size() == 2);
  CHECK(Text(a, 1) == "本文です。");
}

TEST_CASE("the livedoor layout is detected from URL and date lines") {
  const std::string text =
      "http://news.livedoor.com/article/detail/5903225/\n"
      "2011-10-02T10:00:00+0900\n"
      "悪評が次から次へと溢れ出る川越シェフ\n"
      "最近、TVでも人気者の川越シェフ。\n";
  kiji::Article a = kiji::ParseTextArticle("id", "l.txt", text);
  CHECK(a.format == kiji::ArticleFormat::kLivedoor);
  CHECK(a.url == "http://news.livedoor.com/article/detail/5903225/");
  CHECK(a.date == "2011-10-02T10:00:00+0900");
  CHECK(a.title == "悪評が次から次へと溢れ出る川越シェフ");
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[0].line == 3);
  CHECK(a.blocks[1].kind == kiji::BlockKind::kParagraph);
}

TEST_CASE("livedoor date lines: a zone of +hhmm, -hhmm, Z or none, nothing else") {
  struct Case {
    const char* date;
    bool livedoor;
  };
  const Case cases[] = {
      {"2011-10-02T10:00:00+0900", true}, {"2011-10-02T10:00:00-0500", true},
      {"2011-10-02T10:00:00Z", true},     {"2011-10-02T10:00:00", true},
      {"2011-10-02 10:00:00", false},     {"2011-10-02T10:00:00+09:00", false},
      {"2011-10-02T10:00", false},        {"2011-10-02T10:00:00+090", false},
      {"2011-1a-02T10:00:00", false},     {"2011-10-02T10:00:00ZZ", false},
      {"２０１１-10-02T10:00:00", false}, {"", false},
  };
  for (const Case& c : cases) {
    INFO(c.date);
    const std::string text = std::string("http://news.livedoor.com/article/detail/1/\n") + c.date +
                             "\n題\n本文です。\n";
    kiji::Article a = kiji::ParseTextArticle("id", "l.txt", text);
    CHECK((a.format == kiji::ArticleFormat::kLivedoor) == c.livedoor);
  }
}

TEST_CASE("JSON Lines records: body or text, metadata, errors with line numbers") {
  auto a = kiji::ParseJsonArticle(
      R"({"id": 7, "title": "題", "body": "本文です。\n二段落目。", "date": "2025-06-17", "source": "CGTN"})",
      "a.jsonl", 3);
  REQUIRE(a.ok());
  CHECK(a->id == "7");
  CHECK(a->title == "題");
  CHECK(a->date == "2025-06-17");
  CHECK(a->source == "CGTN");
  CHECK(a->format == kiji::ArticleFormat::kJsonl);
  REQUIRE(a->blocks.size() == 2);
  CHECK(a->blocks[1].line == 3);
  CHECK(a->text == "本文です。\n二段落目。");

  auto t = kiji::ParseJsonArticle(R"({"text": "本文。"})", "a.jsonl", 9);
  REQUIRE(t.ok());
  CHECK(t->id == "a.jsonl:9");

  auto bad = kiji::ParseJsonArticle("{not json", "a.jsonl", 4);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message() == "a.jsonl:4: not a valid JSON value");
  auto nobody = kiji::ParseJsonArticle(R"({"id": "x"})", "a.jsonl", 5);
  REQUIRE_FALSE(nobody.ok());
  CHECK(nobody.status().message() ==
        "a.jsonl:5: record has no \"body\" or \"text\" (or it is empty)");
  auto wrong = kiji::ParseJsonArticle(R"({"body": 3})", "a.jsonl", 6);
  REQUIRE_FALSE(wrong.ok());
  CHECK(wrong.status().message() == "a.jsonl:6: field \"body\" must be a string");
}

TEST_CASE("source lists and related-link boxes are reference blocks") {
  // A Wikinews body: the report, then its sources, run together on one line.
  kiji::Article w = kiji::ParseTextArticle(
      "w", "w",
      "タイの金融市場が再開\n\n市場は21日に再開した。野間潔『タイ金融市場が再開』。"
      "日本経済新聞、2006年9月21日。\"米報道官の声明\"。CNN、2006年9月21日閲覧。");
  REQUIRE(w.blocks.size() == 3);
  CHECK(w.blocks[1].kind == kiji::BlockKind::kParagraph);
  CHECK(Text(w, 1) == "市場は21日に再開した。");
  CHECK(w.blocks[2].kind == kiji::BlockKind::kReference);
  CHECK(Text(w, 2).starts_with("野間潔『"));
  // A quoted title without a publisher and date is text, not a source.
  kiji::Article q = kiji::ParseTextArticle("q", "q", "題\n\n『雪国』。川端康成の小説だ。");
  REQUIRE(q.blocks.size() == 2);
  CHECK(q.blocks[1].kind == kiji::BlockKind::kParagraph);
  // An inline box of recent articles.
  kiji::Article r = kiji::ParseTextArticle("r", "r", "題\n\n地震が起きた。最近の記事中国で地震。");
  REQUIRE(r.blocks.size() == 3);
  CHECK(Text(r, 2) == "最近の記事中国で地震。");
  // livedoor: 【関連情報】 and everything after it.
  kiji::Article l = kiji::ParseTextArticle(
      "l", "l",
      "http://news.livedoor.com/article/detail/1/\n2011-01-01T00:00:00+0900\n題\n"
      "本文です。\n\n【関連情報】\n・記事の題(朝日新聞)\nhttp://example.com/\n");
  REQUIRE(l.blocks.size() == 5);
  CHECK(l.blocks[1].kind == kiji::BlockKind::kParagraph);
  for (size_t i = 2; i < 5; ++i) CHECK(l.blocks[i].kind == kiji::BlockKind::kReference);
  // The box ends at a body paragraph (a long line that ends a sentence).
  kiji::Article m = kiji::ParseTextArticle(
      "m", "m",
      "題\n【関連情報】\nアナ「申し訳ない」\n\n"
      "迅速に対応していれば最小限の被害に抑えられたのではないだろうか。政府や有識者を名乗るの"
      "であれば、国民にとって安全な政策、正確な情報を提供してほしいところだ。\n");
  REQUIRE(m.blocks.size() == 4);
  CHECK(m.blocks[2].kind == kiji::BlockKind::kReference);
  CHECK(m.blocks[3].kind == kiji::BlockKind::kParagraph);
  CHECK(kiji::BlockKindName(kiji::BlockKind::kReference) == "reference");
  // A marked short line that names articles opens a box too; an unmarked
  // line or a long marked one does not.
  kiji::Article d = kiji::ParseTextArticle(
      "d", "d", "題\n本文です。\n■デジ通の記事をもっと見る\n・株価アプリを試す\n");
  REQUIRE(d.blocks.size() == 4);
  CHECK(d.blocks[2].kind == kiji::BlockKind::kReference);
  CHECK(d.blocks[3].kind == kiji::BlockKind::kReference);
  kiji::Article u = kiji::ParseTextArticle(
      "u", "u",
      "題\n記事をもっと見る\n■この記事を書いた記者が三年かけて集めた証言の数々を紹介する\n");
  REQUIRE(u.blocks.size() == 3);
  CHECK(u.blocks[1].kind != kiji::BlockKind::kReference);
  CHECK(u.blocks[2].kind != kiji::BlockKind::kReference);
}
