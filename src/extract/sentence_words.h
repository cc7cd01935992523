// extract/sentence_words: a sentence as folded words with their positions.
//
// Internal to extract/ and compare/. Words are runs of letters and digits,
// folded like pack phrases (lower case, no accents), so cue and name matching
// is case-, accent- and punctuation-insensitive.
#ifndef CROSSCHECK_EXTRACT_SENTENCE_WORDS_H_
#define CROSSCHECK_EXTRACT_SENTENCE_WORDS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/span.h"
#include "base/stem.h"
#include "packs/packs.h"

namespace crosscheck {

struct Word {
  std::string folded;
  // Its stem in the document's language, accents folded ("invested" ->
  // "invest"); the folded word when the language has no stemmer. Filled only
  // where cues are looked for (SentenceCache::StemmedWords).
  std::string stem;
  // Lower case with accents kept, when that differs from `folded` ("lào");
  // empty for a word written without accents.
  std::string lower;
  Span norm;           // in the normalized text
  bool upper = false;  // written with a capital first letter (any script)
  // Written right before a currency sign: the "US" of "US$5bn" and the "HK"
  // of "HK$" name a currency, not a country.
  bool currency_prefix = false;
};

// The stems of a language's words: each distinct word is stemmed once per
// thread and language, across documents (an archive repeats its words), in
// a memo bounded by kStemMemoWords (cleared when full: the same stems, at
// the cost of stemming again).
class WordStems {
 public:
  explicit WordStems(std::string_view algorithm);
  // The folded stem of a lower-case word.
  const std::string& Of(const std::string& lower);

 private:
  struct Memo;
  Memo* memo_;
};
constexpr size_t kStemMemoWords = 1 << 20;

// The words of one sentence, stems left empty for AddStems. With
// `keep_accents`, words written with accents keep their lower-case accented
// form (Word::lower), for a text written with accents.
std::vector<Word> SentenceWords(std::string_view text, Span sentence, bool keep_accents = true);
// Fills the stems of words made without them (a null `stems`: the folded
// word is its stem).
void AddStems(std::vector<Word>* words, WordStems* stems);

// True if phrase matches words starting at i; the last word may take a
// plural "s"/"es". Sets *len to the number of words matched.
bool MatchAt(const std::vector<Word>& words, size_t i, const Phrase& phrase);
// True if a phrase of stems (a pack's cue) matches the words' stems at i.
bool MatchStems(const std::vector<Word>& words, size_t i, const Phrase& stems);
// True if some phrase of stems occurs in words.
bool ContainsStems(const std::vector<Word>& words, const std::vector<Phrase>& stems);
// Is the text written with accents (Vietnamese, French as written, not as
// typed without them)? Then names match with their accents.
bool WrittenWithAccents(std::string_view text);
// A word list of the code ("in force", "đầu tư") as folded phrases, for MatchAt.
template <size_t N>
std::vector<Phrase> FoldedPhrases(const char* const (&list)[N]) {
  std::vector<Phrase> out;
  for (const char* s : list) out.push_back(FoldWords(s));
  return out;
}
// Index of the first word that ends after `offset` (normalized text).
size_t WordAt(const std::vector<Word>& words, uint32_t offset);

struct EntityHit {
  std::string id;  // empty for an alias not yet resolved
  size_t word = 0;
  size_t len = 0;
  // An alias ("the kingdom") may stand for any of these entities; the
  // document's main subjects decide (extract/subjects.cc).
  std::vector<size_t> alias_of;
};
// With `accents`, a name matches only words with its own accents and, when
// the pack writes it with a capital, only words written with one.
std::vector<EntityHit> FindEntities(const std::vector<Word>& words, const ClaimPack& pack,
                                    std::string_view kind_filter, bool accents = false);
// True if any phrase occurs in words.
bool ContainsAny(const std::vector<Word>& words, const std::vector<Phrase>& phrases);

// The words and entity hits of each sentence of one document, computed on
// first use and kept: claim extraction and the consistency rules both look
// at a figure's sentence and the sentences before it, many times over.
// REQUIRES: text, sentences and pack outlive the cache.
class SentenceCache {
 public:
  // With `stems`, words carry their stems (claim extraction); names match
  // with their accents when the text is written with them.
  SentenceCache(std::string_view text, const std::vector<Span>& sentences, const ClaimPack& pack,
                WordStems* stems = nullptr)
      : text_(text),
        sentences_(&sentences),
        pack_(&pack),
        stems_(stems),
        accents_(WrittenWithAccents(text)),
        entries_(sentences.size()) {}

  // The words of sentence s. Their stems are filled by StemmedWords only:
  // most sentences are read for names alone (MainSubjects reads them all).
  const std::vector<Word>& Words(size_t s);
  const std::vector<Word>& StemmedWords(size_t s);
  const std::vector<EntityHit>& Entities(size_t s);

  // Adds the entity ids of sentence s, then of up to `lookback` sentences
  // before it while fewer than `want` ids are known; ids already present are
  // not repeated.
  void AddContextEntities(size_t s, size_t want, size_t lookback, std::vector<std::string>* ids);

  // Releases the words of the sentences before `s` (their entity hits, a few
  // a sentence, stay): a reader that goes forward and looks back a bounded
  // number of sentences keeps memory bounded too (a 50 MB article is millions
  // of words). Released words are recomputed if asked for.
  void Forget(size_t s);

 private:
  struct Entry {
    bool words_ready = false, entities_ready = false, stems_ready = false;
    std::vector<Word> words;
    std::vector<EntityHit> entities;
  };

  std::string_view text_;
  const std::vector<Span>* sentences_;
  const ClaimPack* pack_;
  WordStems* stems_;
  bool accents_;
  std::vector<Entry> entries_;
  size_t kept_from_ = 0;  // no entry before this one holds words
};

}  // namespace crosscheck

#endif  // CROSSCHECK_EXTRACT_SENTENCE_WORDS_H_
