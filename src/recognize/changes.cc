// Changes: the direction a figure states. "slumped 4%", "fell by 4%", "down
// 5% on the year", "a shortfall of $3 billion", "a 5% drop", "-$2bn". The
// value keeps the magnitude as written and Mention::change carries the
// direction, so that a rise and a fall of the same size never compare equal.
// The words are the lexicon's `change` table. A figure after "to" or "from"
// is the level reached or left ("rose 5% to $2 billion"), not a change.
#include "recognize/reader_util.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {
bool Recognizer::Impl::AfterMotion(size_t k) const {
  return IsWord(k) &&
         (lex->ChangeOf(Low(k)) != Change::kNone || lex->IsCue(CueList::kMotion, Low(k)));
}

void Recognizer::Impl::AttachChange(size_t first, size_t floor, size_t next, Mention* m) const {
  if (m->kind != Kind::kMoney && m->kind != Kind::kPercent && m->kind != Kind::kNumber) return;
  // "cut three times since January" counts occasions, not the size of a cut.
  if (m->range || Is(next, "times")) return;
  // The word before the figure, or before its hedge ("slumped nearly 4%").
  size_t b = first;
  if (!m->qualifier.empty()) {
    // "fell below 2%" names the level reached.
    std::string_view hedge =
        std::string_view(lower).substr(m->qualifier.begin - base, m->qualifier.size());
    if (lex->IsCue(CueList::kLevelHedge, hedge)) return;
    while (b > floor && toks[b].begin > m->qualifier.begin) --b;
  }
  Change c = Change::kNone;
  size_t p = b;
  while (p > floor + 1 && IsWord(p - 1) && lex->IsCue(CueList::kChangeFiller, Low(p - 1))) --p;
  if (p > floor && IsWord(p - 1)) {
    c = lex->ChangeOf(Low(p - 1));
    // "a drop of 5%", "a shortfall of $3 billion": a noun, then "of".
    if (c == Change::kNone && Is(p - 1, "of") && p - 1 > floor && IsWord(p - 2))
      c = lex->ChangeOf(Low(p - 2));
  }
  // After the figure: "a 5% drop", "a $2bn shortfall", "5% growth".
  if (c == Change::kNone && IsWord(next)) c = lex->ChangeOf(Low(next));
  // "-$2bn": a minus before a currency symbol is a fall of that amount.
  // Numbers and percentages keep their sign in the value ("growth of
  // -0.5%" is a change of -0.5), which the comparison multiplies by the
  // direction.
  if (m->kind == Kind::kMoney && b > floor && IsSym(b - 1, '-') && Adjacent(b) &&
      !(b > floor + 1 && (IsNum(b - 2) || IsWord(b - 2)) && Adjacent(b - 1))) {
    c = Change::kDecrease;
    m->norm.begin = toks[b - 1].begin;
  }
  m->change = c;
}

}  // namespace crosscheck
