// base/stem: Snowball stems of words, memoized.
//
// Takes:     lower-case UTF-8 words and a Snowball algorithm name ("english",
//            "french", "indonesian"; libstemmer, Debian's libstemmer-dev).
// Returns:   the word's stem, so that a cue written once ("trade", "invest")
//            matches its inflections ("trading", "invested", "investments").
//            An empty algorithm name, or one Snowball lacks, stems nothing:
//            the word is its own stem (Vietnamese writes no inflections).
// Cost:      each distinct word is stemmed once per Stemmer (a memo); a
//            Stemmer is made per document, so memory stays bounded by the
//            document's vocabulary. Not thread-safe: one per thread.
#ifndef CROSSCHECK_BASE_STEM_H_
#define CROSSCHECK_BASE_STEM_H_

#include <string>
#include <string_view>
#include <unordered_map>

struct sb_stemmer;

namespace crosscheck {

class Stemmer {
 public:
  explicit Stemmer(std::string_view algorithm);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of a lower-case word; a view into the memo, valid as long as
  // the Stemmer.
  std::string_view Stem(std::string_view lower);
  bool stems() const { return stemmer_ != nullptr; }

 private:
  sb_stemmer* stemmer_ = nullptr;
  std::unordered_map<std::string, std::string> memo_;
};

// True if libstemmer has this algorithm ("english", "french", "indonesian").
bool StemmerExists(std::string_view algorithm);

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_STEM_H_
