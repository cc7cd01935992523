// Fuzz target: the claim pack loader and the lexicon loader (both read
// user-editable TOML) on arbitrary input. Each must either load or return a
// Diagnostic with a position; never crash or throw. A lexicon that loads is
// finished and asked a word.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "packs/packs.h"
#include "recognize/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 14) return 0;
  std::string text(reinterpret_cast<const char*>(data), size);
  crosscheck::ClaimPack pack;
  crosscheck::Diagnostic err;
  if (!crosscheck::LoadPackText(text, "fuzz.toml", &pack, &err)) {
    if (err.message.empty() || err.path != "fuzz.toml") std::abort();
  }
  crosscheck::Lexicon lexicon;
  crosscheck::Diagnostic lex_err;
  if (lexicon.Load(text, "fuzz.toml", &lex_err)) {
    lexicon.Finish();
    (void)lexicon.Find("million");
    (void)lexicon.hedges().size();
  } else if (lex_err.message.empty() || lex_err.path != "fuzz.toml") {
    std::abort();
  }
  return 0;
}
