// Fuzz target: loader (front matter, UTF-8 validation) and normalizer
// (Markdown/HTML stripping, NFKC) on arbitrary bytes. Checks the OffsetMap
// invariant: every normalized span maps inside the original file, in order.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "load/load.h"
#include "normalize/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 16) return 0;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  const char* names[] = {"fuzz.md", "fuzz.html", "fuzz.txt"};
  for (const char* name : names) {
    auto doc = crosscheck::LoadBytes(name, bytes, {});
    if (!doc.ok()) continue;
    crosscheck::NormalizedText t = crosscheck::Normalize(doc.value());
    uint32_t prev = 0;
    for (uint32_t i = 0; i <= t.text.size(); i += 7) {
      uint32_t o = t.map.OriginalBegin(i);
      if (o > size) std::abort();
      if (o < prev) std::abort();
      prev = o;
    }
  }
  return 0;
}
