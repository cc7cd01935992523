// Fuzz target: the claim pack loader on arbitrary TOML. It must either load
// or return a Diagnostic with a position; never crash or throw.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "packs/packs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 14) return 0;
  std::string text(reinterpret_cast<const char*>(data), size);
  crosscheck::ClaimPack pack;
  crosscheck::Diagnostic err;
  if (!crosscheck::LoadPackText(text, "fuzz.toml", &pack, &err)) {
    if (err.message.empty() || err.path != "fuzz.toml") std::abort();
  }
  return 0;
}
