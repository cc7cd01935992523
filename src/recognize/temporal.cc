// Dates and times composed: a day with a time ("tomorrow 8am", "next Monday
// 1-3 pm"), parts of the day ("this evening"), time ranges and ranges of days
// ("January 12, 2016 - 01/22/2016"). The driver tries TryTemporal first.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "recognize/reader_util.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {

size_t Recognizer::Impl::TryTemporal(size_t i, Mention* m) const {
  size_t e = TryTemporalCore(i, m);
  if (!e || m->kind != Kind::kDate || m->hedge != Hedge::kNone) return e;
  // "2018 or later", "1/1/2016 and after", "from 2025 onwards": open at the end.
  size_t q = e;
  // ... but "and after 6PM" bounds what follows it.
  if ((Is(q, "or") || Is(q, "and")) && ((Is(q + 1, "later") && !Is(q + 2, "than")) ||
                                        (Is(q + 1, "after") && !IsNum(q + 2) && !Info(q + 2))))
    q += 2;
  else if (Is(q, "onwards") || Is(q, "onward"))
    q += 1;
  if (q == e) return e;
  m->hedge = Hedge::kSince;
  m->qualifier = SpanOf(e, q);
  m->qualifier_text = std::string(m->qualifier.In(text));
  return q;
}

size_t Recognizer::Impl::TryTemporalCore(size_t i, Mention* m) const {
  // Fast path: a word outside the lexicon reaches here as an article or a
  // currency code. Only "the" starts a date ("the end of 1989", "the 18th")
  // and only "a"/"an" an offset ("an hour from now").
  if (IsWord(i) && !Info(i)) {
    // "the" is the commonest word: only a number or a lexicon word after it
    // ("the 18th", "the end of", "the fourth of July") can make a date.
    if (Is(i, "the")) {
      // "the last quarter": the quarter before this one (the rest of "the last
      // ..." is a span of time, left to the duration reader).
      if (Is(i + 2, "quarter") && Info(i + 1) && Info(i + 1)->date_word)
        if (size_t e = TryRelativeWord(i + 1, m)) return e;
      return (IsNum(i + 1) || Info(i + 1)) ? TryDate(i, m) : 0;
    }
    if (Is(i, "a") || Is(i, "an")) return TryOffset(i, m);
    return 0;
  }
  // Holidays: "Christmas", "on easter 2018", "before Thanksgiving".
  if (const WordInfo* w = Info(i); w && w->holiday_start) {
    bool cued =
        i > lookback_floor &&
        (Is(i - 1, "on") || Is(i - 1, "before") || Is(i - 1, "after") || Is(i - 1, "since") ||
         Is(i - 1, "until") || Is(i - 1, "by") || Is(i - 1, "during"));
    if (size_t e = TryHoliday(i, 0, cued, m)) return e;
    if (w->holiday_only) return 0;
  }
  const bool between = i > lookback_floor && Is(i - 1, "between");
  const bool from = i > lookback_floor && Is(i - 1, "from");
  // Most sentences with figures name no time of day: for them only offsets
  // and the date forms apply.
  if (size_t e = TryUnitRun(i, m)) return e;
  if (!clock_cues) {
    if (size_t e = TryOffset(i, m)) return e;
    size_t e = TryDate(i, m);
    return e ? DateRangeTail(i, e, between, from, m) : 0;
  }
  if (size_t e = TryOffset(i, m)) return e;

  if (size_t e = PartOfDayAt(i, m)) return e == kNoDate ? 0 : e;
  if (size_t e = TimeFirst(i, between, from, m)) return e;
  if (size_t e = DurationThenStart(i, m)) return e;
  return DayThenTime(i, between, from, m);
}

// A part of the day: "early morning", "late this afternoon", "in the
// evening at 7". 0 when there is none; kNoDate for a part without "in the".
size_t Recognizer::Impl::PartOfDayAt(size_t i, Mention* m) const {
  // "early morning", "late this afternoon", "later in the evening": half of a
  // part of the day; with "this", today's.
  if (int h = Info(i) ? Info(i)->half : -1; h >= 0) {
    size_t k = i + 1;
    bool today = false;
    if (Is(k, "in") && Is(k + 1, "the"))
      k += 2;
    else if (Is(k, "this"))
      ++k, today = true;
    if (const WordInfo* w = Info(k);
        w && w->part_of_day != PartOfDay::kNone && w->part_of_day != PartOfDay::kTonight) {
      m->kind = Kind::kDate;
      if (today)
        SetRelativeDay(0, m);
      else
        m->date.unresolved = "T";
      SetPart(w->part_of_day, m, h);
      m->norm = SpanOf(i, k + 1);
      return k + 1;
    }
  }
  // A part of the day on its own: "in the morning", "this evening", "tonight".
  if (const WordInfo* w = Info(i);
      w && w->part_of_day != PartOfDay::kNone && w->part_of_day != PartOfDay::kTonight) {
    if (!(i >= lookback_floor + 2 && Is(i - 2, "in") && Is(i - 1, "the"))) return kNoDate;
    PartOfDay part = w->part_of_day;
    m->kind = Kind::kDate;
    m->date.unresolved = "T";
    SetPart(part, m);
    size_t e = i + 1;
    // "in the morning at 7", "in the afternoon 9 oclock".
    size_t k = Is(e, "at") ? e + 1 : e;
    Clock c;
    if (size_t ce = ReadClock(k, &c); ce && (c.strong || k > e)) {
      m->date.time_low = m->date.time_high = c.hour12 ? IntoPart(c.sec, part) : c.sec;
      m->date.granularity = c.granularity;
      e = ce;
    }
    m->norm = Span{toks[i - 2].begin, toks[e - 1].end};
    return e;
  }

  return 0;
}

// Time first: "8am", "5 to 6pm", "3:00 to 4:00 tomorrow", "10, tonight",
// "from 9 for 2.5 hrs".
size_t Recognizer::Impl::TimeFirst(size_t i, bool between, bool from, Mention* m) const {
  TimeSpan t;
  size_t time_end = ReadTimes(i, between, &t);
  // "from 9 for 2.5 hrs": a start and how long, even for a bare hour.
  if (!time_end && from) {
    Clock c;
    if (size_t ce = ReadClock(i, &c); ce && Is(ce, "for")) {
      t = TimeSpan();
      t.low = t.high = c.sec;
      t.granularity = c.granularity;
      time_end = ce;
    }
  }
  if (time_end && !t.range && Is(time_end, "for")) {
    if (int32_t secs = 0; size_t de = ClockDurationAt(time_end + 1, &secs)) {
      if (t.low + secs < 24 * kHour) {
        t.high = t.low + secs;
        t.range = true;
        if (t.granularity > Granularity::kMinute) t.granularity = Granularity::kMinute;
        time_end = de;
      }
    }
  }
  if (size_t e = time_end) {
    size_t k = e;
    if (IsSym(k, ',') || Is(k, "on") || Is(k, "of") || IsSym(k, '@')) ++k;
    Mention day;
    PartOfDay part = PartOfDay::kNone;
    if (size_t de = ReadDayRef(k, &day, &part)) {
      *m = day;
      if (part != PartOfDay::kNone && t.hour12) {
        t.low = IntoPart(t.low, part);
        t.high = IntoPart(t.high, part);
      }
      SetTimes(t, m);
      m->norm.begin = toks[i].begin;
      m->norm.end = toks[de - 1].end;
      e = de;
    } else {
      m->kind = Kind::kDate;
      SetTimes(t, m);
      m->date.unresolved = "T" + FormatClock(t.low);
      m->norm = SpanOf(i, e);
    }
    m->range = t.range;
    if (t.range && (between || from)) m->norm.begin = toks[i - 1].begin;
    return e;
  }
  return 0;
}

// "for 2 hours from 2pm": how long, then the start.
size_t Recognizer::Impl::DurationThenStart(size_t i, Mention* m) const {
  if (i > lookback_floor && Is(i - 1, "for")) {
    int32_t secs = 0;
    size_t de = ClockDurationAt(i, &secs);
    Clock c;
    size_t ce = de && Is(de, "from") ? ReadClock(de + 1, &c) : 0;
    if (ce && c.sec + secs < 24 * kHour) {
      m->kind = Kind::kDate;
      m->date.time_low = c.sec;
      m->date.time_high = c.sec + secs;
      m->date.granularity = Granularity::kMinute;
      m->date.unresolved = "T" + FormatClock(c.sec);
      m->range = true;
      m->norm = SpanOf(i - 1, ce);
      return ce;
    }
  }

  return 0;
}

size_t Recognizer::Impl::DayThenTime(size_t i, bool between, bool from, Mention* m) const {
  // Day first, then a part of the day or a time: "tomorrow night",
  // "next Monday 1-3 pm", "October 14 for 8:00:31am".
  PartOfDay part = PartOfDay::kNone;
  Mention day;
  size_t date_end = 0;  // where TryDate ended, whether or not it read one day
  int half = -1;
  if (size_t de = ReadDayRef(i, &day, &part, &date_end, &half)) {
    size_t k = de;
    // "tomorrow before 5pm", "1/1/2015 after 2:00".
    Hedge bound = IsWord(k) ? lex->DateBound(Low(k)) : Hedge::kNone;
    size_t bound_at = k;
    if (bound != Hedge::kNone || (IsSym(k, ',') || Is(k, "at") || IsSym(k, '@') || Is(k, "for") ||
                                  Is(k, "from") || Is(k, "around")))
      ++k;
    bool bt = Is(k, "between");
    if (bt) ++k;
    TimeSpan ts;
    size_t te = ReadTimes(k, bt, &ts);
    if (!te && day.weekday && !day.date.has_time()) te = WeekdayTimes(k, &ts);
    // "friday 23 at 4", "tonight around 3": after a day, "at" vouches for a bare hour.
    if (!te && k > de && (Is(k - 1, "at") || Is(k - 1, "around"))) {
      Clock c;
      if (size_t ce = ReadClock(k, &c); ce && (c.strong || c.hour12) && !Info(ce)) {
        ts.low = ts.high = c.sec;
        ts.granularity = c.granularity;
        ts.hour12 = c.hour12;
        te = ce;
      }
    }
    if (bound != Hedge::kNone && (!te || ts.range)) return 0;
    if (te || part != PartOfDay::kNone) {
      *m = day;
      if (bound != Hedge::kNone) {
        m->hedge = bound;
        m->qualifier = SpanOf(bound_at, bound_at + 1);
        m->qualifier_text = std::string(m->qualifier.In(text));
      }
      if (te) {
        if (part != PartOfDay::kNone && ts.hour12) {
          ts.low = IntoPart(ts.low, part);
          ts.high = IntoPart(ts.high, part);
        }
        SetTimes(ts, m);
        de = te;
      } else {
        SetPart(part, m, half);
      }
      m->norm.end = toks[de - 1].end;
      return de;
    }
  }
  if (!date_end) return 0;
  *m = std::move(day);
  return DateRangeTail(i, date_end, between, from, m);
}

size_t Recognizer::Impl::DateRangeTail(size_t i, size_t e, bool between, bool from,
                                       Mention* m) const {
  // Day ranges written as two dates: "January 12, 2016 - 01/22/2016".
  if (m->kind == Kind::kDate && m->date.has_low && !m->range) {
    size_t k = e;
    if (IsSym(k, '-') || Is(k, "to") || Is(k, "until") || Is(k, "till") || Is(k, "through") ||
        (between && Is(k, "and"))) {
      Mention end;
      size_t e2 = TryDate(k + 1, &end);
      // "between Jan 22 and now", "from March to date": up to the publication date.
      if (!e2 && opts.anchor && (Is(k + 1, "now") || (Is(k, "to") && Is(k + 1, "date")))) {
        SetRelativeDay(0, &end);
        end.norm = SpanOf(k + 1, k + 2);
        e2 = k + 2;
      }
      // "from next Monday to Friday": a weekday alone ends the range in the
      // first such day after its start.
      if (e2 && end.date.inferred && end.weekday && m->date.granularity == Granularity::kDay) {
        int diff = end.weekday - IsoWeekday(m->date.high);
        end.date.low = end.date.high = m->date.high + (diff < 0 ? diff + 7 : diff);
        end.date.inferred = false;
      }
      // "26 June to 28 June in 2020", "from April to June in 2017": a year
      // written only at the end holds for the start too.
      // (Not when the start is relative: "from this May to Oct 2020".)
      auto has_year = [&](size_t from_tok, size_t to_tok) {
        int y = 0;
        for (size_t t = from_tok; t < to_tok; ++t)
          if (YearAt(t, &y) || (Info(t) && Info(t)->date_word)) return true;
        return false;
      };
      if (e2 && end.kind == Kind::kDate && end.date.has_high && m->date.has_low &&
          m->date.granularity <= Granularity::kMonth && !has_year(i, e) && has_year(k + 1, e2)) {
        CivilDate lo = CivilFromDays(m->date.low);
        int y = CivilFromDays(end.date.high).year;
        if (lo.month > CivilFromDays(end.date.low).month) --y;
        int span = static_cast<int>(m->date.high - m->date.low);
        if (IsValidDate(y, lo.month, lo.day)) {
          m->date.low = DaysFromCivil(y, lo.month, lo.day);
          m->date.high = m->date.low + span;
        }
      }
      if (e2 && end.kind == Kind::kDate && end.date.has_high && end.date.high >= m->date.low &&
          !end.date.has_time() && !end.date.inferred) {
        m->date.high = end.date.high;
        m->date.granularity = std::min(m->date.granularity, end.date.granularity);
        m->range = true;
        m->norm.end = end.norm.end;
        e = e2;
      }
    }
  }
  if (m->range && (between || from)) m->norm.begin = toks[i - 1].begin;
  return e;
}

}  // namespace crosscheck
