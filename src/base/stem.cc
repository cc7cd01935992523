#include "base/stem.h"

#include <libstemmer.h>

namespace crosscheck {

Stemmer::Stemmer(std::string_view algorithm) {
  if (!algorithm.empty()) stemmer_ = sb_stemmer_new(std::string(algorithm).c_str(), "UTF_8");
}

Stemmer::~Stemmer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

std::string_view Stemmer::Stem(std::string_view lower) {
  if (!stemmer_ || lower.empty()) return lower;
  auto it = memo_.find(std::string(lower));
  if (it != memo_.end()) return it->second;
  const sb_symbol* s = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(lower.data()),
                                       static_cast<int>(lower.size()));
  std::string stem = s ? std::string(reinterpret_cast<const char*>(s),
                                     static_cast<size_t>(sb_stemmer_length(stemmer_)))
                       : std::string(lower);
  return memo_.emplace(std::string(lower), std::move(stem)).first->second;
}

bool StemmerExists(std::string_view algorithm) {
  sb_stemmer* s = sb_stemmer_new(std::string(algorithm).c_str(), "UTF_8");
  if (!s) return false;
  sb_stemmer_delete(s);
  return true;
}

}  // namespace crosscheck
