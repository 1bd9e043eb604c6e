// The report's corpus counts added up from the articles' summary rows at the
// end: each article's distinct terms count once into the corpus table and
// once into each of its sectors' tables, instead of every token into every
// table as it is read.
#include "report/aggregate.h"

namespace kiji::report {
namespace {

// Term counts of the articles tagged with one sector, by term id.
struct SectorTerms {
  std::vector<uint64_t> tf, df;
  std::vector<uint32_t> touched;  // ids with df > 0, in first-seen order
};

}  // namespace

void Aggregate::FillCounts(TermCounts* counts) {
  TermTable& terms = counts->mutable_terms();
  const std::vector<uint64_t>& hashes = term_hashes();
  for (uint32_t id = 0; id < term_names().size(); ++id) {
    terms.Add(term_names()[id], hashes[id], term_tf_[id], term_df_[id]);
  }
  counts->mutable_compounds() = std::move(compounds_);
  compounds_ = TermTable();
  counts->SetTotals(rows_.size(), unigrams_);
  SectorTerms st;
  st.tf.assign(term_names().size(), 0);
  st.df.assign(term_names().size(), 0);
  for (uint32_t sector = 0; sector < lexicon_.sectors().size(); ++sector) {
    uint64_t articles = 0, tokens = 0;
    for (size_t a = 0; a < article_terms_.size(); ++a) {
      const std::vector<uint32_t>& tagged = article_sectors_[a];
      if (std::find(tagged.begin(), tagged.end(), sector) == tagged.end()) continue;
      ++articles;
      tokens += article_unigrams_[a];
      for (const auto& [id, n] : article_terms_[a]) {
        if (st.df[id]++ == 0) st.touched.push_back(id);
        st.tf[id] += n;
      }
    }
    if (articles == 0) continue;
    GroupCounts& g = counts->mutable_group(lexicon_.sectors()[sector].id);
    g.articles = articles;
    g.tokens = tokens;
    for (uint32_t id : st.touched) {
      g.terms.Add(term_names()[id], hashes[id], st.tf[id], st.df[id]);
      st.tf[id] = st.df[id] = 0;
    }
    st.touched.clear();
  }
}

}  // namespace kiji::report
