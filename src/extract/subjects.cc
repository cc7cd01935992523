// Who a figure is about, in which role, and whose statistics it is.
//
// Subjects come from the figure's sentence, nearest first; a two-subject
// metric missing one takes it from earlier sentences, then from the
// document's main pair ("the two countries" says so outright). Roles are read
// from the prepositions English puts before an entity: "investment from A in
// B", "A's exports to B"; a rank belongs to the ranked entity and is in the
// ranking of the other ("A is B's fourth-largest partner", "the largest
// investor in B"), within a scope when one is named ("among the Northern Union's members").
#include <algorithm>
#include <map>

#include "extract/steps.h"

namespace crosscheck::extract {
namespace {

template <size_t N>
bool In(const char* const (&list)[N], const std::string& w) {
  for (const char* x : list)
    if (w == x) return true;
  return false;
}

// Role words before an entity, folded: English, then Vietnamese ("vào",
// "tại", "sang": into, in, to; "từ", "của": from, of).
const char* const kRecipientBefore[] = {"in",      "into", "to",  "toward",
                                        "towards", "vao",  "tai", "sang"};
const char* const kActorBefore[] = {"from", "by", "tu", "cua"};
// Verbs of the beat's directional figures right after an entity make it the
// one that acts: "Arcadia invested", "Arcadia exported", Vietnamese "đầu tư"
// (invest) and "xuất khẩu" (export), folded; an auxiliary may come between.
// A visitor acts too: "Arcadia's leader visited", "Arcadia visits".
const char* const kActorVerbs[] = {"invests",   "invested", "investing", "poured",   "pumped",
                                   "exports",   "exported", "ships",     "shipped",  "sells",
                                   "sold",      "visits",   "visited",   "visiting", "dau tu",
                                   "xuat khau", "rot von",  "tham"};
const std::vector<Phrase>& ActorVerbs() {
  static const std::vector<Phrase> phrases = FoldedPhrases(kActorVerbs);
  return phrases;
}
const char* const kAuxiliaries[] = {"has", "have", "had", "also", "da", "dang", "se"};
// Words after a rank that introduce whose ranking it is or its scope.
const char* const kRankingOf[] = {"of", "in", "for", "to", "into"};
// ("trong": Vietnamese "in, within").
// ("trong": Vietnamese; "di", "dalam", "antara": Indonesian and Malay;
// "dans", "parmi": French.)
const char* const kScopeWords[] = {"among", "in",    "within", "of",   "trong",
                                   "di",    "dalam", "antara", "dans", "parmi"};
// Words before the entities a rank is compared with: "fourth, after A, B
// and C", "behind A", "sau A" (Vietnamese "after").
const char* const kComparedWith[] = {"after", "behind", "following", "trailing", "sau"};
// Words that may stand between such a word and a listed entity.
const char* const kListJoints[] = {"and", "or", "the", "only", "just", "va"};
const char* const kSpeechVerbs[] = {
    "said",     "says",     "told",      "noted",      "notes",      "stressed",
    "stated",   "added",    "announced", "emphasized", "emphasised", "highlighted",
    "affirmed", "reported", "explained", "confirmed",  "revealed",   "according"};
// Words a speaker's title may hold between a demonym and the name or head
// noun: "the Arcadian ambassador Jo Doe", "Borealian Deputy Prime Minister".
const char* const kTitleWords[] = {"ambassador", "minister",     "president", "premier",
                                   "secretary",  "spokesperson", "spokesman", "spokeswoman",
                                   "official",   "counsellor",   "counselor", "envoy",
                                   "chairman",   "chairwoman",   "director",  "head",
                                   "deputy",     "general",      "prime",     "foreign",
                                   "trade",      "commerce",     "industry",  "economic",
                                   "ministry",   "agency",       "office",    "department",
                                   "embassy",    "government",   "the",       "s"};
// A speaker written as a pronoun is not resolved.
const char* const kPronouns[] = {"he", "she", "it", "they", "we", "i", "this", "that"};
// Statistics words: "Arcadian data", "figures from Borealia", "the Arcadian side".
const char* const kStatisticsWords[] = {
    "data",   "statistics", "figures",    "customs", "side",        "ministry", "government",
    "office", "agency",     "department", "embassy", "statistical", "reported", "recorded"};

bool Possessive(std::string_view text, const std::vector<Word>& words, const EntityHit& e) {
  size_t after = e.word + e.len;
  uint32_t end = words[e.word + e.len - 1].norm.end;
  if (after < words.size() && words[after].folded == "s" && words[after].norm.begin == end + 1)
    return true;
  // "the Borealias' 11th-largest partner"
  return end < text.size() && text[end] == '\'' && (end + 1 == text.size() || text[end + 1] == ' ');
}

// "Arcadia has invested", "mà Việt Nam đầu tư": the entity is the subject of
// one of the verbs that say who acts.
bool ActsAfter(const std::vector<Word>& words, const EntityHit& e) {
  size_t k = e.word + e.len;
  while (k < words.size() && In(kAuxiliaries, words[k].folded)) ++k;
  if (k >= words.size()) return false;
  for (const Phrase& p : ActorVerbs())
    if (MatchAt(words, k, p)) return true;
  return false;
}

const std::string& Before(const std::vector<Word>& words, const EntityHit& e) {
  static const std::string kNone;
  // Skip an article: "in the Borealias".
  size_t k = e.word;
  if (k >= 1 && words[k - 1].folded == "the") --k;
  // Folding makes "đầu tư" (invest) end like "từ" (from): a verb's last word
  // is no preposition.
  for (const Phrase& p : ActorVerbs())
    if (p.size() == 2 && k >= 2 && MatchAt(words, k - 2, p)) return kNone;
  return k >= 1 ? words[k - 1].folded : kNone;
}

bool KindFits(const ClaimPack& pack, const std::string& id, const std::string& kind) {
  if (kind.empty()) return true;
  const Entity* e = pack.FindEntity(id);
  return e && e->kind == kind;
}

void AddUnique(std::vector<std::string>* ids, const std::string& id) {
  if (std::find(ids->begin(), ids->end(), id) == ids->end()) ids->push_back(id);
}

// Is entity e one that a rank is compared with ("after Arcadia and
// Borealia")? Walks back over list joints and other entities' words.
bool ComparedWith(const std::vector<Word>& words, const std::vector<EntityHit>& entities,
                  const EntityHit& e) {
  size_t k = e.word;
  for (int steps = 0; k > 0 && steps < 12; ++steps) {
    const std::string& w = words[k - 1].folded;
    if (In(kComparedWith, w)) return true;
    if (In(kListJoints, w)) {
      --k;
      continue;
    }
    const EntityHit* other = nullptr;
    for (const EntityHit& x : entities)
      if (x.word + x.len == k) other = &x;
    if (!other) return false;
    k = other->word;
  }
  return false;
}

// Is there a clause boundary (a comma, semicolon, colon, dash or bracket)
// in text[from, to)? An entity past one after the figure belongs to the next
// clause: "holdings worth US$7 billion, placing it fifth (behind Arcadia)".
bool ClauseBreak(std::string_view text, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to && k < text.size(); ++k) {
    char c = text[k];
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') return true;
    if (c == '-' && k > 0 && text[k - 1] == ' ') return true;  // a spaced dash
  }
  return false;
}

// The pair "the two countries" means here: the two entities of the kind
// named most in this sentence and the ones before it (the latest mention
// breaks ties), so that a section about one partner of a three-country
// article resolves to that partner. Fewer than two: the document's main pair.
std::vector<std::string> LocalPair(const DocContext& ctx, size_t s, const std::string& kind) {
  std::map<std::string, std::pair<int, size_t>> seen;  // id -> (count, last position)
  size_t order = 0;
  size_t first = s >= static_cast<size_t>(kSubjectLookback) ? s - kSubjectLookback : 0;
  for (size_t k = first; k <= s; ++k)
    for (const EntityHit& e : ctx.cache->Entities(k)) {
      if (e.id.empty() || !KindFits(*ctx.pack, e.id, kind)) continue;
      if (ComparedWith(ctx.cache->Words(k), ctx.cache->Entities(k), e)) continue;
      auto& slot = seen[e.id];
      ++slot.first;
      slot.second = ++order;
    }
  std::vector<std::pair<std::string, std::pair<int, size_t>>> v(seen.begin(), seen.end());
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
    return a.second.first != b.second.first ? a.second.first > b.second.first
                                            : a.second.second > b.second.second;
  });
  std::vector<std::string> out;
  for (size_t i = 0; i < v.size() && i < 2; ++i) out.push_back(v[i].first);
  if (out.size() < 2)
    for (const std::string& id : ctx.main)
      if (out.size() < 2 && KindFits(*ctx.pack, id, kind)) AddUnique(&out, id);
  return out;
}

// The figure of the same kind an entity is written with in a list ("A
// with $3bn, B with $2bn"): the nearest such figure within kListItem words
// of it, in its clause; -1 when the entity stands apart from every figure.
constexpr size_t kListItem = 2;
int ListItemFigure(const DocContext& ctx, const SentenceView& v, const EntityHit& e, Kind kind) {
  int best = -1;
  size_t best_dist = kListItem + 1;
  for (size_t g = 0; g < v.figures.size(); ++g) {
    const FigureRef& fig = v.figures[g];
    if (ctx.dm->mentions[fig.mention].kind != kind) continue;
    size_t d = e.word + e.len <= fig.w0 ? fig.w0 - (e.word + e.len)
               : e.word >= fig.w1       ? e.word - fig.w1 + kListItem  // "$3bn for A": weaker
                                        : kListItem + 1;
    if (d < best_dist) best_dist = d, best = static_cast<int>(g);
  }
  return best;
}

// Sorts after every entity of the figure's own clause.
constexpr size_t kOtherClause = 1000;

// Ranks: whose ranking, the ranked entity, and the scope.
void RankRoles(const DocContext& ctx, const SentenceView& v, const FigureRef& f,
               const std::string& kind, const Frame* frame, SubjectChoice* out) {
  const std::vector<Word>& words = *v.words;
  std::string owner, ranked, scope;
  // What follows the rank up to the next rank is its own ("11th globally and
  // the fourth among the bloc's members": the bloc scopes the fourth only).
  // ("Arcadia's seventh partner worldwide, while within the bloc ...": the
  // bloc is the next clause's scope.)
  size_t until = frame ? frame->clause_end : words.size();
  for (const FigureRef& g : v.figures)
    if (g.w0 >= f.w1 && ctx.dm->mentions[g.mention].kind == Kind::kRank) {
      until = std::min(until, g.w0);
      break;
    }
  for (const EntityHit& e : v.entities) {
    if (e.word >= until) continue;
    bool is_kind = KindFits(*ctx.pack, e.id, kind);
    if (e.word + e.len <= f.w0 && f.w0 - (e.word + e.len) <= 4 &&
        Possessive(ctx.dm->text.text, words, e) && is_kind)
      owner = e.id;  // "Arcadia's 11th-largest trading partner"
    if (e.word >= f.w1 && e.word - f.w1 <= 8) {
      const std::string& before = Before(words, e);
      if (!is_kind && In(kScopeWords, before) && scope.empty())
        scope = e.id;
      else if (is_kind && In(kRankingOf, before) && owner.empty())
        owner = e.id;
    }
  }
  // "Arcadia's 11th-largest partner globally and the fourth-largest in the
  // region": a rank coordinated with an earlier one shares its owner.
  if (owner.empty())
    for (size_t g = v.figures.size(); g-- > 0;) {
      const FigureRef& prev = v.figures[g];
      if (prev.w1 > f.w0 || ctx.dm->mentions[prev.mention].kind != Kind::kRank) continue;
      bool joined = false;
      for (size_t k = prev.w1; k < f.w0; ++k) joined |= words[k].folded == "and";
      if (!joined || f.w0 - prev.w1 > 8) break;
      for (const EntityHit& e : v.entities)
        if (e.word + e.len <= prev.w0 && prev.w0 - (e.word + e.len) <= 4 &&
            Possessive(ctx.dm->text.text, words, e) && KindFits(*ctx.pack, e.id, kind))
          owner = e.id;
      break;
    }
  // The ranked entity: the nearest of the right kind before the rank that
  // is not the owner; one written after "in"/"of" ("investors in Arcadia,
  // ranking ninth") names the ranking instead.
  for (auto it = v.entities.rbegin(); it != v.entities.rend(); ++it) {
    if (it->word >= f.w0 || it->id == owner || !KindFits(*ctx.pack, it->id, kind)) continue;
    if (ComparedWith(words, v.entities, *it)) continue;
    if (In(kRankingOf, Before(words, *it)) && !Possessive(ctx.dm->text.text, words, *it)) {
      if (owner.empty()) owner = it->id;
      continue;
    }
    ranked = it->id;
    break;
  }
  if (!ranked.empty() || !owner.empty()) {
    std::vector<std::string> ids;
    if (!ranked.empty()) ids.push_back(ranked);
    if (!owner.empty()) AddUnique(&ids, owner);
    // The missing role from the main pair.
    for (const std::string& m : ctx.main)
      if (ids.size() < 2) AddUnique(&ids, m);
    if (owner.empty() && ids.size() == 2) owner = ids[0] == ranked ? ids[1] : ids[0];
    out->ids = ids;
    out->owner = owner;
  }
  // "in the region", "within the bloc", "in the area": a regional scope
  // named by a common noun rather than an entity.
  static const char* const kRegionNouns[] = {"region",        "bloc",         "area",
                                             "neighbourhood", "neighborhood", "subregion"};
  if (scope.empty())
    for (size_t k = f.w1; k < std::min(until, f.w1 + 8); ++k)
      if (In(kRegionNouns, words[k].folded) && k >= 1 &&
          (words[k - 1].folded == "the" || words[k - 1].folded == "regional")) {
        scope = "region";
        break;
      }
  // "... and the second-largest in the world": the whole world is no scope.
  static const char* const kGlobalWords[] = {"world", "worldwide", "globally", "global", "overall"};
  bool global = false;
  for (size_t k = f.w1; k < std::min(until, f.w1 + 6); ++k)
    global |= In(kGlobalWords, words[k].folded);
  // "Within the bloc, A is B's second-largest partner": a scope fronted
  // before the sentence's first rank scopes it too (a later rank has its own).
  bool first_rank = true;
  for (const FigureRef& g : v.figures)
    first_rank &= !(g.w1 <= f.w0 && ctx.dm->mentions[g.mention].kind == Kind::kRank);
  if (scope.empty() && first_rank && !global)
    for (const EntityHit& e : v.entities)
      if (e.word + e.len <= f.w0 && !KindFits(*ctx.pack, e.id, kind) &&
          In(kScopeWords, Before(words, e)) && scope.empty())
        scope = e.id;
  if (global) scope.clear();
  out->scope = scope;
}

}  // namespace

std::vector<std::string> MainSubjects(const DocumentMentions& dm, SentenceCache* cache,
                                      const ClaimPack& pack, bool windowed) {
  std::map<std::string, std::pair<int, size_t>> seen;  // id -> (count, first position)
  size_t order = 0;
  size_t mi = 0;
  for (size_t s = 0; s < dm.sentences.size(); ++s) {
    // Names inside figures ("US" of "US$9 billion") are no subjects.
    std::vector<Span> figures;
    while (mi < dm.mentions.size() && dm.mentions[mi].sentence < s) ++mi;
    for (size_t k = mi; k < dm.mentions.size() && dm.mentions[k].sentence == s; ++k)
      figures.push_back(dm.mentions[k].norm);
    // One pass over the whole document: a long one keeps no words for later.
    if (windowed) cache->Forget(s);
    const std::vector<Word>& words = cache->Words(s);
    for (const EntityHit& e : cache->Entities(s)) {
      if (e.id.empty() || !KindFits(pack, e.id, "country")) continue;
      if (InsideAny(words, e.word, e.word + e.len, figures)) continue;
      auto [it, fresh] = seen.emplace(e.id, std::make_pair(0, order++));
      ++it->second.first;
    }
  }
  std::vector<std::pair<std::string, std::pair<int, size_t>>> v(seen.begin(), seen.end());
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
    return a.second.first != b.second.first ? a.second.first > b.second.first
                                            : a.second.second < b.second.second;
  });
  std::vector<std::string> out;
  for (size_t i = 0; i < v.size() && i < 2; ++i) out.push_back(v[i].first);
  return out;
}

bool InsideAny(const std::vector<Word>& words, size_t begin, size_t end,
               const std::vector<Span>& spans) {
  Span ws{words[begin].norm.begin, words[end - 1].norm.end};
  return std::any_of(spans.begin(), spans.end(),
                     [&](Span f) { return ws.begin < f.end && f.begin < ws.end; });
}

SubjectChoice ResolveSubjects(const DocContext& ctx, const SentenceView& v, const FigureRef& f,
                              const Metric* metric, const Frame* frame) {
  SubjectChoice out;
  if (metric && !metric->fixed_subjects.empty()) {
    out.ids = metric->fixed_subjects;
    std::sort(out.ids.begin(), out.ids.end());
    out.confidence = Confidence::kHigh;
    out.from = "implied by the metric";
    return out;
  }
  const std::string kind = metric ? metric->subject_kind : "";
  const int needed = metric ? metric->subjects : 0;
  const size_t wanted = needed > 0 ? static_cast<size_t>(needed) : 2;
  const Mention& m = ctx.dm->mentions[f.mention];

  if (metric && m.kind == Kind::kRank && !m.anniversary && needed == 2) {
    RankRoles(ctx, v, f, kind, frame, &out);
    if (out.ids.size() == 2) {
      std::sort(out.ids.begin(), out.ids.end());
      bool all_here = true;
      for (const std::string& id : out.ids) {
        bool here = false;
        for (const EntityHit& e : v.entities) here |= e.id == id;
        all_here &= here;
      }
      out.confidence = all_here ? Confidence::kHigh : Confidence::kMedium;
      out.from = all_here ? "ranked entity and ranking in the sentence"
                          : "ranking completed from the document's main pair";
      return out;
    }
  }

  // Nearest entities of the right kind in the sentence. In a list of
  // figures of one kind ("A led with $3bn, ahead of B with $2bn"), an entity
  // written with another figure is that figure's, and one written with this
  // figure is its own.
  const Kind figure_kind = m.kind;
  size_t same_kind = 0;
  for (const FigureRef& g : v.figures) same_kind += ctx.dm->mentions[g.mention].kind == figure_kind;
  const bool list = same_kind >= 2;
  int self = -1;
  for (size_t g = 0; g < v.figures.size(); ++g)
    if (v.figures[g].mention == f.mention) self = static_cast<int>(g);
  std::string own_item;  // the entity written with this figure in a list
  std::vector<std::pair<size_t, const EntityHit*>> ranked;
  for (const EntityHit& e : v.entities) {
    if (!KindFits(*ctx.pack, e.id, kind)) continue;
    size_t dist = e.word >= f.w1 ? e.word - f.w1 : (e.word + e.len <= f.w0 ? f.w0 - e.word : 0);
    if (list && self >= 0) {
      int item = ListItemFigure(ctx, v, e, figure_kind);
      if (item == self) {
        dist = 0;
        if (own_item.empty()) own_item = e.id;
      } else if (item >= 0) {
        dist += 2 * kOtherClause;
      }
    }
    if (ComparedWith(*v.words, v.entities, e))
      dist += kOtherClause;  // "after Arcadia and Borealia"
    if (e.word >= f.w1 && f.w1 > 0 &&
        ClauseBreak(ctx.dm->text.text, (*v.words)[f.w1 - 1].norm.end,
                    (*v.words)[e.word].norm.begin))
      dist += kOtherClause;
    else if (frame && (e.word < frame->clause_begin || e.word >= frame->clause_end))
      dist += kOtherClause / 2;
    ranked.emplace_back(dist, &e);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> ids;
  for (const auto& r : ranked) AddUnique(&ids, r.second->id);
  if (needed > 0 && ids.size() > static_cast<size_t>(needed))
    ids.resize(static_cast<size_t>(needed));
  out.confidence = Confidence::kHigh;
  out.from = "subjects in the sentence";

  bool pair_named = v.pair_phrase && wanted == 2;
  if (ids.size() < wanted && pair_named) {
    // "Two-way trade reached ...": the sentence names the pair itself.
    for (const std::string& id : LocalPair(ctx, v.sentence, kind))
      if (ids.size() < wanted) AddUnique(&ids, id);
    out.from = "\"the two countries\": the pair the passage is about";
  }
  if (ids.size() < wanted) {
    // Earlier sentences, latest first; generic claims look one back at most.
    size_t lookback = metric ? kSubjectLookback : 1;
    for (size_t back = 1; back <= lookback && back <= v.sentence && ids.size() < wanted; ++back) {
      const auto& hits = ctx.cache->Entities(v.sentence - back);
      const auto& words = ctx.cache->Words(v.sentence - back);
      for (auto it = hits.rbegin(); it != hits.rend() && ids.size() < wanted; ++it)
        if (!it->id.empty() && KindFits(*ctx.pack, it->id, kind) && !ComparedWith(words, hits, *it))
          AddUnique(&ids, it->id);
      out.confidence = Confidence::kMedium;
      out.from = "subject from an earlier sentence";
    }
    // Two readings that agree: the passage before names the one missing,
    // and the pair is the one the whole document is about. Read, not guessed.
    std::vector<std::string> sorted = ids, main = ctx.main;
    std::sort(sorted.begin(), sorted.end());
    std::sort(main.begin(), main.end());
    if (ids.size() == wanted && wanted == 2 && sorted == main &&
        out.confidence == Confidence::kMedium) {
      out.confidence = Confidence::kHigh;
      out.from = "subject from an earlier sentence, the document's main pair";
    }
  }
  if (metric && ids.size() < wanted) {
    // Nothing in the text named them: a guess, which may bind but never
    // raises an alarm.
    for (const std::string& id : ctx.main)
      if (ids.size() < wanted && KindFits(*ctx.pack, id, kind)) AddUnique(&ids, id);
    out.confidence = Confidence::kLow;
    out.from = "the document's main pair";
  }
  if (ids.empty()) out.confidence = Confidence::kLow, out.from = "no subject found";

  // Directional metrics: who acts, from the prepositions before each subject.
  if (metric && metric->directional && ids.size() == 2) {
    std::string actor, recipient;
    for (const EntityHit& e : v.entities) {
      if (std::find(ids.begin(), ids.end(), e.id) == ids.end()) continue;
      const std::string& before = Before(*v.words, e);
      // "according to Arcadian data" names a source, not a recipient.
      if (e.word >= 2 && (*v.words)[e.word - 2].folded == "according") continue;
      if (In(kRecipientBefore, before) && recipient.empty())
        recipient = e.id;
      else if ((In(kActorBefore, before) || ActsAfter(*v.words, e)) && actor.empty())
        actor = e.id;
    }
    // In a list, the entity written with the figure acts ("A led with $3bn").
    if (actor.empty() && !own_item.empty() && own_item != recipient) actor = own_item;
    if (actor.empty() && !recipient.empty()) actor = ids[0] == recipient ? ids[1] : ids[0];
    if (actor.empty())
      for (const EntityHit& e : v.entities)
        if (std::find(ids.begin(), ids.end(), e.id) != ids.end()) {
          actor = e.id;  // the subject written first acts
          break;
        }
    out.owner = actor;
  }
  std::sort(ids.begin(), ids.end());
  out.ids = ids;
  return out;
}

namespace {

// An entity named with a statistics word ("Arcadian data", "according to
// Borealia's Foreign Ministry") in these words: whose statistics they are.
std::string ExplicitBasis(const DocContext& ctx, const std::vector<Word>& words,
                          const std::vector<EntityHit>& entities) {
  for (const EntityHit& e : entities) {
    if (e.id.empty() || !KindFits(*ctx.pack, e.id, "country")) continue;
    size_t after = e.word + e.len;
    if (after < words.size() && words[after].folded == "s") ++after;  // "Arcadia's customs"
    bool stats_after = false;
    for (size_t k = after; k < std::min(words.size(), after + 3); ++k)
      stats_after |= In(kStatisticsWords, words[k].folded);
    // "data from Arcadia", "according to Borealia"
    bool stats_before = false;
    for (size_t k = e.word >= 3 ? e.word - 3 : 0; k < e.word; ++k)
      stats_before |= In(kStatisticsWords, words[k].folded) || words[k].folded == "according";
    if (stats_after || stats_before) return e.id;
  }
  return "";
}

// Earlier sentences may say whose figures follow ("According to Arcadian data,
// ... In 2021, ..."); this many are read.
constexpr size_t kBasisLookback = 2;
// A speaker's full title is looked for this many sentences back.
constexpr size_t kSpeakerLookback = 12;
static_assert(kBasisLookback + kSpeakerLookback <= kMaxSentenceLookback);
static_assert(static_cast<size_t>(kSubjectLookback) <= kMaxSentenceLookback);

// The country in the noun phrase of word k: "Arcadian ambassador Jo Doe"
// (a demonym before it, across title words and names), "the magazine of the
// Borealian party" (after "of"). Empty when there is none.
std::string PhraseCountry(const DocContext& ctx, const std::vector<Word>& words,
                          const std::vector<EntityHit>& entities, size_t k) {
  // "Arcadian Trade Counsellor in Borealia Jo Doe": a country after "in"
  // or "to" is where the speaker serves, not whose.
  auto posting = [&](size_t w) {
    return w > 0 && (words[w - 1].folded == "in" || words[w - 1].folded == "to" ||
                     words[w - 1].folded == "at");
  };
  size_t from = k;
  while (from > 0 && k - from < 8 &&
         (words[from - 1].upper || In(kTitleWords, words[from - 1].folded) ||
          (posting(from) && words[from].upper)))
    --from;
  size_t to = k + 1;
  if (to < words.size() && words[to].folded == "of") {
    to += 1;
    while (to < words.size() && to - k < 7 &&
           (words[to].upper || In(kTitleWords, words[to].folded)))
      ++to;
  }
  for (const EntityHit& e : entities)
    if (!e.id.empty() && e.word >= from && e.word + e.len <= to && !posting(e.word) &&
        KindFits(*ctx.pack, e.id, "country"))
      return e.id;
  return "";
}

// Only these put the speaker after them: "said the ambassador".
const char* const kInvertingVerbs[] = {"said", "says", "added"};

// The head word of whoever a sentence quotes: "the ambassador said" and
// "said the ambassador" give "ambassador", "according to Jo Doe" gives "doe".
// Returns its index, or SIZE_MAX. With `framing_only`, only "according to":
// a fronted "According to the magazine, ..." frames the sentences after it,
// while "X said Y" is about Y.
size_t SpeakerHead(const std::vector<Word>& words, bool framing_only) {
  for (size_t k = 0; k < words.size(); ++k) {
    if (!In(kSpeechVerbs, words[k].folded)) continue;
    if (framing_only && words[k].folded != "according") continue;
    if (words[k].folded == "according") {
      if (k + 1 >= words.size() || words[k + 1].folded != "to") continue;
      size_t h = k + 2;
      while (h < words.size() && (words[h].folded == "the" || words[h].folded == "a")) ++h;
      // The last word of a name or title: "according to Jo Doe".
      while (h + 1 < words.size() && words[h].upper && words[h + 1].upper) ++h;
      if (h < words.size() && !In(kPronouns, words[h].folded)) return h;
      continue;
    }
    if (k > 0 && !In(kPronouns, words[k - 1].folded)) return k - 1;
    if (k + 1 < words.size() && In(kInvertingVerbs, words[k].folded)) {
      size_t h = k + 1;
      while (h < words.size() && (words[h].folded == "the" || words[h].folded == "a")) ++h;
      while (h + 1 < words.size() && (words[h + 1].upper || In(kTitleWords, words[h].folded)) &&
             words[h].upper == words[h + 1].upper)
        ++h;
      if (h < words.size() && !In(kPronouns, words[h].folded)) return h;
    }
  }
  return SIZE_MAX;
}

// The country of whoever sentence s quotes: named in the speaker's phrase,
// else in an earlier phrase with the same head word ("the ambassador" after
// "Arcadian ambassador Jo Doe"). Empty when unknown.
std::string SpeakerCountry(const DocContext& ctx, size_t s, bool framing_only) {
  const std::vector<Word>& words = ctx.cache->Words(s);
  size_t head = SpeakerHead(words, framing_only);
  if (head == SIZE_MAX) return "";
  std::string id = PhraseCountry(ctx, words, ctx.cache->Entities(s), head);
  const std::string& name = words[head].folded;
  for (size_t back = 1; id.empty() && back <= kSpeakerLookback && back <= s; ++back) {
    const std::vector<Word>& before = ctx.cache->Words(s - back);
    for (size_t k = 0; k < before.size() && id.empty(); ++k)
      if (before[k].folded == name)
        id = PhraseCountry(ctx, before, ctx.cache->Entities(s - back), k);
  }
  return id;
}

}  // namespace

void ResolveBasis(const DocContext& ctx, const SentenceView& v, Claim* c) {
  // The basis depends on the sentence alone, and a sentence's figures come
  // one after another: it is read once per sentence.
  BasisMemo& memo = *ctx.basis_memo;
  if (memo.sentence != v.sentence) {
    memo.sentence = v.sentence;
    memo.from = "sentence";
    memo.entity = ExplicitBasis(ctx, *v.words, v.entities);
    for (size_t back = 1; memo.entity.empty() && back <= kBasisLookback && back <= v.sentence;
         ++back)
      memo.entity = ExplicitBasis(ctx, ctx.cache->Words(v.sentence - back),
                                  ctx.cache->Entities(v.sentence - back));
    if (memo.entity.empty()) memo.from = "speaker";
    for (size_t back = 0; memo.entity.empty() && back <= kBasisLookback && back <= v.sentence;
         ++back)
      memo.entity = SpeakerCountry(ctx, v.sentence - back, back > 0);
    if (memo.entity.empty()) memo.entity = ctx.outlet_country, memo.from = ctx.outlet_from;
  }
  if (memo.entity.empty()) return;
  c->basis_entity = memo.entity;
  c->basis_from = memo.from;
}

bool IsSpeechVerb(const std::string& folded) { return In(kSpeechVerbs, folded); }

}  // namespace crosscheck::extract
