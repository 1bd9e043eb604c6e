#include "kiji/cached_output.h"

#include <utility>

namespace kiji {
namespace internal {
namespace {

// A value starts so (with the version of its layout): bytes of another
// kind or version never decode.
constexpr std::string_view kMagic = "kiji-output 1\n";

// Appends `with_marker` with every `marker` replaced by `id`.
void AppendFilled(std::string_view with_marker, std::string_view marker, std::string_view id,
                  std::string* out) {
  size_t pos = 0;
  for (;;) {
    const size_t at = with_marker.find(marker, pos);
    if (at == std::string_view::npos) break;
    out->append(with_marker.substr(pos, at - pos));
    out->append(id);
    pos = at + marker.size();
  }
  out->append(with_marker.substr(pos));
}

}  // namespace

bool EncodeArticleOutput(std::string_view with_marker, std::string_view with_id,
                         std::string_view marker, std::string_view id, std::string* value) {
  value->clear();
  std::string filled;
  filled.reserve(with_id.size());
  AppendFilled(with_marker, marker, id, &filled);
  if (filled != with_id) return false;
  value->reserve(kMagic.size() + with_marker.size());
  value->append(kMagic);
  value->append(with_marker);
  return true;
}

bool DecodeArticleOutput(std::string_view value, std::string_view marker, std::string_view id,
                         std::string* out) {
  if (!value.starts_with(kMagic)) return false;
  AppendFilled(value.substr(kMagic.size()), marker, id, out);
  return true;
}

}  // namespace internal

CachedArticleResult CachedArticleOutput(std::string kind, std::string config,
                                        AppendArticleOutput append, AppendArticleId append_id) {
  CachedArticleResult r;
  r.kind = std::move(kind);
  r.config = "kiji-article-output\n" + std::move(config);
  r.make = [append, append_id](const Document& doc, int, std::string* value, std::string* out) {
    const size_t start = out->size();
    append(doc, doc.article->id, out);
    if (value == nullptr) return;
    std::string with_marker, marker, id;
    append(doc, internal::kArticleIdMarker, &with_marker);
    append_id(internal::kArticleIdMarker, &marker);
    append_id(doc.article->id, &id);
    internal::EncodeArticleOutput(with_marker, std::string_view(*out).substr(start), marker, id,
                                  value);
  };
  // The marker as the writer writes it (quoted, in JSON), found once.
  std::string marker;
  append_id(internal::kArticleIdMarker, &marker);
  r.use = [append_id, marker](std::string_view value, const Article& article, int,
                              std::string* out) {
    std::string id;
    append_id(article.id, &id);
    return internal::DecodeArticleOutput(value, marker, id, out);
  };
  return r;
}

}  // namespace kiji
