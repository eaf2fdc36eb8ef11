// The cities of both markets in one table, so the combined name list (a fixed Parquet
// dictionary) and each market's slice of it come from the same constexpr array.
//
// Weights are populations in thousands, rounded: India from the 2011 census (city or urban
// agglomeration), the United States from the 2020 census (city proper). They only set relative
// frequencies.
//
// India's regions follow the common zonal split of the states: north (Delhi, Punjab, Haryana,
// Himachal Pradesh, Jammu and Kashmir, Uttarakhand, Uttar Pradesh, Rajasthan, Chandigarh),
// south, east (West Bengal, Odisha, Bihar, Jharkhand), west (Maharashtra, Gujarat, Goa), central
// (Madhya Pradesh, Chhattisgarh) and northeast (the eight north-eastern states). United States
// regions are the Census Bureau's four regions; the District of Columbia is in the south.
#include <algorithm>
#include <array>

#include "pools/pool_table.h"

namespace ecomgen::pools_detail {
namespace {

constexpr auto kIndiaCities = std::to_array<CityEntry>({
    // west
    {"Mumbai", "Maharashtra", kWest, 18400},
    {"Pune", "Maharashtra", kWest, 5050},
    {"Nagpur", "Maharashtra", kWest, 2500},
    {"Thane", "Maharashtra", kWest, 1840},
    {"Nashik", "Maharashtra", kWest, 1560},
    {"Aurangabad", "Maharashtra", kWest, 1190},
    {"Navi Mumbai", "Maharashtra", kWest, 1120},
    {"Solapur", "Maharashtra", kWest, 950},
    {"Kolhapur", "Maharashtra", kWest, 560},
    {"Ahmedabad", "Gujarat", kWest, 6350},
    {"Surat", "Gujarat", kWest, 4590},
    {"Vadodara", "Gujarat", kWest, 1820},
    {"Rajkot", "Gujarat", kWest, 1390},
    {"Bhavnagar", "Gujarat", kWest, 600},
    {"Jamnagar", "Gujarat", kWest, 600},
    {"Panaji", "Goa", kWest, 115},
    // north
    {"Delhi", "Delhi", kNorth, 16300},
    {"Jaipur", "Rajasthan", kNorth, 3070},
    {"Jodhpur", "Rajasthan", kNorth, 1140},
    {"Kota", "Rajasthan", kNorth, 1000},
    {"Udaipur", "Rajasthan", kNorth, 470},
    {"Bikaner", "Rajasthan", kNorth, 650},
    {"Lucknow", "Uttar Pradesh", kNorth, 2900},
    {"Kanpur", "Uttar Pradesh", kNorth, 2920},
    {"Ghaziabad", "Uttar Pradesh", kNorth, 1650},
    {"Agra", "Uttar Pradesh", kNorth, 1590},
    {"Meerut", "Uttar Pradesh", kNorth, 1420},
    {"Varanasi", "Uttar Pradesh", kNorth, 1430},
    {"Prayagraj", "Uttar Pradesh", kNorth, 1210},
    {"Bareilly", "Uttar Pradesh", kNorth, 900},
    {"Aligarh", "Uttar Pradesh", kNorth, 910},
    {"Moradabad", "Uttar Pradesh", kNorth, 890},
    {"Noida", "Uttar Pradesh", kNorth, 640},
    {"Ludhiana", "Punjab", kNorth, 1620},
    {"Amritsar", "Punjab", kNorth, 1180},
    {"Jalandhar", "Punjab", kNorth, 870},
    {"Chandigarh", "Chandigarh", kNorth, 1030},
    {"Faridabad", "Haryana", kNorth, 1410},
    {"Gurugram", "Haryana", kNorth, 880},
    {"Dehradun", "Uttarakhand", kNorth, 710},
    {"Shimla", "Himachal Pradesh", kNorth, 170},
    {"Srinagar", "Jammu and Kashmir", kNorth, 1270},
    {"Jammu", "Jammu and Kashmir", kNorth, 650},
    // south
    {"Bengaluru", "Karnataka", kSouth, 8500},
    {"Mysuru", "Karnataka", kSouth, 990},
    {"Hubballi", "Karnataka", kSouth, 940},
    {"Mangaluru", "Karnataka", kSouth, 620},
    {"Chennai", "Tamil Nadu", kSouth, 8700},
    {"Coimbatore", "Tamil Nadu", kSouth, 2140},
    {"Madurai", "Tamil Nadu", kSouth, 1460},
    {"Tiruchirappalli", "Tamil Nadu", kSouth, 1020},
    {"Salem", "Tamil Nadu", kSouth, 920},
    {"Hyderabad", "Telangana", kSouth, 7700},
    {"Warangal", "Telangana", kSouth, 760},
    {"Visakhapatnam", "Andhra Pradesh", kSouth, 1730},
    {"Vijayawada", "Andhra Pradesh", kSouth, 1480},
    {"Guntur", "Andhra Pradesh", kSouth, 740},
    {"Tirupati", "Andhra Pradesh", kSouth, 460},
    {"Kochi", "Kerala", kSouth, 2120},
    {"Thiruvananthapuram", "Kerala", kSouth, 1690},
    {"Kozhikode", "Kerala", kSouth, 2030},
    {"Puducherry", "Puducherry", kSouth, 660},
    // east
    {"Kolkata", "West Bengal", kEast, 14100},
    {"Howrah", "West Bengal", kEast, 1080},
    {"Asansol", "West Bengal", kEast, 1240},
    {"Durgapur", "West Bengal", kEast, 580},
    {"Siliguri", "West Bengal", kEast, 700},
    {"Patna", "Bihar", kEast, 2050},
    {"Gaya", "Bihar", kEast, 470},
    {"Ranchi", "Jharkhand", kEast, 1130},
    {"Jamshedpur", "Jharkhand", kEast, 1340},
    {"Dhanbad", "Jharkhand", kEast, 1200},
    {"Bhubaneswar", "Odisha", kEast, 890},
    {"Cuttack", "Odisha", kEast, 660},
    // central
    {"Indore", "Madhya Pradesh", kCentral, 2170},
    {"Bhopal", "Madhya Pradesh", kCentral, 1890},
    {"Jabalpur", "Madhya Pradesh", kCentral, 1270},
    {"Gwalior", "Madhya Pradesh", kCentral, 1100},
    {"Ujjain", "Madhya Pradesh", kCentral, 520},
    {"Raipur", "Chhattisgarh", kCentral, 1120},
    {"Bhilai", "Chhattisgarh", kCentral, 1060},
    {"Bilaspur", "Chhattisgarh", kCentral, 450},
    // northeast
    {"Guwahati", "Assam", kNortheast, 970},
    {"Silchar", "Assam", kNortheast, 230},
    {"Dimapur", "Nagaland", kNortheast, 120},
    {"Shillong", "Meghalaya", kNortheast, 350},
    {"Imphal", "Manipur", kNortheast, 420},
    {"Agartala", "Tripura", kNortheast, 400},
    {"Aizawl", "Mizoram", kNortheast, 290},
    {"Gangtok", "Sikkim", kNortheast, 100},
    {"Itanagar", "Arunachal Pradesh", kNortheast, 60},
});

constexpr auto kUsCities = std::to_array<CityEntry>({
    // northeast
    {"New York", "New York", kNortheast, 8804},
    {"Buffalo", "New York", kNortheast, 278},
    {"Rochester", "New York", kNortheast, 211},
    {"Philadelphia", "Pennsylvania", kNortheast, 1603},
    {"Pittsburgh", "Pennsylvania", kNortheast, 303},
    {"Boston", "Massachusetts", kNortheast, 675},
    {"Worcester", "Massachusetts", kNortheast, 206},
    {"Newark", "New Jersey", kNortheast, 311},
    {"Jersey City", "New Jersey", kNortheast, 292},
    {"Providence", "Rhode Island", kNortheast, 190},
    {"Hartford", "Connecticut", kNortheast, 121},
    {"Manchester", "New Hampshire", kNortheast, 115},
    {"Burlington", "Vermont", kNortheast, 45},
    // midwest
    {"Chicago", "Illinois", kMidwest, 2746},
    {"Columbus", "Ohio", kMidwest, 905},
    {"Cleveland", "Ohio", kMidwest, 373},
    {"Cincinnati", "Ohio", kMidwest, 309},
    {"Indianapolis", "Indiana", kMidwest, 887},
    {"Detroit", "Michigan", kMidwest, 639},
    {"Milwaukee", "Wisconsin", kMidwest, 577},
    {"Madison", "Wisconsin", kMidwest, 269},
    {"Kansas City", "Missouri", kMidwest, 508},
    {"St. Louis", "Missouri", kMidwest, 301},
    {"Omaha", "Nebraska", kMidwest, 486},
    {"Lincoln", "Nebraska", kMidwest, 291},
    {"Minneapolis", "Minnesota", kMidwest, 430},
    {"Saint Paul", "Minnesota", kMidwest, 311},
    {"Wichita", "Kansas", kMidwest, 397},
    {"Des Moines", "Iowa", kMidwest, 214},
    {"Sioux Falls", "South Dakota", kMidwest, 192},
    {"Fargo", "North Dakota", kMidwest, 126},
    // south
    {"Houston", "Texas", kSouth, 2304},
    {"San Antonio", "Texas", kSouth, 1434},
    {"Dallas", "Texas", kSouth, 1304},
    {"Austin", "Texas", kSouth, 961},
    {"Fort Worth", "Texas", kSouth, 918},
    {"El Paso", "Texas", kSouth, 678},
    {"Arlington", "Texas", kSouth, 394},
    {"Corpus Christi", "Texas", kSouth, 317},
    {"Plano", "Texas", kSouth, 285},
    {"Jacksonville", "Florida", kSouth, 949},
    {"Miami", "Florida", kSouth, 442},
    {"Tampa", "Florida", kSouth, 385},
    {"Orlando", "Florida", kSouth, 307},
    {"Charlotte", "North Carolina", kSouth, 874},
    {"Raleigh", "North Carolina", kSouth, 467},
    {"Greensboro", "North Carolina", kSouth, 299},
    {"Durham", "North Carolina", kSouth, 283},
    {"Washington", "District of Columbia", kSouth, 689},
    {"Nashville", "Tennessee", kSouth, 689},
    {"Memphis", "Tennessee", kSouth, 633},
    {"Oklahoma City", "Oklahoma", kSouth, 681},
    {"Tulsa", "Oklahoma", kSouth, 413},
    {"Louisville", "Kentucky", kSouth, 617},
    {"Lexington", "Kentucky", kSouth, 322},
    {"Baltimore", "Maryland", kSouth, 586},
    {"Atlanta", "Georgia", kSouth, 499},
    {"Virginia Beach", "Virginia", kSouth, 460},
    {"Richmond", "Virginia", kSouth, 226},
    {"New Orleans", "Louisiana", kSouth, 384},
    {"Birmingham", "Alabama", kSouth, 200},
    {"Little Rock", "Arkansas", kSouth, 202},
    {"Jackson", "Mississippi", kSouth, 153},
    {"Charleston", "South Carolina", kSouth, 150},
    // west
    {"Los Angeles", "California", kWest, 3899},
    {"San Diego", "California", kWest, 1386},
    {"San Jose", "California", kWest, 1013},
    {"San Francisco", "California", kWest, 873},
    {"Fresno", "California", kWest, 542},
    {"Sacramento", "California", kWest, 524},
    {"Long Beach", "California", kWest, 466},
    {"Oakland", "California", kWest, 440},
    {"Bakersfield", "California", kWest, 403},
    {"Anaheim", "California", kWest, 346},
    {"Stockton", "California", kWest, 320},
    {"Riverside", "California", kWest, 314},
    {"Santa Ana", "California", kWest, 310},
    {"Irvine", "California", kWest, 308},
    {"Phoenix", "Arizona", kWest, 1608},
    {"Tucson", "Arizona", kWest, 543},
    {"Mesa", "Arizona", kWest, 504},
    {"Chandler", "Arizona", kWest, 275},
    {"Seattle", "Washington", kWest, 737},
    {"Portland", "Oregon", kWest, 652},
    {"Denver", "Colorado", kWest, 715},
    {"Colorado Springs", "Colorado", kWest, 479},
    {"Aurora", "Colorado", kWest, 386},
    {"Las Vegas", "Nevada", kWest, 641},
    {"Henderson", "Nevada", kWest, 317},
    {"Albuquerque", "New Mexico", kWest, 564},
    {"Honolulu", "Hawaii", kWest, 350},
    {"Anchorage", "Alaska", kWest, 291},
    {"Boise", "Idaho", kWest, 235},
    {"Salt Lake City", "Utah", kWest, 200},
});

constexpr size_t kCityCount = kIndiaCities.size() + kUsCities.size();

constexpr std::array<CityEntry, kCityCount> kCities = [] {
  std::array<CityEntry, kCityCount> all{};
  std::copy(kIndiaCities.begin(), kIndiaCities.end(), all.begin());
  std::copy(kUsCities.begin(), kUsCities.end(), all.begin() + kIndiaCities.size());
  return all;
}();

template <typename Field, typename Get>
constexpr std::array<Field, kCityCount> Column(Get get) {
  std::array<Field, kCityCount> column{};
  for (size_t idx = 0; idx < kCityCount; ++idx) column[idx] = get(kCities[idx]);
  return column;
}

constexpr auto kNames = Column<std::string_view>([](const CityEntry& city) { return city.name; });
constexpr auto kStates = Column<std::string_view>([](const CityEntry& city) { return city.state; });
constexpr auto kRegions = Column<uint8_t>([](const CityEntry& city) { return city.region; });
constexpr auto kWeights = Column<uint32_t>([](const CityEntry& city) { return city.weight; });

}  // namespace

const CityTable& AllCities() {
  static constexpr CityTable kTable{kNames, kStates, kRegions, kWeights, kIndiaCities.size()};
  return kTable;
}

}  // namespace ecomgen::pools_detail
