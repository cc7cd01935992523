#include "extract/frame.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "extract/steps.h"

namespace crosscheck::extract {
namespace {

// Punctuation that ends a clause between two words: a comma, semicolon,
// colon, bracket, or a dash standing alone.
bool PunctuationBreak(std::string_view text, uint32_t from, uint32_t to) {
  // "20,18" and "1.234": a mark between digits is a number's, not a clause's.
  auto digit = [&](uint32_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
  if (to == from + 1 && from > 0 && (text[from] == ',' || text[from] == '.') && digit(from - 1) &&
      digit(to))
    return false;
  for (uint32_t k = from; k < to && k < text.size(); ++k) {
    char c = text[k];
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']')
      return true;
    if (c == '-' && k > from && text[k - 1] == ' ') return true;
    // An en or em dash (U+2013, U+2014).
    if (static_cast<unsigned char>(c) == 0xE2 && k + 2 < to && text[k + 1] == '\x80' &&
        (text[k + 2] == '\x93' || text[k + 2] == '\x94'))
      return true;
  }
  return false;
}

// Does a clause start at word k (a break before it)?
bool BreakBefore(const FrameWords& classes, const std::vector<Word>& words, std::string_view text,
                 size_t k) {
  if (k == 0 || k >= words.size()) return true;
  if (PunctuationBreak(text, words[k - 1].norm.end, words[k].norm.begin)) return true;
  return ClassAt(classes, FrameClass::kClauseBreak, words, k) > 0;
}

// Only words that introduce an appositive stand before the figure in its
// clause: ", up 12%", ", an increase of 43%", ", or 28% of the total".
bool Appositive(const FrameWords& classes, const std::vector<Word>& words, size_t from, size_t to) {
  for (size_t k = from; k < to;) {
    size_t n = 0;
    for (FrameClass c : {FrameClass::kGrowth, FrameClass::kShare, FrameClass::kFunction,
                         FrameClass::kHeadSkip, FrameClass::kConversion, FrameClass::kAppositive})
      n = std::max(n, ClassAt(classes, c, words, k));
    if (n == 0) return false;
    k += n;
  }
  return true;
}

bool IsContentWord(const FrameWords& classes, const std::vector<Word>& words, size_t k) {
  const std::string& w = words[k].folded;
  if (w.empty() || (w[0] >= '0' && w[0] <= '9')) return false;
  return ClassAt(classes, FrameClass::kFunction, words, k) == 0 &&
         ClassAt(classes, FrameClass::kClauseBreak, words, k) == 0;
}

// The counted noun phrase from word k on: skips modifiers ("of the",
// "new", "the number of"), then takes up to three content words, stopping at
// a function word or the clause end. English and the region's languages put
// the noun in that run ("industrial parks", "Vietnamese people", "khu công
// nghiệp"); binding asks whether a counted noun is anywhere in it.
bool HeadFrom(const FrameWords& classes, const std::vector<Word>& words, size_t k, size_t end,
              Frame* f) {
  while (k < end) {
    size_t n = std::max(ClassAt(classes, FrameClass::kHeadSkip, words, k),
                        ClassAt(classes, FrameClass::kCountOf, words, k));
    if (n == 0) break;
    k += n;
  }
  if (k >= end || !IsContentWord(classes, words, k)) return false;
  f->head_found = true;
  f->head = k;
  f->head_end = k + 1;
  while (f->head_end < end && f->head_end - k < 3 && IsContentWord(classes, words, f->head_end))
    ++f->head_end;
  return true;
}

void ReadHead(const FrameWords& classes, const SentenceView& v, const FigureRef& fig, Frame* f,
              std::string_view text) {
  const std::vector<Word>& words = *v.words;
  // "the number of parks has reached 14": the counted noun is named first.
  for (size_t k = f->clause_begin; k < fig.w0; ++k)
    if (size_t n = ClassAt(classes, FrameClass::kCountOf, words, k);
        n && HeadFrom(classes, words, k + n, fig.w0, f))
      break;
  if (!f->head_found) HeadFrom(classes, words, fig.w1, f->clause_end, f);
  if (f->head_found)
    f->counted = std::string(text.substr(
        words[f->head].norm.begin, words[f->head_end - 1].norm.end - words[f->head].norm.begin));
}

PercentKind ReadPercentKind(const FrameWords& classes, const std::vector<Word>& words,
                            const Mention& m, const FigureRef& fig, const Frame& f) {
  // "making up 28%": a share phrase that reaches the figure wins over the
  // change the recognizer read in its last word ("up").
  for (size_t k = std::max(f.clause_begin, fig.w0 > 3 ? fig.w0 - 3 : 0); k <= fig.w0; ++k)
    if (size_t n = ClassAt(classes, FrameClass::kShare, words, k); n && k + n >= fig.w0)
      return PercentKind::kShare;
  if (m.change != Change::kNone) return PercentKind::kGrowth;
  constexpr size_t kBefore = 4, kAfter = 5;
  size_t from = std::max(f.clause_begin, fig.w0 > kBefore ? fig.w0 - kBefore : 0);
  size_t to = std::min(f.clause_end, fig.w1 + kAfter);
  // The nearer class wins: "a 5% share of growth".
  size_t best = SIZE_MAX;
  PercentKind kind = PercentKind::kRate;
  for (size_t k = from; k < to; ++k)
    for (auto [c, pk] : {std::pair{FrameClass::kShare, PercentKind::kShare},
                         std::pair{FrameClass::kGrowth, PercentKind::kGrowth}}) {
      if (!ClassAt(classes, c, words, k)) continue;
      size_t d = k < fig.w0 ? fig.w0 - k : k >= fig.w1 ? k - fig.w1 : 0;
      if (d < best) best = d, kind = pk;
    }
  return kind;
}

void ReadTime(const FrameWords& classes, const SentenceView& v, const DocumentMentions& dm,
              Frame* f) {
  const std::vector<Word>& words = *v.words;
  f->accumulation =
      HasClassIn(classes, FrameClass::kAccumulation, words, f->clause_begin, f->clause_end);
  // A time fronted before every figure of the sentence ("In 2024, ...: A
  // led with X") places every clause after it.
  size_t first_figure = v.figures.empty() ? 0 : v.figures.front().w0;
  for (const DateRef& r : v.dates) {
    bool fronted = r.w1 <= first_figure && r.w1 <= f->clause_begin;
    if (r.base || (!fronted && (r.w0 < f->clause_begin || r.w1 > f->clause_end))) continue;
    const Mention& d = dm.mentions[r.mention];
    if (!d.date.has_low) continue;
    FrameTime t = FrameTime::kPeriod;
    bool as_of_words = false;
    for (size_t k = r.w0 > 4 ? r.w0 - 4 : 0; k < r.w0 && !as_of_words; ++k)
      if (size_t n = ClassAt(classes, FrameClass::kAsOf, words, k); n && k + n >= r.w0 - 1)
        as_of_words = true;
    // "since 1998", "since the first plant opened in May 1998": a start.
    bool since_words = d.hedge == Hedge::kSince;
    for (size_t k = std::min(f->clause_begin, r.w0 > 3 ? r.w0 - 3 : 0); k < r.w0 && !since_words;
         ++k)
      since_words = ClassAt(classes, FrameClass::kSince, words, k) > 0;
    if (since_words)
      t = FrameTime::kSince;
    else if (as_of_words || d.hedge == Hedge::kBy || d.hedge == Hedge::kUntil ||
             d.date.granularity == Granularity::kDay)
      t = FrameTime::kAsOf;
    // The nearer a time to the figure, the more it is the figure's: the
    // strongest reading of the clause wins (since > as-of > period).
    if (static_cast<int>(t) > static_cast<int>(f->time)) f->time = t;
  }
}

}  // namespace

const FrameWords& FrameWordsOf(const Lexicon& lexicon) {
  static std::mutex mu;
  static std::map<const Lexicon*, std::unique_ptr<FrameWords>> built;
  std::lock_guard<std::mutex> lock(mu);
  std::unique_ptr<FrameWords>& slot = built[&lexicon];
  if (slot) return *slot;
  slot = std::make_unique<FrameWords>();
  FrameWords& out = *slot;
  for (size_t c = 0; c < out.classes.size(); ++c)
    for (const std::string& phrase : lexicon.Frame(static_cast<FrameClass>(c))) {
      Phrase p = FoldWords(phrase);
      if (p.empty()) continue;
      out.first[c].insert(p.front());
      out.classes[c].push_back(std::move(p));
    }
  return out;
}

const char* FrameTimeName(FrameTime t) {
  switch (t) {
    case FrameTime::kPeriod:
      return "period";
    case FrameTime::kAsOf:
      return "as_of";
    case FrameTime::kSince:
      return "since";
    case FrameTime::kNone:
      break;
  }
  return "none";
}

size_t ClassAt(const FrameWords& classes, FrameClass c, const std::vector<Word>& words, size_t k) {
  if (k >= words.size() || !classes.first[static_cast<size_t>(c)].count(words[k].folded)) return 0;
  for (const Phrase& p : classes.Of(c))
    if (p.size() && k + p.size() <= words.size() &&
        std::equal(p.begin(), p.end(), words.begin() + static_cast<std::ptrdiff_t>(k),
                   [](const std::string& a, const Word& w) { return a == w.folded; }))
      return p.size();
  return 0;
}

bool ClassEndsAt(const FrameWords& classes, FrameClass c, const std::vector<Word>& words,
                 size_t end) {
  for (const Phrase& p : classes.Of(c))
    if (p.size() && p.size() <= end && end <= words.size() &&
        std::equal(p.begin(), p.end(), words.begin() + static_cast<std::ptrdiff_t>(end - p.size()),
                   [](const std::string& a, const Word& w) { return a == w.folded; }))
      return true;
  return false;
}

bool HasClassIn(const FrameWords& classes, FrameClass c, const std::vector<Word>& words,
                size_t from, size_t to) {
  for (size_t k = from; k < to && k < words.size(); ++k)
    if (ClassAt(classes, c, words, k)) return true;
  return false;
}

Frame ReadFrame(const FrameWords& classes, const SentenceView& v, size_t figure,
                const DocumentMentions& dm) {
  const std::vector<Word>& words = *v.words;
  const std::string_view text = dm.text.text;
  const FigureRef& fig = v.figures[figure];
  const Mention& m = dm.mentions[fig.mention];
  Frame f;
  // The clause: back to the nearest break before the figure (not inside it),
  // forward to the nearest break after it.
  const size_t first = fig.w0 > kFrameReach ? fig.w0 - kFrameReach : 0;
  const size_t last = std::min(words.size(), fig.w1 + kFrameReach);
  auto back_to_break = [&] {
    while (f.clause_begin > first && !BreakBefore(classes, words, text, f.clause_begin))
      --f.clause_begin;
    if (!BreakBefore(classes, words, text, f.clause_begin)) f.reach_cut = true;
  };
  f.clause_begin = fig.w0;
  back_to_break();
  f.clause_end = std::min(words.size(), std::max(fig.w1, fig.w0 + 1));
  while (f.clause_end < last && !BreakBefore(classes, words, text, f.clause_end)) ++f.clause_end;
  if (f.clause_end < words.size() && !BreakBefore(classes, words, text, f.clause_end))
    f.reach_cut = true;
  if (f.clause_begin > first && Appositive(classes, words, f.clause_begin, fig.w0)) {
    f.apposition = true;
    --f.clause_begin;
    back_to_break();
  }
  if (m.kind == Kind::kMoney) f.currency = m.unit.empty() ? m.currency_family : m.unit;
  if (m.kind == Kind::kPercent) f.percent = ReadPercentKind(classes, words, m, fig, f);
  if (m.kind == Kind::kNumber) ReadHead(classes, v, fig, &f, text);
  // A part: "the 11 other ports", "another 5 parks", "three more", or a
  // clause that opens a part of a whole named before ("..., of which 12 are
  // valid with capital of $3bn").
  f.partial = (fig.w1 < words.size() && ClassAt(classes, FrameClass::kPartial, words, fig.w1)) ||
              (fig.w0 > 0 && ClassAt(classes, FrameClass::kPartial, words, fig.w0 - 1)) ||
              HasClassIn(classes, FrameClass::kPartOf, words, f.clause_begin, fig.w0);
  f.in_force = HasClassIn(classes, FrameClass::kInForce, words, f.clause_begin, f.clause_end);
  // "of which 290 remain valid": the part that holds is a stock of its own
  // (in force), not a piece of a breakdown.
  if (f.in_force &&
      !(fig.w1 < words.size() && ClassAt(classes, FrameClass::kPartial, words, fig.w1)))
    f.partial = false;
  for (size_t k = fig.w0 > 3 ? fig.w0 - 3 : 0; k < fig.w0 && !f.membership; ++k)
    if (size_t n = ClassAt(classes, FrameClass::kMembership, words, k); n && k + n == fig.w0)
      f.membership = true;
  ReadTime(classes, v, dm, &f);
  return f;
}

}  // namespace crosscheck::extract
