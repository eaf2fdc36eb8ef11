// The telephone area codes (NPAs) of each United States city of the city table, from the
// North American Numbering Plan Administrator's assignments: every code that serves the city
// proper, overlays included (New York's 212/646/332 for Manhattan and 718/347/929 for the
// other boroughs, with 917 across all five). A US customer's phone takes one of its city's
// codes, so phones agree with addresses as they do in real customer files.
#include <array>
#include <string_view>

#include "pools/pool_table.h"

namespace ecomgen::pools_detail {
namespace {

constexpr auto kAreaCodes = std::to_array<CityAreaCodes>({
    // northeast
    {"New York", {212, 646, 332, 718, 347, 929, 917}},
    {"Buffalo", {716}},
    {"Rochester", {585}},
    {"Philadelphia", {215, 267, 445}},
    {"Pittsburgh", {412, 878}},
    {"Boston", {617, 857}},
    {"Worcester", {508, 774}},
    {"Newark", {973, 862}},
    {"Jersey City", {201, 551}},
    {"Providence", {401}},
    {"Hartford", {860, 959}},
    {"Manchester", {603}},
    {"Burlington", {802}},
    // midwest
    {"Chicago", {312, 773, 872}},
    {"Columbus", {614, 380}},
    {"Cleveland", {216}},
    {"Cincinnati", {513}},
    {"Indianapolis", {317, 463}},
    {"Detroit", {313}},
    {"Milwaukee", {414}},
    {"Madison", {608}},
    {"Kansas City", {816}},
    {"St. Louis", {314, 557}},
    {"Omaha", {402, 531}},
    {"Lincoln", {402, 531}},
    {"Minneapolis", {612}},
    {"Saint Paul", {651}},
    {"Wichita", {316}},
    {"Des Moines", {515}},
    {"Sioux Falls", {605}},
    {"Fargo", {701}},
    // south
    {"Houston", {713, 281, 832, 346}},
    {"San Antonio", {210, 726}},
    {"Dallas", {214, 469, 972, 945}},
    {"Austin", {512, 737}},
    {"Fort Worth", {817, 682}},
    {"El Paso", {915}},
    {"Arlington", {817, 682}},
    {"Corpus Christi", {361}},
    {"Plano", {972, 469, 214, 945}},
    {"Jacksonville", {904}},
    {"Miami", {305, 786, 645}},
    {"Tampa", {813, 656}},
    {"Orlando", {407, 689, 321}},
    {"Charlotte", {704, 980}},
    {"Raleigh", {919, 984}},
    {"Greensboro", {336, 743}},
    {"Durham", {919, 984}},
    {"Washington", {202, 771}},
    {"Nashville", {615, 629}},
    {"Memphis", {901}},
    {"Oklahoma City", {405, 572}},
    {"Tulsa", {918, 539}},
    {"Louisville", {502}},
    {"Lexington", {859}},
    {"Baltimore", {410, 443, 667}},
    {"Atlanta", {404, 470, 678, 770, 943}},
    {"Virginia Beach", {757, 948}},
    {"Richmond", {804, 686}},
    {"New Orleans", {504}},
    {"Birmingham", {205, 659}},
    {"Little Rock", {501}},
    {"Jackson", {601, 769}},
    {"Charleston", {843, 854}},
    // west
    {"Los Angeles", {213, 323, 310, 424, 818, 747}},
    {"San Diego", {619, 858}},
    {"San Jose", {408, 669}},
    {"San Francisco", {415, 628}},
    {"Fresno", {559}},
    {"Sacramento", {916, 279}},
    {"Long Beach", {562}},
    {"Oakland", {510, 341}},
    {"Bakersfield", {661}},
    {"Anaheim", {714, 657}},
    {"Stockton", {209, 350}},
    {"Riverside", {951}},
    {"Santa Ana", {714, 657}},
    {"Irvine", {949}},
    {"Phoenix", {602, 480, 623}},
    {"Tucson", {520}},
    {"Mesa", {480}},
    {"Chandler", {480}},
    {"Seattle", {206, 564}},
    {"Portland", {503, 971}},
    {"Denver", {303, 720, 983}},
    {"Colorado Springs", {719}},
    {"Aurora", {303, 720, 983}},
    {"Las Vegas", {702, 725}},
    {"Henderson", {702, 725}},
    {"Albuquerque", {505}},
    {"Honolulu", {808}},
    {"Anchorage", {907}},
    {"Boise", {208, 986}},
    {"Salt Lake City", {801, 385}},
});

}  // namespace

std::span<const CityAreaCodes> UsCityAreaCodes() { return kAreaCodes; }

}  // namespace ecomgen::pools_detail
