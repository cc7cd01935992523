#include "extract/sentence_words.h"

#include <algorithm>

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

std::vector<Word> SentenceWords(std::string_view text, Span sentence) {
  std::vector<Word> out;
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
    Phrase folded = FoldWords(text.substr(i, j - i));
    bool prefix = j < sentence.end && IsCurrencySign(text, j);
    for (auto& f : folded)
      out.push_back(Word{std::move(f), Span{i, j}, c >= 'A' && c <= 'Z', prefix});
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

size_t WordAt(const std::vector<Word>& words, uint32_t offset) {
  for (size_t i = 0; i < words.size(); ++i)
    if (words[i].norm.end > offset) return i;
  return words.size();
}

std::vector<EntityHit> FindEntities(const std::vector<Word>& words, const ClaimPack& pack,
                                    std::string_view kind_filter) {
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
        if (ref.phrase.size() > best_len && MatchAt(words, i, ref.phrase))
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
    e.words = SentenceWords(text_, (*sentences_)[s]);
    e.words_ready = true;
  }
  return e.words;
}

const std::vector<EntityHit>& SentenceCache::Entities(size_t s) {
  Entry& e = entries_[s];
  if (!e.entities_ready) {
    e.entities = FindEntities(Words(s), *pack_, "");
    e.entities_ready = true;
  }
  return e.entities;
}

void SentenceCache::Forget(size_t s) {
  for (; kept_from_ < s && kept_from_ < entries_.size(); ++kept_from_) {
    Entry& e = entries_[kept_from_];
    if (!e.words_ready) continue;
    std::vector<Word>().swap(e.words);
    e.words_ready = false;
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
