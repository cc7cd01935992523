// The editor's report (`check --format html`): one self-contained page, no
// network and no script, readable on a phone and printable. The summary with
// coverage, then each finding with each source's sentence (the figure
// marked), its link and place, then per metric a matrix of sources against
// periods with conflicting cells marked, and for a metric with three or more
// claims an SVG chart of the claims' intervals over time. Every piece of
// article text, file name and URL is escaped; a URL is a link only when it is
// http or https.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "base/civil_date.h"
#include "base/number_text.h"
#include "report/check_formats.h"
#include "report/check_report.h"
#include "report/diff_report.h"

namespace crosscheck {
namespace {

const char kStyle[] =
    "body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72em;padding:1em;"
    "color:#222}"
    "h1{font-size:1.4em}h2{font-size:1.2em;margin-top:2em}h3{font-size:1em}"
    "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.3em .5em;"
    "vertical-align:top;text-align:left}"
    ".scroll{overflow-x:auto}"
    ".error{color:#b00020}.warning{color:#8a4b00}.info{color:#0b5394}"
    ".finding{border-left:4px solid #ccc;padding:.2em .8em;margin:1em 0}"
    ".finding.error{border-color:#b00020}.finding.warning{border-color:#c77700}"
    ".finding p,.finding blockquote{color:#222}"
    "blockquote{margin:.4em 0 .4em 1em;padding-left:.6em;border-left:2px solid #ddd}"
    "mark{background:#fff2a8}.conflict{background:#fde0e0}"
    ".where{color:#666;font-size:.9em}.interval{color:#666;font-size:.85em}"
    // Each piece of article text keeps its own direction: a right-to-left
    // run never reorders the figures around it.
    "td,th,blockquote,mark,h1,h2,h3,.where,p{unicode-bidi:isolate}"
    "svg{max-width:100%;height:auto}"
    "@media print{.finding{break-inside:avoid}body{max-width:none}}";

// A link only for http(s) URLs; anything else ("javascript:", "data:") is
// shown as text.
std::string Link(const std::string& url, const std::string& text) {
  bool web = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
  if (!web) return HtmlEscape(text);
  return "<a href=\"" + HtmlEscape(url) + "\" rel=\"noreferrer noopener\">" + HtmlEscape(text) +
         "</a>";
}

std::string Where(const CheckRun& run, size_t doc, Span span) {
  Place p = PlaceOf(run, Evidence{doc, span});
  return p.path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

std::string SourceLabel(const Document& d) {
  std::string s = d.meta.source.empty() ? d.path : d.meta.source;
  if (d.meta.published) s += ", " + FormatIsoDate(*d.meta.published);
  return s;
}

// The claim's sentence with its figure marked. The figure's bytes are found
// in the sentence as written; an HTML page's sentence (read without tags)
// is searched for the figure's text.
std::string MarkedSentence(const CheckRun& run, const Claim& c) {
  QuotedSentence quoted = QuoteClaimSentence(run, c);
  const std::string& sentence = quoted.text;
  const Document& d = run.documents[c.doc];
  std::string figure(c.mention.span.In(d.bytes));
  size_t at = std::string::npos;
  if (d.format != Format::kHtml && quoted.figure_at != std::string::npos)
    at = quoted.figure_at;  // the figure's own place, not a twin
  else if (!figure.empty())
    at = sentence.find(figure);
  if (at == std::string::npos) return HtmlEscape(sentence);
  return HtmlEscape(sentence.substr(0, at)) + "<mark>" + HtmlEscape(figure) + "</mark>" +
         HtmlEscape(sentence.substr(at + figure.size()));
}

std::string ClaimWhen(const Claim& c) {
  if (c.period.known) return c.period.label;
  if (c.as_of) return "as of " + FormatIsoDate(*c.as_of);
  return c.event ? "event" : "-";
}

// The interval the claim stands for, as editors read numbers: "[9.95
// billion, 10.05 billion]", "(690 million, ∞)"; empty for dates and points.
std::string IntervalText(const Claim& c) {
  const crosscheck::Interval& v = c.mention.value;
  if (c.mention.kind == Kind::kDate || (!v.has_low && !v.has_high)) return "";
  if (v.has_low && v.has_high && v.low == v.high) return "";
  std::string lo = v.has_low ? HumanNumber(v.low) : "-\u221e";
  std::string hi = v.has_high ? HumanNumber(v.high) : "\u221e";
  return std::string(v.has_low && v.low_inclusive ? "[" : "(") + lo + ", " + hi +
         (v.has_high && v.high_inclusive ? "]" : ")");
}

void Summary(const CheckRun& run, std::string* out) {
  int counts[3] = {0, 0, 0};
  for (const Finding& f : run.findings) ++counts[SeverityRank(f.severity)];
  size_t aligned = 0, unread = 0;
  std::set<size_t> in_alignment;
  for (const Alignment& a : run.aligned.alignments)
    for (size_t c : a.claims) in_alignment.insert(c);
  aligned = in_alignment.size();
  for (const Diagnostic& d : run.input_problems) unread += d.severity == Severity::kError;
  size_t figures = 0;
  for (const DocumentMentions& dm : run.mentions) figures += dm.mentions.size();
  *out +=
      "<div class=\"scroll\"><table><tr><th>documents</th><th>figures "
      "read</th><th>claims</th><th>aligned "
      "claims</th><th>alignments</th><th class=\"error\">errors</th><th "
      "class=\"warning\">warnings</th><th class=\"info\">info</th><th>inputs not "
      "read</th></tr><tr>";
  for (size_t v : {run.documents.size(), figures, run.claims.size(), aligned,
                   run.aligned.alignments.size(), static_cast<size_t>(counts[0]),
                   static_cast<size_t>(counts[1]), static_cast<size_t>(counts[2]), unread})
    *out += "<td>" + std::to_string(v) + "</td>";
  *out += "</tr></table></div>\n";
}

void Findings(const CheckRun& run, std::string* out) {
  static const char* const kTitles[] = {"Errors", "Warnings", "Info"};
  int last = -1;
  for (const Finding& f : run.findings) {
    int r = SeverityRank(f.severity);
    if (r != last)
      *out +=
          "<h2 class=\"" + std::string(SeverityLabel(f.severity)) + "\">" + kTitles[r] + "</h2>\n";
    last = r;
    *out += "<div class=\"finding " + std::string(SeverityLabel(f.severity)) + "\"><p><b>" +
            SeverityLabel(f.severity) + "</b> <code>" + HtmlEscape(f.rule) + "</code> " +
            HtmlEscape(f.message) + "</p>\n";
    for (size_t i : f.claims) {
      const Claim& c = run.claims[i];
      const Document& d = run.documents[c.doc];
      *out += "<blockquote>" + MarkedSentence(run, c) + "<br><span class=\"where\">" +
              Link(d.meta.url, SourceLabel(d)) + " &middot; " +
              HtmlEscape(Where(run, c.doc, c.mention.span)) + "</span></blockquote>\n";
    }
    if (f.claims.empty())
      for (const Evidence& e : f.evidence)
        *out += "<blockquote><mark>" + HtmlEscape(e.span.In(run.documents[e.doc].bytes)) +
                "</mark><br><span class=\"where\">" + HtmlEscape(Where(run, e.doc, e.span)) +
                "</span></blockquote>\n";
    *out += "</div>\n";
  }
  if (run.findings.empty()) *out += "<p>No findings.</p>\n";
}

// A chart of one metric's claims: time across, value up, each claim's
// interval a bar at its period (or as-of date), disputed claims in red.
std::string Chart(const CheckRun& run, const std::vector<size_t>& claims,
                  const std::set<size_t>& disputed) {
  double t0 = 1e18, t1 = -1e18, v0 = 1e300, v1 = -1e300;
  struct Bar {
    double t0, t1, lo, hi;
    bool disputed;
  };
  std::vector<Bar> bars;
  for (size_t i : claims) {
    const Claim& c = run.claims[i];
    const crosscheck::Interval& v = c.mention.value;
    bool quantity = c.mention.kind == Kind::kMoney || c.mention.kind == Kind::kNumber ||
                    c.mention.kind == Kind::kPercent;
    if (!quantity || !v.has_low || !std::isfinite(v.low)) continue;
    double a = 0, b = 0;
    if (c.period.known)
      a = c.period.start, b = c.period.end + 1;
    else if (c.as_of)
      a = *c.as_of - 15, b = *c.as_of + 15;
    else
      continue;
    // An open upper end ("more than X") is drawn up to X, marked open.
    double hi = v.has_high && std::isfinite(v.high) ? v.high : v.low;
    bars.push_back({a, b, v.low, hi, disputed.count(i) > 0});
    t0 = std::min(t0, a), t1 = std::max(t1, b), v0 = std::min(v0, v.low), v1 = std::max(v1, hi);
  }
  std::set<double> times;
  for (const Bar& b : bars) times.insert(b.t0);
  if (bars.size() < 3 || times.size() < 2) return "";
  if (v1 <= v0) v1 = v0 + 1;
  if (t1 <= t0) t1 = t0 + 1;
  v0 = std::min(v0, 0.0);
  const double W = 600, H = 160, pad = 30;
  auto x = [&](double t) { return pad + (t - t0) / (t1 - t0) * (W - 2 * pad); };
  auto y = [&](double v) { return H - pad - (v - v0) / (v1 - v0) * (H - 2 * pad); };
  char buf[256];
  std::string svg = "<svg viewBox=\"0 0 600 160\" role=\"img\" aria-label=\"claims over time\">";
  svg += "<line x1=\"30\" y1=\"130\" x2=\"570\" y2=\"130\" stroke=\"#999\"/>";
  for (const Bar& b : bars) {
    double x0 = x(b.t0), x1 = std::max(x(b.t1), x0 + 3), yt = y(b.hi),
           yb = std::max(y(b.lo), yt + 2);
    std::snprintf(buf, sizeof buf,
                  "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" "
                  "fill-opacity=\"0.6\"/>",
                  x0, yt, x1 - x0, yb - yt, b.disputed ? "#c62828" : "#1565c0");
    svg += buf;
  }
  CivilDate a = CivilFromDays(static_cast<Day>(t0)), b = CivilFromDays(static_cast<Day>(t1 - 1));
  std::snprintf(buf, sizeof buf,
                "<text x=\"30\" y=\"150\" font-size=\"11\">%d</text><text x=\"570\" y=\"150\" "
                "font-size=\"11\" text-anchor=\"end\">%d</text>",
                a.year, b.year);
  svg += buf;
  svg += "<text x=\"32\" y=\"24\" font-size=\"11\">" + HtmlEscape(HumanNumber(v1)) +
         "</text><text x=\"32\" y=\"126\" font-size=\"11\">" + HtmlEscape(HumanNumber(v0)) +
         "</text>";
  return svg + "</svg>\n";
}

void Matrices(const CheckRun& run, std::string* out) {
  // Claims by metric and subjects, in report order.
  std::map<std::string, std::vector<size_t>> by_metric;
  for (size_t i = 0; i < run.claims.size(); ++i) {
    const Claim& c = run.claims[i];
    if (c.metric.rfind("generic:", 0) == 0) continue;
    std::string key = c.metric;
    for (const std::string& s : c.subjects) key += " " + s;
    by_metric[key].push_back(i);
  }
  std::set<size_t> disputed;
  for (const Alignment& a : run.aligned.alignments)
    if (a.verdict == Verdict::kConflict)
      for (size_t c : a.disputed) disputed.insert(c);
  *out += "<h2>Claims by metric</h2>\n";
  for (const auto& [key, claims] : by_metric) {
    std::vector<std::string> columns;
    std::set<size_t> docs;
    for (size_t i : claims) {
      std::string w = ClaimWhen(run.claims[i]);
      if (std::find(columns.begin(), columns.end(), w) == columns.end()) columns.push_back(w);
      docs.insert(run.claims[i].doc);
    }
    std::sort(columns.begin(), columns.end());
    *out += "<h3>" + HtmlEscape(key) + "</h3>\n<div class=\"scroll\"><table><tr><th>source</th>";
    for (const std::string& col : columns) *out += "<th>" + HtmlEscape(col) + "</th>";
    *out += "</tr>\n";
    for (size_t d : docs) {
      *out += "<tr><th>" + Link(run.documents[d].meta.url, SourceLabel(run.documents[d])) + "</th>";
      for (const std::string& col : columns) {
        std::string cell;
        bool conflict = false;
        for (size_t i : claims) {
          const Claim& c = run.claims[i];
          if (c.doc != d || ClaimWhen(c) != col) continue;
          conflict |= disputed.count(i) > 0;
          std::string interval = IntervalText(c);
          cell += (cell.empty() ? "" : "<br>") +
                  HtmlEscape(c.mention.span.In(run.documents[c.doc].bytes)) +
                  (interval.empty() ? "" : " <span class=\"interval\">" + interval + "</span>");
        }
        *out += std::string(conflict ? "<td class=\"conflict\">" : "<td>") + cell + "</td>";
      }
      *out += "</tr>\n";
    }
    *out += "</table></div>\n" + Chart(run, claims, disputed);
  }
}

}  // namespace

std::string CheckReportHtml(const CheckRun& run, const ReportOptions&) {
  std::string out =
      "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      // No script, no fetch: the page is what it shows.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'unsafe-inline'; img-src data:\">"
      "<title>crosscheck report</title><style>";
  out += kStyle;
  out += "</style></head><body>\n<h1>crosscheck report</h1>\n";
  Summary(run, &out);
  Findings(run, &out);
  Matrices(run, &out);
  out += "<p class=\"where\">crosscheck " CROSSCHECK_VERSION "</p>\n</body></html>\n";
  return out;
}

}  // namespace crosscheck
