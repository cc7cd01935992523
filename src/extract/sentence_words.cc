#include "extract/sentence_words.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <memory>

#include "base/utf8.h"

namespace crosscheck {

namespace {
// Currency signs a country prefix is written against ("US$", "HK$", "S$",
// "E£"): the dollar, pound, yen and euro signs.
bool IsCurrencySign(std::string_view text, uint32_t at) {
  if (text[at] == '$') return true;
  static constexpr std::string_view kSigns[] = {"\xc2\xa3", "\xc2\xa5", "\xe2\x82\xac"};  // £ ¥ €
  for (std::string_view s : kSigns)
    if (text.substr(at, s.size()) == s) return true;
  return false;
}
}  // namespace

struct WordStems::Memo {
  explicit Memo(std::string_view algorithm) : stemmer(algorithm) {}
  Stemmer stemmer;
  std::unordered_map<std::string, std::string> stems;
};

WordStems::WordStems(std::string_view algorithm) {
  thread_local std::unordered_map<std::string, std::unique_ptr<Memo>> by_algorithm;
  std::unique_ptr<Memo>& memo = by_algorithm[std::string(algorithm)];
  if (!memo) memo = std::make_unique<Memo>(algorithm);
  memo_ = memo.get();
}

const std::string& WordStems::Of(const std::string& lower) {
  auto it = memo_->stems.find(lower);
  if (it != memo_->stems.end()) return it->second;
  if (memo_->stems.size() >= kStemMemoWords) memo_->stems.clear();
  Stemmer* stemmer = memo_->stemmer.stems() ? &memo_->stemmer : nullptr;
  return memo_->stems.emplace(lower, FoldedStem(stemmer, lower)).first->second;
}

void AddStems(std::vector<Word>* words, WordStems* stems) {
  for (Word& w : *words)
    if (w.stem.empty()) w.stem = stems ? stems->Of(w.lower.empty() ? w.folded : w.lower) : w.folded;
}

namespace {

// Written with a capital: the first code point is an upper-case letter.
bool Capitalized(std::string_view text, uint32_t at) {
  unsigned char c = static_cast<unsigned char>(text[at]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  int len = 1;
  return u_isupper(static_cast<UChar32>(utf8::Decode(text, at, &len)));
}

// Latin letters with a diacritic (Latin-1 Supplement to Latin Extended
// Additional, where Vietnamese and French accented letters are).
bool AccentedLatin(char32_t cp) {
  return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x1E00 && cp <= 0x1EFF);
}

}  // namespace

bool WrittenWithAccents(std::string_view text) {
  // One accented name in an English article ("Việt Nam") does not make it a
  // text written with accents; a Vietnamese or French text has them in
  // every few words.
  // ASCII runs are skipped eight bytes at a time; the share is taken of all
  // bytes (about a letter and a quarter each in prose), not counted letters.
  size_t accented = 0;
  const uint32_t n = static_cast<uint32_t>(std::min<size_t>(text.size(), UINT32_MAX));
  for (uint32_t i = utf8::AsciiPrefixEnd(text, 0, n); i < n; i = utf8::AsciiPrefixEnd(text, i, n)) {
    int len = 1;
    char32_t cp = utf8::Decode(text, i, &len);
    i += static_cast<uint32_t>(len);
    accented += AccentedLatin(cp);
  }
  return accented >= 5 && accented * 125 >= text.size();
}

std::vector<Word> SentenceWords(std::string_view text, Span sentence, bool keep_accents) {
  std::vector<Word> out;
  out.reserve((sentence.end - sentence.begin) / 5 + 1);  // words average six bytes with a space
  uint32_t i = sentence.begin;
  while (i < sentence.end) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool word_char = std::isalnum(c) || c >= 0x80;
    if (c >= 0x80) {
      int len = 1;
      char32_t cp = utf8::Decode(text, i, &len);
      // Non-ASCII punctuation (rare after normalization) separates words.
      word_char = !(cp == 0x2026 || (cp >= 0x2000 && cp <= 0x206F));
    }
    if (!word_char) {
      ++i;
      continue;
    }
    uint32_t j = i;
    while (j < sentence.end) {
      unsigned char d = static_cast<unsigned char>(text[j]);
      if (std::isalnum(d)) {
        ++j;
        continue;
      }
      if (d < 0x80) break;
      int len = 1;
      char32_t cp = utf8::Decode(text, j, &len);
      if (cp == 0x2026 || (cp >= 0x2000 && cp <= 0x206F)) break;
      j += static_cast<uint32_t>(len);
    }
    std::string_view token = text.substr(i, j - i);
    Phrase folded = FoldWords(token);
    bool prefix = j < sentence.end && IsCurrencySign(text, j);
    bool upper = Capitalized(text, i);
    // Accents kept only where the token is one word and has any.
    std::string lower;
    if (keep_accents && folded.size() == 1 &&
        utf8::AsciiPrefixEnd(token, 0, static_cast<uint32_t>(token.size())) < token.size()) {
      Phrase l = LowerWords(token);
      if (l.size() == 1 && l.front() != folded.front()) lower = std::move(l.front());
    }
    for (auto& f : folded) {
      Word w;
      w.folded = std::move(f);
      w.lower = folded.size() == 1 ? lower : std::string();
      w.norm = Span{i, j};
      w.upper = upper;
      w.currency_prefix = prefix;
      out.push_back(std::move(w));
    }
    i = j;
  }
  return out;
}

bool MatchAt(const std::vector<Word>& words, size_t i, const Phrase& phrase) {
  if (phrase.empty() || i + phrase.size() > words.size()) return false;
  for (size_t k = 0; k < phrase.size(); ++k) {
    const std::string& w = words[i + k].folded;
    const std::string& p = phrase[k];
    if (w == p) continue;
    bool last = k + 1 == phrase.size();
    if (last && w.size() > p.size() && w.compare(0, p.size(), p) == 0) {
      std::string_view rest = std::string_view(w).substr(p.size());
      if (rest == "s" || rest == "es") continue;
    }
    // "partnership" -> "partnerships" is covered above; "y" -> "ies" here.
    if (last && p.size() > 1 && p.back() == 'y' && w.size() == p.size() + 2 &&
        w.compare(0, p.size() - 1, p, 0, p.size() - 1) == 0 &&
        w.compare(p.size() - 1, 3, "ies") == 0)
      continue;
    return false;
  }
  return true;
}

bool MatchStems(const std::vector<Word>& words, size_t i, const Phrase& stems) {
  if (stems.empty() || i + stems.size() > words.size()) return false;
  for (size_t k = 0; k < stems.size(); ++k)
    if (words[i + k].stem != stems[k]) return false;
  return true;
}

bool ContainsStems(const std::vector<Word>& words, const std::vector<Phrase>& stems) {
  for (size_t i = 0; i < words.size(); ++i)
    for (const Phrase& p : stems)
      if (MatchStems(words, i, p)) return true;
  return false;
}

namespace {

// A name as written in a text with accents: the same accents, word for
// word, and a capital where the pack writes one.
bool SameAccents(const std::vector<Word>& words, size_t i, const ClaimPack::NameRef& ref) {
  if (ref.lower.size() != ref.phrase.size()) return true;  // split differently: folded only
  if (ref.capitalized && !words[i].upper) return false;
  for (size_t k = 0; k < ref.lower.size(); ++k) {
    const Word& w = words[i + k];
    const std::string& written = w.lower.empty() ? w.folded : w.lower;
    // The last word may carry the plural the folded match allowed.
    bool last = k + 1 == ref.lower.size();
    if (written != ref.lower[k] &&
        !(last && written.compare(0, ref.lower[k].size(), ref.lower[k]) == 0))
      return false;
  }
  return true;
}

}  // namespace

size_t WordAt(const std::vector<Word>& words, uint32_t offset) {
  for (size_t i = 0; i < words.size(); ++i)
    if (words[i].norm.end > offset) return i;
  return words.size();
}

std::vector<EntityHit> FindEntities(const std::vector<Word>& words, const ClaimPack& pack,
                                    std::string_view kind_filter, bool accents) {
  std::vector<EntityHit> hits;
  for (size_t i = 0; i < words.size(); ++i) {
    // Names are indexed by their first folded word.
    const std::string& w = words[i].folded;
    auto it = pack.name_index.find(w);
    // "Arcadians": a one-word name takes a plural like any cue.
    if (it == pack.name_index.end() && w.size() > 2 && w.back() == 's')
      it = pack.name_index.find(w.substr(0, w.size() - 1));
    if (it == pack.name_index.end() && w.size() > 3 && w.compare(w.size() - 2, 2, "es") == 0)
      it = pack.name_index.find(w.substr(0, w.size() - 2));
    if (words[i].currency_prefix) continue;
    size_t best_len = 0;
    const Entity* best = nullptr;
    if (it != pack.name_index.end())
      for (const ClaimPack::NameRef& ref : it->second) {
        const Entity& e = pack.entities[ref.entity];
        if (!kind_filter.empty() && e.kind != kind_filter) continue;
        if (ref.abbreviation && !words[i].upper) continue;
        if (ref.phrase.size() > best_len && MatchAt(words, i, ref.phrase) &&
            (!accents || SameAccents(words, i, ref)))
          best = &e, best_len = ref.phrase.size();
      }
    if (best) {
      hits.push_back(EntityHit{best->id, i, best_len, {}});
      i += best_len - 1;
      continue;
    }
    // No name here: an alias may start with the same word ("the Borealias"
    // is a name, "the area" an alias).
    auto al = pack.alias_index.find(words[i].folded);
    if (al == pack.alias_index.end()) continue;
    for (const ClaimPack::AliasRef& ref : al->second)
      if (MatchAt(words, i, ref.phrase)) {
        hits.push_back(EntityHit{"", i, ref.phrase.size(), ref.entities});
        i += ref.phrase.size() - 1;
        break;
      }
  }
  return hits;
}

bool ContainsAny(const std::vector<Word>& words, const std::vector<Phrase>& phrases) {
  for (size_t i = 0; i < words.size(); ++i)
    for (const Phrase& p : phrases)
      if (MatchAt(words, i, p)) return true;
  return false;
}

const std::vector<Word>& SentenceCache::Words(size_t s) {
  Entry& e = entries_[s];
  if (!e.words_ready) {
    kept_from_ = std::min(kept_from_, s);
    e.words = SentenceWords(text_, (*sentences_)[s], accents_);
    e.stems_ready = false;
    e.words_ready = true;
  }
  return e.words;
}

const std::vector<Word>& SentenceCache::StemmedWords(size_t s) {
  Words(s);
  Entry& e = entries_[s];
  if (!e.stems_ready) {
    AddStems(&e.words, stems_);
    e.stems_ready = true;
  }
  return e.words;
}

const std::vector<EntityHit>& SentenceCache::Entities(size_t s) {
  Entry& e = entries_[s];
  if (!e.entities_ready) {
    e.entities = FindEntities(Words(s), *pack_, "", accents_);
    e.entities_ready = true;
  }
  return e.entities;
}

void SentenceCache::Forget(size_t s) {
  for (; kept_from_ < s && kept_from_ < entries_.size(); ++kept_from_) {
    Entry& e = entries_[kept_from_];
    if (!e.words_ready) continue;
    std::vector<Word>().swap(e.words);
    e.words_ready = e.stems_ready = false;
  }
}

void SentenceCache::AddContextEntities(size_t s, size_t want, size_t lookback,
                                       std::vector<std::string>* ids) {
  auto add = [&](size_t sentence) {
    for (const EntityHit& e : Entities(sentence))
      if (!e.id.empty() && std::find(ids->begin(), ids->end(), e.id) == ids->end())
        ids->push_back(e.id);
  };
  add(s);
  for (size_t back = 1; back <= lookback && back <= s && ids->size() < want; ++back) add(s - back);
}

}  // namespace crosscheck
