// renumber_dictionary: rewrites the source of a MeCab dictionary (the folder
// mecab-dict-index compiles: *.csv, unk.def, matrix.def, left-id.def,
// right-id.def, char.def, dicrc, ...) with its context ids renumbered by an
// order file (tools/count_context_ids), so that the connection costs the
// lattice uses most sit together in matrix.bin. The words, costs and
// features do not change, nor does the order of the words: the CSV files are
// concatenated into one lexicon.csv in the order mecab-dict-index itself
// reads them (readdir order of the folder), so that words with the same
// surface keep their order, which is how MeCab breaks ties.
//
//   renumber_dictionary SRC_DIR ORDER_TSV OUT_DIR
// Exit 0 on success, 2 with "renumber_dictionary: FILE:LINE: message".
#include <dirent.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct Failure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

[[noreturn]] void Fail(const std::string& where, const std::string& what) {
  throw Failure(where + ": " + what);
}

// old id -> new id, for the left ids (lcAttr) and the right ids (rcAttr).
struct IdMaps {
  std::vector<int> left, right;
};

std::vector<int> Inverse(const std::vector<int>& order, const std::string& where) {
  std::vector<int> map(order.size(), -1);
  for (size_t new_id = 0; new_id < order.size(); ++new_id) {
    const int old = order[new_id];
    if (old < 0 || static_cast<size_t>(old) >= order.size() || map[old] != -1) {
      Fail(where, "the ids are not a permutation of 0.." + std::to_string(order.size() - 1));
    }
    map[old] = static_cast<int>(new_id);
  }
  if (!order.empty() && order[0] != 0) Fail(where, "id 0 (BOS/EOS) must stay first");
  return map;
}

IdMaps ReadOrder(const std::string& path) {
  std::ifstream in(path);
  if (!in) Fail(path, "cannot read");
  std::vector<int> left, right;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string side;
    long id = -1;
    if (!(fields >> side >> id) || (side != "left" && side != "right") || id < 0) {
      Fail(path + ":" + std::to_string(n), "expected \"left|right <TAB> id <TAB> uses\"");
    }
    (side == "left" ? left : right).push_back(static_cast<int>(id));
  }
  return {Inverse(left, path + " (left)"), Inverse(right, path + " (right)")};
}

int Mapped(const std::vector<int>& map, const std::string& field, const std::string& where) {
  size_t used = 0;
  int id = -1;
  try {
    id = std::stoi(field, &used);
  } catch (const std::exception&) {
  }
  if (used != field.size() || id < 0 || static_cast<size_t>(id) >= map.size()) {
    Fail(where, "context id '" + field + "' outside 0.." + std::to_string(map.size() - 1));
  }
  return map[id];
}

// The end of a CSV field starting at `pos` (a quoted field may hold commas).
size_t FieldEnd(const std::string& line, size_t pos) {
  if (pos < line.size() && line[pos] == '"') {
    for (size_t i = pos + 1; i < line.size(); ++i) {
      if (line[i] == '"' && (i + 1 == line.size() || line[i + 1] != '"')) return i + 1;
      if (line[i] == '"') ++i;
    }
    return line.size();
  }
  const size_t comma = line.find(',', pos);
  return comma == std::string::npos ? line.size() : comma;
}

// "surface,left,right,cost,features..." with the two ids renumbered.
std::string RenumberEntry(const std::string& line, const IdMaps& maps, const std::string& where) {
  const size_t surface_end = FieldEnd(line, 0);
  const size_t left_end = FieldEnd(line, surface_end + 1);
  const size_t right_end = FieldEnd(line, left_end + 1);
  if (right_end >= line.size()) Fail(where, "expected surface,left-id,right-id,cost,...");
  const std::string left = line.substr(surface_end + 1, left_end - surface_end - 1);
  const std::string right = line.substr(left_end + 1, right_end - left_end - 1);
  return line.substr(0, surface_end + 1) + std::to_string(Mapped(maps.left, left, where)) + "," +
         std::to_string(Mapped(maps.right, right, where)) + line.substr(right_end);
}

void RenumberEntries(const std::string& in_path, const IdMaps& maps, std::ofstream* out) {
  std::ifstream in(in_path, std::ios::binary);
  if (!in) Fail(in_path, "cannot read");
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    *out << RenumberEntry(line, maps, in_path + ":" + std::to_string(n)) << '\n';
  }
}

// matrix.def: "rsize lsize" then "right-id left-id cost" per line (a left
// word's right id, a right word's left id).
void RenumberMatrix(const std::string& in_path, const IdMaps& maps, std::ofstream* out) {
  std::ifstream in(in_path);
  if (!in) Fail(in_path, "cannot read");
  std::string line;
  std::getline(in, line);
  std::istringstream dims(line);
  size_t rsize = 0, lsize = 0;
  if (!(dims >> rsize >> lsize) || rsize != maps.right.size() || lsize != maps.left.size()) {
    Fail(in_path + ":1", "the order file has " + std::to_string(maps.right.size()) + " right and " +
                             std::to_string(maps.left.size()) + " left ids, the matrix '" + line + "'");
  }
  *out << line << '\n';
  for (int n = 2; std::getline(in, line); ++n) {
    std::istringstream fields(line);
    std::string r, l, cost;
    if (!(fields >> r >> l >> cost)) Fail(in_path + ":" + std::to_string(n), "expected 3 fields");
    const std::string where = in_path + ":" + std::to_string(n);
    *out << Mapped(maps.right, r, where) << ' ' << Mapped(maps.left, l, where) << ' ' << cost
         << '\n';
  }
}

// left-id.def / right-id.def: "id feature", written in the new id order.
void RenumberIdFile(const std::string& in_path, const std::vector<int>& map, std::ofstream* out) {
  std::ifstream in(in_path, std::ios::binary);
  if (!in) Fail(in_path, "cannot read");
  std::map<int, std::string> by_new_id;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    const size_t space = line.find(' ');
    if (space == std::string::npos) Fail(in_path + ":" + std::to_string(n), "expected \"id feature\"");
    by_new_id[Mapped(map, line.substr(0, space), in_path + ":" + std::to_string(n))] =
        line.substr(space);
  }
  for (const auto& [id, rest] : by_new_id) *out << id << rest << '\n';
}

// The *.csv files of `dir` in readdir order, as mecab-dict-index enumerates them.
std::vector<std::string> CsvFilesInReaddirOrder(const std::string& dir) {
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) Fail(dir, "cannot open the folder");
  std::vector<std::string> files;
  while (const dirent* e = readdir(d)) {
    const std::string name = e->d_name;
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".csv") == 0) {
      files.push_back(dir + "/" + name);
    }
  }
  closedir(d);
  if (files.empty()) Fail(dir, "no *.csv dictionary files");
  return files;
}

std::ofstream Create(const std::string& path) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) Fail(path, "cannot create");
  return out;
}

void Copy(const std::string& from, const std::string& to) {
  std::ifstream in(from, std::ios::binary);
  if (!in) Fail(from, "cannot read");
  std::ofstream out = Create(to);
  out << in.rdbuf();
}

void Renumber(const std::string& src, const IdMaps& maps, const std::string& out) {
  {
    std::ofstream lexicon = Create(out + "/lexicon.csv");
    for (const std::string& csv : CsvFilesInReaddirOrder(src)) RenumberEntries(csv, maps, &lexicon);
    lexicon.flush();
    if (!lexicon) Fail(out + "/lexicon.csv", "write error");
  }
  std::ofstream unk = Create(out + "/unk.def");
  RenumberEntries(src + "/unk.def", maps, &unk);
  std::ofstream matrix = Create(out + "/matrix.def");
  RenumberMatrix(src + "/matrix.def", maps, &matrix);
  std::ofstream left = Create(out + "/left-id.def");
  RenumberIdFile(src + "/left-id.def", maps.left, &left);
  std::ofstream right = Create(out + "/right-id.def");
  RenumberIdFile(src + "/right-id.def", maps.right, &right);
  for (const char* same : {"char.def", "dicrc", "feature.def", "pos-id.def", "rewrite.def"}) {
    Copy(src + "/" + same, out + "/" + same);
  }
  for (std::ofstream* f : {&unk, &matrix, &left, &right}) {
    f->flush();
    if (!*f) Fail(out, "write error");
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: renumber_dictionary SRC_DIR ORDER_TSV OUT_DIR\n";
    return 2;
  }
  try {
    Renumber(argv[1], ReadOrder(argv[2]), argv[3]);
  } catch (const Failure& f) {
    std::cerr << "renumber_dictionary: " << f.what() << "\n";
    return 2;
  }
  return 0;
}
