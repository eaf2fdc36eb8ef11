#include "tables/customers.h"

#include <array>
#include <charconv>

#include "core/civil_time.h"
#include "tables/row_writer.h"

namespace ecomgen {
namespace {

constexpr std::array<TableId, 1> kOutputs = {TableId::kCustomers};
// Birth years of each generation (Pew Research Center's definitions).
constexpr std::array<std::array<int64_t, 2>, kGenerationCount> kBirthYears = {
    {{1997, 2012}, {1981, 1996}, {1965, 1980}, {1946, 1964}}};
constexpr int64_t kMinimumAgeYears = 18;

AliasTable WeightsTable(std::span<const uint32_t> weights) {
  std::vector<double> values(weights.begin(), weights.end());
  return AliasTable(values);
}

// Appends `name` lowercased with everything but ASCII letters and digits dropped ("D'Souza"
// -> "dsouza"), so emails are valid addresses. Plain comparisons rather than <cctype>, whose
// calls cost more than the rest of the email and would follow the locale.
size_t AppendEmailPart(std::string_view name, char* out) {
  size_t length = 0;
  for (char c : name) {
    const char lower = static_cast<char>(c | 0x20);  // ASCII letters only; checked below
    if (lower >= 'a' && lower <= 'z') {
      out[length++] = lower;
    } else if (c >= '0' && c <= '9') {
      out[length++] = c;
    }
  }
  return length;
}

}  // namespace

CustomersGenerator::CustomersGenerator(const World& world)
    : world_(world),
      bounds_(ChunkRows(world.plan.customers.total(), kRowsPerChunk)),
      female_names_(WeightsTable(world.customers.pools().female_first_name_weights)),
      male_names_(WeightsTable(world.customers.pools().male_first_name_weights)),
      last_names_(WeightsTable(world.customers.pools().last_name_weights)),
      email_domains_(WeightsTable(world.customers.pools().email_domain_weights)) {}

std::span<const TableId> CustomersGenerator::outputs() const { return kOutputs; }

void CustomersGenerator::FillChunk(int64_t chunk, std::span<Batch* const> out) const {
  const MarketPools& pools = world_.customers.pools();
  const uint64_t seed = world_.plan.config.seed;
  RowWriter row(*out[0]);
  std::array<char, 160> email{};
  std::array<char, kMaxPhoneLength> phone{};
  const auto c = static_cast<size_t>(chunk);
  const StreamKey name_key(seed, streams::kCustomerName);
  const StreamKey contact_key(seed, streams::kCustomerContact);
  const StreamKey birth_key(seed, streams::kCustomerBirth);
  for (int64_t id = bounds_[c] + 1; id <= bounds_[c + 1]; ++id) {
    const CustomerTraits traits = world_.customers.Traits(id);
    const Gender gender = world_.customers.GenderOf(id);
    RowRng name_rng(name_key, static_cast<uint64_t>(id));
    // A first name given to the customer's gender; for those who do not say, either list.
    const bool female =
        gender == Gender::kUndisclosed ? name_rng.Bernoulli(0.5) : gender == Gender::kFemale;
    const uint64_t name_bits = name_rng.Next();
    const std::string_view first = female
                                       ? pools.female_first_names[female_names_.Sample(name_bits)]
                                       : pools.male_first_names[male_names_.Sample(name_bits)];
    const std::string_view last = pools.last_names[last_names_.Sample(name_rng.Next())];
    RowRng contact_rng(contact_key, static_cast<uint64_t>(id));
    const std::string_view domain = pools.email_domains[email_domains_.Sample(contact_rng.Next())];
    // first.last<id>@domain: the id makes every address unique.
    size_t length = AppendEmailPart(first, email.data());
    email[length++] = '.';
    length += AppendEmailPart(last, email.data() + length);
    length = static_cast<size_t>(
        std::to_chars(email.data() + length, email.data() + email.size(), id).ptr - email.data());
    email[length++] = '@';
    for (char ch : domain) email[length++] = ch;
    const size_t phone_length =
        FormatPhone(world_.market, traits.city, contact_rng.Next(), phone.data());

    const int64_t signup_us = world_.plan.customers.SignupUs(id);
    // A lapse after the window is not known yet when the window ends.
    const int64_t lapse_us = world_.plan.customers.LapseUs(id);
    const int64_t signup_year = CivilFromMicros(signup_us).date.year;
    const auto& years = kBirthYears[static_cast<size_t>(traits.generation)];
    const int64_t latest =
        std::max(years[0], std::min(years[1], signup_year - kMinimumAgeYears - 1));
    RowRng birth_rng(birth_key, static_cast<uint64_t>(id));
    const int64_t birth_year = birth_rng.Between(years[0], latest);
    const int64_t birth_day = DaysFromCivil(CivilDate{birth_year, 1, 1}) +
                              birth_rng.Between(0, IsLeapYear(birth_year) ? 365 : 364);

    row.Int(id)
        .Str(first)
        .Str(last)
        .Enum(gender)
        .Str(std::string_view(email.data(), length))
        .Str(std::string_view(phone.data(), phone_length))
        .Int(birth_day)
        .Enum(traits.generation)
        .Int(static_cast<int64_t>(pools.city_offset + traits.city))
        .Int(traits.region)
        .Enum(CountryOf(world_.market))
        .Int(signup_us)
        .IntOrNull(lapse_us < world_.plan.end_us, lapse_us)
        .Enum(traits.acquisition)
        .Enum(traits.channel)
        .Enum(traits.payment)
        .Enum(traits.support);
    row.End();
  }
}

}  // namespace ecomgen
