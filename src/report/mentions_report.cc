#include "report/mentions_report.h"

#include "base/line_index.h"
#include "base/number_text.h"
#include "base/utf8.h"
#include "report/json_writer.h"

namespace crosscheck {
namespace {

const char* const kWeekdays[] = {"",         "Monday", "Tuesday",  "Wednesday",
                                 "Thursday", "Friday", "Saturday", "Sunday"};

// Exact and positional: a table for people, never "1.025e+10".
std::string Shown(double v) { return FixedNumber(v); }

void AppendInterval(std::string& out, const Interval& v) {
  if (v.has_low && v.has_high && v.low == v.high && v.low_inclusive && v.high_inclusive) {
    out += "=" + Shown(v.low);
    return;
  }
  out += v.has_low && v.low_inclusive ? "[" : "(";
  out += v.has_low ? Shown(v.low) : "-inf";
  out += ", ";
  out += v.has_high ? Shown(v.high) : "+inf";
  out += v.has_high && v.high_inclusive ? "]" : ")";
  if (v.has_point) out += " ~" + Shown(v.point);
}

}  // namespace

std::string DumpValue(const Mention& m) {
  std::string out = KindName(m.kind);
  if (m.kind == Kind::kDate) {
    out += ' ';
    if (m.date.has_low || m.date.has_time()) {
      std::string low = FormatDateBound(m.date, false), high = FormatDateBound(m.date, true);
      out += low;
      if (high != low) out += ".." + high;
      out += '/';
      out += GranularityName(m.date.granularity);
    } else {
      out += "? " + m.date.unresolved;
    }
    if (m.date.invalid) out += " invalid";
    if (m.date.inferred) out += " inferred";
  } else {
    if (!m.unit.empty())
      out += " " + m.unit;
    else if (m.ambiguous_currency)
      out += " ?" + m.currency_family;
    out += ' ';
    AppendInterval(out, m.value);
  }
  if (!m.qualifier_text.empty()) out += " q='" + m.qualifier_text + "'";
  if (m.weekday) out += std::string(" weekday=") + kWeekdays[m.weekday];
  if (m.anniversary) out += " anniversary";
  if (m.percentage_points) out += " points";
  if (m.change != Change::kNone) out += std::string(" change=") + ChangeName(m.change);
  if (m.relative) out += m.relative < 0 ? " before" : " after";
  if (m.since_last) out += " since-last";
  if (m.anchored)
    out += " anchored=" + FormatDateBound(m.date, false) + ".." + FormatDateBound(m.date, true);
  if (m.overflow) out += " overflow";
  return out;
}

void AppendValueJson(std::string& out, const Mention& m) {
  out += "{\"kind\":\"";
  out += KindName(m.kind);
  out += "\"";
  if (m.kind == Kind::kDate) {
    // ISO dates and times need no escaping: written in place, no temporaries.
    for (bool high : {false, true}) {
      out += high ? ",\"high\":" : ",\"low\":";
      if (high ? m.date.has_high : m.date.has_low) {
        out += '"';
        AppendDateBound(out, m.date, high);
        out += '"';
      } else {
        out += "null";
      }
    }
    out +=
        ",\"low_inclusive\":true,\"high_inclusive\":true,\"point\":null,\"unit\":null,"
        "\"granularity\":\"";
    out += GranularityName(m.date.granularity);
    out += "\"";
    if (!m.date.unresolved.empty()) {
      out += ",\"unresolved\":";
      json::AppendString(out, m.date.unresolved);
    }
    if (m.date.invalid) out += ",\"invalid\":true";
    if (m.date.inferred) out += ",\"inferred\":true";
  } else {
    const Interval& v = m.value;
    out += ",\"low\":";
    if (v.has_low)
      json::AppendNumber(out, v.low);
    else
      out += "null";
    out += ",\"high\":";
    if (v.has_high)
      json::AppendNumber(out, v.high);
    else
      out += "null";
    out += v.low_inclusive && v.has_low ? ",\"low_inclusive\":true" : ",\"low_inclusive\":false";
    out +=
        v.high_inclusive && v.has_high ? ",\"high_inclusive\":true" : ",\"high_inclusive\":false";
    out += ",\"point\":";
    if (v.has_point)
      json::AppendNumber(out, v.point);
    else
      out += "null";
    out += ",\"unit\":";
    if (!m.unit.empty())
      json::AppendString(out, m.unit);
    else
      out += "null";
    if (m.ambiguous_currency) {
      out += ",\"ambiguous_currency\":true,\"currency_family\":";
      json::AppendString(out, m.currency_family);
    }
    if (m.percentage_points) out += ",\"percentage_points\":true";
    if (m.anchored) {
      out += ",\"anchored\":{\"low\":\"";
      AppendDateBound(out, m.date, false);
      out += "\",\"high\":\"";
      AppendDateBound(out, m.date, true);
      out += "\"}";
    }
    if (m.change != Change::kNone) {
      out += ",\"change\":\"";
      out += ChangeName(m.change);
      out += '"';
    }
  }
  out += "}";
}

void AppendMentionsJsonl(std::string& out, const Document& doc,
                         const std::vector<Mention>& mentions, const Drain& drain) {
  LineIndex::Cursor cursor(doc.lines, doc.bytes);
  for (const Mention& m : mentions) {
    if (drain && out.size() >= kDrainBytes) drain();
    LineCol lc = cursor.At(m.span.begin);
    out += "{\"doc\":";
    json::AppendString(out, doc.path);
    out += ",\"span\":{\"start\":";
    json::AppendInt(out, m.span.begin);
    out += ",\"end\":";
    json::AppendInt(out, m.span.end);
    out += ",\"line\":";
    json::AppendInt(out, lc.line);
    out += ",\"column\":";
    json::AppendInt(out, lc.column);
    out += '}';
    out += ",\"text\":";
    json::AppendString(out, m.span.In(doc.bytes));
    out += ",\"value\":";
    AppendValueJson(out, m);
    out += ",\"qualifier\":";
    if (!m.qualifier_text.empty())
      json::AppendString(out, m.qualifier_text);
    else
      out += "null";
    if (m.weekday) {
      out += ",\"weekday\":";
      json::AppendString(out, kWeekdays[m.weekday]);
    }
    if (m.anniversary) out += ",\"anniversary\":true";
    if (m.range) out += ",\"range\":true";
    if (m.relative) out += m.relative < 0 ? ",\"relative\":\"before\"" : ",\"relative\":\"after\"";
    if (m.since_last) out += ",\"since_last\":true";
    if (m.overflow) out += ",\"overflow\":true";
    out += "}\n";
  }
}

void AppendMentionsTable(std::string& out, const Document& doc,
                         const std::vector<Mention>& mentions, const Drain& drain) {
  LineIndex::Cursor cursor(doc.lines, doc.bytes);
  // The file name and the figure's text are untrusted: shown with escapes.
  const std::string path = utf8::Visible(doc.path, true);
  for (const Mention& m : mentions) {
    if (drain && out.size() >= kDrainBytes) drain();
    LineCol lc = cursor.At(m.span.begin);
    std::string loc = path + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column);
    out += loc;
    out.append(loc.size() < 40 ? 40 - loc.size() : 1, ' ');
    std::string_view t = m.span.In(doc.bytes);
    std::string text = utf8::Visible(t.substr(0, 40), true);
    out += text;
    out.append(text.size() < 28 ? 28 - text.size() : 1, ' ');
    out += "  ";
    out += DumpValue(m);
    out += '\n';
  }
}

}  // namespace crosscheck
