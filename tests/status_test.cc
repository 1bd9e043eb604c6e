#include "kiji/status.h"

#include <doctest/doctest.h>

#include <string>

namespace {

kiji::Result<int> Half(int x) {
  if (x % 2 != 0) return kiji::Status::InvalidArgument("odd: " + std::to_string(x));
  return x / 2;
}

kiji::Status Chain(int x, int* out) {
  KIJI_ASSIGN_OR_RETURN(int h, Half(x));
  KIJI_ASSIGN_OR_RETURN(int q, Half(h));
  *out = q;
  return kiji::Status::Ok();
}

}  // namespace

TEST_CASE("Result holds a value or the error that explains its absence") {
  CHECK(Half(4).ok());
  CHECK(*Half(4) == 2);
  kiji::Result<int> r = Half(3);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == kiji::StatusCode::kInvalidArgument);
  CHECK(r.status().message() == "odd: 3");
}

TEST_CASE("KIJI_ASSIGN_OR_RETURN propagates the first error") {
  int out = 0;
  CHECK(Chain(8, &out).ok());
  CHECK(out == 2);
  kiji::Status s = Chain(6, &out);
  CHECK(s.message() == "odd: 3");
  CHECK(s.code() == kiji::StatusCode::kInvalidArgument);
}
