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
