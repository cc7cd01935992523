// extract/sentence_words: a sentence as folded words with their positions.
//
// Internal to extract/ and compare/. Words are runs of letters and digits,
// folded like pack phrases (lower case, no accents), so cue and name matching
// is case-, accent- and punctuation-insensitive.
#ifndef CROSSCHECK_EXTRACT_SENTENCE_WORDS_H_
#define CROSSCHECK_EXTRACT_SENTENCE_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "packs/packs.h"

namespace crosscheck {

struct Word {
  std::string folded;
  Span norm;           // in the normalized text
  bool upper = false;  // written with a capital first letter
};

std::vector<Word> SentenceWords(std::string_view text, Span sentence);

// True if phrase matches words starting at i; the last word may take a
// plural "s"/"es". Sets *len to the number of words matched.
bool MatchAt(const std::vector<Word>& words, size_t i, const Phrase& phrase);
// Index of the first word that ends after `offset` (normalized text).
size_t WordAt(const std::vector<Word>& words, uint32_t offset);

struct EntityHit {
  std::string id;
  size_t word = 0;
  size_t len = 0;
};
std::vector<EntityHit> FindEntities(const std::vector<Word>& words, const ClaimPack& pack,
                                    std::string_view kind_filter);
// True if any phrase occurs in words.
bool ContainsAny(const std::vector<Word>& words, const std::vector<Phrase>& phrases);

}  // namespace crosscheck

#endif  // CROSSCHECK_EXTRACT_SENTENCE_WORDS_H_
