#include "diff/diff.h"

#include <algorithm>
#include <cmath>
#include <dtl/dtl.hpp>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "base/utf8.h"
#include "diff/lines.h"

namespace crosscheck {
namespace {

uint64_t Fnv(std::string_view s, uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
  return h;
}
inline bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
uint64_t Mix(uint64_t h, uint64_t v) {
  return (h ^ (v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2)));
}

struct Tok {
  Span norm;
  uint64_t key = 0;  // what it says: words by text, figures by value
  uint64_t raw = 0;  // how it is written
  bool figure = false;
};

struct Sent {
  std::vector<Tok> toks;
  uint64_t key = 0, raw = 0;
};

// A figure's identity: its kind, unit and written value, not its spelling.
uint64_t FigureKey(const Mention& m) {
  std::string k = KindName(m.kind);
  k += '|' + m.unit + '|' + m.currency_family + '|';
  char buf[96];
  if (m.kind == Kind::kDate) {
    std::snprintf(buf, sizeof buf, "%d|%d|%d", m.date.has_low ? m.date.low : 0,
                  m.date.has_high ? m.date.high : 0, static_cast<int>(m.date.granularity));
    k += buf + m.date.unresolved;
  } else {
    std::snprintf(buf, sizeof buf, "%.12g|%d|%.12g|%.12g", m.value.point, m.range ? 1 : 0,
                  m.range ? m.value.low : 0.0, m.range ? m.value.high : 0.0);
    k += buf;
  }
  return Fnv(k, 7);
}

// Tokens and keys of the sentences. A sentence outside `focus` (when given)
// is context the other side has byte for byte: it gets a key from its bytes
// and no tokens, so it still anchors the alignment but costs no tokenizing.
std::vector<Sent> Sentences(const DocumentMentions& dm, const std::vector<bool>* focus) {
  const std::string& t = dm.text.text;
  std::vector<Sent> out(dm.sentences.size());
  size_t mi = 0;
  for (size_t s = 0; s < dm.sentences.size(); ++s) {
    Span span = dm.sentences[s];
    if (focus && !(*focus)[s]) {
      out[s].key = out[s].raw = Fnv(span.In(t), 0x636f6e74657874ULL);
      continue;
    }
    Sent& sent = out[s];
    sent.toks.reserve(span.size() / 5 + 4);
    uint32_t p = span.begin;
    while (mi < dm.mentions.size() && dm.mentions[mi].norm.begin < p) ++mi;
    while (p < span.end) {
      if (mi < dm.mentions.size() && dm.mentions[mi].norm.begin == p &&
          dm.mentions[mi].norm.end <= span.end) {
        const Mention& m = dm.mentions[mi++];
        Tok tok{m.norm, FigureKey(m), Fnv(m.norm.In(t)), true};
        sent.toks.push_back(tok);
        p = m.norm.end;
        continue;
      }
      unsigned char c = static_cast<unsigned char>(t[p]);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        ++p;
        continue;
      }
      uint32_t q = p;
      bool word = IsAsciiAlnum(c) || c >= 0x80;
      if (word) {
        while (q < span.end) {
          unsigned char d = static_cast<unsigned char>(t[q]);
          if (!(IsAsciiAlnum(d) || d >= 0x80)) break;
          if (mi < dm.mentions.size() && dm.mentions[mi].norm.begin == q && q > p) break;
          int len = 1;
          if (d >= 0x80) {
            char32_t cp = utf8::Decode(t, q, &len);
            // CJK and other scripts without spaces: one character, one token.
            if (cp >= 0x2E80) {
              if (q == p) q += static_cast<uint32_t>(len);
              break;
            }
          }
          q += static_cast<uint32_t>(len);
        }
      } else {
        int len = 1;
        utf8::Decode(t, p, &len);
        q = p + static_cast<uint32_t>(len);
      }
      if (q == p) q = p + 1;
      uint64_t h = Fnv(std::string_view(t).substr(p, q - p));
      sent.toks.push_back(Tok{Span{p, q}, h, h, false});
      p = q;
    }
    for (const Tok& tok : sent.toks)
      sent.key = Mix(sent.key, tok.key), sent.raw = Mix(sent.raw, tok.raw);
  }
  return out;
}

std::vector<uint64_t> Keys(const std::vector<Tok>& toks) {
  std::vector<uint64_t> k;
  k.reserve(toks.size());
  for (const Tok& t : toks) k.push_back(t.key);
  return k;
}

// Similarity of two token sequences: 2 * LCS / (n + m), through dtl.
double Similarity(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() && b.empty()) return 1;
  if (a.empty() || b.empty()) return 0;
  dtl::Diff<uint64_t, std::vector<uint64_t>> d(a, b);
  d.onOnlyEditDistance();
  d.compose();
  double lcs =
      (static_cast<double>(a.size() + b.size()) - static_cast<double>(d.getEditDistance())) / 2;
  return 2 * lcs / static_cast<double>(a.size() + b.size());
}

struct Differ {
  const CheckRun& run;
  std::vector<Sent> a, b;
  DocDiff out;
  std::vector<std::pair<double, SentencePair>> ordered;  // order key, pair

  Differ(const CheckRun& r, const std::vector<bool>* focus_old, const std::vector<bool>* focus_new)
      : run(r) {
    a = Sentences(run.mentions[0], focus_old);
    b = Sentences(run.mentions[1], focus_new);
  }

  Span OrigA(Span norm) const { return run.mentions[0].text.map.ToOriginal(norm); }
  Span OrigB(Span norm) const { return run.mentions[1].text.map.ToOriginal(norm); }

  // Word diff of old tokens x against new tokens y, appended to p.ops.
  void WordDiff(const std::vector<const Tok*>& x, const std::vector<const Tok*>& y,
                SentencePair* p) {
    std::vector<uint64_t> kx, ky;
    for (const Tok* t : x) kx.push_back(t->key);
    for (const Tok* t : y) ky.push_back(t->key);
    dtl::Diff<uint64_t, std::vector<uint64_t>> d(kx, ky, /*deletesFirst=*/true);
    d.compose();
    for (const auto& e : d.getSes().getSequence()) {
      WordOp op;
      long long bi = e.second.beforeIdx - 1, ai = e.second.afterIdx - 1;
      switch (e.second.type) {
        case dtl::SES_COMMON: {
          const Tok* tx = x[static_cast<size_t>(bi)];
          const Tok* ty = y[static_cast<size_t>(ai)];
          op.type = tx->raw == ty->raw ? WordOp::kCommon : WordOp::kFormat;
          op.old_span = OrigA(tx->norm);
          op.new_span = OrigB(ty->norm);
          op.old_norm = tx->norm;
          op.new_norm = ty->norm;
          op.figure = tx->figure;
          if (op.type == WordOp::kFormat) ++out.format_changes;
          break;
        }
        case dtl::SES_DELETE:
          op.type = WordOp::kDelete;
          op.old_span = OrigA(x[static_cast<size_t>(bi)]->norm);
          op.old_norm = x[static_cast<size_t>(bi)]->norm;
          op.figure = x[static_cast<size_t>(bi)]->figure;
          ++out.value_changes;
          break;
        case dtl::SES_ADD:
          op.type = WordOp::kAdd;
          op.new_span = OrigB(y[static_cast<size_t>(ai)]->norm);
          op.new_norm = y[static_cast<size_t>(ai)]->norm;
          op.figure = y[static_cast<size_t>(ai)]->figure;
          ++out.value_changes;
          break;
      }
      p->ops.push_back(op);
    }
  }

  std::vector<const Tok*> TokensOf(const std::vector<Sent>& side,
                                   const std::vector<uint32_t>& idx) {
    std::vector<const Tok*> v;
    for (uint32_t i : idx)
      for (const Tok& t : side[i].toks) v.push_back(&t);
    return v;
  }

  void Emit(SentencePair p, double order) {
    if (p.kind != SentencePair::kSame) {
      std::vector<const Tok*> x = TokensOf(a, p.old_sentences), y = TokensOf(b, p.new_sentences);
      WordDiff(x, y, &p);
    }
    ordered.emplace_back(order, std::move(p));
  }

  void EmitPair(SentencePair::Kind kind, std::vector<uint32_t> olds, std::vector<uint32_t> news,
                double similarity, double order) {
    SentencePair p;
    p.kind = kind;
    p.old_sentences = std::move(olds);
    p.new_sentences = std::move(news);
    p.similarity = similarity;
    Emit(std::move(p), order);
  }

  // Split and merge share one test: does a sentence on one side match two
  // adjacent sentences on the other clearly better than either alone?
  // "Clearly better": the pair shares at least half of the smaller part's
  // tokens (and two) more than the best single sentence. Returns the pair's
  // similarity, or 0 when it is no split/merge.
  static double TwoToOne(const std::vector<uint64_t>& one, const std::vector<uint64_t>& first,
                         const std::vector<uint64_t>& second, double best_single_lcs) {
    std::vector<uint64_t> joined = first;
    joined.insert(joined.end(), second.begin(), second.end());
    double s = Similarity(one, joined);
    double lcs = s * static_cast<double>(one.size() + joined.size()) / 2;
    double needed = std::max(2.0, 0.5 * static_cast<double>(std::min(first.size(), second.size())));
    return s >= 0.6 && lcs - best_single_lcs >= needed ? s : 0;
  }

  void PairGap(const std::vector<uint32_t>& dels, const std::vector<uint32_t>& adds,
               std::vector<uint32_t>* left_dels, std::vector<uint32_t>* left_adds) {
    std::vector<bool> del_used(dels.size(), false), add_used(adds.size(), false);
    if (!dels.empty() && !adds.empty() && dels.size() * adds.size() <= kMaxGapPairs) {
      std::vector<std::vector<uint64_t>> kd, ka;
      for (uint32_t i : dels) kd.push_back(Keys(a[i].toks));
      for (uint32_t j : adds) ka.push_back(Keys(b[j].toks));
      std::vector<std::vector<double>> sim(dels.size(), std::vector<double>(adds.size()));
      for (size_t i = 0; i < dels.size(); ++i)
        for (size_t j = 0; j < adds.size(); ++j) sim[i][j] = Similarity(kd[i], ka[j]);
      // The LCS of a pair, from its similarity: 2 * LCS / (n + m).
      auto lcs = [&](size_t i, size_t j) {
        return sim[i][j] * static_cast<double>(kd[i].size() + ka[j].size()) / 2;
      };
      for (size_t i = 0; i < dels.size(); ++i) {  // split: one old, two new
        for (size_t j = 0; j + 1 < adds.size(); ++j) {
          if (add_used[j] || add_used[j + 1] || adds[j + 1] != adds[j] + 1) continue;
          double s = TwoToOne(kd[i], ka[j], ka[j + 1], std::max(lcs(i, j), lcs(i, j + 1)));
          if (s == 0) continue;
          del_used[i] = add_used[j] = add_used[j + 1] = true;
          EmitPair(SentencePair::kSplit, {dels[i]}, {adds[j], adds[j + 1]}, s, adds[j]);
          break;
        }
      }
      for (size_t j = 0; j < adds.size(); ++j) {  // merged: two old, one new
        if (add_used[j]) continue;
        for (size_t i = 0; i + 1 < dels.size(); ++i) {
          if (del_used[i] || del_used[i + 1] || dels[i + 1] != dels[i] + 1) continue;
          double s = TwoToOne(ka[j], kd[i], kd[i + 1], std::max(lcs(i, j), lcs(i + 1, j)));
          if (s == 0) continue;
          del_used[i] = del_used[i + 1] = add_used[j] = true;
          EmitPair(SentencePair::kMerged, {dels[i], dels[i + 1]}, {adds[j]}, s, adds[j]);
          break;
        }
      }
      struct Cand {
        double sim;
        size_t d, a;
      };
      std::vector<Cand> cands;
      for (size_t i = 0; i < dels.size(); ++i)
        for (size_t j = 0; j < adds.size(); ++j)
          if (!del_used[i] && !add_used[j] && sim[i][j] >= 0.5) cands.push_back({sim[i][j], i, j});
      std::stable_sort(cands.begin(), cands.end(),
                       [](const Cand& x, const Cand& y) { return x.sim > y.sim; });
      for (const Cand& c : cands) {
        if (del_used[c.d] || add_used[c.a]) continue;
        del_used[c.d] = add_used[c.a] = true;
        EmitPair(SentencePair::kChanged, {dels[c.d]}, {adds[c.a]}, c.sim, adds[c.a]);
      }
    }
    for (size_t i = 0; i < dels.size(); ++i)
      if (!del_used[i]) left_dels->push_back(dels[i]);
    for (size_t j = 0; j < adds.size(); ++j)
      if (!add_used[j]) left_adds->push_back(adds[j]);
  }

  void Versions() {
    std::vector<uint64_t> ka, kb;
    for (const Sent& s : a) ka.push_back(s.key);
    for (const Sent& s : b) kb.push_back(s.key);
    std::vector<std::pair<long long, long long>> matches;  // (old, new) in order
    for (auto [i, j] : MatchSequences(ka, kb, kMaxSentenceGap, &out.fallback))
      matches.emplace_back(i, j);
    std::vector<uint32_t> left_dels, left_adds;
    long long pi = -1, pj = -1;
    auto gap = [&](long long i_end, long long j_end) {
      std::vector<uint32_t> dels, adds;
      for (long long i = pi + 1; i < i_end; ++i) dels.push_back(static_cast<uint32_t>(i));
      for (long long j = pj + 1; j < j_end; ++j) adds.push_back(static_cast<uint32_t>(j));
      PairGap(dels, adds, &left_dels, &left_adds);
    };
    for (const auto& [i, j] : matches) {
      gap(i, j);
      pi = i, pj = j;
      SentencePair p;
      p.old_sentences.push_back(static_cast<uint32_t>(i));
      p.new_sentences.push_back(static_cast<uint32_t>(j));
      p.kind = a[static_cast<size_t>(i)].raw == b[static_cast<size_t>(j)].raw
                   ? SentencePair::kSame
                   : SentencePair::kFormat;
      Emit(std::move(p), static_cast<double>(j));
    }
    gap(static_cast<long long>(a.size()), static_cast<long long>(b.size()));
    // A sentence that moved pairs across gaps: exact moves first (they need
    // no similarity), then a global similarity pass over what is left, for
    // sentences that moved and changed or split, within the same budget.
    std::unordered_map<uint64_t, std::vector<uint32_t>> added_by_key;
    for (uint32_t j : left_adds) added_by_key[b[j].key].push_back(j);
    std::unordered_set<uint32_t> moved;
    std::vector<uint32_t> dels, adds;
    for (uint32_t i : left_dels) {
      auto it = added_by_key.find(a[i].key);
      if (it == added_by_key.end() || it->second.empty()) {
        dels.push_back(i);
        continue;
      }
      uint32_t j = it->second.back();
      it->second.pop_back();
      moved.insert(j);
      EmitPair(SentencePair::kMoved, {i}, {j}, 1, j);
    }
    for (uint32_t j : left_adds)
      if (!moved.count(j)) adds.push_back(j);
    left_dels.clear();
    left_adds.clear();
    PairGap(dels, adds, &left_dels, &left_adds);
    for (uint32_t i : left_dels) {
      // Place a removed sentence after the new sentence its predecessor
      // matched (matches are in old-sentence order).
      auto after = std::lower_bound(matches.begin(), matches.end(), static_cast<long long>(i),
                                    [](const auto& m, long long x) { return m.first < x; });
      double order =
          after == matches.begin() ? -0.5 : static_cast<double>((after - 1)->second) + 0.5;
      EmitPair(SentencePair::kRemoved, {i}, {}, 0, order + 1e-6 * i);
    }
    for (uint32_t j : left_adds) EmitPair(SentencePair::kAdded, {}, {j}, 0, j);
  }

  void Compare() {
    // Inverted index of the new text's tokens; very common tokens carry no signal.
    std::unordered_map<uint64_t, std::vector<uint32_t>> index;
    for (uint32_t j = 0; j < b.size(); ++j) {
      std::unordered_set<uint64_t> seen;
      for (const Tok& t : b[j].toks)
        if (seen.insert(t.key).second) index[t.key].push_back(j);
    }
    // A token in more than a tenth of the sentences (or than kMaxPostings
    // on a long text) says little about which sentence matches, and
    // following its postings made two unrelated 10 MB texts quadratic.
    size_t common_limit = std::clamp<size_t>(b.size() / 10, 3, kMaxPostings);
    std::vector<bool> used(b.size(), false);
    for (uint32_t i = 0; i < a.size(); ++i) {
      std::unordered_map<uint32_t, int> shared;
      std::unordered_set<uint64_t> seen;
      for (const Tok& t : a[i].toks) {
        if (!seen.insert(t.key).second) continue;
        auto it = index.find(t.key);
        if (it == index.end() || it->second.size() > common_limit) continue;
        for (uint32_t j : it->second) ++shared[j];
      }
      std::vector<std::pair<int, uint32_t>> top;
      for (const auto& [j, n] : shared) top.emplace_back(n, j);
      std::sort(top.rbegin(), top.rend());
      if (top.size() > 5) top.resize(5);
      double best = 0;
      uint32_t best_j = 0;
      for (const auto& [n, j] : top) {
        double s = Similarity(Keys(a[i].toks), Keys(b[j].toks));
        if (s > best) best = s, best_j = j;
      }
      SentencePair p;
      p.old_sentences.push_back(i);
      if (best >= 0.3) {
        p.kind = a[i].key == b[best_j].key
                     ? (a[i].raw == b[best_j].raw ? SentencePair::kSame : SentencePair::kFormat)
                     : SentencePair::kSimilar;
        p.new_sentences.push_back(best_j);
        p.similarity = best;
        used[best_j] = true;
        Emit(std::move(p), i);
      } else {
        p.kind = SentencePair::kRemoved;
        p.similarity = 0;
        ordered.emplace_back(i, std::move(p));  // only in the old text: no word diff
      }
    }
    for (uint32_t j = 0; j < b.size(); ++j)
      if (!used[j]) {
        SentencePair p;
        p.kind = SentencePair::kAdded;
        p.new_sentences.push_back(j);
        p.similarity = 0;
        ordered.emplace_back(a.size() + j, std::move(p));
      }
  }
};

}  // namespace

const char* PairKindName(SentencePair::Kind k) {
  switch (k) {
    case SentencePair::kSame:
      return "same";
    case SentencePair::kFormat:
      return "format";
    case SentencePair::kChanged:
      return "changed";
    case SentencePair::kMoved:
      return "moved";
    case SentencePair::kSplit:
      return "split";
    case SentencePair::kMerged:
      return "merged";
    case SentencePair::kAdded:
      return "added";
    case SentencePair::kRemoved:
      return "removed";
    case SentencePair::kSimilar:
      return "similar";
  }
  return "same";
}

DiffMode GuessMode(const Document& a, const Document& b) {
  if (!a.meta.title.empty() && a.meta.title == b.meta.title) return DiffMode::kVersions;
  if (!a.meta.source.empty() && a.meta.source == b.meta.source) return DiffMode::kVersions;
  if (a.meta.title.empty() && b.meta.title.empty() && a.meta.source.empty() &&
      b.meta.source.empty())
    return DiffMode::kVersions;
  return DiffMode::kCompare;
}

std::vector<ClaimChange> DiffClaims(const CheckRun& run) {
  std::vector<ClaimChange> result;
  auto key = [&](const Claim& c) {
    std::string k = c.metric + "|" + c.owner + "|";
    for (const auto& s : c.subjects) k += s + ",";
    k += "|";
    k += c.as_of ? std::string("stock") : c.period.label;
    k += c.modality == Modality::kTarget || c.modality == Modality::kForecast ? "|T" : "|A";
    return k;
  };
  std::map<std::string, std::vector<int>> olds, news;
  for (size_t i = 0; i < run.claims.size(); ++i)
    (run.claims[i].doc == 0 ? olds : news)[key(run.claims[i])].push_back(static_cast<int>(i));
  for (const auto& [k, v] : olds) {
    auto it = news.find(k);
    size_t n = it == news.end() ? 0 : it->second.size();
    for (size_t x = 0; x < v.size(); ++x) {
      ClaimChange c;
      c.old_claim = v[x];
      if (x < n) {
        c.new_claim = it->second[x];
        const Mention& mo = run.claims[static_cast<size_t>(c.old_claim)].mention;
        const Mention& mn = run.claims[static_cast<size_t>(c.new_claim)].mention;
        if (FigureKey(mo) == FigureKey(mn) && mo.hedge == mn.hedge) continue;
        c.kind = ClaimChange::kChanged;
      } else {
        c.kind = ClaimChange::kRemoved;
      }
      result.push_back(c);
    }
  }
  for (const auto& [k, v] : news) {
    auto it = olds.find(k);
    size_t n = it == olds.end() ? 0 : it->second.size();
    for (size_t x = n; x < v.size(); ++x) {
      ClaimChange c;
      c.kind = ClaimChange::kAdded;
      c.new_claim = v[x];
      result.push_back(c);
    }
  }
  return result;
}

std::vector<bool> ChangedSentences(const DocDiff& diff, int side, size_t sentence_count) {
  std::vector<bool> out(sentence_count, false);
  for (const SentencePair& p : diff.pairs) {
    if (p.kind == SentencePair::kSame || p.kind == SentencePair::kMoved) continue;
    for (uint32_t s : side == 0 ? p.old_sentences : p.new_sentences)
      if (s < sentence_count) out[s] = true;
  }
  return out;
}

DocDiff DiffDocuments(const CheckRun& run, DiffMode mode) {
  return DiffDocuments(run, mode, nullptr, nullptr);
}

DocDiff DiffDocuments(const CheckRun& run, DiffMode mode, const std::vector<bool>* focus_old,
                      const std::vector<bool>* focus_new) {
  Differ d(run, focus_old, focus_new);
  d.out.mode = mode;
  if (mode == DiffMode::kVersions)
    d.Versions();
  else
    d.Compare();
  std::stable_sort(d.ordered.begin(), d.ordered.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  for (auto& [order, p] : d.ordered) d.out.pairs.push_back(std::move(p));
  d.out.claims = DiffClaims(run);
  // In compare mode only the claim comparison counts as "changes in value".
  if (mode == DiffMode::kCompare) d.out.value_changes = d.out.claims.size();
  return d.out;
}

}  // namespace crosscheck
