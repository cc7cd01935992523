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

#include "recognize/recognizer_impl.h"

namespace crosscheck {
namespace {

constexpr int32_t kHour = 3600;
constexpr int32_t kEndOfDay = 24 * kHour - 1;

// Every part is four hours; night runs to the day's last second.
int32_t PartStart(PartOfDay p) {
  switch (p) {
    case PartOfDay::kMorning:
      return 8 * kHour;
    case PartOfDay::kAfternoon:
      return 12 * kHour;
    case PartOfDay::kEvening:
      return 16 * kHour;
    default:
      return 20 * kHour;
  }
}

int32_t PartEnd(PartOfDay p) { return std::min(PartStart(p) + 4 * kHour, kEndOfDay); }

// Seconds counted from day 0, split into the day and the time of day.
void SplitMoment(int64_t t, Day* day, int32_t* sec) {
  int64_t d = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
  *day = static_cast<Day>(d);
  *sec = static_cast<int32_t>(t - d * 86400);
}

// "early", "late", "later" before a part of the day: which half, or -1.
int HalfWord(std::string_view w) {
  return w == "early" ? 0 : (w == "late" || w == "later") ? 1 : -1;
}

bool Later(PartOfDay p) {
  return p == PartOfDay::kAfternoon || p == PartOfDay::kEvening || p == PartOfDay::kNight ||
         p == PartOfDay::kTonight;
}

// A 12-hour reading moved into the part of the day that was named:
// "7 in the evening" is 19:00, "10, tonight" is 22:00.
int32_t IntoPart(int32_t sec, PartOfDay p) {
  // At night the small hours stay small: "tonight around 3" is 03:00.
  bool night = p == PartOfDay::kNight || p == PartOfDay::kTonight;
  if (night && sec < 6 * kHour) return sec;
  return Later(p) && sec < 12 * kHour ? sec + 12 * kHour : sec;
}

}  // namespace

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
  {
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
        k = e;
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
  }
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
  if (half && HalfWord(Low(e)) >= 0 && Info(e + 1) &&
      Info(e + 1)->part_of_day != PartOfDay::kNone &&
      Info(e + 1)->part_of_day != PartOfDay::kTonight) {
    *half = HalfWord(Low(e));
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

namespace {

// Puts a time span on the day(s) of a date mention.
void SetTimes(const TimeSpan& t, Mention* m) {
  m->date.time_low = t.low;
  m->date.time_high = t.high;
  m->date.granularity = t.granularity;
}

// half: -1 the whole part, 0 its first two hours ("early morning"), 1 its
// last two ("late afternoon", "later in the evening"). Every part is four hours.
void SetPart(PartOfDay part, Mention* m, int half = -1) {
  m->date.time_low = PartStart(part);
  m->date.time_high = PartEnd(part);
  if (half == 0) m->date.time_high = PartStart(part) + 2 * kHour;
  if (half == 1) m->date.time_low = PartStart(part) + 2 * kHour;
  m->date.granularity = Granularity::kHour;
}

}  // namespace

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

size_t Recognizer::Impl::TryUnitRun(size_t i, Mention* m) const {
  if (!relative_cues || !unit_cues) return 0;
  auto direction = [&](size_t t) {
    return (Is(t, "last") || Is(t, "past") || Is(t, "previous"))                           ? -1
           : (Is(t, "next") || Is(t, "coming") || Is(t, "upcoming") || Is(t, "following")) ? 1
                                                                                           : 0;
  };
  int dir = 0;
  size_t num_at = i, unit_at = 0;
  Numeral num;
  if (IsWord(i)) {
    if (!Info(i) || !Info(i)->date_word) return 0;
    dir = direction(i);
    if (dir == 0) return 0;
    num_at = i + 1;
    const WordInfo* count = Info(num_at);
    if (count && count->time_unit >= TimeUnit::kSecond && count->time_unit <= TimeUnit::kHour &&
        Raw(num_at).back() != 's') {
      num.value = 1, num.te = num_at;  // "next hour", "last minute"
    } else if (Is(num_at + 1, "quarters") && (PlainInt(num_at) > 0 || (count && count->unit > 0))) {
      // "past two quarters" counts quarters of a year, not the fraction 2/4.
      num.value = PlainInt(num_at) > 0 ? static_cast<double>(PlainInt(num_at)) : count->unit;
      num.te = num_at + 1;
    } else if (!ParseNumeral(num_at, &num)) {
      return 0;
    }
    unit_at = num.te;
    // Forward runs of calendar days after "next" / "coming" are TryOffset's
    // ("next five days"), and "the last five years" is a span of time; business
    // days and hours are read here even after "the".
    bool business = Is(unit_at, "business") || Is(unit_at, "working");
    const WordInfo* u0 = Info(unit_at);
    bool sub_day = u0 && u0->time_unit >= TimeUnit::kSecond && u0->time_unit <= TimeUnit::kHour;
    // Quarters run on calendar lines even after "the": "the last 2 quarters"
    // are the two reported before this one.
    bool quarters = u0 && u0->time_unit == TimeUnit::kQuarter;
    if (!business && !sub_day && !quarters &&
        (Is(i, "next") || Is(i, "coming") || (i > lookback_floor && Is(i - 1, "the"))))
      return 0;
  } else {
    bool cue = false;  // cheap rejection before parsing the number
    for (size_t t = i + 1; t < i + 6 && t < n() && !cue; ++t) cue = Info(t) && Info(t)->date_word;
    if (!cue || !ParseNumeral(i, &num)) return 0;
    dir = direction(num.te);
    if (dir == 0) return 0;
    unit_at = num.te + 1;
  }
  // "4 business days", "3 working days": weekdays only.
  bool business = (Is(unit_at, "business") || Is(unit_at, "working")) && Is(unit_at + 1, "days");
  if (business) ++unit_at;
  const WordInfo* u = Info(unit_at);
  if (!u || u->time_unit < TimeUnit::kSecond || u->time_unit >= TimeUnit::kDecade || num.fraction ||
      num.negative || num.value < 1 || !opts.anchor ||
      (Raw(unit_at).back() != 's' && num.value != 1) ||
      Is(unit_at + 1, "of"))  // "last 3 weeks of this year": part of a period
    return 0;
  Day a = *opts.anchor, far = 0;
  m->kind = Kind::kDate;
  m->relative = dir;
  m->range = true;
  m->norm = SpanOf(i, unit_at + 1);
  m->date.has_low = m->date.has_high = true;
  if (u->time_unit < TimeUnit::kDay) {
    // "5 past minutes", "next 2 hours": from or up to the moment of publication.
    if (!opts.anchor_time) return 0;
    int64_t now = static_cast<int64_t>(a) * 86400 + *opts.anchor_time;
    int64_t other = now + dir * std::llround(num.value * TimeUnitSeconds(u->time_unit));
    SplitMoment(std::min(now, other), &m->date.low, &m->date.time_low);
    SplitMoment(std::max(now, other), &m->date.high, &m->date.time_high);
    m->date.granularity = Granularity::kSecond;
    return unit_at + 1;
  }
  m->date.granularity = Granularity::kDay;
  if (business) {
    int left = static_cast<int>(num.value);
    Day d = a, first = 0;
    while (left > 0) {
      d += dir;
      if (IsoWeekday(d) >= 6) continue;
      if (!first) first = d;
      --left;
    }
    m->date.low = std::min(first, d), m->date.high = std::max(first, d);
    return unit_at + 1;
  }
  if (u->time_unit == TimeUnit::kQuarter) {
    CivilDate c = CivilFromDays(a);
    Day this_quarter = DaysFromCivil(c.year, (c.month - 1) / 3 * 3 + 1, 1), edge = 0, next = 0;
    if (!AddUnits(this_quarter, TimeUnit::kQuarter, dir < 0 ? -num.value : 1, &edge) ||
        !AddUnits(edge, TimeUnit::kQuarter, num.value, &next))
      return 0;
    m->date.low = edge, m->date.high = next - 1;
    m->date.granularity = Granularity::kQuarter;
    return unit_at + 1;
  }
  if (!AddUnits(a, u->time_unit, dir * num.value, &far)) return 0;
  m->date.low = dir < 0 ? far : a + 1;
  m->date.high = dir < 0 ? a - 1 : far;
  return unit_at + 1;
}

size_t Recognizer::Impl::TryOffset(size_t i, Mention* m) const {
  // "next five days", "the last 3 weeks", "within next 10 months": a run of
  // days next to the publication date.
  // Cheap rejection first: most numbers have no time unit after them.
  if (!unit_cues) return 0;
  bool unit_near = false;
  for (size_t t = i + 1; t < i + 7 && t < n() && !unit_near; ++t)
    unit_near = Info(t) && Info(t)->time_unit != TimeUnit::kNone;
  if (!unit_near) return 0;
  int dir = 0;
  size_t k = i;
  bool within = false;
  // "the next five years" stays a duration: news counts it as a span of time.
  if ((Is(k, "next") || Is(k, "coming")) && !(i > lookback_floor && Is(i - 1, "the"))) {
    dir = 1, ++k;
    within = i > lookback_floor && Is(i - 1, "within");  // "within next 10 months"
  }
  if (dir == 0 && i > lookback_floor && (Is(i - 1, "within") || Is(i - 1, "in")) &&
      !(i > lookback_floor + 1 && Is(i - 2, "the")) && !CountsFromNamedDay(i) &&
      !LooksBack(i - 1)) {
    within = Is(i - 1, "within");
    dir = 1;
  }
  Numeral num;
  size_t unit_at = 0;
  if (Is(k, "a") || Is(k, "an")) {
    num.value = 1, unit_at = k + 1;
  } else if (ParseNumeral(k, &num) && !num.fraction && num.value > 0 && !num.negative) {
    unit_at = num.te;
  } else {
    return 0;
  }
  const WordInfo* u = Info(unit_at);
  if (!u || u->time_unit == TimeUnit::kNone || u->time_unit >= TimeUnit::kDecade) return 0;
  TimeUnit unit = u->time_unit;
  double amount = num.value;
  size_t e = unit_at + 1;
  // What the offset counts from: the publication date unless a day is named.
  int from_day = 0;
  int sign = 0;
  Mention named;  // the day counted from, when the text names one
  bool has_base = false;
  if (dir == 0) {
    if (Is(e, "from") || Is(e, "after") || Is(e, "later") || Is(e, "hence"))
      sign = 1;
    else if (Is(e, "before") || Is(e, "earlier"))
      sign = -1;
    else
      return 0;
    size_t b = e + 1;
    if (Is(b, "now") || Is(b, "today")) {
      has_base = true, e = b + 1;
    } else if (Is(b, "tomorrow") || Is(b, "tmrw")) {
      has_base = true, from_day = 1, e = b + 1;
    } else if (Is(b, "yesterday")) {
      has_base = true, from_day = -1, e = b + 1;
    }
    // "3 days after January 12th", "16 days from 01/02/2018".
    if (!has_base && (Is(e, "from") || Is(e, "after") || Is(e, "before"))) {
      size_t ne = TryDate(b, &named);
      if (!ne) ne = TryHoliday(b, 0, true, &named);  // "2 weeks before Christmas"
      if (ne && named.date.has_low && named.date.low == named.date.high && !named.range) {
        has_base = true;
        e = ne;
      }
    }
    // "two weeks later" with nothing after it is a duration relative to a
    // date stated elsewhere; the duration recognizer keeps it.
    if (!has_base) return 0;
  }
  if (!opts.anchor && !named.date.has_low) return 0;
  Day start = named.date.has_low ? named.date.low : *opts.anchor + from_day;
  if (dir != 0) {
    // "in 2 weeks": the day that far ahead; "next 5 days" / "within 9 months":
    // the run of days up to it.
    bool run = Is(i, "next") || Is(i, "coming") || within;
    if (!run && !(i > lookback_floor && Is(i - 1, "in"))) return 0;
    sign = 1;
    if (unit < TimeUnit::kDay && !run) {
      if (!opts.anchor_time) return 0;
    }
    Day target = 0;
    if (!AddUnits(start, unit, amount, &target)) return 0;
    m->kind = Kind::kDate;
    m->relative = 1;
    m->date.granularity = Granularity::kDay;
    if (run) {
      // "within 9 months" runs up to the day before the one 9 months on.
      m->date.low = within ? start : start + 1;
      m->date.high = within ? target - 1 : target;
      m->range = true;
      // Less than a day ahead ("next 1 hour" with no time of publication,
      // "within 0.4 days"): the publication day itself.
      if (m->date.high < m->date.low) m->date.low = m->date.high = start;
    } else {
      m->date.low = m->date.high = target;
    }
    if (unit < TimeUnit::kDay && opts.anchor_time) {
      // "in 5 minutes" is a moment; "next 2 hours" runs from now to it.
      int64_t now = static_cast<int64_t>(start) * 86400 + *opts.anchor_time;
      int64_t then = now + std::llround(amount * TimeUnitSeconds(unit));
      SplitMoment(run ? now : then, &m->date.low, &m->date.time_low);
      SplitMoment(then, &m->date.high, &m->date.time_high);
      m->date.granularity = Granularity::kSecond;
    }
    m->date.has_low = m->date.has_high = true;
    // "within 9 months" and "in 2 weeks" take their preposition; "next 5 days" starts at "next".
    m->norm = SpanOf(within || !run ? i - 1 : i, e);
    return e;
  }
  Day target = 0;
  if (!AddUnits(start, unit, sign * amount, &target)) return 0;
  m->kind = Kind::kDate;
  m->relative = sign;
  m->date.granularity = Granularity::kDay;
  m->date.low = m->date.high = target;
  m->date.has_low = m->date.has_high = true;
  if (unit < TimeUnit::kDay) {
    if (!opts.anchor_time) return 0;
    int64_t then = static_cast<int64_t>(start) * 86400 + *opts.anchor_time +
                   sign * std::llround(amount * TimeUnitSeconds(unit));
    SplitMoment(then, &m->date.low, &m->date.time_low);
    m->date.high = m->date.low, m->date.time_high = m->date.time_low;
    m->date.granularity = Granularity::kSecond;
  }
  m->norm = SpanOf(i, e);
  // "more than 2 weeks before today" is open before that day; "less than 3
  // days after tomorrow" runs from the base day up to it.
  if (unit >= TimeUnit::kDay && i >= lookback_floor + 2 && Is(i - 1, "than") &&
      (Is(i - 2, "more") || Is(i - 2, "less"))) {
    m->qualifier = SpanOf(i - 2, i);
    m->qualifier_text = std::string(m->qualifier.In(text));
    if (Is(i - 2, "more") && sign < 0) {
      m->hedge = Hedge::kBefore;
    } else if (Is(i - 2, "less")) {
      // A closed run of days, not an open bound: the qualifier stays as written.
      m->range = true;
      if (sign > 0)
        m->date.low = start, m->date.high = target - 1;
      else
        m->date.low = target + 1, m->date.high = start;
    } else {
      m->qualifier = Span();
      m->qualifier_text.clear();
    }
  }
  return e;
}

bool Recognizer::Impl::CountsFromNamedDay(size_t i) const {
  Numeral num;
  size_t u = (Is(i, "a") || Is(i, "an")) ? i + 1 : ParseNumeral(i, &num) ? num.te : 0;
  if (!u || !Info(u) || Info(u)->time_unit == TimeUnit::kNone) return false;
  return (Is(u + 1, "from") || Is(u + 1, "after") || Is(u + 1, "before")) &&
         (Is(u + 2, "now") || Is(u + 2, "today") || Is(u + 2, "tomorrow") ||
          Is(u + 2, "yesterday"));
}

bool Recognizer::Impl::AddUnits(Day from, TimeUnit unit, double amount, Day* out) const {
  if (amount != std::floor(amount) && unit >= TimeUnit::kMonth) return false;
  switch (unit) {
    case TimeUnit::kSecond:
    case TimeUnit::kMinute:
    case TimeUnit::kHour:
      *out = from;
      return true;
    case TimeUnit::kDay:
      *out = from + static_cast<Day>(std::lround(amount));
      return true;
    case TimeUnit::kWeek:
      *out = from + static_cast<Day>(std::lround(amount * 7));
      return true;
    case TimeUnit::kFortnight:
      *out = from + static_cast<Day>(std::lround(amount * 14));
      return true;
    default:
      break;
  }
  long months = std::lround(amount * (unit == TimeUnit::kMonth     ? 1
                                      : unit == TimeUnit::kQuarter ? 3
                                                                   : 12));
  CivilDate c = CivilFromDays(from);
  long total = c.year * 12L + (c.month - 1) + months;
  if (total < 0 || total > 9999L * 12) return false;
  int y = static_cast<int>(total / 12), mo = static_cast<int>(total % 12) + 1;
  *out = DaysFromCivil(y, mo, std::min(c.day, DaysInMonth(y, mo)));
  return true;
}

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

  // "early morning", "late this afternoon", "later in the evening": half of a
  // part of the day; with "this", today's.
  if (int h = HalfWord(Low(i)); h >= 0) {
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
    if (!(i >= lookback_floor + 2 && Is(i - 2, "in") && Is(i - 1, "the"))) return 0;
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

  // Time first: "8am", "5 to 6pm", "3:00 to 4:00 tomorrow", "10, tonight".
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
  // "for 2 hours from 2pm": how long, then the start.
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
