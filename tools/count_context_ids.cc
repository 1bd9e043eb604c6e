// count_context_ids: how often MeCab's lattice touches each context id of a
// dictionary, for ordering the ids (tools/README.md, dictionaries/README.md).
// Parses each line of the given files with the dictionary and counts, for
// every node of the lattice (not only the best path), its left id (lcAttr)
// and its right id (rcAttr). Prints the order kiji's build renumbers by:
// "left|right <TAB> old id <TAB> uses", most used first, id 0 (BOS/EOS) first.
//
//   count_context_ids DICDIR FILE... > dictionaries/ipadic_context_order.tsv
#include <mecab.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

namespace {

using Counts = std::vector<uint64_t>;

void CountLattice(MeCab::Lattice* lattice, Counts* left, Counts* right) {
  for (size_t pos = 0; pos <= lattice->size(); ++pos) {
    for (const MeCab::Node* n = lattice->begin_nodes(pos); n; n = n->bnext) {
      if (n->lcAttr >= left->size()) left->resize(n->lcAttr + 1);
      if (n->rcAttr >= right->size()) right->resize(n->rcAttr + 1);
      ++(*left)[n->lcAttr];
      ++(*right)[n->rcAttr];
    }
  }
}

// Ids by descending use, ties by id; id 0 (BOS/EOS) stays first.
std::vector<uint32_t> Order(const Counts& uses, size_t ids) {
  std::vector<uint32_t> order;
  for (uint32_t id = 1; id < ids; ++id) order.push_back(id);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const uint64_t ua = a < uses.size() ? uses[a] : 0, ub = b < uses.size() ? uses[b] : 0;
    return ua > ub;
  });
  order.insert(order.begin(), 0);
  return order;
}

// matrix.bin starts with the number of right ids (the rows: a left word's
// rcAttr) and of left ids (a right word's lcAttr).
std::pair<size_t, size_t> IdCounts(const std::string& dicdir) {
  std::ifstream m(dicdir + "/matrix.bin", std::ios::binary);
  uint16_t dims[2] = {0, 0};
  m.read(reinterpret_cast<char*>(dims), sizeof(dims));
  return {dims[0], dims[1]};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: count_context_ids DICDIR FILE...\n";
    return 2;
  }
  const std::string dicdir = argv[1];
  const std::string args = "-r /dev/null -d " + dicdir;
  MeCab::Model* model = MeCab::createModel(args.c_str());
  if (model == nullptr) {
    std::cerr << "count_context_ids: " << MeCab::getLastError() << "\n";
    return 2;
  }
  MeCab::Tagger* tagger = model->createTagger();
  MeCab::Lattice* lattice = model->createLattice();
  Counts left, right;
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i]);
    if (!in) {
      std::cerr << "count_context_ids: " << argv[i] << ": cannot read\n";
      return 2;
    }
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      lattice->set_sentence(line.c_str());
      if (tagger->parse(lattice)) CountLattice(lattice, &left, &right);
    }
  }
  const auto [right_ids, left_ids] = IdCounts(dicdir);
  std::printf("# side\told_id\tuses (row order within a side = the new id)\n");
  for (uint32_t id : Order(left, left_ids)) {
    std::printf("left\t%u\t%llu\n", id, static_cast<unsigned long long>(id < left.size() ? left[id] : 0));
  }
  for (uint32_t id : Order(right, right_ids)) {
    std::printf("right\t%u\t%llu\n", id,
                static_cast<unsigned long long>(id < right.size() ? right[id] : 0));
  }
  delete lattice;
  delete tagger;
  delete model;
  return 0;
}
