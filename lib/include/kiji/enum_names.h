// EnumNames: the one mechanism that maps an enum to the names kiji prints
// and parses (options such as --by lemma, output fields such as "noun"). One
// constexpr table of (value, name) pairs per enum replaces a hand-written
// switch and a parse loop that could drift apart; a value may be listed
// under several names (the first is the one printed). Immutable; thread-safe.
//
//   constexpr auto kTfNames = kiji::MakeEnumNames<TfScheme>(
//       {{TfScheme::kRaw, "raw"}, {TfScheme::kLog, "log"}, {TfScheme::kBoolean, "boolean"}});
//   kTfNames.Name(TfScheme::kLog);      // "log"
//   kTfNames.Parse("boolean", &scheme); // true
#ifndef KIJI_ENUM_NAMES_H_
#define KIJI_ENUM_NAMES_H_

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

namespace kiji {

template <typename E, size_t N>
class EnumNames {
 public:
  using Entry = std::pair<E, std::string_view>;

  constexpr explicit EnumNames(const Entry (&entries)[N]) {
    for (size_t i = 0; i < N; ++i) entries_[i] = entries[i];
    while (in_order_ < N && static_cast<size_t>(entries_[in_order_].first) == in_order_) {
      ++in_order_;
    }
  }

  /// The first name listed for `value`; "" when the table has none.
  constexpr std::string_view Name(E value) const {
    // Tables listed in the enum's order (the usual case) answer by index:
    // no earlier entry can hold the same value.
    const auto index = static_cast<size_t>(value);
    if (index < in_order_) return entries_[index].second;
    for (const Entry& e : entries_) {
      if (e.first == value) return e.second;
    }
    return {};
  }

  /// Sets *out to the value named `name`; false (and *out untouched) for an
  /// unknown name.
  constexpr bool Parse(std::string_view name, E* out) const {
    for (const Entry& e : entries_) {
      if (e.second == name) {
        *out = e.first;
        return true;
      }
    }
    return false;
  }

  constexpr const std::array<Entry, N>& entries() const { return entries_; }

 private:
  std::array<Entry, N> entries_{};
  size_t in_order_ = 0;  // entries_[0, in_order_) hold the values 0, 1, ... in turn
};

/// A table of E's names, its size taken from the braced list.
template <typename E, size_t N>
constexpr EnumNames<E, N> MakeEnumNames(const std::pair<E, std::string_view> (&entries)[N]) {
  return EnumNames<E, N>(entries);
}

}  // namespace kiji

#endif  // KIJI_ENUM_NAMES_H_
