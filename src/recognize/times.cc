// Times of day and the expressions built around them: clock times ("8am",
// "17:49:19", "half past seven", "noon"), parts of the day ("this evening",
// "tomorrow night"), time ranges ("5 to 6pm", "between 3 and 5"), a day with
// a time ("tomorrow 8:00am", "next Monday 1-3 pm"), ranges of days
// ("January 12, 2016 - 01/22/2016"), and offsets from the publication date
// ("in 2 weeks", "three weeks from tomorrow", "the next five days").
//
// A bare number is a time only where a time word vouches for it: am/pm, a
// colon, "o'clock", a part of the day, or a clock time at the other end of
// its range. "at 10" alone stays a number: news text says "at 10" of rates
// and rankings far more often than of hours.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "recognize/reader_util.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {

size_t Recognizer::Impl::ReadMeridiem(size_t k, int* meridiem) const {
  if (Is(k, "am") || Is(k, "pm")) {
    *meridiem = Is(k, "am") ? 1 : 2;
    return k + 1;
  }
  if (!Is(k, "a") && !Is(k, "p")) return 0;
  *meridiem = Is(k, "a") ? 1 : 2;
  // "a.m.", "p.m", and spaced out as speech transcripts write it: "p m", "p . m .".
  size_t m = IsSym(k + 1, '.') ? k + 2 : k + 1;
  if (Is(m, "m")) return IsSym(m + 1, '.') ? m + 2 : m + 1;
  // "at 9a", "9:00p": a single letter glued to a time that is surely one,
  // nothing glued after it ("Article 9a" is not a time).
  if (Adjacent(k) && !(IsWord(k + 1) && Adjacent(k + 1)) && k >= 2 &&
      (IsSym(k - 2, ':') || Is(k - 2, "at")))
    return k + 1;  // a period after it ends the sentence
  return 0;
}

size_t Recognizer::Impl::ReadHour(size_t i, int* hour) const {
  int digits = 0;
  long v = PlainInt(i, &digits);
  if (v >= 0 && digits <= 2 && v <= 24) {
    *hour = static_cast<int>(v);
    return i + 1;
  }
  const WordInfo* w = Info(i);
  if (w && w->unit >= 1 && w->unit <= 12) {
    *hour = w->unit;
    return i + 1;
  }
  return 0;
}

size_t Recognizer::Impl::ReadClock(size_t i, Clock* c) const {
  *c = Clock();
  int hour = -1, minute = 0, second = 0;
  size_t k = 0;
  bool four_digits = false;
  if (const WordInfo* w = Info(i); w && w->clock >= 0) {
    c->sec = w->clock;
    c->strong = c->meridiem_known = true;
    return i + 1;
  }
  // "half past seven", "quarter to eight", "20 min past eight".
  if (size_t e = ClockPast(i, c)) return e;
  if (IsNum(i)) {
    int digits = 0;
    long v = PlainInt(i, &digits);
    // "8.30pm", "at 6.45": hours and minutes with a dot, where am/pm or "at" says so.
    if (std::string_view raw = Raw(i);
        v < 0 && raw.size() >= 4 && raw.size() <= 5 && raw[raw.size() - 3] == '.') {
      int h = 0;
      for (char ch : raw.substr(0, raw.size() - 3)) h = h * 10 + (ch - '0');
      int mm = (raw[raw.size() - 2] - '0') * 10 + (raw[raw.size() - 1] - '0');
      int mer = 0;
      size_t me = ReadMeridiem(i + 1, &mer);
      // "at 6.45 percent" is a rate: "at" vouches only when nothing follows but a day.
      const WordInfo* next = Info(i + 1);
      bool at =
          i > lookback_floor && Is(i - 1, "at") && !IsSym(i + 1, '%') &&
          (!IsWord(i + 1) || Is(i + 1, "on") ||
           (next && (next->date_word || next->weekday || next->part_of_day != PartOfDay::kNone)));
      if (h > 23 || mm > 59 || (!me && !(at && h <= 12)) || (me && (h < 1 || h > 12))) return 0;
      if (mer == 2 && h < 12) h += 12;
      if (mer == 1 && h == 12) h = 0;
      c->sec = h * kHour + mm * 60;
      c->granularity = Granularity::kMinute;
      c->strong = true;
      c->meridiem_known = me != 0;
      c->hour12 = !me && h >= 1 && h <= 12;
      return me ? me : i + 1;
    }
    if (v < 0) return 0;
    if (digits <= 2 && v <= 24) {
      hour = static_cast<int>(v);
      k = i + 1;
      if (IsSym(k, ':') && Adjacent(k) && IsNum(k + 1) && Adjacent(k + 1) &&
          Raw(k + 1).size() == 2) {
        long mm = PlainInt(k + 1);
        if (mm < 0 || mm > 59) return 0;
        minute = static_cast<int>(mm);
        c->granularity = Granularity::kMinute;
        c->strong = true;
        k += 2;
        if (IsSym(k, ':') && Adjacent(k) && IsNum(k + 1) && Adjacent(k + 1) &&
            Raw(k + 1).size() == 2 && PlainInt(k + 1) <= 59) {
          second = static_cast<int>(PlainInt(k + 1));
          c->granularity = Granularity::kSecond;
          k += 2;
        }
      }
    } else if (digits == 3 || digits == 4) {  // "1140 a.m.": only with am/pm
      hour = static_cast<int>(v / 100), minute = static_cast<int>(v % 100);
      if (hour > 12 || minute > 59) return 0;
      c->granularity = Granularity::kMinute;
      four_digits = true;
      k = i + 1;
    } else {
      return 0;
    }
  } else if (const WordInfo* w = Info(i); w && w->unit >= 1 && w->unit <= 12) {
    hour = w->unit;
    k = i + 1;
    // Minutes in words: "five thirty", "two forty five", "six forty-three", "five-thirty".
    size_t j = IsSym(k, '-') && Adjacent(k) ? k + 1 : k;
    if (const WordInfo* t = Info(j);
        t && ((t->tens >= 20 && t->tens <= 50) || (t->unit >= 10 && t->unit <= 19))) {
      minute = t->tens >= 20 ? t->tens : t->unit;
      k = j + 1;
      size_t u = IsSym(k, '-') && Adjacent(k) ? k + 1 : k;
      if (const WordInfo* o = Info(u); t->tens >= 20 && o && o->unit >= 1 && o->unit <= 9)
        minute += o->unit, k = u + 1;
      if (Is(k, "minutes")) ++k;
      c->granularity = Granularity::kMinute;
    }
  } else {
    return 0;
  }
  int meridiem = 0;
  if (size_t me = ReadMeridiem(k, &meridiem)) {
    if (hour < 1 || hour > 12) return 0;
    if (meridiem == 2 && hour < 12) hour += 12;
    if (meridiem == 1 && hour == 12) hour = 0;
    c->strong = c->meridiem_known = true;
    k = me;
  } else if (four_digits) {
    return 0;
  } else if (Is(k, "oclock")) {
    c->strong = true;
    ++k;
  } else if (Is(k, "o") && IsSym(k + 1, '\'') && Is(k + 2, "clock")) {
    c->strong = true;
    k += 3;
  } else if (hour == 12 && Is(k, "noon")) {
    c->strong = c->meridiem_known = true;
    ++k;
  } else if (Is(k, "ish") && Adjacent(k)) {  // "11ish"
    c->strong = true;
    ++k;
  }
  if (hour == 24) hour = 0;
  c->sec = hour * kHour + minute * 60 + second;
  c->hour12 = !c->meridiem_known && hour >= 1 && hour <= 12;
  return k;
}

size_t Recognizer::Impl::ReadTimes(size_t i, bool between, TimeSpan* t) const {
  Clock a;
  size_t e = ReadClock(i, &a);
  if (!e) return 0;
  *t = TimeSpan();
  t->low = t->high = a.sec;
  t->granularity = a.granularity;
  t->strong = a.strong;
  size_t k = e;
  bool connector = IsSym(k, '-') || Is(k, "to") || Is(k, "until") || Is(k, "till") ||
                   Is(k, "through") || (between && Is(k, "and"));
  Clock b;
  if (connector) {
    size_t e2 = ReadClock(k + 1, &b);
    // Two bare hours make a time range when a part of the day or a day
    // follows: "5 to seven in the morning", "between 3 and 8 yesterday".
    if (e2 && !a.strong && !b.strong && a.hour12 && b.hour12 && PartOrDayAt(e2)) a.strong = true;
    if (e2 && (a.strong || b.strong)) {
      // "5 to 6pm": the am/pm of the end carries to the start when the
      // start read that way comes before the end ("11-4" is 11:00-16:00).
      int32_t lo = a.sec, hi = b.sec;
      if (b.meridiem_known && a.hour12) {
        int32_t shifted = lo % (12 * kHour) + (hi >= 12 * kHour ? 12 * kHour : 0);
        if (shifted <= hi) lo = shifted;
      }
      // "9am-3" and "8-2" end in the afternoon; the end stays inside the day.
      bool later_half = hi < lo && hi + 12 * kHour > lo && hi + 12 * kHour < 24 * kHour;
      if (later_half && (a.meridiem_known ? b.hour12 : !b.meridiem_known)) hi += 12 * kHour;
      t->low = lo, t->high = hi;
      t->range = t->strong = true;
      t->hour12 = !a.meridiem_known && !b.meridiem_known;
      k = e2;
    } else if (!a.strong) {
      return 0;
    }
  } else {
    t->hour12 = a.hour12;
  }
  // A part of the day after the time sets am/pm: "7 in the evening". One
  // that names the day too ("10, tonight", "8am this morning") is left for
  // the caller to read as the day; it still vouches for a bare hour.
  size_t p = IsSym(k, ',') ? k + 1 : k;
  const WordInfo* pw = Info(p + 2);
  if (Is(p, "in") && Is(p + 1, "the") && pw && pw->part_of_day != PartOfDay::kNone &&
      pw->part_of_day != PartOfDay::kTonight) {
    if (t->hour12) {
      t->low = IntoPart(t->low, pw->part_of_day);
      t->high = IntoPart(t->high, pw->part_of_day);
    }
    t->strong = true;
    k = p + 3;
  } else if ((Info(p) && Info(p)->part_of_day == PartOfDay::kTonight) ||
             ((Is(p, "this") || Is(p, "tomorrow") || Is(p, "yesterday") || Is(p, "last")) &&
              Info(p + 1) && Info(p + 1)->part_of_day != PartOfDay::kNone)) {
    t->strong = true;
  }
  return t->strong ? k : 0;
}

bool Recognizer::Impl::PartOrDayAt(size_t k) const {
  if (IsSym(k, ',')) ++k;
  if (Is(k, "in") && Is(k + 1, "the")) k += 2;
  const WordInfo* w = Info(k);
  if (!w) return false;
  return w->part_of_day != PartOfDay::kNone || w->weekday || Is(k, "today") || Is(k, "tomorrow") ||
         Is(k, "yesterday") || Is(k, "tmrw") ||
         ((Is(k, "next") || Is(k, "this") || Is(k, "last")) && Info(k + 1) &&
          (Info(k + 1)->weekday || Info(k + 1)->part_of_day != PartOfDay::kNone));
}

size_t Recognizer::Impl::WeekdayTimes(size_t i, TimeSpan* t) const {
  int a = 0, b = 0;
  size_t e = ReadHour(i, &a);
  if (!e || !IsNum(i) || !(IsSym(e, '-') || Is(e, "to"))) return 0;
  size_t e2 = ReadHour(e + 1, &b);
  if (!e2 || !IsNum(e + 1) || a < 1 || a > 12 || b < 1 || b > 12 || IsSym(e2, '-')) return 0;
  int hi = b;
  if (b <= a) {
    if (a < 7 || b == 12) return 0;  // "Sunday 3-1" is a score, not 3:00 to 13:00
    hi = b + 12;
  }
  *t = TimeSpan();
  t->low = a * kHour, t->high = hi * kHour;
  t->range = t->strong = t->hour12 = true;
  return e2;
}

size_t Recognizer::Impl::ReadDayRef(size_t i, Mention* d, PartOfDay* part, size_t* date_end,
                                    int* half) const {
  *part = PartOfDay::kNone;
  if (date_end) *date_end = 0;
  if (half) *half = -1;
  const WordInfo* w = Info(i);
  // "tonight", "this evening", "last night".
  if (w && w->part_of_day == PartOfDay::kTonight) {
    *part = PartOfDay::kNight;
    SetRelativeDay(0, d);
    d->norm = SpanOf(i, i + 1);
    return i + 1;
  }
  if ((Is(i, "this") || Is(i, "last")) && Info(i + 1) &&
      Info(i + 1)->part_of_day != PartOfDay::kNone &&
      Info(i + 1)->part_of_day != PartOfDay::kTonight) {
    *part = Info(i + 1)->part_of_day;
    // "last night" is the night before; "last morning" is not said.
    if (Is(i, "last") && *part != PartOfDay::kNight) return 0;
    SetRelativeDay(Is(i, "last") ? -1 : 0, d);
    d->norm = SpanOf(i, i + 2);
    return i + 2;
  }
  size_t e = TryDate(i, d);
  if (date_end) *date_end = e;
  if (!e || d->kind != Kind::kDate || d->range) return 0;
  bool one_day = d->date.granularity == Granularity::kDay &&
                 (d->date.has_low ? d->date.low == d->date.high
                                  : d->weekday != 0 || !d->date.unresolved.empty());
  if (!one_day) return 0;
  // "Monday afternoon", "tomorrow night", "next Monday morning", "Sunday early morning".
  if (half && Info(e) && Info(e)->half >= 0 && Info(e + 1) &&
      Info(e + 1)->part_of_day != PartOfDay::kNone &&
      Info(e + 1)->part_of_day != PartOfDay::kTonight) {
    *half = Info(e)->half;
    ++e;
  }
  if (const WordInfo* p = Info(e);
      p && p->part_of_day != PartOfDay::kNone && p->part_of_day != PartOfDay::kTonight) {
    *part = p->part_of_day;
    ++e;
  } else if (Is(e, "in") && Is(e + 1, "the") && Info(e + 2) &&
             Info(e + 2)->part_of_day != PartOfDay::kNone &&
             Info(e + 2)->part_of_day != PartOfDay::kTonight) {
    *part = Info(e + 2)->part_of_day;
    e += 3;
  }
  return e;
}

void Recognizer::Impl::SetRelativeDay(int offset, Mention* m) const {
  m->kind = Kind::kDate;
  m->relative = offset;
  m->date.granularity = Granularity::kDay;
  if (opts.anchor) {
    m->date.low = m->date.high = *opts.anchor + offset;
    m->date.has_low = m->date.has_high = true;
  } else {
    m->date.unresolved = offset == 0 ? "PRESENT_REF" : offset < 0 ? "PAST_REF" : "FUTURE_REF";
  }
}

// "last 3 days", "previous eleven quarters", "5 upcoming years", "2 next
// days": a run of whole units just before or after the publication date.
// "the last five years" is left to the duration reader: news means a span.
size_t Recognizer::Impl::ClockDurationAt(size_t k, int32_t* secs) const {
  Numeral num;
  size_t u = 0;
  if (Is(k, "an") || Is(k, "a")) {
    num.value = 1, u = k + 1;
  } else if (ParseNumeral(k, &num) && !num.negative && num.value > 0) {
    u = num.te;
  } else {
    return 0;
  }
  const WordInfo* w = Info(u);
  if (!w || w->time_unit < TimeUnit::kSecond || w->time_unit > TimeUnit::kHour) return 0;
  Mention d;
  d.value = Interval::Exact(num.value * TimeUnitReportFactor(w->time_unit));
  size_t e = DurationTail(u + 1, w->time_unit, &d);
  double total = d.value.point * TimeUnitSeconds(w->time_unit);
  if (total <= 0 || total >= 24 * kHour) return 0;
  *secs = static_cast<int32_t>(std::lround(total));
  return e;
}

// "half past seven", "quarter to eight", "20 min past eight", "10 past 9":
// minutes before or after an hour. The token after it, or 0.
size_t Recognizer::Impl::ClockPast(size_t i, Clock* c) const {
  int past_minutes = -1;
  size_t p = 0;
  if (Is(i, "half") || Is(i, "quarter")) {
    past_minutes = Is(i, "half") ? 30 : 15;
    p = i + 1;
  } else if (long v = PlainInt(i); v > 0 && v < 60) {
    const WordInfo* u = Info(i + 1);
    if (u && u->time_unit == TimeUnit::kMinute)
      past_minutes = static_cast<int>(v), p = i + 2;
    else if (Is(i + 1, "past"))  // "10 past 9"; "10 to 9" could be a count
      past_minutes = static_cast<int>(v), p = i + 1;
  } else if (const WordInfo* w = Info(i); w && (w->unit > 0 || w->tens > 0)) {
    Numeral num;
    if (ParseSpelled(i, &num) && num.value < 60) {
      const WordInfo* u = Info(num.te);
      if (u && u->time_unit == TimeUnit::kMinute)
        past_minutes = static_cast<int>(num.value), p = num.te + 1;
      else if (Is(num.te, "past"))
        past_minutes = static_cast<int>(num.value), p = num.te;
    }
  }
  if (past_minutes >= 0 && (Is(p, "past") || Is(p, "to") || Is(p, "after"))) {
    int h = 0;
    if (size_t e = ReadHour(p + 1, &h); e && h >= 1 && h <= 12) {
      int32_t on_hour = h * kHour;
      c->sec = Is(p, "to") ? on_hour - past_minutes * 60 : on_hour + past_minutes * 60;
      c->granularity = Granularity::kMinute;
      c->strong = true;
      size_t k = e;
      if (Is(k, "oclock"))
        ++k;
      else if (Is(k, "o") && IsSym(k + 1, '\'') && Is(k + 2, "clock"))
        k += 3;
      if (int mer = 0; size_t me = ReadMeridiem(k, &mer)) {
        if (mer == 2 && c->sec < 12 * kHour) c->sec += 12 * kHour;
        c->meridiem_known = true;
        k = me;
      }
      c->hour12 = !c->meridiem_known;
      return k;
    }
  }
  return 0;
}

}  // namespace crosscheck
