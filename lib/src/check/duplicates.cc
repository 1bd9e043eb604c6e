#include "check/duplicates.h"

#include <fmt/format.h>
#include <xxhash.h>

#include <map>
#include <set>
#include <unordered_map>

namespace kiji::internal {
namespace {

struct Ref {
  size_t file, article;
  bool operator<(const Ref& o) const {
    return file != o.file ? file < o.file : article < o.article;
  }
  bool operator==(const Ref& o) const { return file == o.file && article == o.article; }
};

// "PATH" or "PATH:LINE" for an article of a JSON Lines file.
std::string Name(const std::vector<CorpusFile>& files, Ref r) {
  const ArticleSignature& a = files[r.file].result->articles[r.article];
  if (files[r.file].result->articles.size() == 1) return files[r.file].path;
  return fmt::format("{}:{}", files[r.file].path, a.line);
}

void Report(std::vector<CorpusFile>& files, const CheckConfig& config, RuleIndex rule, Ref x, Ref y,
            const std::string& what) {
  if (!config.On(rule)) return;
  // x comes before y; the finding goes on the later reported one.
  Ref on = files[y.file].reported ? y : x;
  Ref other = on == y ? x : y;
  if (!files[on.file].reported) return;
  Finding f;
  f.rule = rule;
  f.level = config.Level(rule);
  f.message = fmt::format("{} {}", what, Name(files, other));
  const uint32_t line = files[on.file].result->articles[on.article].line;
  f.begin = {line, 1, 1, 1};
  f.end = f.begin;
  files[on.file].result->findings.push_back(std::move(f));
}

double EstimatedJaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  size_t same = 0;
  for (size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  return static_cast<double>(same) / static_cast<double>(a.size());
}

// MinHash estimates have a standard deviation of about 0.035 at J = 0.8 with
// 128 functions; pairs estimated this far below the threshold are not read.
constexpr double kEstimateSlack = 0.15;

}  // namespace

void FindDuplicates(std::vector<CorpusFile>& files, const CheckConfig& config,
                    const ShingleLoader& load) {
  std::vector<Ref> all;
  for (size_t f = 0; f < files.size(); ++f) {
    for (size_t a = 0; a < files[f].result->articles.size(); ++a) all.push_back({f, a});
  }
  auto sig = [&](Ref r) -> const ArticleSignature& {
    return files[r.file].result->articles[r.article];
  };
  // Exact: the first article with a text is the original.
  std::map<std::pair<uint64_t, uint64_t>, Ref> first;
  std::set<std::pair<Ref, Ref>> exact_pairs;
  for (Ref r : all) {
    auto [it, inserted] = first.try_emplace({sig(r).exact_hi, sig(r).exact_lo}, r);
    if (inserted) continue;
    exact_pairs.insert({it->second, r});
    Report(files, config, RuleIndex::kExactDuplicate, it->second, r, "same text as");
  }
  if (!config.On(RuleIndex::kNearDuplicate)) return;
  // Near: LSH buckets per band, candidates confirmed by exact Jaccard.
  std::set<std::pair<size_t, size_t>> candidates;  // indices into `all`
  for (size_t band = 0; band < kLshBands; ++band) {
    std::unordered_map<uint64_t, std::vector<size_t>> buckets;
    for (size_t i = 0; i < all.size(); ++i) {
      const std::vector<uint32_t>& m = sig(all[i]).minhash;
      if (m.empty()) continue;
      const uint64_t h = XXH3_64bits(m.data() + band * kLshRows, kLshRows * sizeof(uint32_t));
      std::vector<size_t>& bucket = buckets[h];
      for (size_t j : bucket) {
        if (files[all[j].file].reported || files[all[i].file].reported) {
          candidates.insert({j, i});
        }
      }
      bucket.push_back(i);
    }
  }
  std::map<Ref, std::vector<uint64_t>> shingles;
  auto shingles_of = [&](Ref r) -> const std::vector<uint64_t>& {
    auto it = shingles.find(r);
    if (it == shingles.end()) it = shingles.emplace(r, load(r.file, r.article)).first;
    return it->second;
  };
  const double threshold = config.near_duplicate_threshold;
  for (auto [xi, yi] : candidates) {
    const Ref x = all[xi], y = all[yi];
    if (exact_pairs.count({x, y}) ||
        (sig(x).exact_hi == sig(y).exact_hi && sig(x).exact_lo == sig(y).exact_lo)) {
      continue;
    }
    if (EstimatedJaccard(sig(x).minhash, sig(y).minhash) < threshold - kEstimateSlack) continue;
    const double j = Jaccard(shingles_of(x), shingles_of(y));
    if (j < threshold) continue;
    Report(files, config, RuleIndex::kNearDuplicate, x, y,
           fmt::format("near-duplicate (Jaccard {:.2f} of character 5-grams) of", j));
  }
}

}  // namespace kiji::internal
