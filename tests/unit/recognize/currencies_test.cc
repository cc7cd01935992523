#include <catch2/catch.hpp>

#include "base/diag.h"
#include "recognize/lexicon.h"

using namespace crosscheck;

// Currency codes are matched as three capital letters before any lookup, so a
// data file that breaks that shape is refused rather than silently unmatched.
TEST_CASE("a currencies file with a code that is not ISO 4217 names the line",
          "[recognize][currency]") {
  CurrencyTable t;
  Diagnostic d;
  CHECK(t.Load("[[currency]]\ncode = \"USD\"\nsymbols = [\"US$\"]\n", "c.toml", &d));
  CHECK(t.IsCode("USD"));
  CHECK_FALSE(t.IsCode("usd"));
  CHECK(t.Symbol("US$") != nullptr);
  CHECK(t.Symbol("us$") != nullptr);  // "$"-symbols match in any case
  CHECK(t.Symbol("RM") == nullptr);
  CHECK_FALSE(t.Load("[[currency]]\ncode = \"usd\"\n", "c.toml", &d));
  CHECK(d.Render().rfind("c.toml:2:8: error: currency code 'usd' is not three capital letters",
                         0) == 0);
  CHECK_FALSE(t.Load("[codes]\niso = [\"EUR\", \"EURO\"]\n", "c.toml", &d));
  CHECK(d.Render().rfind("c.toml:2:15: error: currency code 'EURO'", 0) == 0);
}
