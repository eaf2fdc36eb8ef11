// United States first names, surnames and e-mail domains.
//
// First names mix the adult population's generations: names common among people born from the
// 1950s to the 2000s in the Social Security Administration's baby-name lists, plus a few common
// Hispanic names. Surname weights are the 2010 census counts in thousands, rounded (Smith about
// 2,443,000, Johnson 1,933,000, ...). First-name weights are relative and rounded.
//
// E-mail domain weights reflect the usual consumer mix: Gmail first, then Yahoo, Outlook/Hotmail
// and iCloud, with a tail of ISP and legacy domains.
#include <array>

#include "pools/pool_table.h"

namespace ecomgen::pools_detail {
namespace {

constexpr auto kMaleFirst = std::to_array<WeightedName>({
    {"James", 90},    {"Michael", 90}, {"Robert", 85},   {"John", 85},      {"David", 80},
    {"William", 75},  {"Richard", 60}, {"Joseph", 60},   {"Thomas", 55},    {"Christopher", 55},
    {"Charles", 50},  {"Daniel", 55},  {"Matthew", 50},  {"Anthony", 45},   {"Mark", 40},
    {"Donald", 35},   {"Steven", 40},  {"Paul", 35},     {"Andrew", 40},    {"Joshua", 40},
    {"Kenneth", 30},  {"Kevin", 35},   {"Brian", 35},    {"George", 30},    {"Timothy", 30},
    {"Ronald", 30},   {"Jason", 35},   {"Edward", 25},   {"Jeffrey", 30},   {"Ryan", 35},
    {"Jacob", 35},    {"Gary", 25},    {"Nicholas", 30}, {"Eric", 30},      {"Jonathan", 30},
    {"Stephen", 25},  {"Larry", 20},   {"Justin", 28},   {"Scott", 25},     {"Brandon", 28},
    {"Benjamin", 30}, {"Samuel", 25},  {"Gregory", 20},  {"Alexander", 28}, {"Patrick", 20},
    {"Frank", 18},    {"Raymond", 18}, {"Jack", 20},     {"Dennis", 15},    {"Jerry", 15},
    {"Tyler", 22},    {"Aaron", 20},   {"Jose", 25},     {"Adam", 18},      {"Nathan", 20},
    {"Henry", 18},    {"Zachary", 18}, {"Douglas", 14},  {"Peter", 14},     {"Kyle", 18},
    {"Noah", 25},     {"Ethan", 22},   {"Jeremy", 15},   {"Christian", 18}, {"Walter", 12},
    {"Keith", 12},    {"Austin", 15},  {"Roger", 10},    {"Terry", 10},     {"Sean", 15},
    {"Gerald", 10},   {"Carl", 10},    {"Dylan", 14},    {"Harold", 10},    {"Jordan", 14},
    {"Jesse", 12},    {"Bryan", 12},   {"Lawrence", 10}, {"Arthur", 10},    {"Gabriel", 14},
    {"Bruce", 10},    {"Logan", 14},   {"Billy", 8},     {"Joe", 10},       {"Alan", 10},
    {"Juan", 18},     {"Elijah", 16},  {"Willie", 8},    {"Albert", 9},     {"Wayne", 8},
    {"Randy", 8},     {"Mason", 14},   {"Vincent", 9},   {"Liam", 20},      {"Roy", 8},
    {"Bobby", 7},     {"Caleb", 12},   {"Bradley", 9},   {"Russell", 8},    {"Lucas", 16},
    {"Carlos", 14},   {"Luis", 14},    {"Miguel", 12},   {"Oliver", 14},
});

constexpr auto kFemaleFirst = std::to_array<WeightedName>({
    {"Mary", 80},      {"Patricia", 55},  {"Jennifer", 60},   {"Linda", 50},     {"Elizabeth", 55},
    {"Barbara", 45},   {"Susan", 45},     {"Jessica", 45},    {"Sarah", 45},     {"Karen", 40},
    {"Lisa", 38},      {"Nancy", 35},     {"Betty", 25},      {"Sandra", 30},    {"Margaret", 30},
    {"Ashley", 38},    {"Kimberly", 32},  {"Emily", 35},      {"Donna", 25},     {"Michelle", 32},
    {"Carol", 25},     {"Amanda", 32},    {"Melissa", 30},    {"Deborah", 25},   {"Stephanie", 30},
    {"Dorothy", 18},   {"Rebecca", 25},   {"Sharon", 22},     {"Laura", 25},     {"Cynthia", 20},
    {"Amy", 25},       {"Kathleen", 18},  {"Angela", 22},     {"Shirley", 14},   {"Brenda", 18},
    {"Emma", 28},      {"Anna", 20},      {"Pamela", 18},     {"Nicole", 22},    {"Samantha", 22},
    {"Katherine", 20}, {"Christine", 16}, {"Helen", 12},      {"Debra", 16},     {"Rachel", 18},
    {"Carolyn", 14},   {"Janet", 14},     {"Maria", 25},      {"Catherine", 14}, {"Heather", 18},
    {"Diane", 14},     {"Olivia", 28},    {"Julie", 14},      {"Joyce", 10},     {"Victoria", 14},
    {"Ruth", 10},      {"Virginia", 9},   {"Lauren", 16},     {"Kelly", 14},     {"Christina", 15},
    {"Joan", 9},       {"Evelyn", 12},    {"Judith", 10},     {"Andrea", 12},    {"Hannah", 16},
    {"Megan", 15},     {"Cheryl", 10},    {"Jacqueline", 10}, {"Martha", 9},     {"Madison", 15},
    {"Teresa", 10},    {"Gloria", 8},     {"Sara", 10},       {"Janice", 8},     {"Ann", 9},
    {"Kathryn", 9},    {"Abigail", 14},   {"Sophia", 22},     {"Frances", 7},    {"Jean", 8},
    {"Alice", 8},      {"Judy", 7},       {"Isabella", 18},   {"Julia", 10},     {"Grace", 10},
    {"Amber", 11},     {"Denise", 9},     {"Danielle", 11},   {"Marilyn", 7},    {"Beverly", 7},
    {"Charlotte", 15}, {"Natalie", 11},   {"Theresa", 7},     {"Diana", 8},      {"Brittany", 12},
    {"Doris", 6},      {"Kayla", 11},     {"Alexis", 10},     {"Lori", 8},       {"Marie", 8},
    {"Ava", 16},       {"Mia", 15},       {"Chloe", 10},      {"Harper", 9},     {"Camila", 9},
    {"Jasmine", 9},    {"Tiffany", 9},    {"Crystal", 8},     {"Rosa", 7},       {"Ana", 8},
});

constexpr auto kLast = std::to_array<WeightedName>({
    {"Smith", 2443},     {"Johnson", 1933},  {"Williams", 1626},  {"Brown", 1437},
    {"Jones", 1425},     {"Garcia", 1166},   {"Miller", 1161},    {"Davis", 1116},
    {"Rodriguez", 1094}, {"Martinez", 1060}, {"Hernandez", 1043}, {"Lopez", 874},
    {"Gonzalez", 841},   {"Wilson", 801},    {"Anderson", 784},   {"Thomas", 756},
    {"Taylor", 751},     {"Moore", 724},     {"Jackson", 708},    {"Martin", 702},
    {"Lee", 693},        {"Perez", 681},     {"Thompson", 664},   {"White", 660},
    {"Harris", 624},     {"Sanchez", 612},   {"Clark", 562},      {"Ramirez", 557},
    {"Lewis", 531},      {"Robinson", 529},  {"Walker", 523},     {"Young", 484},
    {"Allen", 482},      {"King", 465},      {"Wright", 458},     {"Scott", 439},
    {"Torres", 437},     {"Nguyen", 437},    {"Hill", 434},       {"Flores", 433},
    {"Green", 430},      {"Adams", 427},     {"Nelson", 424},     {"Baker", 419},
    {"Hall", 407},       {"Rivera", 404},    {"Campbell", 381},   {"Mitchell", 378},
    {"Carter", 376},     {"Roberts", 368},   {"Gomez", 366},      {"Phillips", 351},
    {"Evans", 343},      {"Turner", 340},    {"Diaz", 339},       {"Parker", 335},
    {"Cruz", 331},       {"Edwards", 330},   {"Collins", 325},    {"Reyes", 322},
    {"Stewart", 321},    {"Morris", 311},    {"Morales", 311},    {"Murphy", 308},
    {"Cook", 302},       {"Rogers", 302},    {"Gutierrez", 298},  {"Ortiz", 298},
    {"Morgan", 296},     {"Cooper", 291},    {"Peterson", 283},   {"Bailey", 282},
    {"Reed", 281},       {"Kelly", 278},     {"Howard", 276},     {"Ramos", 276},
    {"Kim", 271},        {"Cox", 271},       {"Ward", 270},       {"Richardson", 268},
    {"Watson", 265},     {"Brooks", 264},    {"Chavez", 261},     {"Wood", 260},
    {"James", 259},      {"Bennett", 259},   {"Gray", 258},       {"Mendoza", 258},
    {"Ruiz", 257},       {"Hughes", 256},    {"Price", 256},      {"Alvarez", 255},
    {"Castillo", 254},   {"Sanders", 252},   {"Patel", 250},      {"Myers", 250},
    {"Long", 250},       {"Ross", 249},      {"Foster", 249},     {"Jimenez", 249},
    {"Powell", 246},     {"Jenkins", 244},   {"Perry", 242},      {"Russell", 240},
    {"Sullivan", 238},   {"Bell", 237},      {"Coleman", 236},    {"Butler", 235},
    {"Henderson", 233},  {"Barnes", 232},    {"Gonzales", 231},   {"Fisher", 229},
    {"Vasquez", 228},    {"Simmons", 228},   {"Romero", 227},     {"Jordan", 227},
    {"Patterson", 226},  {"Alexander", 225}, {"Hamilton", 224},   {"Graham", 224},
    {"Reynolds", 223},   {"Griffin", 222},   {"Wallace", 221},    {"Moreno", 221},
    {"West", 221},       {"Cole", 221},      {"Hayes", 220},      {"Bryant", 219},
    {"Herrera", 217},    {"Gibson", 217},    {"Ellis", 216},      {"Tran", 214},
    {"Medina", 213},     {"Aguilar", 212},   {"Stevens", 211},    {"Murray", 210},
    {"Ford", 210},       {"Castro", 209},    {"Marshall", 209},   {"Owens", 208},
    {"Harrison", 207},   {"Fernandez", 206}, {"McDonald", 205},   {"Woods", 205},
    {"Washington", 204}, {"Kennedy", 204},   {"Wells", 201},      {"Vargas", 201},
    {"Henry", 200},      {"Chen", 199},      {"Freeman", 199},    {"Webb", 199},
    {"Tucker", 198},     {"Guzman", 198},    {"Burns", 196},      {"Crawford", 195},
    {"Olson", 195},      {"Simpson", 193},   {"Porter", 193},     {"Hunter", 192},
    {"Gordon", 191},     {"Mendez", 191},    {"Silva", 191},      {"Shaw", 190},
});

constexpr auto kDomains = std::to_array<WeightedName>({
    {"gmail.com", 560},
    {"yahoo.com", 130},
    {"outlook.com", 70},
    {"hotmail.com", 60},
    {"icloud.com", 70},
    {"aol.com", 35},
    {"comcast.net", 20},
    {"msn.com", 12},
    {"att.net", 10},
    {"live.com", 10},
    {"verizon.net", 8},
    {"protonmail.com", 5},
});

constexpr auto kFemaleNames = NamesOf(kFemaleFirst);
constexpr auto kFemaleWeights = WeightsOf(kFemaleFirst);
constexpr auto kMaleNames = NamesOf(kMaleFirst);
constexpr auto kMaleWeights = WeightsOf(kMaleFirst);
constexpr auto kLastNames = NamesOf(kLast);
constexpr auto kLastWeights = WeightsOf(kLast);
constexpr auto kDomainNames = NamesOf(kDomains);
constexpr auto kDomainWeights = WeightsOf(kDomains);

}  // namespace

const NamePools& UsNamePools() {
  static constexpr NamePools kPools{kFemaleNames, kFemaleWeights, kMaleNames,   kMaleWeights,
                                    kLastNames,   kLastWeights,   kDomainNames, kDomainWeights};
  return kPools;
}

}  // namespace ecomgen::pools_detail
