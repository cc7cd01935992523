// The document's language changes how figures read (lang/language.h,
// claims/languages.toml): its decimal mark, its date order, and the forms it
// writes with words of its own. Sentences written for these tests, in
// several contexts; each row lists every mention as in recognize_test.cc.
#include <catch2/catch.hpp>

#include "../test_util.h"

using crosscheck::DaysFromCivil;
using crosscheck::testing::Recognized;

namespace {
std::string Vi(const std::string& text) {
  return Recognized(text, DaysFromCivil(2025, 3, 12), "", "vi");
}
// The mentions of `text` read in language `lang`, published 2025-03-12.
std::string in(const std::string& text, const std::string& lang) {
  return Recognized(text, DaysFromCivil(2025, 3, 12), "", lang);
}
}  // namespace

TEST_CASE("a decimal comma language reads ',' as the decimal mark and '.' as groups",
          "[recognize][language]") {
  auto [input, want] = GENERATE(table<std::string, std::string>({
      // Three digits after the comma are decimals, not a thousands group.
      {"Xuất khẩu đạt 2,975 tỷ USD.",
       "2,975 tỷ USD => money USD [2974500000, 2975500000] ~2975000000"},
      {"Dân số là 1.234.567 người.", "1.234.567 => number =1234567"},
      {"Lạm phát ở mức 3,25%.", "3,25% => percent [3.245, 3.255] ~3.25"},
      {"Giá vàng tăng 12,5 triệu đồng.",
       "12,5 triệu đồng => money VND [12450000, 12550000] ~12500000"},
  }));
  CAPTURE(input);
  CHECK(Vi(input) == want);
}

// A currency symbol made of letters, written after the amount with a space
// ("5 tỷ VNĐ", "20 Rs"): read when written as symbols are, with a capital;
// a lower-case word after a number is no symbol.
TEST_CASE("letter symbols after the amount, spaced", "[recognize][language][money]") {
  auto [lang, input, want] = GENERATE(table<std::string, std::string, std::string>({
      {"vi", "Kim ngạch đạt 5 tỷ VNĐ.",
       "5 tỷ VNĐ => money VND [4500000000, 5500000000] ~5000000000"},
      {"vi", "Giá 1.000 VNĐ mỗi kg.", "1.000 VNĐ => money VND =1000"},
      {"en", "The fee is 20 Rs per visit.", "20 Rs => money ?rupee =20"},
      // Look-alikes: lower case, and a capitalized word that is no symbol.
      {"en", "The fee is 20 rs per visit.", "20 => number =20"},
      {"en", "Route 20 Rome is closed.", "20 => number =20"},
  }));
  CAPTURE(lang, input);
  CHECK(in(input, lang) == want);
}

TEST_CASE("English keeps its marks when no language is given", "[recognize][language]") {
  CHECK(Recognized("Exports reached 2,975 units.") == "2,975 => number =2975");
  CHECK(crosscheck::BuiltinLanguages().For("en-GB").day_first);
  CHECK(crosscheck::BuiltinLanguages().For("vi-VN").decimal == ',');
  CHECK(crosscheck::BuiltinLanguages().For("xx").code == "en");
}

TEST_CASE("language forms: ordinals, numeric dates led by a word, day ranges",
          "[recognize][language]") {
  auto [input, want] = GENERATE(table<std::string, std::string>({
      {"Đội tuyển xếp thứ 3 và câu lạc bộ đứng thứ hai.", "thứ 3 => rank =3 | thứ hai => rank =2"},
      // A capitalized number word after the prefix is a weekday.
      {"Cuộc họp diễn ra vào thứ Hai.", ""},
      {"Hiệp định được ký tháng 11/2002.", "tháng 11/2002 => date 2002-11-01..2002-11-30/month"},
      {"Doanh thu quý I/2024 giảm.", "quý I/2024 => date 2024-01-01..2024-03-31/quarter"},
      {"Số ca mắc trong quý 3 năm 2023 tăng.",
       "quý 3 năm 2023 => date 2023-07-01..2023-09-30/quarter"},
      {"Trong 9 tháng đầu năm 2024 có 40 dự án.",
       "9 tháng đầu năm 2024 => date 2024-01-01..2024-09-30/month | 40 => number =40"},
      {"Hội nghị diễn ra ngày 20-22/4.", "20-22/4 => date 2025-04-20..2025-04-22/day"},
      {"Giải đấu kéo dài 3 - 5/6/2023.", "3 - 5/6/2023 => date 2023-06-03..2023-06-05/day"},
      {"Bầu cử ngày 5/7/2021.", "5/7/2021 => date 2021-07-05/day"},
      {"Khai mạc ngày 15/5.", "15/5 => date 2025-05-15/day"},
      {"Quốc khánh ngày 2 tháng 9 năm 1945.", "ngày 2 tháng 9 năm 1945 => date 1945-09-02/day"},
      {"Lễ hội diễn ra 2 tháng 9.", "2 tháng 9 => date 2025-09-02/day"},
      // Time units after a number, and a superlative after the noun.
      {"Hai đội đã thi đấu 20 năm và nghỉ 3 tháng.",
       "Hai => number =2 | 20 năm => duration year =20 | 3 tháng => duration month =3"},
      {"Đây là thị trường lớn nhất.", "lớn nhất => rank =1"},
  }));
  CAPTURE(input);
  CHECK(Vi(input) == want);
}

TEST_CASE("a superlative with an ordinal is that place, in either order",
          "[recognize][language][rank]") {
  // Indonesian writes the ordinal after the superlative, Malay often before.
  CHECK(in("Kota itu menjadi pelabuhan terbesar kedua.", "id") == "terbesar kedua => rank =2");
  CHECK(in("Klub ini peserta terbesar ke-6 di liga.", "id") == "terbesar ke-6 => rank =6");
  CHECK(in("Syarikat itu pengeluar keenam terbesar.", "ms") == "keenam terbesar => rank =6");
  // A superlative alone is the first; "kedua" alone means "both" or
  // "second" and is no rank without the superlative.
  CHECK(in("Ini pasar terbesar.", "id") == "terbesar => rank =1");
  CHECK(in("Kedua negara sepakat.", "id") == "");
}

TEST_CASE("French, Indonesian and Malay: scales, currencies and percentages",
          "[recognize][language][money]") {
  // French: decimal comma, "milliards de", "millions d'", "pour cent".
  CHECK(in("Le budget atteint 4,5 milliards de dollars.", "fr") ==
        "4,5 milliards de dollars => money ?dollar [4450000000, 4550000000] ~4500000000");
  CHECK(in("Un prêt de 30 millions d'euros.", "fr") ==
        "30 millions d'euros => money EUR [29500000, 30500000] ~30000000");
  CHECK(in("La part monte à 7,5 pour cent.", "fr") == "7,5 pour cent => percent [7.45, 7.55] ~7.5");
  CHECK(in("Les ventes ont dépassé 2 milliards de dollars américains.", "fr") ==
        "2 milliards de dollars américains => money USD (2000000000, +inf) ~2000000000 "
        "q='dépassé'");
  // Indonesian: "miliar", "triliun", "juta", "Rp", "dolar AS", "persen".
  CHECK(in("Proyek itu bernilai 3,4 miliar dolar AS.", "id") ==
        "3,4 miliar dolar AS => money USD [3350000000, 3450000000] ~3400000000");
  CHECK(in("Anggarannya Rp1,2 triliun.", "id") ==
        "Rp1,2 triliun => money IDR [1150000000000, 1250000000000] ~1200000000000");
  CHECK(in("Penjualan naik 4,8 persen.", "id") == "4,8 persen => percent [4.75, 4.85] ~4.8");
  CHECK(in("Ada 1.250 juta pengunjung.", "id") ==
        "1.250 juta => number [1249500000, 1250500000] ~1250000000");
  // Malay: decimal point, "bilion", "RM", "AS$", "peratus".
  CHECK(in("Eksport bernilai RM12.6 bilion.", "ms") ==
        "RM12.6 bilion => money MYR [12550000000, 12650000000] ~12600000000");
  CHECK(in("Pelaburan AS$3.1 bilion.", "ms") ==
        "AS$3.1 bilion => money USD [3050000000, 3150000000] ~3100000000");
  CHECK(in("Jualan meningkat 2.5 peratus.", "ms") == "2.5 peratus => percent [2.45, 2.55] ~2.5");
  // Look-alikes: the English "of" still links a scale; a French "de" after
  // a plain number is no scale link.
  CHECK(in("Le groupe compte 12 de ses filiales.", "fr") == "12 => number =12");
}

TEST_CASE("relative dates with the adjective after the unit", "[recognize][language][relative]") {
  CHECK(in("Kunjungan itu terjadi tahun lalu.", "id") ==
        "tahun lalu => date 2024-01-01..2024-12-31/year before");
  CHECK(in("Rundingan diadakan bulan lepas.", "ms") ==
        "bulan lepas => date 2025-02-01..2025-02-28/month before");
  CHECK(in("Le sommet aura lieu l'année prochaine.", "fr") ==
        "année prochaine => date 2026-01-01..2026-12-31/year after");
  CHECK(in("Pameran digelar tahun ini.", "id") == "tahun ini => date 2025-01-01..2025-12-31/year");
  CHECK(in("Năm ngoái hai bên ký ba hiệp định.", "vi") ==
        "Năm ngoái => date 2024-01-01..2024-12-31/year before | hai => number =2 | ba => number "
        "=3");
  CHECK(in("Hội chợ diễn ra tháng tới.", "vi") ==
        "tháng tới => date 2025-04-01..2025-04-30/month after");
  // After a count it is no "last year": "3 năm nay" is a duration, "5 tahun
  // lalu" five years ago (the language's ago phrase), a date.
  CHECK(in("Nhà máy xây 3 năm nay.", "vi") == "3 năm => duration year =3");
  CHECK(in("Pabrik dibangun 5 tahun lalu.", "id") ==
        "5 tahun lalu => date 2020-01-01..2020-12-31/year before");
}

// A length of time and the language's ago phrase, after it ("ago", "lalu",
// "yang lalu") or before it ("il y a", "cách đây"), is a date before
// publication. Look-alikes: the phrase with no length of time.
TEST_CASE("ago in each language, before or after the length of time",
          "[recognize][language][relative]") {
  auto [lang, input, want] = GENERATE(table<std::string, std::string, std::string>({
      {"fr", "Il y a 25 ans, le port a ouvert.",
       "Il y a 25 ans => date 2000-01-01..2000-12-31/year before"},
      {"id", "Pabrik dibuka 5 tahun yang lalu.",
       "5 tahun yang lalu => date 2020-01-01..2020-12-31/year before"},
      {"ms", "Kilang dibuka 3 tahun lepas.",
       "3 tahun lepas => date 2022-01-01..2022-12-31/year before"},
      {"vi", "Cách đây 10 năm, cảng mở cửa.",
       "Cách đây 10 năm => date 2015-01-01..2015-12-31/year before"},
      {"en", "The port opened 25 years ago.",
       "25 years ago => date 2000-01-01..2000-12-31/year before"},
      // Look-alikes.
      {"fr", "Il y a 3 usines.", "3 => number =3"},
      {"vi", "Còn 3 ngày trước khi khai mạc.", "3 ngày => duration day =3"},
  }));
  CAPTURE(lang, input);
  CHECK(in(input, lang) == want);
}

// Spelled numbers of each language (claims/lexicon/<lang>.toml: units,
// tens made from a unit, teens, scales that hold their one, units read only
// inside a compound, the word that joins parts, the minus word). Sentences
// written for this test; each row one form, and the look-alikes that must
// not read as numbers.
TEST_CASE("spelled numbers and their compounds in Vietnamese, Indonesian, Malay and French",
          "[recognize][language][spelled]") {
  auto [lang, input, want] = GENERATE(table<std::string, std::string, std::string>({
      {"vi", "Có hai mươi lăm đại biểu.", "hai mươi lăm => number =25"},
      {"vi", "Có hai mươi mốt tỉnh.", "hai mươi mốt => number =21"},
      {"vi", "Có mười tám dự án.", "mười tám => number =18"},
      {"vi", "Có năm trăm công nhân.", "năm trăm => number =500"},
      {"vi", "Có một trăm linh năm xã.", "một trăm linh năm => number =105"},
      {"vi", "Có ba chục hộ.", "ba chục => number =30"},
      {"vi", "Tổng cộng hai nghìn không trăm mười một người.",
       "hai nghìn không trăm mười một => number =2011"},
      {"vi", "Nhiệt độ âm 12 độ.", "âm 12 => number =-12"},
      // Look-alikes: "năm" is also "year", "không" also "not", "thứ Hai" Monday.
      {"vi", "Năm nay không có hội chợ.", "Năm nay => date 2025-01-01..2025-12-31/year"},
      {"vi", "Cuộc họp vào thứ Hai.", ""},
      {"id", "Ada dua puluh lima peserta.", "dua puluh lima => number =25"},
      {"id", "Ada tujuh belas pulau.", "tujuh belas => number =17"},
      {"id", "Ada seratus dua puluh desa.", "seratus dua puluh => number =120"},
      {"id", "Nilainya dua ratus ribu rupiah.", "dua ratus ribu rupiah => money IDR =200000"},
      {"id", "Ada seribu relawan.", "seribu => number =1000"},
      {"id", "Suhu negatif 5 derajat.", "negatif 5 => number =-5"},
      {"ms", "Terdapat lapan belas projek.", "lapan belas => number =18"},
      {"ms", "Seramai tiga puluh dua pelajar hadir.", "tiga puluh dua => number =32"},
      {"fr", "Il y a trois cents sièges.", "trois cents => number =300"},
      {"fr", "On compte cent dix postes.", "cent dix => number =110"},
      {"fr", "Il y a deux mille emplois.", "deux mille => number =2000"},
  }));
  CAPTURE(lang, input);
  CHECK(in(input, lang) == want);
}

// French compounds add: "dix-sept", "vingt et un", "soixante-dix",
// "quatre-vingt-dix-neuf", written with hyphens or spaces. Look-alikes: "un"
// and "une" alone are the article; "vingt" alone takes no teen; an English
// "ten-seven" stays two numbers; a hyphen into a non-number word ends it.
TEST_CASE("French compounds: teens, seventies, eighties and nineties",
          "[recognize][language][spelled][fr]") {
  auto [lang, input, want] = GENERATE(table<std::string, std::string, std::string>({
      {"fr", "Il reste dix-sept sièges.", "dix-sept => number =17"},
      {"fr", "Il reste dix neuf sièges.", "dix neuf => number =19"},
      {"fr", "On compte vingt et un pays.", "vingt et un => number =21"},
      {"fr", "On compte vingt-et-une régions.", "vingt-et-une => number =21"},
      {"fr", "Il y a soixante-dix navires.", "soixante-dix => number =70"},
      {"fr", "Il y a soixante et onze navires.", "soixante et onze => number =71"},
      {"fr", "Il y a soixante-dix-huit navires.", "soixante-dix-huit => number =78"},
      {"fr", "Il y a quatre-vingts navires.", "quatre-vingts => number =80"},
      {"fr", "Il y a quatre-vingt-trois navires.", "quatre-vingt-trois => number =83"},
      {"fr", "Il y a quatre vingt douze navires.", "quatre vingt douze => number =92"},
      {"fr", "Il y a quatre-vingt-dix-neuf navires.", "quatre-vingt-dix-neuf => number =99"},
      {"fr", "Le budget est de cent dix-huit millions d'euros.",
       "cent dix-huit millions d'euros => money EUR [117500000, 118500000] ~118000000"},
      {"fr", "Il y a deux mille soixante-quinze emplois.",
       "deux mille soixante-quinze => number =2075"},
      {"fr", "Un million de visiteurs.", "Un million => number [500000, 1500000] ~1000000"},
      {"fr", "Le compteur affiche zéro.", "zéro => number =0"},
      // Look-alikes.
      {"fr", "Un navire est arrivé.", ""},
      {"fr", "Il y a vingt navires et onze ports.", "vingt => number =20 | onze => number =11"},
      {"fr", "Il a vingt-deux ans.", "vingt-deux ans => duration year =22"},
      {"fr", "Le dix-mai-club compte trois membres.", "dix => number =10 | trois => number =3"},
      {"en", "They chose ten seven-year bonds.",
       "ten => number =10 | seven-year => duration year =7"},
      {"en", "It was twenty and one more.", "twenty => number =20 | one => number =1"},
  }));
  CAPTURE(lang, input);
  CHECK(in(input, lang) == want);
}

// A quarter or a half of a year: an ordinal (a word, or digits with the
// language's suffix), a word of the quarter unit, and its year after the
// language's "of" or right after. Look-alikes: no year, no quarter; a
// quarter of something else; a plain count of quarters is a duration.
TEST_CASE("quarters of a year in French, Indonesian, Malay and English, as words or digits",
          "[recognize][language][dates][fr]") {
  auto [lang, input, want] = GENERATE(table<std::string, std::string, std::string>({
      {"fr", "Au premier trimestre 2024, le port a ralenti.",
       "premier trimestre 2024 => date 2024-01-01..2024-03-31/quarter"},
      {"fr", "Au 3e trimestre de 2023, le port a ralenti.",
       "3e trimestre de 2023 => date 2023-07-01..2023-09-30/quarter"},
      {"fr", "Au quatrième trimestre du 2022, rien.",
       "quatrième trimestre du 2022 => date 2022-10-01..2022-12-31/quarter"},
      {"fr", "Le projet a duré 3 trimestres.", "3 trimestres => duration month =9"},
      {"fr", "Le chantier a duré un mois.", "un mois => duration month =1"},
      {"fr", "La visite a duré une semaine.", "une semaine => duration week =1"},
      {"fr", "Un navire est arrivé.", ""},
      {"fr", "La réunion a duré deux heures.", "deux heures => duration hour =2"},
      {"fr", "Il est arrivé onzième.", "onzième => rank =11"},
      {"fr", "Il est arrivé deuxieme.", "deuxieme => rank =2"},
      {"fr", "Le deuxième trimestre fut calme.", "deuxième => rank =2"},
      {"id", "Pada kuartal III 2024 ekonomi tumbuh.",
       "kuartal III 2024 => date 2024-07-01..2024-09-30/quarter"},
      {"id", "Pada kuartal ketiga tahun 2024 ekonomi tumbuh.",
       "kuartal ketiga tahun 2024 => date 2024-07-01..2024-09-30/quarter"},
      {"ms", "Pada suku pertama 2024 eksport naik.",
       "suku pertama 2024 => date 2024-01-01..2024-03-31/quarter"},
      {"ms", "Suku kaum itu besar.", ""},
      {"id", "Pada kuartal pertama 2024 ekspor naik.",
       "kuartal pertama 2024 => date 2024-01-01..2024-03-31/quarter"},
      {"id", "Pada kuartal ini ekspor naik.", ""},
      {"en", "In the first quarter 2024 sales rose.",
       "first quarter 2024 => date 2024-01-01..2024-03-31/quarter"},
      {"en", "In the 2nd quarter of 2021 sales rose.",
       "the 2nd quarter of 2021 => date 2021-04-01..2021-06-30/quarter"},
      {"en", "He scored in the first quarter of the game.", "first => rank =1"},
      {"en", "The fifth quarter of 2024 does not exist.",
       "fifth => rank =5 | 2024 => date 2024-01-01..2024-12-31/year"},
  }));
  CAPTURE(lang, input);
  CHECK(in(input, lang) == want);
}

// Indonesian and Malay ordinals joined to "ke" ("ketiga") or hyphenated
// ("ke-4") are places after a noun or before none; before a noun with none
// before them they are collectives ("ketiga negara", the three countries).
// "ke" spaced is the preposition "to".
TEST_CASE("Indonesian and Malay ordinals with ke-: a place after a noun, a collective before one",
          "[recognize][language][ordinal]") {
  auto [lang, input, want] = GENERATE(table<std::string, std::string, std::string>({
      {"id", "Indonesia menjadi juara ketiga.", "ketiga => rank =3"},
      {"id", "Negara itu berada di urutan kesepuluh.", "kesepuluh => rank =10"},
      {"id", "Ini pertemuan ke-4 kedua negara.", "ke-4 => rank =4"},
      {"id", "Ia meraih peringkat keempat pada 2023.",
       "keempat => rank =4 | 2023 => date 2023-01-01..2023-12-31/year"},
      {"ms", "Malaysia di tempat kelima.", "kelima => rank =5"},
      {"id", "Malaysia terbesar kedua di kawasan.", "terbesar kedua => rank =2"},
      // Look-alikes: collectives and the preposition.
      {"id", "Ketiga negara sepakat bekerja sama.", ""},
      {"id", "Kedua pihak menandatangani perjanjian.", ""},
      {"ms", "Kedua-dua negara bersetuju.", ""},
      {"id", "Ia pergi ke 6 negara.", "6 => number =6"},
  }));
  CAPTURE(lang, input);
  CHECK(in(input, lang) == want);
}

// Bounds and approximations in each language's words (the [hedge] tables
// of claims/lexicon/<lang>.toml): a bound is one-sided, an approximation
// widens. Look-alikes: the same words where no figure follows.
TEST_CASE("hedges of the region's languages bound or widen the figure after them",
          "[recognize][language][hedges]") {
  auto [lang, input, want] = GENERATE(table<std::string, std::string, std::string>({
      {"vi", "Kim ngạch đạt ít nhất 5 tỷ USD.",
       "5 tỷ USD => money USD [5000000000, +inf) ~5000000000 q='ít nhất'"},
      {"vi", "Tổng vốn tối đa 3 tỷ USD.",
       "3 tỷ USD => money USD (-inf, 3000000000] ~3000000000 q='tối đa'"},
      {"vi", "Giá dưới 7000 đồng.", "7000 đồng => money VND (-inf, 7000) ~7000 q='dưới'"},
      {"vi", "Có khoảng chừng 50 người.", "50 => number [45, 55] ~50 q='khoảng chừng'"},
      {"id", "Harganya tidak sampai Rp500.",
       "Rp500 => money IDR (-inf, 500) ~500 q='tidak sampai'"},
      {"id", "Nilainya melewati 33000 rupiah.",
       "33000 rupiah => money IDR (33000, +inf) ~33000 q='melewati'"},
      {"ms", "Harganya lebih rendah daripada RM7.",
       "RM7 => money MYR (-inf, 7) ~7 q='lebih rendah daripada'"},
      {"vi", "Giá từ 7000 đồng trở lên.", "7000 đồng => money VND [7000, +inf) ~7000 q='trở lên'"},
      {"vi", "Mức lương không quá 10 triệu đồng.",
       "10 triệu đồng => money VND (-inf, 10000000] ~10000000 q='không quá'"},
      {"id", "Inflasi tercatat nol persen.", "nol persen => percent =0"},
      // Phrases written with a hyphen or an apostrophe inside a word.
      {"id", "Harganya kira-kira 10 dolar.", "10 dolar => money ?dollar [9, 11] ~10 q='kira-kira'"},
      {"ms", "Seramai sekurang-kurangnya 10 orang.",
       "10 => number [10, +inf) ~10 q='sekurang-kurangnya'"},
      {"fr", "Le prix est au-dessus de 10 euros.",
       "10 euros => money EUR (10, +inf) ~10 q='au-dessus de'"},
      {"fr", "Le prix va jusqu'à 10 euros.", "10 euros => money EUR (-inf, 10] ~10 q='jusqu'à'"},
      {"fr", "Le prix va jusqu’à 10 euros.", "10 euros => money EUR (-inf, 10] ~10 q='jusqu'à'"},
      // Look-alikes: the words with no figure after them.
      {"vi", "Năm nay tôi về dưới quê.", "Năm nay => date 2025-01-01..2025-12-31/year"},
      {"id", "Dia tidak sampai ke kantor.", ""},
  }));
  CAPTURE(lang, input);
  CHECK(in(input, lang) == want);
}

// Ranges of figures in each language (the range words of
// claims/lexicon/<lang>.toml): both ends are the range's bounds. Look-alikes:
// "naik dari 10 ... menjadi" style levels are not ranges, and a bound word
// alone keeps its hedge.
TEST_CASE("ranges of figures in Indonesian, Malay, French and Vietnamese",
          "[recognize][language][ranges]") {
  auto [lang, input, want] = GENERATE(table<std::string, std::string, std::string>({
      {"id", "Harganya antara 10 dan 20 dolar.",
       "antara 10 dan 20 dolar => money ?dollar [10, 20]"},
      {"id", "Harganya 10 hingga 20 dolar.", "10 hingga 20 dolar => money ?dollar [10, 20]"},
      {"id", "Biayanya dari Rp1.000 sampai Rp10.000.",
       "dari Rp1.000 sampai Rp10.000 => money IDR [1000, 10000]"},
      {"ms", "Kosnya antara RM5 dan RM7 bilion.",
       "antara RM5 dan RM7 bilion => money MYR [5000000000, 7000000000]"},
      {"fr", "Le coût est entre 10 et 20 euros.", "entre 10 et 20 euros => money EUR [10, 20]"},
      {"fr", "La hausse sera de 5 à 7 %.", "5 à 7 % => percent [5, 7]"},
      {"vi", "Giá từ 10 đến 20 tỷ đồng.",
       "từ 10 đến 20 tỷ đồng => money VND [10000000000, 20000000000]"},
      // The currency written on both ends.
      {"vi", "Giá từ 1000 đồng đến 2000 đồng.",
       "từ 1000 đồng đến 2000 đồng => money VND [1000, 2000]"},
      {"id", "Harganya antara Rp1.000 dan Rp2.000.",
       "antara Rp1.000 dan Rp2.000 => money IDR [1000, 2000]"},
      {"id", "Tarifnya antara 10 dolar dan 20 dolar.",
       "antara 10 dolar dan 20 dolar => money ?dollar [10, 20]"},
      {"fr", "Le billet coûte entre 10 euros et 20 euros.",
       "entre 10 euros et 20 euros => money EUR [10, 20]"},
      {"fr", "Le billet coûte de 10 euros à 20 dollars.",
       "10 euros => money EUR =10 | 20 dollars => money ?dollar =20"},
      // English, and its look-alike: two levels of a change are no range.
      {"en", "Tickets cost from $5 to $7.", "from $5 to $7 => money ?dollar [5, 7]"},
      {"en", "Prices rose from $5 to $7.", "$5 => money ?dollar =5 | $7 => money ?dollar =7"},
      // A bound alone is a hedge, not a range.
      {"id", "Nilainya hingga 20 dolar.", "20 dolar => money ?dollar (-inf, 20] ~20 q='hingga'"},
  }));
  CAPTURE(lang, input);
  CHECK(in(input, lang) == want);
}

// Ordinals written against digits in French (lexicon words.ordinal_suffix),
// as English writes "2nd"; a date's day keeps its suffix inside the date.
TEST_CASE("French ordinals written with digits", "[recognize][language][ordinals]") {
  CHECK(in("Le pays est la 2e économie de la région.", "fr") == "2e => rank =2");
  CHECK(in("Il est le 11ème partenaire commercial.", "fr") == "11ème => rank =11");
  CHECK(in("C'est la 1re fois.", "fr") == "1re => rank =1");
  CHECK(in("Le 1er janvier 2025, la loi est entrée en vigueur.", "fr") ==
        "1er janvier 2025 => date 2025-01-01/day");
  // Look-alike: a number before a hyphenated word is no ordinal.
  CHECK(in("Il a envoyé 2 e-mails.", "fr") == "2 => number =2");
}
